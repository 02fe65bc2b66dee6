"""The session file: reopen keeps everything; anything not ours is refused untouched."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

import pytest

from workshop.core.commands import AddCard
from workshop.core.session import Card, CardTextError, EventKind, StepEvent
from workshop.store import SessionFile, SessionFileError
from workshop.store.schema import SCHEMA_VERSION


def _add(session: SessionFile, item: int, step: str, text: str, column: str = "") -> Card:
    """A card typed into the file (what the session layer's add_card does, without a session)."""
    applied = session.apply(AddCard(item, step, text, column))
    card = session.state.card(applied.inverse.card)  # type: ignore[attr-defined]
    assert card is not None
    return card



@pytest.fixture
def session_path(tmp_path: Path, state) -> Path:
    path = tmp_path / "day.workshop"
    SessionFile.create(path, state).close()
    return path


def test_reopen_after_close_keeps_everything(session_path: Path) -> None:
    with SessionFile.open(session_path) as session:
        first = _add(session, 1, "motivate", "Keep every customer coming back")
        _add(session, 1, "motivate", "<b>bold</b> &amp; 🙂 مرحبا", "")
        session.record_event(StepEvent(1, "write", EventKind.START, "2026-11-22T09:00:00+00:00", 0))
        session.set_current(3)
    with SessionFile.open(session_path) as session:
        state = session.load()
    assert [c.text for c in state.cards_for(1, "motivate")] == [
        "Keep every customer coming back", "<b>bold</b> &amp; 🙂 مرحبا"]
    assert state.cards[0].id == first.id
    assert state.current == 3
    assert state.record_for(1, "write").started == "2026-11-22T09:00:00+00:00"
    assert state.header.organisation == "Greenleaf Hotels"


def test_plan_and_templates_are_copied_into_the_file(session_path: Path, state) -> None:
    with SessionFile.open(session_path) as session:
        copy = session.load()
    assert copy.plan == state.plan
    assert copy.templates == state.templates


def test_the_file_is_wal_with_our_marks(session_path: Path) -> None:
    with SessionFile.open(session_path) as session:
        db = session._db
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
        assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION


def test_empty_card_is_not_written(session_path: Path) -> None:
    with SessionFile.open(session_path) as session:
        with pytest.raises(CardTextError):
            _add(session, 1, "motivate", "   ")
        assert session.load().cards == []


def test_create_never_replaces_a_file(tmp_path: Path, state) -> None:
    path = tmp_path / "taken.workshop"
    path.write_bytes(b"precious")
    with pytest.raises(SessionFileError, match="already exists"):
        SessionFile.create(path, state)
    assert path.read_bytes() == b"precious"
    assert [p.name for p in tmp_path.iterdir()] == ["taken.workshop"]


def _refused_unchanged(path: Path, match: str) -> None:
    before = path.read_bytes()
    siblings = sorted(p.name for p in path.parent.iterdir())
    with pytest.raises(SessionFileError, match=match) as caught:
        SessionFile.open(path)
    assert str(path) in str(caught.value)
    assert path.read_bytes() == before
    assert sorted(p.name for p in path.parent.iterdir()) == siblings


def test_text_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "notes.workshop"
    path.write_text("shopping list\n" * 20)
    _refused_unchanged(path, "not a file Workshop writes")


def test_an_exported_json_is_refused_with_the_command_that_imports_it(tmp_path: Path) -> None:
    path = tmp_path / "day.json"
    path.write_text('{"format": "workshop-session", "version": 2}\n' + " " * 200)
    _refused_unchanged(path, re.escape("an exported session (JSON), not a session file; make a session "
                                       "file from it with: workshop import day.json -o NEW.workshop"))


def test_foreign_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.workshop"
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE t (x)")
    db.commit()
    db.close()
    _refused_unchanged(path, "not a workshop session file")


def test_newer_file_is_refused(session_path: Path) -> None:
    data = bytearray(session_path.read_bytes())
    data[60:64] = (SCHEMA_VERSION + 1).to_bytes(4, "big")
    session_path.write_bytes(bytes(data))
    _refused_unchanged(session_path, "newer version of Workshop")


def test_damaged_file_is_refused(session_path: Path) -> None:
    with SessionFile.open(session_path) as session:
        for number in range(300):
            _add(session, 1, "motivate", f"card {number} " + "x" * 200)
    data = bytearray(session_path.read_bytes())
    page = 4096
    data[2 * page:2 * page + 512] = b"\xff" * 512  # scribble over a b-tree page
    session_path.write_bytes(bytes(data))
    _refused_unchanged(session_path, "damaged")


def test_truncated_file_is_refused(session_path: Path) -> None:
    with SessionFile.open(session_path) as session:
        for number in range(300):
            _add(session, 1, "motivate", f"card {number} " + "x" * 200)
    data = session_path.read_bytes()
    session_path.write_bytes(data[: len(data) // 2])
    _refused_unchanged(session_path, "damaged")


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(SessionFileError, match="does not exist"):
        SessionFile.open(tmp_path / "nowhere.workshop")
