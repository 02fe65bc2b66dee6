"""What the input panels need from a session: the state, one door for changes, and news.

The panels never hold the session file. They read `door.state`, hand every
change to `door.execute(command)` and redraw when `door.changed` says
something changed (a change of theirs, another window's, an undo or a redo).
`SessionController` (the window's bridge to the session layer) is the door, in the
app and in the tests.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import SignalInstance

from workshop.core.commands import Batch, Command
from workshop.core.session import SessionState
from workshop.session import Change

__all__ = ["Change", "SessionDoor", "where_changed"]


class SessionDoor(Protocol):
    """The one door through which a panel reads and changes the session."""

    @property
    def state(self) -> SessionState:
        """The session as committed to the file (read it, never change it)."""
        ...

    @property
    def changed(self) -> SignalInstance:
        """Emitted with a `Change` after every committed change."""
        ...

    def execute(self, command: Command) -> bool:
        """Commit `command`, put it on the undo stack, then tell everyone.

        Raises `InputError` (nothing written) when the session refuses it;
        returns False when the store failed (the door has said why), True
        when the change is on disk and in `state`.
        """
        ...

    def draft(self, place: str) -> str:
        """What was left typed in a field (`place`) and not added, from the file."""
        ...

    def save_draft(self, place: str, text: str) -> bool:
        """Keep what is being typed in a field in the file (empty text forgets it)."""
        ...


def where_changed(state: SessionState, command: Command) -> tuple[int, str] | None:
    """The step (item, key) a command changed, as the state is after it (None if unknown).

    A command names its step, or a card, cluster, statement or action that
    belongs to one; of a batch, the first part says.
    """
    if isinstance(command, Batch):
        return where_changed(state, command.commands[0]) if command.commands else None
    item, step = getattr(command, "item", None), getattr(command, "step", None)
    if isinstance(item, int) and isinstance(step, str):
        return (item, step)
    for name, find in (("card", state.card), ("cluster", state.cluster),
                       ("statement", state.statement), ("action", state.action)):
        value = getattr(command, name, None)
        if isinstance(value, int):
            found = find(value)
            return (found.item, found.step) if found is not None else None
        if value is not None and hasattr(value, "item") and hasattr(value, "step"):
            return (value.item, value.step)  # a Restore command carries the thing itself
    return None
