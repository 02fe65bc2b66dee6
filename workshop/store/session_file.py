"""Create, check, open and change a session file.

Durability: WAL with ``synchronous=FULL``, so a change is on disk when its
transaction returns; the UI shows a change only after that. Safety: a file is
checked (header, application id, schema version, integrity) before anything
is written to it, and a file we refuse is left byte-for-byte unchanged.

One writer: opening a file for writing takes its lock (`store.lock`), which
dies with the process; a second opener is told who has it, and may look at
a read-only copy instead. A file that cannot be written (read-only, or in a
folder that cannot be written) opens read-only on purpose, from a copy in
memory: nothing is ever written beside it. `SessionFile.snapshot` reads a
consistent copy for an export, open elsewhere or not, and never changes the
file (an older format is brought forward in the copy only).

Changes: `SessionFile.apply(command)` runs a core command on a copy of the
state, writes the rows it touched in one transaction, and only then updates
`SessionFile.state`; it returns what it did (`Applied`: the inverse and the
lists of the state it wrote). `do` / `undo` / `redo` do the same and keep the
undo history in the file, with where each change came from, so it survives
closing the app. The session layer (`workshop.session`) is what calls them.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from workshop.core.commands import Command
from workshop.core.session import EventKind, InputError, SessionHeader, SessionState, StepEvent
from workshop.core.templates import ExerciseTemplate, Plan
from workshop.store.checks import (
    TEMP_PREFIX,
    check_header,
    connect,
    probe,
    unwritable_reason,
)
from workshop.store.codec import decode, encode
from workshop.store.errors import SessionFileError, SessionInUse, sqlite_in_words
from workshop.store.lock import SessionLock, SessionLocked
from workshop.store.new_file import write_new_file
from workshop.store.phones import PhoneBook
from workshop.store.rows import ROWS
from workshop.store.schema import MIGRATIONS, SCHEMA_VERSION, statements
from workshop.store.writes import Transaction, now_iso, stamped
from workshop.store.writes import write_changes as _write_changes  # one name, for fault injection in tests

__all__ = ["CONSOLE", "TEMP_PREFIX", "Applied", "SessionFile", "SessionFileError", "SessionInUse",
           "check_header", "now_iso", "sqlite_in_words", "unwritable_reason"]


MAX_DRAFT_PLACE = 100
MAX_DRAFT_LENGTH = 20_000  # twice the longest card: a draft is never refused, only cut


# Where a change came from: the facilitator's keyboard, an import, later a phone ("phone:<id>").
CONSOLE = "console"


@dataclass(frozen=True)
class Applied:
    """A change committed to the file and in `SessionFile.state`.

    `command` is what was applied (for an undo, the inverse of the change
    undone), `inverse` what would take it back, `tables` the lists of the
    state it wrote, `label` the change's name as the person made it ("Add
    card", also when it is undone) and `origin` where it came from.
    `before` names each row it wrote, `(table, key)`, with the entity it held
    before (None: the row is new), so a view of a thousand cards can change
    the one that changed instead of reading them all again.
    """

    command: Command
    inverse: Command
    tables: frozenset[str]
    label: str = ""
    origin: str = CONSOLE
    before: Mapping[tuple[str, tuple[Any, ...]], Any] = field(default_factory=dict, compare=False)


class SessionFile:
    """An open session file and the `SessionState` it holds.

    Every method that changes the file is one transaction, and changes
    `state` only after that transaction has committed: if the write fails,
    `state` is as it was.
    """

    def __init__(self, path: Path, connection: sqlite3.Connection) -> None:
        self.path = path
        self._db = connection
        self._lock: SessionLock | None = None
        # Why this session refuses changes ("" when it is the file's writer).
        self.read_only = ""
        # The room's phones, their receipts and the room's settings (store.phones).
        self.phones = PhoneBook(connection, self._transaction)
        # Replaced by open() with what the file holds.
        self.state = SessionState(SessionHeader(""), Plan("", "", ()), {})

    # -- creating and opening -------------------------------------------------

    @classmethod
    def create(cls, path: Path, state: SessionState) -> SessionFile:
        """Write a new session file holding `state` (everything in it) and open it.

        The file is built beside its destination and linked into place
        (`store.new_file`), so a crash never leaves half a file, and an
        existing file is never replaced.
        """
        path = Path(path)
        write_new_file(path, state)
        return cls.open(path)

    @classmethod
    def open(cls, path: Path, *, read_only: bool = False) -> SessionFile:
        """Open an existing session file after checking it; raise `SessionFileError` if unusable.

        For writing (the default) the file's lock is taken first: `SessionInUse`
        when another window or process has it. A file from an older version is
        brought forward (one transaction per version). A file that cannot be
        written opens read-only anyway, `read_only` saying why; `read_only=True`
        asks for that on purpose. A read-only session reads a copy in memory,
        refuses every change and writes nothing, beside the file or in it.
        """
        path = Path(path)
        check_header(path)
        reason = "opened read-only" if read_only else unwritable_reason(path)
        if reason:
            return cls._open_copy(path, reason)
        try:
            lock = SessionLock.acquire(path)
        except SessionLocked as locked:
            raise SessionInUse(path, locked.holder) from None
        except OSError:
            # No lock file can be made beside it: then nothing else can be written there either.
            return cls._open_copy(path, "its folder cannot be written")
        try:
            version = probe(path)
            db = connect(path)
            try:
                db.execute("PRAGMA journal_mode = WAL")
                db.execute("PRAGMA synchronous = FULL")
                session = cls(path, db)
                session._lock = lock
                if session._migrate(version):
                    # The new format into the main file at once: its header must never
                    # claim the old format while the file holds the new tables.
                    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
                session.state = session.load()  # refuse a file whose contents do not make a session
            except BaseException:
                db.close()
                raise
        except sqlite3.Error as error:
            lock.release()
            raise SessionFileError(path, "the file cannot be opened: {reason}",
                                   reason=sqlite_in_words(error)) from None
        except BaseException:
            lock.release()
            raise
        return session

    @classmethod
    def snapshot(cls, path: Path) -> SessionState:
        """The session as the file holds it now, read without changing the file in any way.

        Works while another window has the file open (a consistent moment of
        it), on read-only disks, and on older formats (brought forward in memory).
        """
        with cls.open(path, read_only=True) as session:
            return session.state

    @classmethod
    def _open_copy(cls, path: Path, reason: str) -> SessionFile:
        version = probe(path)
        memory = sqlite3.connect(":memory:", isolation_level=None)
        try:
            source = connect(path, read_only=True)
            try:
                source.backup(memory)
            finally:
                source.close()
            memory.execute("PRAGMA foreign_keys = ON")
            session = cls(path, memory)
            session._migrate(version)
            session.read_only = reason
            session.state = session.load()
        except sqlite3.Error as error:
            memory.close()
            raise SessionFileError(path, "the file cannot be read: {reason}",
                                   reason=sqlite_in_words(error)) from None
        except BaseException:
            memory.close()
            raise
        return session

    def _migrate(self, version: int) -> bool:
        """Bring the file forward from `version`; True if anything was done."""
        start = version
        while version < SCHEMA_VERSION:
            try:
                with self._transaction():
                    for statement in statements(MIGRATIONS[version]):
                        self._db.execute(statement)
                    self._db.execute(f"PRAGMA user_version = {version + 1}")
            except SessionFileError:
                raise SessionFileError(
                    self.path, "could not bring the file up to date from format {version}; "
                               "it was left in that format", version=version) from None
            version += 1
        return version != start

    def close(self) -> None:
        self._db.close()
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def __enter__(self) -> SessionFile:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _transaction(self) -> Transaction:
        return Transaction(self._db, self.path, self.read_only)

    # -- reading ---------------------------------------------------------------

    def load(self) -> SessionState:
        """The whole session as it is in the file (a fresh object each time)."""
        try:
            row = self._db.execute(
                "SELECT title, organisation, facilitator, date, participants, current_stop, language "
                "FROM session WHERE id = 1").fetchone()
            snapshot = self._db.execute("SELECT plan, templates FROM snapshot WHERE id = 1").fetchone()
            if row is None or snapshot is None:
                raise SessionFileError(self.path, "the file is damaged (no session header)")
            header = SessionHeader(row[0], row[1], row[2], row[3], tuple(json.loads(row[4])), row[6])
            plan = Plan.from_dict(json.loads(snapshot[0]))
            templates = {key: ExerciseTemplate.from_dict(value)
                         for key, value in json.loads(snapshot[1]).items()}
            events = [StepEvent(*event) for event in self._db.execute(
                "SELECT item, step, kind, at, elapsed, amount FROM step_event ORDER BY id")]
            lists = {table: rows.load(self._db) for table, rows in ROWS.items()}
            state = SessionState(header, plan, templates, events=events, current=int(row[5]),
                                 phones=len(self.phones.senders()), **lists)
        except SessionFileError:
            raise
        except sqlite3.DatabaseError as error:
            raise SessionFileError(self.path, "the file cannot be read: {reason}",
                                   reason=sqlite_in_words(error)) from None
        except (ValueError, KeyError, TypeError):
            raise SessionFileError(self.path, "the file is damaged (what it holds does not make a "
                                              "session)") from None
        return state

    # -- changing (one transaction each) --------------------------------------

    def apply(self, command: Command) -> Applied:
        """Commit `command`'s effect, then apply it to `state`; say what was done.

        Raises `InputError` (nothing written, nothing changed) when the command
        is refused, and `SessionFileError` (`state` unchanged) when the write
        fails. An `AddCard` without a time is stamped with the time it is written.
        Not remembered for undo: that is `do`.
        """
        return self._commit(command, None)

    def do(self, command: Command, origin: str = CONSOLE, receipt: str = "") -> Applied:
        """`apply`, and remember the change in the file's undo history (clearing redo).

        A change with the same `merge_key` as the newest one in the history
        (an answer saved again as it is typed) joins it: one step to undo.
        A `receipt` (a phone's name for what it sent) is written in the same
        transaction: `phones.has_receipt` then says the change is in the file.
        """
        command = stamped(command)
        key = command.merge_key

        def remember(inverse: Command) -> None:
            if receipt:
                self.phones.write_receipt(receipt)
            top = self._db.execute("SELECT merge_key FROM history WHERE stack = 'undo' "
                                   "ORDER BY id DESC LIMIT 1").fetchone()
            redo_empty = self._db.execute("SELECT 1 FROM history WHERE stack = 'redo' LIMIT 1").fetchone()
            if key and top is not None and top[0] == key and redo_empty is None:
                return  # the entry already there takes back the whole run
            self._db.execute("DELETE FROM history WHERE stack = 'redo'")
            self._push("undo", command.label, inverse, origin, key)
            # Keep the newest MAX_HISTORY changes: undo reaches far, the file stays small.
            self._db.execute(
                "DELETE FROM history WHERE stack = 'undo' AND id <= (SELECT id FROM history "
                "WHERE stack = 'undo' ORDER BY id DESC LIMIT 1 OFFSET ?)", (MAX_HISTORY,))

        applied = self._commit(command, remember)
        if receipt:
            self.state.phones = self.phones.sent(receipt)
        return replace(applied, label=command.label, origin=origin)

    def undo(self, origin: str = CONSOLE) -> Applied | None:
        """Undo the newest change in the history; None when there is nothing to undo."""
        return self._walk("undo", "redo", origin)

    def redo(self, origin: str = CONSOLE) -> Applied | None:
        """Redo the newest undone change; None when there is nothing to redo."""
        return self._walk("redo", "undo", origin)

    def history(self, stack: str = "undo") -> list[str]:
        """The labels of the undo (or redo) stack, newest first."""
        if self.read_only:
            return []  # nothing can be undone in a session looked at read-only
        return [row[0] for row in self._db.execute(
            "SELECT label FROM history WHERE stack = ? ORDER BY id DESC", (stack,))]

    def history_origins(self, stack: str = "undo") -> list[str]:
        """Where each change of the undo (or redo) stack came from, newest first."""
        return [row[0] for row in self._db.execute(
            "SELECT origin FROM history WHERE stack = ? ORDER BY id DESC", (stack,))]

    def record_event(self, event: StepEvent) -> None:
        """Commit a timer event, then add it to `state`."""
        if event.kind not in EventKind.ALL:
            raise ValueError(f"unknown timer event {event.kind!r}")
        with self._transaction():
            self._db.execute(
                "INSERT INTO step_event (item, step, kind, at, elapsed, amount) VALUES (?, ?, ?, ?, ?, ?)",
                (event.item, event.step, event.kind, event.at, event.elapsed, event.amount))
        self.state.events.append(event)

    def drafts(self) -> dict[str, str]:
        """What was being typed and not yet added, by field ("card": the card entry)."""
        return dict(self._db.execute("SELECT place, text FROM draft ORDER BY place").fetchall())

    def save_draft(self, place: str, text: str) -> None:
        """Commit what is being typed in `place` (empty text forgets it), in its own transaction."""
        if not isinstance(place, str) or not 0 < len(place) <= MAX_DRAFT_PLACE:
            raise ValueError(f"a draft's place is a short name, not {place!r:.40}")
        text = str(text)[:MAX_DRAFT_LENGTH]
        with self._transaction():
            if text.strip():
                self._db.execute("INSERT OR REPLACE INTO draft (place, text) VALUES (?, ?)", (place, text))
            else:
                self._db.execute("DELETE FROM draft WHERE place = ?", (place,))

    def set_current(self, index: int) -> None:
        """Commit the current stop, then set it in `state`.

        A read-only session moves in memory only: looking through the steps
        changes nothing anyone typed.
        """
        if self.read_only:
            self.state.current = index
            return
        with self._transaction():
            self._db.execute("UPDATE session SET current_stop = ? WHERE id = 1", (index,))
        self.state.current = index

    # -- inside ------------------------------------------------------------------

    def _commit(self, command: Command, remember: Callable[[Command], None] | None) -> Applied:
        command = stamped(command)
        # The command runs on a copy first: it may refuse, and the write may
        # fail; only a committed change reaches `state`.
        scratch = self.state.copy()
        scratch.journal = {}
        inverse = command.apply(scratch)
        with self._transaction():
            # Deleting a card before its votes (or putting back a card before
            # them) is fine within the transaction; the keys are checked at COMMIT.
            self._db.execute("PRAGMA defer_foreign_keys = ON")
            _write_changes(self._db, scratch)
            if remember is not None:
                remember(inverse)
        tables = frozenset(table for table, _key in scratch.journal)
        self.state.take_tables(scratch, set(tables))
        return Applied(command, inverse, tables, command.label, before=scratch.journal)

    def _push(self, stack: str, label: str, command: Command, origin: str = CONSOLE,
              merge_key: str = "") -> None:
        self._db.execute("INSERT INTO history (stack, label, command, origin, merge_key) "
                         "VALUES (?, ?, ?, ?, ?)", (stack, label, encode(command), origin, merge_key))

    def _walk(self, source: str, target: str, origin: str) -> Applied | None:
        if self.read_only:
            return None
        row = self._db.execute("SELECT id, label, command FROM history WHERE stack = ? "
                               "ORDER BY id DESC LIMIT 1", (source,)).fetchone()
        if row is None:
            return None
        entry, label, text = row
        try:
            command = decode(text)
        except (ValueError, TypeError):
            if source == "undo":
                raise SessionFileError(self.path,
                                       "the undo history is damaged; the session itself is not") from None
            raise SessionFileError(self.path,
                                   "the redo history is damaged; the session itself is not") from None

        def move(inverse: Command) -> None:
            self._db.execute("DELETE FROM history WHERE id = ?", (entry,))
            self._push(target, label, inverse, origin)

        try:
            applied = self._commit(command, move)
        except InputError:
            # The change can no longer be taken back (what it names is gone): drop the
            # entry rather than leave it at the top, blocking everything under it.
            with self._transaction():
                self._db.execute("DELETE FROM history WHERE id = ?", (entry,))
            raise
        return replace(applied, label=label, origin=origin)


# Changes kept in the undo history of the file.
MAX_HISTORY = 500
