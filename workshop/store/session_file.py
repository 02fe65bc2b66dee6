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

import contextlib
import json
import os
import sqlite3
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from urllib.parse import quote

from workshop import __version__
from workshop.core.commands import AddCard, Batch, Command
from workshop.core.session import (
    EventKind,
    InputError,
    SessionHeader,
    SessionState,
    StepEvent,
)
from workshop.core.templates import ExerciseTemplate, Plan
from workshop.store.codec import decode, encode
from workshop.store.lock import LockHolder, SessionLock, SessionLocked
from workshop.store.rows import ROWS
from workshop.store.schema import (
    APPLICATION_ID,
    CORE_TABLES,
    MIGRATIONS,
    SCHEMA,
    SCHEMA_VERSION,
    statements,
)

SQLITE_MAGIC = b"SQLite format 3\x00"
SUFFIX = ".workshop"
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
    """

    command: Command
    inverse: Command
    tables: frozenset[str]
    label: str = ""
    origin: str = CONSOLE


class SessionFileError(Exception):
    """A session file that cannot be used, and why, in words for the facilitator."""

    def __init__(self, path: Path, message: str) -> None:
        super().__init__(f"{path}: {message}")
        self.path = path
        self.message = message


class SessionInUse(SessionFileError):
    """The file is open for writing elsewhere; `holder` says where and since when."""

    def __init__(self, path: Path, holder: LockHolder) -> None:
        super().__init__(path, f"{holder.describe()}; it can be opened read-only here")
        self.holder = holder


def sqlite_in_words(error: BaseException) -> str:
    """What went wrong, for a person: never SQLite's own text."""
    text = str(error).lower()
    if isinstance(error, sqlite3.IntegrityError):
        return "the change did not fit what the file holds"
    if "full" in text:
        return "the disk is full"
    if "readonly" in text or "read-only" in text:
        return "the file cannot be written (it is read-only, or on a read-only disk)"
    if "locked" in text or "busy" in text:
        return "another program is using the file"
    if "unable to open" in text or ("no such" in text and "table" not in text):
        return "the file or its folder cannot be reached"
    if "i/o" in text or "disk" in text:
        return "the disk could not be read or written"
    if "malformed" in text or "not a database" in text or "corrupt" in text:
        return "the file is damaged"
    if isinstance(error, OSError):
        return f"the file cannot be used ({error.strerror or 'system error'})"
    return "the file could not be read or written"


def unwritable_reason(path: Path) -> str:
    """Why `path` cannot be written as a session (which also writes beside it), or ""."""
    if not os.access(path, os.W_OK):
        return "the file is read-only"
    if not os.access(path.parent, os.W_OK):
        return "its folder cannot be written (a read-only disk, or a folder you may not change)"
    return ""


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
    if header.lstrip()[:1] == b"{" and path.suffix.lower() == ".json":
        raise SessionFileError(path, "an exported session (JSON), not a session file; make a session "
                                     f"file from it with: workshop import {path.name} -o NEW.workshop")
    if len(header) < 100 or not header.startswith(SQLITE_MAGIC):
        raise SessionFileError(path, "not a workshop session file (not a file Workshop writes)")
    application_id = int.from_bytes(header[68:72], "big")
    if application_id != APPLICATION_ID:
        raise SessionFileError(path, "a database of another program, not a workshop session file")
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
        # Replaced by open() with what the file holds.
        self.state = SessionState(SessionHeader(""), Plan("", "", ()), {})

    # -- creating and opening -------------------------------------------------

    @classmethod
    def create(cls, path: Path, state: SessionState) -> SessionFile:
        """Write a new session file holding `state` (everything in it) and open it.

        The file is built beside its destination and linked into place, so a
        crash never leaves half a file, and an existing file is never replaced.
        """
        path = Path(path)
        if path.exists():
            raise SessionFileError(path, "a file with this name already exists; choose another name")
        broken = state.broken_links()
        if broken:
            raise SessionFileError(path, f"the session does not hold together: {'; '.join(broken[:3])}")
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            _remove_abandoned_temps(path.parent)
            handle, temp_name = tempfile.mkstemp(prefix=TEMP_PREFIX, suffix=SUFFIX, dir=path.parent)
        except OSError as error:  # said of the folder, in words
            where = error.filename or path.parent
            reason = ("a file is where a folder must be"
                      if isinstance(error, (FileExistsError, NotADirectoryError))
                      else f"cannot be written ({(error.strerror or 'system error').lower()})")
            raise SessionFileError(path, f"{where}: {reason}") from None
        temp = Path(temp_name)
        try:
            # Held while the file is built, so a later create in this folder can tell
            # a temporary file still being written from one a killed app left behind.
            building = SessionLock.acquire(temp)
        except (OSError, SessionLocked):
            building = None
        try:
            os.chmod(handle, _new_file_mode())  # mkstemp's 0600 would hide the file from a shared folder
            os.close(handle)
            db = sqlite3.connect(temp, isolation_level=None)
            try:
                # The header fields are written in rollback-journal mode so they
                # are in the main file itself, where check_header reads them.
                db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
                db.execute("PRAGMA foreign_keys = ON")
                db.execute("BEGIN")
                for statement in statements(SCHEMA):
                    db.execute(statement)
                _write_state(db, state)
                db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
                db.execute("COMMIT")
                db.execute("PRAGMA journal_mode = WAL")
            finally:
                db.close()
            os.link(temp, path)  # fails if `path` appeared meanwhile, unlike os.replace
        except FileExistsError:
            raise SessionFileError(path, "a file with this name already exists; "
                                         "choose another name") from None
        except (sqlite3.Error, OSError) as error:
            raise SessionFileError(path, f"the file could not be written: {sqlite_in_words(error)}; "
                                         "nothing was left behind") from None
        finally:
            temp.unlink(missing_ok=True)
            if building is not None:
                building.release()
        _fsync_dir(path.parent)
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
            version = _probe(path)
            db = _connect(path)
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
            raise SessionFileError(path, f"the file cannot be opened: {sqlite_in_words(error)}") from None
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
        version = _probe(path)
        memory = sqlite3.connect(":memory:", isolation_level=None)
        try:
            source = _connect(path, read_only=True)
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
            raise SessionFileError(path, f"the file cannot be read: {sqlite_in_words(error)}") from None
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
                    self.path, f"could not bring the file up to date from format {version}; "
                               "it was left in that format") from None
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

    def _transaction(self) -> _Transaction:
        return _Transaction(self._db, self.path, self.read_only)

    # -- reading ---------------------------------------------------------------

    def load(self) -> SessionState:
        """The whole session as it is in the file (a fresh object each time)."""
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
            events = [StepEvent(*event) for event in self._db.execute(
                "SELECT item, step, kind, at, elapsed, amount FROM step_event ORDER BY id")]
            lists = {table: rows.load(self._db) for table, rows in ROWS.items()}
            state = SessionState(header, plan, templates, events=events, current=int(row[5]),
                                 **lists)
        except SessionFileError:
            raise
        except sqlite3.DatabaseError as error:
            raise SessionFileError(self.path, f"the file cannot be read: {sqlite_in_words(error)}") from None
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

    def do(self, command: Command, origin: str = CONSOLE) -> Applied:
        """`apply`, and remember the change in the file's undo history (clearing redo).

        A change with the same `merge_key` as the newest one in the history
        (an answer saved again as it is typed) joins it: one step to undo.
        """
        command = _stamped(command)
        key = command.merge_key

        def remember(inverse: Command) -> None:
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

        return replace(self._commit(command, remember), label=command.label, origin=origin)

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
        command = _stamped(command)
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
        return Applied(command, inverse, tables, command.label)

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
            raise SessionFileError(self.path, f"the {source} history is damaged; "
                                              "the session itself is not") from None

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


