"""Votes, ratings, statements, answers and actions: each command, its inverse, its limits."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from tests.core.board import ITEM, refuses, undoes
from workshop.core.aggregate import dots_left, vote_results
from workshop.core.commands import (
    MAX_TALLY,
    AddAction,
    AddCandidate,
    AddCard,
    ChooseCandidate,
    Command,
    CreateCluster,
    DeleteAction,
    DeleteCandidate,
    EditAction,
    EditCandidate,
    RestoreCandidate,
    SetAnswer,
    SetRating,
    SetVotes,
)
from workshop.core.session import SessionState, Target


@pytest.fixture
def cards(board: SessionState) -> list[int]:
    for text in ("Greet by name", "Fix it on the spot", "Smile"):
        AddCard(ITEM, "write", text, "keep").apply(board)
    AddCard(ITEM, "plain", "not voted on").apply(board)
    return [1, 2, 3]


# -- votes ---------------------------------------------------------------------------


def test_votes_one_by_one_and_undo(board: SessionState, cards: list[int]) -> None:
    inverse = undoes(board, SetVotes(ITEM, "vote", Target.card(1), "Ana", 2))
    assert inverse == SetVotes(ITEM, "vote", Target.card(1), "Ana", 0)
    undoes(board, SetVotes(ITEM, "vote", Target.card(1), "Ana", 1))  # change: inverse back to 2
    assert board.votes[0].count == 1
    assert dots_left(board, ITEM, "vote", "Ana") == 2
    undoes(board, SetVotes(ITEM, "vote", Target.card(1), "Ana", 0))  # take the dots off
    assert board.votes == [] and dots_left(board, ITEM, "vote", "Ana") == 3


def test_the_dot_limit_is_per_person(board: SessionState, cards: list[int]) -> None:
    SetVotes(ITEM, "vote", Target.card(1), "Ana", 2).apply(board)
    SetVotes(ITEM, "vote", Target.card(2), "Ana", 1).apply(board)
    refuses(board, SetVotes(ITEM, "vote", Target.card(3), "Ana", 1), r"^Ana has used all 3 dots\.$")
    refuses(board, SetVotes(ITEM, "vote", Target.card(1), "Ana", 3), "Ana has 2 dots left of 3")
    SetVotes(ITEM, "vote", Target.card(3), "Ben", 3).apply(board)  # Ben has his own three
    SetVotes(ITEM, "vote", Target.card(1), "Ana", 1).apply(board)  # moving a dot is fine
    SetVotes(ITEM, "vote", Target.card(3), "Ana", 1).apply(board)
    assert dots_left(board, ITEM, "vote", "Ana") == 0


def test_tallied_votes_have_no_per_person_limit(board: SessionState, cards: list[int]) -> None:
    undoes(board, SetVotes(ITEM, "vote", Target.card(2), None, 14))
    SetVotes(ITEM, "vote", Target.card(2), "Ana", 3).apply(board)  # and mix with named dots
    refuses(board, SetVotes(ITEM, "vote", Target.card(1), None, MAX_TALLY + 1), "At most")
    refuses(board, SetVotes(ITEM, "vote", Target.card(1), None, -1), "below zero")


@pytest.mark.parametrize(("command", "match"), [
    (SetVotes(ITEM, "vote", Target.card(4), "Ana", 1), "not on the board being voted on"),
    (SetVotes(ITEM, "vote", Target.card(99), "Ana", 1), "not on the board being voted on"),
    (SetVotes(ITEM, "vote", Target.cluster(1), "Ana", 1), "cluster is not on the board"),
    (SetVotes(ITEM, "vote", Target("sticker", 1), "Ana", 1), "not on the board"),
    (SetVotes(ITEM, "write", Target.card(1), "Ana", 1), "takes notes, not vote"),
    (SetVotes(ITEM, "vote", Target.card(1), "  ", 1), "needs a name"),
    (SetVotes(ITEM, "vote", Target.card(1), "Ana", 4), "Ana has 3 dots left of 3"),
    (SetVotes(ITEM, "vote", Target.card(1), "Ana", 1.5), "whole number"),
    (SetVotes(ITEM, "vote", Target.card(1), "Ana", True), "whole number"),
])
def test_bad_votes_are_refused(board: SessionState, cards: list[int], command: SetVotes,
                               match: str) -> None:
    refuses(board, command, match)


def test_vote_results_are_sorted_by_count(board: SessionState, cards: list[int]) -> None:
    CreateCluster(ITEM, "write", "Speed", "keep").apply(board)
    SetVotes(ITEM, "vote", Target.card(3), None, 5).apply(board)
    SetVotes(ITEM, "vote", Target.card(3), "Ana", 2).apply(board)
    SetVotes(ITEM, "vote", Target.card(2), "Ben", 3).apply(board)
    SetVotes(ITEM, "vote", Target.cluster(1), "Chen", 3).apply(board)
    results = vote_results(board, ITEM, "vote")
    assert [(r.text, r.count, r.voters) for r in results] == [
        ("Smile", 7, 1), ("Speed", 3, 1), ("Fix it on the spot", 3, 1), ("Greet by name", 0, 0)]
    assert [r.text for r in vote_results(board, ITEM, "vote", include_unvoted=False)] == [
        "Smile", "Speed", "Fix it on the spot"]


# -- ratings --------------------------------------------------------------------------


def test_ratings_per_participant_and_consensus(board: SessionState) -> None:
    assert undoes(board, SetRating(ITEM, "rate", "Engage", "Ana", 4)) == SetRating(
        ITEM, "rate", 1, "Ana", None)
    undoes(board, SetRating(ITEM, "rate", 1, "Ana", 5))  # change: inverse back to 4
    undoes(board, SetRating(ITEM, "rate", 0, None, 3))  # the group's consensus
    undoes(board, SetRating(ITEM, "rate", 1, "Ana", None))  # clear
    assert [(r.subject, r.participant, r.value) for r in board.ratings] == [(0, None, 3)]


@pytest.mark.parametrize(("command", "match"), [
    (SetRating(ITEM, "rate", 0, "Ana", 0), "Scores go from 1 to 5; 0 is outside"),
    (SetRating(ITEM, "rate", 0, "Ana", 6), "Scores go from 1 to 5"),
    (SetRating(ITEM, "rate", 0, "Ana", 2.5), "whole number"),
    (SetRating(ITEM, "rate", 3, "Ana", 2), "rates 3 items; there is no item 4"),
    (SetRating(ITEM, "rate", "Cherish", "Ana", 2), "'Cherish' is not one of the items"),
    (SetRating(ITEM, "rate", 0, "", 2), "needs a name"),
    (SetRating(ITEM, "write", 0, "Ana", 2), "takes notes, not rating"),
])
def test_bad_ratings_are_refused(board: SessionState, command: SetRating, match: str) -> None:
    SetRating(ITEM, "rate", 0, "Ben", 2).apply(board)
    refuses(board, command, match)


# -- statements -------------------------------------------------------------------------


def test_candidates_add_edit_choose_delete(board: SessionState) -> None:
    assert undoes(board, AddCandidate(ITEM, "commit", {"why": " make every stay easy "})) == \
        DeleteCandidate(1)
    assert board.statement(1).values == {"why": "make every stay easy", "everything": ""}
    AddCandidate(ITEM, "commit", {"why": "welcome", "everything": "speed"}).apply(board)
    undoes(board, EditCandidate(1, {"why": "ease", "everything": "price"}))
    assert undoes(board, ChooseCandidate(ITEM, "commit", 2)) == ChooseCandidate(ITEM, "commit", None)
    assert board.chosen_statement(ITEM, "commit").id == 2
    assert undoes(board, ChooseCandidate(ITEM, "commit", 1)) == ChooseCandidate(ITEM, "commit", 2)
    assert [s.chosen for s in board.statements] == [True, False]
    chosen = board.statement(1)
    assert undoes(board, DeleteCandidate(1)) == RestoreCandidate(chosen)  # the chosen one
    undoes(board, ChooseCandidate(ITEM, "commit", None))
    assert board.chosen_statement(ITEM, "commit") is None


@pytest.mark.parametrize(("command", "match"), [
    (AddCandidate(ITEM, "commit", {}), "Fill in at least one blank"),
    (AddCandidate(ITEM, "commit", {"why": "  "}), "Fill in at least one blank"),
    (AddCandidate(ITEM, "commit", {"how": "x"}), "'how' is not a blank of this statement"),
    (AddCandidate(ITEM, "commit", {"why": "x" * 10_001}), "at most"),
    (AddCandidate(ITEM, "ask", {"why": "x"}), "takes questions, not statement"),
    (EditCandidate(9, {"why": "x"}), "no longer there"),
    (ChooseCandidate(ITEM, "commit", 9), "no longer there"),
])
def test_bad_candidates_are_refused(board: SessionState, command: Command, match: str) -> None:
    AddCandidate(ITEM, "commit", {"why": "x"}).apply(board)
    refuses(board, command, match)
    refuses(board, RestoreCandidate(board.statement(1)), "already there")


# -- answers ----------------------------------------------------------------------------


def test_answers_several_lines_and_clear(board: SessionState) -> None:
    text = "The queue at nine.\n\nAnd how calm Chen was.\n"
    assert undoes(board, SetAnswer(ITEM, "ask", 0, text)) == SetAnswer(ITEM, "ask", 0, "")
    assert board.answer(ITEM, "ask", 0) == text.strip()
    undoes(board, SetAnswer(ITEM, "ask", 0, "rewritten"))
    undoes(board, SetAnswer(ITEM, "ask", 0, "   "))  # clears
    assert board.answers == []
    refuses(board, SetAnswer(ITEM, "ask", 2, "x"), "asks 2 questions; there is no question 3")
    refuses(board, SetAnswer(ITEM, "act", 0, "x"), "takes actions, not questions")


def test_a_participants_answer_sits_beside_the_groups(board: SessionState) -> None:
    undoes(board, SetAnswer(ITEM, "ask", 0, "The group's view"))
    # Undone alone, redone alone: the group's answer is never touched. The inverse names
    # the participant as kept (trimmed).
    assert undoes(board, SetAnswer(ITEM, "ask", 0, "  Mine  ", participant=" Ana ")) == SetAnswer(
        ITEM, "ask", 0, "", "Ana")
    undoes(board, SetAnswer(ITEM, "ask", 0, "Ben's", participant="Ben"))
    undoes(board, SetAnswer(ITEM, "ask", 1, "Later", participant="Ana"))
    assert board.answer(ITEM, "ask", 0) == "The group's view"
    assert board.answer(ITEM, "ask", 0, "Ana") == "Mine"
    assert [(a.question, a.participant, a.text) for a in board.room_answers(ITEM, "ask")] == [
        (0, "Ana", "Mine"), (0, "Ben", "Ben's"), (1, "Ana", "Later")]
    assert undoes(board, SetAnswer(ITEM, "ask", 0, "", participant="Ana")) == SetAnswer(
        ITEM, "ask", 0, "Mine", "Ana")
    assert board.answer(ITEM, "ask", 0, "Ana") == "" and board.answer(ITEM, "ask", 0) == "The group's view"
    undoes(board, SetAnswer(ITEM, "ask", 0, ""))  # clearing the group's answer leaves Ben's
    assert [(a.participant, a.text) for a in board.answers if a.question == 0] == [("Ben", "Ben's")]
    refuses(board, SetAnswer(ITEM, "ask", 0, "x", participant="  "), "The participant needs a name")
    refuses(board, SetAnswer(ITEM, "ask", 0, "x", participant="Two\nlines"), "one line")


def test_a_phone_and_the_console_typing_at_once_undo_apart() -> None:
    group, phone = SetAnswer(ITEM, "ask", 0, "a"), SetAnswer(ITEM, "ask", 0, "a", participant="Ana")
    assert group.merge_key == SetAnswer(ITEM, "ask", 0, "ab").merge_key
    assert phone.merge_key == SetAnswer(ITEM, "ask", 0, "ab", "Ana").merge_key
    assert len({group.merge_key, phone.merge_key, SetAnswer(ITEM, "ask", 0, "a", "Ben").merge_key}) == 3


# -- actions -----------------------------------------------------------------------------


def test_actions_add_edit_delete(board: SessionState) -> None:
    due = date(2026, 11, 27)
    assert undoes(board, AddAction(ITEM, "act", " Call the supplier ", "Ben", due)) == DeleteAction(1)
    assert board.action(1).what == "Call the supplier" and board.action(1).due == due
    assert undoes(board, EditAction(1, "Email the supplier", "", None)) == EditAction(
        1, "Call the supplier", "Ben", due)
    undoes(board, DeleteAction(1))
    refuses(board, AddAction(ITEM, "act", "  "), "What will be done needs some text")
    refuses(board, AddAction(ITEM, "act", "x", due=datetime(2026, 11, 27, 9)), "is a day")
    refuses(board, AddAction(ITEM, "act", "x", "Ben\n" * 100), "at most 200")
    refuses(board, AddAction(ITEM, "ask", "x"), "takes questions, not actions")
    refuses(board, EditAction(5, "x"), "no longer there")
