"""What every input panel shares: the door, the step on screen, and a line that explains.

A panel shows one step (`show_step`), redraws when the door says the session
changed (`refresh`), and hands changes to the door through `execute`, which
turns a refusal into words on the panel's hint line instead of an error.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtGui import Qt as GuiQt  # mightBeRichText lives in QtGui's Qt namespace
from PySide6.QtWidgets import QLabel, QWidget

from workshop.core.commands import Command, InputError
from workshop.core.session import SessionState
from workshop.core.templates import InputSpec
from workshop.ui.inputs.door import Change, SessionDoor
from workshop.ui.language import refusal


def describe(widget: QWidget, name: str, tip: str) -> None:
    """Give a control the name a screen reader says and the tooltip a mouse finds."""
    widget.setAccessibleName(name)
    widget.setToolTip(plain_tip(tip))


def plain_tip(text: str) -> str:
    """A tooltip that shows `text` literally: Qt reads a tooltip with a tag in it as markup."""
    return f"<p>{escape(text)}</p>" if GuiQt.mightBeRichText(text) or "&" in text else text


BODY_PX = 17  # the console's reading text in a panel, before zoom


class Hint(QLabel):
    """One line under a panel: what to do next, or why something was refused."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("inputHint")
        self.setProperty("role", "hint")
        self.setTextFormat(Qt.TextFormat.PlainText)  # refusals quote what people typed
        self.setWordWrap(True)

    @property
    def is_problem(self) -> bool:
        return bool(self.property("problem"))

    def say(self, text: str, *, problem: bool = False) -> None:
        self.setText(text)
        self.setProperty("problem", problem)
        # The theme's style sheet colours [problem="true"]; it applies only after a re-polish.
        self.style().unpolish(self)
        self.style().polish(self)


class InputPanel(QWidget):
    """Base of the console's input panels; subclasses build in `__init__` and fill `refresh`."""

    #: The lists of the state this panel shows; changes to others are skipped.
    tables: frozenset[str] = frozenset()

    def __init__(self, door: SessionDoor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.door = door
        self.item = -1
        self.step = ""
        self.hint = Hint(self)
        self._zoom = 1.0
        door.changed.connect(self._on_changed)

    @property
    def state(self) -> SessionState:
        return self.door.state

    @property
    def spec(self) -> InputSpec:
        return self.state.spec_at(self.item, self.step)

    def show_step(self, item: int, step: str) -> None:
        """Show the input of step `step` of agenda item `item`."""
        self.item, self.step = item, step
        self.hint.say("")
        self.refresh(None)

    def refresh(self, change: Change | None) -> None:
        """Show what the state holds now (`change` None: everything may differ)."""
        raise NotImplementedError

    def focus_input(self) -> None:
        """Put the cursor where typing for this step starts."""
        self.focusNextChild()

    def set_zoom(self, factor: float) -> None:
        """Scale the panel's reading text (the console's zoom).

        Set on every child: under a style sheet Qt does not pass a parent's
        font on to its children. Subclasses set their larger text after this.
        """
        self._zoom = factor
        pixels = max(10, round(BODY_PX * factor))
        for widget in [self, *self.findChildren(QWidget)]:
            if self._sized_elsewhere(widget):
                continue
            font = QFont(widget.font())
            font.setPixelSize(pixels)
            widget.setFont(font)

    def _sized_elsewhere(self, widget: QWidget) -> bool:
        """A part that sizes its own text (property "ownFont", e.g. the card entry line)."""
        while widget is not None and widget is not self:
            if widget.property("ownFont"):
                return True
            widget = widget.parentWidget()
        return False

    def execute(self, command: Command) -> bool:
        """Hand `command` to the door; a refusal is said on the hint line."""
        try:
            done = self.door.execute(command)
        except InputError as error:
            self.hint.say(refusal(error), problem=True)
            return False
        if not done:
            self.hint.say(self.tr("Not saved, so nothing changed. Try again."), problem=True)
        return done

    def _on_changed(self, change: Change) -> None:
        if self.item < 0 or (self.tables and not change.tables & self.tables):
            return
        self.refresh(change)
