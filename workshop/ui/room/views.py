"""Which projected view shows which kind of input."""

from __future__ import annotations

from workshop.core.templates import InputKind, Step
from workshop.ui.room.actions import RoomActions
from workshop.ui.room.answers import RoomAnswers
from workshop.ui.room.base import RoomView
from workshop.ui.room.notes import RoomNotes
from workshop.ui.room.pairs import RoomPairs
from workshop.ui.room.ratings import RoomRatings
from workshop.ui.room.statement import RoomStatement
from workshop.ui.room.votes import RoomVotes

PAIRS = "pairs"  # a notes step whose two columns are pairs (`pairs: true`), not a kind of its own

ROOM_VIEWS: dict[str, type[RoomView]] = {
    InputKind.NOTES: RoomNotes,
    InputKind.VOTE: RoomVotes,
    InputKind.RATING: RoomRatings,
    InputKind.STATEMENT: RoomStatement,
    InputKind.QUESTIONS: RoomAnswers,
    InputKind.ACTIONS: RoomActions,
    PAIRS: RoomPairs,
}


def view_key(step: Step) -> str:
    """Which view of `ROOM_VIEWS` shows a step's input: its kind's, or the board of pairs."""
    return PAIRS if step.input.kind is InputKind.NOTES and step.input.pairs else step.input.kind


