"""The wall's count for a step held for the cue: people, never their scores."""

from __future__ import annotations

from tests.core.board import ITEM, board_state
from workshop.core.commands import SetAnswer, SetRating
from workshop.core.held import HeldCount, held_count
from workshop.core.templates import InputKind


def test_counts_people_once_each_and_says_whether_the_group_spoke() -> None:
    state = board_state()
    assert held_count(state, ITEM, "rate") == HeldCount(InputKind.RATING, 0, False)
    for command in (SetRating(ITEM, "rate", "Pride", "Ana", 4), SetRating(ITEM, "rate", "Engage", "Ana", 2),
                    SetRating(ITEM, "rate", "Pride", "Ben", 1)):
        command.apply(state)
    assert held_count(state, ITEM, "rate") == HeldCount(InputKind.RATING, 2, False)
    SetRating(ITEM, "rate", "Pride", None, 3).apply(state)
    assert held_count(state, ITEM, "rate").group

    SetAnswer(ITEM, "ask", 0, "Calm", participant="Phone 1").apply(state)
    SetAnswer(ITEM, "ask", 1, "Kind", participant="Phone 1").apply(state)
    assert held_count(state, ITEM, "ask") == HeldCount(InputKind.QUESTIONS, 1, False)
