"""Which projected view shows which kind of input."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from workshop.core.templates import InputKind
from workshop.ui.inputs.audience.actions import RoomActions
from workshop.ui.inputs.audience.answers import RoomAnswers
from workshop.ui.inputs.audience.base import RoomView
from workshop.ui.inputs.audience.notes import RoomNotes
from workshop.ui.inputs.audience.ratings import RoomRatings
from workshop.ui.inputs.audience.statement import RoomStatement
from workshop.ui.inputs.audience.votes import RoomVotes
from workshop.ui.inputs.door import SessionDoor
from workshop.ui.theme import AUDIENCE, Theme

ROOM_VIEWS: dict[InputKind, type[RoomView]] = {
    InputKind.NOTES: RoomNotes,
    InputKind.VOTE: RoomVotes,
    InputKind.RATING: RoomRatings,
    InputKind.STATEMENT: RoomStatement,
    InputKind.QUESTIONS: RoomAnswers,
    InputKind.ACTIONS: RoomActions,
}


def room_view_for(kind: InputKind, door: SessionDoor, theme: Theme = AUDIENCE,
                  parent: QWidget | None = None) -> RoomView | None:
    """The projected view of a step of `kind` (None for a step with nothing to show)."""
    view = ROOM_VIEWS.get(kind)
    return view(door, theme, parent) if view is not None else None

