"""Undo and redo over the core commands, on a QUndoStack.

A core command returns its inverse when applied (`inverse = command.apply(state)`),
so an undo entry needs only the pair: undo runs the inverse, redo runs the
command again, and each time the newly returned inverse replaces the old one
(so a redo of "add card" gets back the very same card id).

Every run goes through one callable, `apply(command, how, label) -> inverse`,
which commits to the session file first and only then updates the screen
(`label` names the change for the person: "Add card", also when it is undone). The
change itself is made *before* it is pushed (`UndoHistory.do`), so a refused
command never reaches the stack and the push's first `redo()` does nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from workshop.core.commands import Command, InputError, SetAnswer

# Commit `command` (how: "do", "undo" or "redo"; label: the change's name) and return
# its inverse; None when the store failed (the callee has said why); InputError when refused.
Apply = Callable[[Command, str, str], "Command | None"]



class How:
    """Why a change is being applied: made now, or walked back / forward in the history."""

    DO = "do"
    UNDO = "undo"
    REDO = "redo"


MERGE_ID = 0x574B  # any fixed id: QUndoStack tries mergeWith only between equal ids


def merge_key(command: Command) -> Hashable | None:
    """Changes that fold into the one before them when made in a row.

    An answer is saved while it is typed (after each pause); undo should take
    back the whole answer typed in one go, not the last few words of it.
    """
    if isinstance(command, SetAnswer):
        return ("answer", command.item, command.step, command.question)
    return None


class CoreUndoCommand(QUndoCommand):
    """One entry of the undo stack: a core command and its inverse."""

    def __init__(self, command: Command, inverse: Command, apply: Apply,
                 refused: Callable[[str], None]) -> None:
        super().__init__(str(command.label))
        self.forward = command
        self.backward = inverse
        self._apply = apply
        self._refused = refused
        self._pushed_done = True  # made before the push: the push's redo() must not repeat it

    def redo(self) -> None:
        if self._pushed_done:
            self._pushed_done = False
            return
        inverse = self._run(self.forward, How.REDO)
        if inverse is not None:
            self.backward = inverse

    def undo(self) -> None:
        again = self._run(self.backward, How.UNDO)
        if again is not None:
            self.forward = again

    def id(self) -> int:
        return MERGE_ID if merge_key(self.forward) is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, CoreUndoCommand):
            return False
        key = merge_key(self.forward)
        if key is None or key != merge_key(other.forward):
            return False
        # Undo still goes back to before the first of the run; redo to the last.
        self.forward = other.forward
        return True

    def _run(self, command: Command, how: str) -> Command | None:
        try:
            result = self._apply(command, how, self.text())
        except InputError as error:
            result = None
            self._refused(str(error))
        if result is None:
            # Nothing changed, so this entry no longer matches the session:
            # QUndoStack drops an obsolete command rather than move past it.
            self.setObsolete(True)
        return result


class UndoHistory(QObject):
    """The session's QUndoStack, fed with core commands already committed."""

    refused = Signal(str)  # an undo or redo the session could not take; the text says why

    def __init__(self, apply: Apply, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._apply = apply
        self.stack = QUndoStack(self)
        self.stack.setUndoLimit(1000)

    def do(self, command: Command) -> bool:
        """Commit `command` and push it; False if the store failed. InputError if refused."""
        inverse = self._apply(command, How.DO, str(command.label))
        if inverse is None:
            return False
        self.stack.push(CoreUndoCommand(command, inverse, self._apply, self.refused.emit))
        return True

    def undo(self) -> None:
        self.stack.undo()

    def redo(self) -> None:
        self.stack.redo()

    def clear(self) -> None:
        self.stack.clear()