def _stamped(command: Command) -> Command:
    """The command with the time filled in where it records one."""
    if isinstance(command, AddCard) and not command.created_at:
        return replace(command, created_at=now_iso())
    if isinstance(command, Batch):
        return replace(command, commands=tuple(_stamped(c) for c in command.commands))
    return command


def _write_changes(db: sqlite3.Connection, scratch: SessionState) -> None:
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


class _Transaction:
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
            raise SessionFileError(self._path, f"this session is read-only here ({self._read_only}); "
                                               "nothing was changed")
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
        return SessionFileError(self._path, f"the change could not be saved: {sqlite_in_words(error)}; "
                                            "nothing was changed")

    def _rollback(self) -> None:
        # The original error says more than a failed rollback would.
        with contextlib.suppress(sqlite3.Error):
            if self._db.in_transaction:
                self._db.execute("ROLLBACK")


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
    db.execute("PRAGMA defer_foreign_keys = ON")  # cards name clusters written after them
    for table, rows in ROWS.items():
        rows.insert(db, getattr(state, table))
    db.executemany(
        "INSERT INTO step_event (item, step, kind, at, elapsed, amount) VALUES (?, ?, ?, ?, ?, ?)",
        [(e.item, e.step, e.kind, e.at, e.elapsed, e.amount) for e in state.events])


TEMP_PREFIX = ".new-"


def _probe(path: Path) -> int:
    """Check the file's integrity and tables; return its format version as SQLite sees it.

    The version is read through SQLite, not from the file's header: after a
    crash a migration may be committed in the -wal and not yet in the main
    file, whose header then still names the old format.
    """
    try:
        probe = _connect(path, read_only=True)
        try:
            result = probe.execute("PRAGMA quick_check").fetchone()
            if not result or result[0] != "ok":
                raise SessionFileError(path, "the file is damaged (its pages do not agree)")
            tables = {row[0] for row in probe.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            version = int(probe.execute("PRAGMA user_version").fetchone()[0])
        finally:
            probe.close()
    except sqlite3.Error as error:
        words = sqlite_in_words(error)
        if words in ("the disk could not be read or written", "the file is damaged",
                     "the file could not be read or written"):
            # Reading an existing file: a short read is a truncated file far more often than a bad disk.
            words = "the file is damaged (cut short, or unreadable)"
        raise SessionFileError(path, words) from None
    missing = CORE_TABLES - tables
    if missing:
        raise SessionFileError(path, f"the file is damaged (missing {', '.join(sorted(missing))})")
    if version > SCHEMA_VERSION:
        raise SessionFileError(
            path, f"written by a newer version of Workshop (file format {version}; this "
                  f"version reads up to {SCHEMA_VERSION}). Update Workshop to open it.")
    return version


def _new_file_mode() -> int:
    """0666 less the user's umask: what a new file made by open() would get."""
    mask = os.umask(0)
    os.umask(mask)
    return 0o666 & ~mask


def _remove_abandoned_temps(folder: Path) -> None:
    """Remove temporary session files a killed `create` left in `folder` (none still being built)."""
    for temp in folder.glob(f"{TEMP_PREFIX}*{SUFFIX}"):
        try:
            lock = SessionLock.acquire(temp)
        except (OSError, SessionLocked):
            continue  # being built right now by another process
        try:
            temp.unlink(missing_ok=True)
            for sibling in (f"{temp}-journal", f"{temp}-wal", f"{temp}-shm"):
                Path(sibling).unlink(missing_ok=True)
        except OSError:
            pass
        finally:
            lock.release()


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
