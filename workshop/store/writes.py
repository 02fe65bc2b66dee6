"""How a change reaches the file: one transaction, only the rows that changed, rolled back whole.

A failed write raises `SessionFileError` in words and leaves no transaction
open; the caller's state changes only after `COMMIT` returned.
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
from dataclasses import replace
from datetime import datetime
from pathlib import Path

from workshop import __version__
from workshop.core.commands import AddCard, Batch, Command
from workshop.core.session import SessionState
from workshop.store.errors import SessionFileError, sqlite_in_words
from workshop.store.rows import ROWS


def now_iso() -> str:
    return datetime.now().astimezone().isoformat(timespec="seconds")


def stamped(command: Command) -> Command:
    """The command with the time filled in where it records one."""
    if isinstance(command, AddCard) and not command.created_at:
        return replace(command, created_at=now_iso())
    if isinstance(command, Batch):
        return replace(command, commands=tuple(stamped(c) for c in command.commands))
    return command


def write_changes(db: sqlite3.Connection, scratch: SessionState) -> None:
    """Write the rows a command touched on `scratch`: old rows out, then new rows in.

    All deletions come first, so a change that swaps which statement is chosen
    never has two chosen at once, even for a moment.
    """
    journal = scratch.journal or {}
    changed = [(table, before, scratch.get(table, key))
               for (table, key), before in journal.items()]
    changed = [(table, before, after) for table, before, after in changed if before != after]
    for table, before, _after in changed:
        if before is not None:
            ROWS[table].delete(db, before)
    for table, _before, after in changed:
        if after is not None:
            ROWS[table].insert(db, [after])


class Transaction:
    """BEGIN IMMEDIATE ... COMMIT, rolled back on any error (a failed COMMIT included).

    SQLite's own errors (disk full, file locked or gone) leave as
    `SessionFileError`, so callers handle one kind of failure, in words.
    """

    def __init__(self, db: sqlite3.Connection, path: Path, read_only: str = "") -> None:
        self._db = db
        self._path = path
        self._read_only = read_only

    def __enter__(self) -> None:
        if self._read_only:
            raise SessionFileError(self._path, "this session is read-only here ({why}); nothing was changed",
                                   why=self._read_only)
        try:
            self._db.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as error:
            raise self._failure(error) from error

    def __exit__(self, exc_type: object, error: BaseException | None, *rest: object) -> None:
        if exc_type is not None:
            self._rollback()
            if isinstance(error, sqlite3.Error):
                raise self._failure(error) from error
            return
        try:
            self._db.execute("COMMIT")
        except BaseException as failure:
            # e.g. a broken foreign key found at COMMIT, or the disk full:
            # leave no transaction open behind the error.
            self._rollback()
            if isinstance(failure, sqlite3.Error):
                raise self._failure(failure) from failure
            raise

    def _failure(self, error: sqlite3.Error) -> SessionFileError:
        return SessionFileError(self._path, "the change could not be saved: {reason}; nothing was changed",
                                reason=sqlite_in_words(error))

    def _rollback(self) -> None:
        # The original error says more than a failed rollback would.
        with contextlib.suppress(sqlite3.Error):
            if self._db.in_transaction:
                self._db.execute("ROLLBACK")


def write_state(db: sqlite3.Connection, state: SessionState) -> None:
    header = state.header
    db.execute(
        "INSERT INTO session (id, title, organisation, facilitator, date, participants, "
        "created_at, app_version, current_stop, language) VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (header.title, header.organisation, header.facilitator, header.date,
         json.dumps(list(header.participants)), now_iso(), __version__, state.current, header.language))
    db.execute("INSERT INTO snapshot (id, plan, templates) VALUES (1, ?, ?)",
               (json.dumps(state.plan.to_dict()),
                json.dumps({key: t.to_dict() for key, t in state.templates.items()})))
    db.execute("PRAGMA defer_foreign_keys = ON")  # cards name clusters written after them
    for table, rows in ROWS.items():
        rows.insert(db, getattr(state, table))
    db.executemany(
        "INSERT INTO step_event (item, step, kind, at, elapsed, amount) VALUES (?, ?, ?, ?, ?, ?)",
        [(e.item, e.step, e.kind, e.at, e.elapsed, e.amount) for e in state.events])
