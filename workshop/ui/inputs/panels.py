"""Which console panel shows which kind of input."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from workshop.core.templates import InputKind
from workshop.ui.inputs.actions_panel import ActionsPanel
from workshop.ui.inputs.door import SessionDoor
from workshop.ui.inputs.notes_board import NotesBoard
from workshop.ui.inputs.panel import InputPanel
from workshop.ui.inputs.questions_panel import QuestionsPanel
from workshop.ui.inputs.rating_grid import RatingGrid
from workshop.ui.inputs.statement_panel import StatementPanel
from workshop.ui.inputs.vote_panel import VotePanel

PANELS: dict[InputKind, type[InputPanel]] = {
    InputKind.NOTES: NotesBoard,
    InputKind.VOTE: VotePanel,
    InputKind.RATING: RatingGrid,
    InputKind.STATEMENT: StatementPanel,
    InputKind.QUESTIONS: QuestionsPanel,
    InputKind.ACTIONS: ActionsPanel,
}


def panel_for(kind: InputKind, door: SessionDoor, parent: QWidget | None = None) -> InputPanel | None:
    """The console panel for a step of `kind` (None for a step that takes no input)."""
    panel = PANELS.get(kind)
    return panel(door, parent=parent) if panel is not None else None

