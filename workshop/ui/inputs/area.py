"""The part of the console where the group's input is typed: the panel for the step's kind.

One panel of each kind is built the first time a step of that kind comes up
and kept (a notes board keeps its columns, a rating grid its people); moving
to another step shows the right one with that step's input. A step with no
input shows nothing here.
"""

from __future__ import annotations

from PySide6.QtWidgets import QStackedWidget, QWidget

from workshop.core.agenda import Stop
from workshop.core.templates import InputKind
from workshop.ui.inputs.door import SessionDoor
from workshop.ui.inputs.notes_board import NotesBoard
from workshop.ui.inputs.panel import InputPanel
from workshop.ui.inputs.panels import PANELS
from workshop.ui.inputs.questions_panel import QuestionsPanel
from workshop.ui.widgets.theme import CONSOLE, Theme


class InputArea(QStackedWidget):
    """The console's input panel for the current step, over one door (the session)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("inputArea")
        self.door: SessionDoor | None = None
        self.panels: dict[InputKind, InputPanel] = {}
        self.kind = InputKind.NONE
        self._zoom = 1.0
        self._theme = CONSOLE
        self._nothing = QWidget(self)  # a talk or a break: no input
        self.addWidget(self._nothing)

    def set_door(self, door: SessionDoor | None) -> None:
        """Follow another session (or none): the panels of the last one go."""
        self.flush()
        for panel in self.panels.values():
            self.removeWidget(panel)
            panel.hide()
            panel.deleteLater()
        self.panels = {}
        self.door = door
        self.kind = InputKind.NONE
        if door is not None:
            # The card board is ready before its first step: the entry line is
            # where typing starts, and it must not wait for a board to be built.
            self.panel(InputKind.NOTES)
        self.setCurrentWidget(self._nothing)

    def show_stop(self, stop: Stop | None) -> None:
        """Show the input of `stop` (nothing for a talk, a break or no session)."""
        self.flush()
        kind = stop.step.input.kind if stop is not None and not stop.item.is_break else InputKind.NONE
        panel = self.panel(kind) if stop is not None else None
        self.kind = kind if panel is not None else InputKind.NONE
        if panel is None or stop is None:
            self.setCurrentWidget(self._nothing)
            return
        panel.show_step(*stop.input_key)
        self.setCurrentWidget(panel)

    def panel(self, kind: InputKind) -> InputPanel | None:
        """The panel for `kind`, built on first use."""
        if kind in self.panels:
            return self.panels[kind]
        build = PANELS.get(kind)
        if build is None or self.door is None:
            return None
        panel = build(self.door, parent=self)
        if isinstance(panel, NotesBoard):
            panel.set_theme(self._theme)
        panel.set_zoom(self._zoom)
        if getattr(self.door, "read_only", ""):
            # A read-only session: looked at, never changed (the store refuses too).
            if isinstance(panel, NotesBoard):
                panel.set_read_only()
            else:
                panel.setEnabled(False)
        self.panels[kind] = panel
        self.addWidget(panel)
        return panel

    @property
    def current_panel(self) -> InputPanel | None:
        widget = self.currentWidget()
        return widget if isinstance(widget, InputPanel) else None

    @property
    def takes_cards(self) -> bool:
        return isinstance(self.current_panel, NotesBoard)

    def notes_board(self) -> NotesBoard:
        """The card board (built if it was not yet)."""
        board = self.panel(InputKind.NOTES)
        assert isinstance(board, NotesBoard), "no session: no card board"
        return board

    def focus_input(self) -> None:
        """The cursor where typing starts: the entry line, the first field, the grid."""
        panel = self.current_panel
        if panel is not None:
            panel.focus_input()

    def flush(self) -> None:
        """Save what is typed but not yet saved (an answer between two pauses, a card's draft)."""
        for panel in self.panels.values():
            if isinstance(panel, QuestionsPanel | NotesBoard):
                panel.flush()

    def set_zoom(self, factor: float) -> None:
        self._zoom = factor
        for panel in self.panels.values():
            panel.set_zoom(factor)

    def set_theme(self, theme: Theme) -> None:
        """Colours for what the panels paint themselves (the card tiles)."""
        self._theme = theme
        for panel in self.panels.values():
            if isinstance(panel, NotesBoard):
                panel.set_theme(theme)
