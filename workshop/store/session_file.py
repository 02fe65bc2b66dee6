"""Create, check, open and change a session file.

Durability: WAL with ``synchronous=FULL``, so a change is on disk when its
transaction returns; the UI shows a change only after that. Safety: a file is
checked (header, application id, schema version, integrity) before anything
is written to it, and a file we refuse is left byte-for-byte unchanged.
"""

from __future__ import annotations

import json
import os
import sqlite3
import tempfile
from datetime import datetime
from pathlib import Path
from urllib.parse import quote

from workshop import __version__
from workshop.core.session import (
    Card,
    EventKind,
    SessionHeader,
    SessionState,
    StepEvent,
    clean_card_text,
)
from workshop.core.templates import ExerciseTemplate, Plan
from workshop.store.schema import APPLICATION_ID, MIGRATIONS, SCHEMA, SCHEMA_VERSION

SQLITE_MAGIC = b"SQLite format 3\x00"
SUFFIX = ".workshop"


class SessionFileError(Exception):
    """A session file that cannot be used, and why, in words for the facilitator."""

    def __init__(self, path: Path, message: str) -> None:
        super().__init__(f"{path}: {message}")
        self.path = path
        self.message = message


def now_iso() -> str:
    return datetime.now().astimezone().isoformat(timespec="seconds")


def check_header(path: Path) -> int:
    """Refuse a file that is not ours or is too new; return its schema version.

    Reads the 100-byte SQLite header directly, so a foreign file is never opened
    by SQLite (which could otherwise create a journal beside it).
    """
    try:
        with path.open("rb") as handle:
            header = handle.read(100)
    except FileNotFoundError:
        raise SessionFileError(path, "the file does not exist") from None
    except OSError as error:
        raise SessionFileError(path, f"cannot read the file: {error.strerror}") from None
    if len(header) < 100 or not header.startswith(SQLITE_MAGIC):
        raise SessionFileError(path, "not a workshop session file (it is not an SQLite database)")
    application_id = int.from_bytes(header[68:72], "big")
    if application_id != APPLICATION_ID:
        raise SessionFileError(path, "an SQLite database, but not a workshop session file")
    version = int.from_bytes(header[60:64], "big")
    if version > SCHEMA_VERSION:
        raise SessionFileError(
            path, f"written by a newer version of Workshop (file format {version}; this "
                  f"version reads up to {SCHEMA_VERSION}). Update Workshop to open it.")
    if version < 1:
        raise SessionFileError(path, "a workshop session file that was never finished")
    return version


def _connect(path: Path, *, read_only: bool = False) -> sqlite3.Connection:
    mode = "ro" if read_only else "rw"
    uri = f"file:{quote(str(path.resolve()))}?mode={mode}"
    if read_only and not Path(f"{path}-wal").exists():
        # With no write-ahead log beside it the main file is the whole truth;
        # `immutable` then reads it without creating -shm/-wal files, so a file
        # we go on to refuse is left exactly as it was, siblings included.
        uri += "&immutable=1"
    connection = sqlite3.connect(uri, uri=True, isolation_level=None)
    connection.execute("PRAGMA foreign_keys = ON")
    return connection


