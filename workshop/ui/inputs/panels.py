"""Which console panel shows which kind of input."""

from __future__ import annotations

from workshop.core.templates import InputKind
from workshop.ui.inputs.actions_panel import ActionsPanel
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



