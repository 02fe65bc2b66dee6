"""Which projected view shows which kind of input."""

from __future__ import annotations

from workshop.core.templates import InputKind
from workshop.ui.inputs.audience.actions import RoomActions
from workshop.ui.inputs.audience.answers import RoomAnswers
from workshop.ui.inputs.audience.base import RoomView
from workshop.ui.inputs.audience.notes import RoomNotes
from workshop.ui.inputs.audience.ratings import RoomRatings
from workshop.ui.inputs.audience.statement import RoomStatement
from workshop.ui.inputs.audience.votes import RoomVotes

ROOM_VIEWS: dict[InputKind, type[RoomView]] = {
    InputKind.NOTES: RoomNotes,
    InputKind.VOTE: RoomVotes,
    InputKind.RATING: RoomRatings,
    InputKind.STATEMENT: RoomStatement,
    InputKind.QUESTIONS: RoomAnswers,
    InputKind.ACTIONS: RoomActions,
}