class SessionFile:
    """An open session file; every method that changes it is one transaction."""

    def __init__(self, path: Path, connection: sqlite3.Connection) -> None:
        self.path = path
        self._db = connection

    # -- creating and opening -------------------------------------------------

    @classmethod
    def create(cls, path: Path, state: SessionState) -> SessionFile:
        """Write a new session file holding `state` (including any cards and events).

        The file is built beside its destination and renamed into place, so a
        crash never leaves half a file, and an existing file is never replaced.
        """
        path = Path(path)
        if path.exists():
            raise SessionFileError(path, "a file with this name already exists; choose another name")
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temp_name = tempfile.mkstemp(prefix=".new-", suffix=SUFFIX, dir=path.parent)
        os.close(handle)
        temp = Path(temp_name)
        try:
            db = sqlite3.connect(temp, isolation_level=None)
            try:
                # The header fields are written in rollback-journal mode so they
                # are in the main file itself, where check_header reads them.
                db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
                db.execute("BEGIN")
                for statement in SCHEMA.split(";"):
                    if statement.strip():
                        db.execute(statement)
                _write_state(db, state)
                db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
                db.execute("COMMIT")
                db.execute("PRAGMA journal_mode = WAL")
            finally:
                db.close()
            os.link(temp, path)  # fails if `path` appeared meanwhile, unlike os.replace
        finally:
            temp.unlink(missing_ok=True)
        _fsync_dir(path.parent)
        return cls.open(path)

    @classmethod
    def open(cls, path: Path) -> SessionFile:
        """Open an existing session file after checking it; raise `SessionFileError` if unusable."""
        path = Path(path)
        version = check_header(path)
        try:
            probe = _connect(path, read_only=True)
            try:
                result = probe.execute("PRAGMA quick_check").fetchone()
                if not result or result[0] != "ok":
                    raise SessionFileError(path, f"the file is damaged ({result[0] if result else 'no answer'})")
                tables = {row[0] for row in probe.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            finally:
                probe.close()
        except sqlite3.DatabaseError as error:
            raise SessionFileError(path, f"the file is damaged ({error})") from None
        missing = {"session", "snapshot", "card", "step_event"} - tables
        if missing:
            raise SessionFileError(path, f"the file is damaged (missing {', '.join(sorted(missing))})")
        db = _connect(path)
        db.execute("PRAGMA journal_mode = WAL")
        db.execute("PRAGMA synchronous = FULL")
        session = cls(path, db)
        session._migrate(version)
        session.load()  # refuse a file whose contents do not make a session
        return session

    def _migrate(self, version: int) -> None:
        while version < SCHEMA_VERSION:
            with self._transaction():
                for statement in MIGRATIONS[version].split(";"):
                    if statement.strip():
                        self._db.execute(statement)
                version += 1
                self._db.execute(f"PRAGMA user_version = {version}")

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> SessionFile:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _transaction(self) -> _Transaction:
        return _Transaction(self._db)

    # -- reading ---------------------------------------------------------------

    def load(self) -> SessionState:
        """The whole session as it is in the file."""
        try:
            row = self._db.execute(
                "SELECT title, organisation, facilitator, date, participants, current_stop "
                "FROM session WHERE id = 1").fetchone()
            snapshot = self._db.execute("SELECT plan, templates FROM snapshot WHERE id = 1").fetchone()
            if row is None or snapshot is None:
                raise SessionFileError(self.path, "the file is damaged (no session header)")
            header = SessionHeader(row[0], row[1], row[2], row[3], tuple(json.loads(row[4])))
            plan = Plan.from_dict(json.loads(snapshot[0]))
            templates = {key: ExerciseTemplate.from_dict(value)
                         for key, value in json.loads(snapshot[1]).items()}
            cards = [Card(*card) for card in self._db.execute(
                "SELECT id, item, step, text, column_key, created_at FROM card ORDER BY id")]
            events = [StepEvent(*event) for event in self._db.execute(
                "SELECT item, step, kind, at, elapsed, amount FROM step_event ORDER BY id")]
            state = SessionState(header, plan, templates, cards, events, int(row[5]))
        except SessionFileError:
            raise
        except (sqlite3.DatabaseError, ValueError, KeyError, TypeError) as error:
            raise SessionFileError(self.path, f"the file is damaged ({type(error).__name__}: {error})") from None
        return state

    # -- changing (one transaction each) --------------------------------------

    def add_card(self, item: int, step: str, text: str, column: str = "") -> Card:
        """Commit a card and return it with its id; raises CardTextError for empty text."""
        text = clean_card_text(text)
        created = now_iso()
        with self._transaction():
            cursor = self._db.execute(
                "INSERT INTO card (item, step, text, column_key, created_at) VALUES (?, ?, ?, ?, ?)",
                (item, step, text, column, created))
        return Card(int(cursor.lastrowid or 0), item, step, text, column, created)

    def record_event(self, event: StepEvent) -> None:
        if event.kind not in EventKind.ALL:
            raise ValueError(f"unknown timer event {event.kind!r}")
        with self._transaction():
            self._db.execute(
                "INSERT INTO step_event (item, step, kind, at, elapsed, amount) VALUES (?, ?, ?, ?, ?, ?)",
                (event.item, event.step, event.kind, event.at, event.elapsed, event.amount))

    def set_current(self, index: int) -> None:
        with self._transaction():
            self._db.execute("UPDATE session SET current_stop = ? WHERE id = 1", (index,))


class _Transaction:
    """BEGIN IMMEDIATE ... COMMIT, rolled back on any error."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self._db = db

    def __enter__(self) -> None:
        self._db.execute("BEGIN IMMEDIATE")

    def __exit__(self, exc_type: object, *rest: object) -> None:
        self._db.execute("ROLLBACK" if exc_type else "COMMIT")


def _write_state(db: sqlite3.Connection, state: SessionState) -> None:
    header = state.header
    db.execute(
        "INSERT INTO session (id, title, organisation, facilitator, date, participants, "
        "created_at, app_version, current_stop) VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?)",
        (header.title, header.organisation, header.facilitator, header.date,
         json.dumps(list(header.participants)), now_iso(), __version__, state.current))
    db.execute("INSERT INTO snapshot (id, plan, templates) VALUES (1, ?, ?)",
               (json.dumps(state.plan.to_dict()),
                json.dumps({key: t.to_dict() for key, t in state.templates.items()})))
    db.executemany(
        "INSERT INTO card (id, item, step, text, column_key, created_at) VALUES (?, ?, ?, ?, ?, ?)",
        [(c.id, c.item, c.step, c.text, c.column, c.created_at or now_iso()) for c in state.cards])
    db.executemany(
        "INSERT INTO step_event (item, step, kind, at, elapsed, amount) VALUES (?, ?, ?, ?, ?, ?)",
        [(e.item, e.step, e.kind, e.at, e.elapsed, e.amount) for e in state.events])


def _fsync_dir(folder: Path) -> None:
    """Make the new file's name durable, not only its contents."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
