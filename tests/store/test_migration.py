"""A file written by version 1 of Workshop opens, is brought forward, and keeps everything."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from workshop.core.commands import AddCard, CreateCluster, MoveCard, SetAnswer
from workshop.core.session import SessionState
from workshop.store import SessionFile, SessionFileError
from workshop.store import schema as schema_module
from workshop.store.schema import APPLICATION_ID, SCHEMA_V1, SCHEMA_VERSION, statements

V1_CARDS = [
    (1, 1, "map", "Trusted to fix things", "serve", "2026-11-22T09:10:00+00:00"),
    (2, 1, "map", "<b>Greeted</b> by name 🙂", "respond", "2026-11-22T09:11:00+00:00"),
    (5, 1, "motivate", "Fewer angry calls", "", "2026-11-22T09:20:00+00:00"),
]


def write_v1_file(path: Path, state: SessionState) -> None:
    """A session file exactly as version 1 wrote it: its SQL, its rows, user_version 1."""
    db = sqlite3.connect(path, isolation_level=None)
    db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    db.execute("BEGIN")
    for statement in statements(SCHEMA_V1):
        db.execute(statement)
    db.execute("INSERT INTO session (id, title, organisation, facilitator, date, participants, "
               "created_at, app_version, current_stop) VALUES (1, ?, ?, ?, ?, '[]', ?, '0.1.0', 4)",
               (state.header.title, state.header.organisation, state.header.facilitator,
                state.header.date, "2026-11-22T08:55:00+00:00"))
    db.execute("INSERT INTO snapshot (id, plan, templates) VALUES (1, ?, ?)",
               (json.dumps(state.plan.to_dict()),
                json.dumps({key: t.to_dict() for key, t in state.templates.items()})))
    db.executemany("INSERT INTO card (id, item, step, text, column_key, created_at) "
                   "VALUES (?, ?, ?, ?, ?, ?)", V1_CARDS)
    db.execute("INSERT INTO step_event (item, step, kind, at, elapsed, amount) "
               "VALUES (1, 'map', 'start', '2026-11-22T09:08:00+00:00', 0, 0)")
    db.execute("PRAGMA user_version = 1")
    db.execute("COMMIT")
    db.execute("PRAGMA journal_mode = WAL")
    db.close()


def _shape(db: sqlite3.Connection) -> dict[str, object]:
    """Tables with their columns, foreign keys and indexes (what a migration must match)."""
    shape: dict[str, object] = {}
    for (table,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"):
        indexes = sorted((row[1], row[2], row[3], row[4])
                         for row in db.execute(f"PRAGMA index_list({table})"))
        shape[table] = (db.execute(f"PRAGMA table_info({table})").fetchall(),
                        db.execute(f"PRAGMA foreign_key_list({table})").fetchall(), indexes)
    return shape


@pytest.fixture
def v1_path(tmp_path: Path, state: SessionState) -> Path:
    path = tmp_path / "old.workshop"
    write_v1_file(path, state)
    return path


def test_a_v1_file_opens_and_keeps_everything(v1_path: Path, state: SessionState) -> None:
    with SessionFile.open(v1_path) as session:
        migrated = session.state
        assert session._db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == 7
    assert [(c.id, c.item, c.step, c.text, c.column, c.created_at) for c in migrated.cards] == V1_CARDS
    # New fields take their defaults; the board keeps the order the cards were typed in.
    assert [(c.colour, c.hidden, c.author, c.cluster, c.position, c.device) for c in migrated.cards] == [
        ("", False, "", None, 1.0, ""), ("", False, "", None, 2.0, ""), ("", False, "", None, 5.0, "")]
    assert migrated.current == 4
    assert migrated.record_for(1, "map").started == "2026-11-22T09:08:00+00:00"
    assert migrated.plan == state.plan and migrated.templates == state.templates
    assert migrated.clusters == migrated.votes == migrated.actions == []


def test_a_migrated_file_has_the_shape_of_a_new_one(v1_path: Path, tmp_path: Path,
                                                    state: SessionState) -> None:
    SessionFile.open(v1_path).close()
    fresh_path = tmp_path / "new.workshop"
    SessionFile.create(fresh_path, state).close()
    old, fresh = sqlite3.connect(v1_path), sqlite3.connect(fresh_path)
    try:
        assert _shape(old) == _shape(fresh)
        assert old.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert old.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        old.close()
        fresh.close()


def test_a_migrated_file_takes_the_new_commands(v1_path: Path) -> None:
    with SessionFile.open(v1_path) as session:
        # The shipped plan: item 1 is the virtuous circle ("map" has four stages).
        session.do(AddCard(1, "map", "Staff stay longer", "again"))
        session.do(CreateCluster(1, "map", "People", "serve"))
        session.do(MoveCard(1, "serve", 1, 1.0))
        assert session.state.cards[-1].id == 6
        state = session.state
    with SessionFile.open(v1_path) as session:
        assert session.load() == state
        assert session.state.card(1).cluster == 1
        while session.undo():
            pass
        assert [c.id for c in session.state.cards] == [1, 2, 5]


def test_a_failed_migration_leaves_the_file_at_its_version(v1_path: Path,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(schema_module.MIGRATIONS, 1,
                        schema_module.MIGRATIONS[1] + ";\nTHIS IS NOT SQL")
    with pytest.raises(SessionFileError, match="could not bring the file up to date from format 1"):
        SessionFile.open(v1_path)
    db = sqlite3.connect(v1_path)
    try:
        assert db.execute("PRAGMA user_version").fetchone()[0] == 1
        assert "position" not in {row[1] for row in db.execute("PRAGMA table_info(card)")}
        assert db.execute("SELECT name FROM sqlite_master WHERE name = 'vote'").fetchone() is None
    finally:
        db.close()
    monkeypatch.undo()
    with SessionFile.open(v1_path) as session:  # and it migrates once the fault is gone
        assert len(session.state.cards) == 3


def test_a_file_without_a_version_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "half.workshop"
    db = sqlite3.connect(path)
    db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    db.execute("CREATE TABLE t (x)")
    db.commit()
    db.close()
    with pytest.raises(SessionFileError, match="never finished"):
        SessionFile.open(path)


def test_a_v2_file_gains_its_drafts_and_keeps_everything(v1_path: Path) -> None:
    """A file as version 2 left it (the version 1 file brought forward one step only)."""
    db = sqlite3.connect(v1_path, isolation_level=None)
    db.execute("BEGIN")
    for statement in statements(schema_module.MIGRATIONS[1]):
        db.execute(statement)
    db.execute("PRAGMA user_version = 2")
    db.execute("COMMIT")
    db.close()
    with SessionFile.open(v1_path) as session:
        assert session._db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert [c.text for c in session.state.cards] == [row[3] for row in V1_CARDS]
        assert session.drafts() == {}
        session.save_draft("card", "Half a thought")
    with SessionFile.open(v1_path) as session:
        assert session.drafts() == {"card": "Half a thought"}


def test_a_v4_files_answers_stay_the_groups(v1_path: Path) -> None:
    """A file as version 4 left it, with answers: they are the group's after the move to 5."""
    db = sqlite3.connect(v1_path, isolation_level=None)
    db.execute("BEGIN")
    for version in (1, 2, 3):
        for statement in statements(schema_module.MIGRATIONS[version]):
            db.execute(statement)
    # The shipped plan: item 4's "check" step asks its questions.
    db.executemany("INSERT INTO answer (item, step, question, text) VALUES (?, ?, ?, ?)",
                   [(4, "check", 0, "Not yet:\nthe kitchen has not heard of it."), (4, "check", 1, "Soon")])
    db.execute("PRAGMA user_version = 4")
    db.execute("COMMIT")
    db.close()
    with SessionFile.open(v1_path) as session:
        assert [(a.item, a.step, a.question, a.participant, a.text) for a in session.state.answers] == [
            (4, "check", 0, None, "Not yet:\nthe kitchen has not heard of it."),
            (4, "check", 1, None, "Soon")]
        assert session.state.answer(4, "check", 1) == "Soon"
        tables = {row[0] for row in session._db.execute("SELECT name FROM sqlite_master")}
        assert "answer" in tables and "answer_v5" not in tables
        # And the file now takes a participant's answer beside the group's.
        session.do(SetAnswer(4, "check", 0, "Mine", participant="Ana"))
        assert session.state.answer(4, "check", 0) == "Not yet:\nthe kitchen has not heard of it."
    with SessionFile.open(v1_path) as session:
        assert session.state.answer(4, "check", 0, "Ana") == "Mine"
