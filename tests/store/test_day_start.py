"""The day's own start in the session file: kept in `session.day_start`, undone like any change."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from tests.core.board import board_state
from tests.store.test_migration import write_v1_file
from workshop.core.commands import InputError, SetDayStart
from workshop.core.session import DayStart, SessionState
from workshop.store import SessionFile
from workshop.store import schema as schema_module
from workshop.store.schema import statements

AFTERNOON = "2026-11-22T16:25:00+01:00"


def _column(path: Path) -> str:
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return db.execute("SELECT day_start FROM session WHERE id = 1").fetchone()[0]
    finally:
        db.close()


def test_a_new_file_keeps_the_days_start_it_was_made_with(tmp_path: Path) -> None:
    state = board_state()
    state.day_starts.append(DayStart(AFTERNOON))
    path = tmp_path / "afternoon.workshop"
    SessionFile.create(path, state).close()
    assert _column(path) == AFTERNOON
    with SessionFile.open(path) as session:
        assert session.state.day_start == AFTERNOON
        assert session.state == state


def test_a_new_file_without_one_keeps_the_plans(board_path: Path) -> None:
    assert _column(board_path) == ""
    with SessionFile.open(board_path) as session:
        assert session.state.day_start == "" and session.state.day_starts == []


def test_moving_the_start_is_one_change_undone_and_redone_across_a_reopen(board_path: Path) -> None:
    with SessionFile.open(board_path) as session:
        applied = session.do(SetDayStart(AFTERNOON))
        assert applied.tables == {"day_starts"} and applied.label == "Move the day's start"
        assert session.state.day_start == AFTERNOON
    assert _column(board_path) == AFTERNOON
    with SessionFile.open(board_path) as session:
        assert session.state.day_start == AFTERNOON
        assert session.history() == ["Move the day's start"]
        session.undo()
        assert session.state.day_start == ""
    assert _column(board_path) == ""
    with SessionFile.open(board_path) as session:
        session.redo()
        session.do(SetDayStart("2026-11-22T17:00:00+01:00"))  # moved again: replaces, never two
        assert session.state.day_starts == [DayStart("2026-11-22T17:00:00+01:00")]
        session.undo()
        assert session.state.day_start == AFTERNOON
    with SessionFile.open(board_path) as session:
        assert session.state.day_start == AFTERNOON


@pytest.mark.parametrize("bad", ["2026-11-22", "half past four", "2026-13-01T09:00", 1625])
def test_a_start_that_is_no_date_and_time_is_refused_and_nothing_is_written(board_path: Path,
                                                                            bad: object) -> None:
    with SessionFile.open(board_path) as session:
        with pytest.raises(InputError, match="day's start"):
            session.do(SetDayStart(bad))  # type: ignore[arg-type]
        assert session.state.day_start == "" and session.history() == []
    assert _column(board_path) == ""


def test_a_v5_file_is_brought_forward_with_the_plans_start(tmp_path: Path, state: SessionState) -> None:
    """A file as version 5 left it: the new column is there, empty (the plan's start), and takes one."""
    path = tmp_path / "v5.workshop"
    write_v1_file(path, state)
    db = sqlite3.connect(path, isolation_level=None)
    db.execute("BEGIN")
    for version in (1, 2, 3, 4):
        for statement in statements(schema_module.MIGRATIONS[version]):
            db.execute(statement)
    db.execute("PRAGMA user_version = 5")
    db.execute("COMMIT")
    db.close()
    with SessionFile.open(path) as session:
        assert session.state.day_start == ""
        assert session.state.cards  # what it held is kept
        session.do(SetDayStart(AFTERNOON))
    assert _column(path) == AFTERNOON
    with SessionFile.open(path) as session:
        assert session.state.day_start == AFTERNOON
