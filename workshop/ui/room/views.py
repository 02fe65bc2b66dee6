"""Which projected view shows which kind of input."""

from __future__ import annotations

from workshop.core.templates import InputKind
from workshop.ui.room.actions import RoomActions
from workshop.ui.room.answers import RoomAnswers
from workshop.ui.room.base import RoomView
from workshop.ui.room.notes import RoomNotes
from workshop.ui.room.ratings import RoomRatings
from workshop.ui.room.statement import RoomStatement
from workshop.ui.room.votes import RoomVotes

ROOM_VIEWS: dict[InputKind, type[RoomView]] = {
    InputKind.NOTES: RoomNotes,
    InputKind.VOTE: RoomVotes,
    InputKind.RATING: RoomRatings,
    InputKind.STATEMENT: RoomStatement,
    InputKind.QUESTIONS: RoomAnswers,
    InputKind.ACTIONS: RoomActions,
}


