"""SessionFile.apply: one transaction per command, the state changed only after it commits."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest

from tests.core.board import ITEM, board_state
from workshop.core.commands import (
    AddAction,
    AddCandidate,
    AddCard,
    ChooseCandidate,
    CreateCluster,
    DeleteCard,
    DeleteCluster,
    EditCard,
    MoveCard,
    SetAnswer,
    SetCardColour,
    SetCardHidden,
    SetDayStart,
    SetRating,
    SetResultsShown,
    SetVotes,
)
from workshop.core.session import TABLES, Card, InputError, Target
from workshop.store import SessionFile, SessionFileError
from workshop.store import session_file as session_file_module

EVERY_KIND = [
    AddCard(ITEM, "write", "Greet by name", "keep", colour="pink", author="Ana", hidden=True),
    AddCard(ITEM, "write", "<b>Fix</b> it {0} %s 🙂 مرحبا\nnow", "drop"),
    AddCard(ITEM, "plain", "x" * 5_000),
    CreateCluster(ITEM, "write", "Speed", "keep"),
    MoveCard(1, "keep", 1, 0.25),
    SetVotes(ITEM, "vote", Target.card(2), "Ana", 2),
    SetVotes(ITEM, "vote", Target.card(2), None, 9),
    SetVotes(ITEM, "vote", Target.cluster(1), "Ben", 3),
    SetRating(ITEM, "rate", "Pride", "Ana", 4),
    SetRating(ITEM, "rate", 2, None, 1),
    AddCandidate(ITEM, "commit", {"why": "make {every} stay easy", "everything": "price"}),
    AddCandidate(ITEM, "commit", {"why": "welcome"}),
    ChooseCandidate(ITEM, "commit", 2),
    SetAnswer(ITEM, "ask", 1, "The queue at nine.\n\nAnd how calm Chen was."),
    SetAnswer(ITEM, "ask", 1, "Mine, from my phone", participant="Phone 2"),
    AddAction(ITEM, "act", "Call the supplier", "Ben", date(2026, 11, 27)),
    AddAction(ITEM, "act", "Tidy the desk"),
    SetDayStart("2026-11-22T16:25:00+01:00"),
    SetResultsShown(ITEM, "rate", True),
]

def _add(session: SessionFile, item: int, step: str, text: str, column: str = "") -> Card:
    """A card typed into the file (what the session layer's add_card does, without a session)."""
    applied = session.apply(AddCard(item, step, text, column))
    card = session.state.card(applied.inverse.card)  # type: ignore[attr-defined]
    assert card is not None
    return card



def test_every_kind_survives_close_and_reopen(board_path: Path) -> None:
    with SessionFile.open(board_path) as session:
        for command in EVERY_KIND:
            session.apply(command)
        state = session.state
    for table in TABLES:
        assert getattr(state, table), f"nothing in {table}"
    with SessionFile.open(board_path) as session:
        assert session.load() == state
        assert session.state == state
        assert session.state.cards[1].text == "<b>Fix</b> it {0} %s 🙂 مرحبا\nnow"
        assert session.state.cards[0].created_at  # stamped when it was written


def test_the_state_changes_only_after_the_commit(board_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    with SessionFile.open(board_path) as session:
        session.apply(AddCard(ITEM, "write", "first", "keep"))
        before = session.state.copy()
        cards = session.state.cards
        real_write = session_file_module._write_changes

        def write_then_fail(db: sqlite3.Connection, scratch) -> None:
            real_write(db, scratch)  # some rows are written ...
            raise sqlite3.OperationalError("disk I/O error")  # ... then the disk lets us down

        monkeypatch.setattr(session_file_module, "_write_changes", write_then_fail)
        with pytest.raises(SessionFileError,
                           match=r"could not be saved: the disk could not be read or written"):
            session.apply(AddCard(ITEM, "write", "second", "keep"))
        assert session.state == before
        assert session.load() == before  # rolled back in the file too
        monkeypatch.undo()
        session.apply(AddCard(ITEM, "write", "second", "keep"))  # no transaction left open
        assert [c.text for c in cards] == ["first", "second"]  # the same list, updated in place


def test_a_refused_command_writes_nothing(board_path: Path) -> None:
    with SessionFile.open(board_path) as session:
        session.apply(AddCard(ITEM, "write", "first", "keep"))
        session.apply(AddCard(ITEM, "write", "second", "keep"))
        session.apply(SetVotes(ITEM, "vote", Target.card(1), "Ana", 3))
        before = session.state.copy()
        with pytest.raises(InputError, match="Ana has used all 3 dots"):
            session.apply(SetVotes(ITEM, "vote", Target.card(2), "Ana", 1))
        with pytest.raises(InputError, match="needs some text"):
            session.apply(EditCard(1, "  "))
        assert session.state == before and session.load() == before
        assert not session._db.in_transaction


def test_undo_of_a_delete_restores_the_same_id_and_its_votes(board_path: Path) -> None:
    with SessionFile.open(board_path) as session:
        session.apply(AddCard(ITEM, "write", "first", "keep"))
        session.apply(AddCard(ITEM, "write", "second", "keep"))
        session.apply(SetVotes(ITEM, "vote", Target.card(1), "Ana", 2))
        with_votes = session.state.copy()
        restore = session.apply(DeleteCard(1)).inverse
        assert session.load().votes == []
    with SessionFile.open(board_path) as session:
        session.apply(restore)
    with SessionFile.open(board_path) as session:
        assert session.load() == with_votes
        assert session.state.votes[0].target == Target.card(1)


def test_deleting_a_cluster_in_the_file(board_path: Path) -> None:
    with SessionFile.open(board_path) as session:
        session.apply(AddCard(ITEM, "write", "a", "keep"))
        session.apply(CreateCluster(ITEM, "write", "Speed", "keep"))
        session.apply(MoveCard(1, "keep", 1, 1.0))
        session.apply(SetVotes(ITEM, "vote", Target.cluster(1), None, 4))
        grouped = session.state.copy()
        restore = session.apply(DeleteCluster(1)).inverse
        assert session.load() == session.state
        assert session.state.cards[0].cluster is None
        session.apply(restore)
        assert session.load() == grouped


def test_the_schema_itself_refuses_broken_links(board_path: Path) -> None:
    with SessionFile.open(board_path) as session:
        with pytest.raises(sqlite3.IntegrityError):
            session._db.execute("INSERT INTO vote (item, step, card_id, count) VALUES (0, 'vote', 99, 1)")
        with pytest.raises(sqlite3.IntegrityError):  # a vote on a card and a cluster at once
            session._db.execute("INSERT INTO vote (item, step, count) VALUES (0, 'vote', 1)")


def test_undo_history_is_kept_in_the_file(board_path: Path) -> None:
    with SessionFile.open(board_path) as session:
        session.do(AddCard(ITEM, "write", "first", "keep"))
        session.do(SetCardColour(1, "green"))
        session.do(SetCardHidden(1, True))
        assert session.undo().inverse == SetCardHidden(1, True)  # what redoes it
        after_one_undo = session.state.copy()
    with SessionFile.open(board_path) as session:
        assert session.state == after_one_undo
        assert session.history("undo") == ["Colour card", "Add card"]
        assert session.history("redo") == ["Hide card"]
        session.undo()
        session.undo()
        assert session.undo() is None
        assert session.state == board_state()
        assert session.redo() is not None
        assert [c.text for c in session.state.cards] == ["first"]
        session.do(AddCard(ITEM, "write", "second", "keep"))  # a new change clears redo
        assert session.history("redo") == []
        assert session.redo() is None
    with SessionFile.open(board_path) as session:
        assert session.history("undo") == ["Add card", "Add card"]
        assert session.load() == session.state


def test_redo_brings_back_the_same_card(board_path: Path) -> None:
    with SessionFile.open(board_path) as session:
        session.do(AddCard(ITEM, "write", "first", "keep"))
        card = session.state.cards[0]
        session.undo()
        session.redo()
        assert session.state.cards == [card]  # same id, same time stamp


def test_the_history_keeps_the_newest_changes(board_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(session_file_module, "MAX_HISTORY", 3)
    with SessionFile.open(board_path) as session:
        for number in range(5):
            session.do(AddCard(ITEM, "write", f"card {number}", "keep"))
        assert len(session.history()) == 3
        while session.undo():
            pass
        assert [c.text for c in session.state.cards] == ["card 0", "card 1"]


def test_a_damaged_history_is_reported(board_path: Path) -> None:
    with SessionFile.open(board_path) as session:
        session.do(AddCard(ITEM, "write", "first", "keep"))
        session._db.execute("UPDATE history SET command = '{\"$\": \"FormatDisk\"}'")
        before = session.state.copy()
        with pytest.raises(SessionFileError, match="undo history is damaged"):
            session.undo()
        assert session.state == before


def test_old_entry_points_keep_the_state_current(board_path: Path) -> None:
    from workshop.core.session import EventKind, StepEvent

    with SessionFile.open(board_path) as session:
        card = _add(session, ITEM, "write", " typed ", "keep")
        assert session.state.cards == [card] and card.text == "typed" and card.position == 1.0
        event = StepEvent(ITEM, "write", EventKind.START, "2026-11-22T09:00:00+00:00")
        session.record_event(event)
        session.set_current(2)
        assert session.state.events == [event] and session.state.current == 2
        assert session.load() == session.state


def test_a_state_with_broken_links_is_not_written(tmp_path: Path) -> None:
    from workshop.core.session import Card, Statement, Vote

    state = board_state()
    state.cards.append(Card(1, ITEM, "write", "a", "keep", cluster=4))
    state.votes.append(Vote(ITEM, "vote", Target.card(9), None, 2))
    state.statements.extend([Statement(1, ITEM, "commit", {"why": "a"}, True),
                             Statement(2, ITEM, "commit", {"why": "b"}, True)])
    assert state.broken_links() == [
        "card 1 is in cluster 4, which does not exist",
        "a vote is on card 9, which does not exist",
        "step 'commit' of part 0 has 2 chosen statements",
    ]
    path = tmp_path / "imported.workshop"
    with pytest.raises(SessionFileError, match="does not hold together: card 1 is in cluster 4"):
        SessionFile.create(path, state)
    assert list(tmp_path.iterdir()) == []


def test_create_writes_every_kind(tmp_path: Path, board_path: Path) -> None:
    # `workshop import` creates a file from a whole state: nothing may be lost.
    with SessionFile.open(board_path) as session:
        for command in EVERY_KIND:
            session.apply(command)
        state = session.state
    copy_path = tmp_path / "copy.workshop"
    SessionFile.create(copy_path, state).close()
    with SessionFile.open(copy_path) as copy:
        assert copy.state == state


def test_a_phones_answer_is_undone_apart_from_the_groups(board_path: Path) -> None:
    with SessionFile.open(board_path) as session:
        session.do(SetAnswer(ITEM, "ask", 0, "Our"))
        session.do(SetAnswer(ITEM, "ask", 0, "Mi", participant="Ana"), origin="phone:ab12")
        session.do(SetAnswer(ITEM, "ask", 0, "Mine", participant="Ana"), origin="phone:ab12")
        session.do(SetAnswer(ITEM, "ask", 0, "Our view"))
        # Each run typed in one go is one step, even with another's typing between them.
        assert session.history_origins() == ["console", "phone:ab12", "console"]
        session.undo()
        assert session.state.answer(ITEM, "ask", 0) == "Our"
        assert session.state.answer(ITEM, "ask", 0, "Ana") == "Mine"
        session.undo()
        assert session.state.answer(ITEM, "ask", 0, "Ana") == ""
        assert session.state.answer(ITEM, "ask", 0) == "Our"
    with SessionFile.open(board_path) as session:
        assert session.load() == session.state
        session.redo()
        assert [(a.participant, a.text) for a in session.state.answers] == [(None, "Our"), ("Ana", "Mine")]
        state = session.state
    with SessionFile.open(board_path) as session:
        assert session.state == state
