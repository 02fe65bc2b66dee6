"""The console's input panels, one per input kind of a step, over one `SessionDoor`.

`panel_for(kind, door)` builds the panel for a step; the projector's views
are in `inputs.audience`. Every panel changes the session only through the
door (`door.execute(command)`), and redraws when the door reports a change.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from workshop.core.templates import InputKind
from workshop.ui.inputs.actions_panel import ActionsPanel
from workshop.ui.inputs.door import Change, SessionDoor
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


__all__ = ["PANELS", "ActionsPanel", "Change", "InputPanel", "NotesBoard", "QuestionsPanel",
           "RatingGrid", "SessionDoor", "StatementPanel", "VotePanel", "panel_for"]
