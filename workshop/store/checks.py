"""A session file before it is used: its header, its integrity, whether it can be written.

The header is read straight from the file's first 100 bytes, so a foreign or
newer file is refused before SQLite ever opens it; the rest is checked on a
read-only connection that creates nothing beside a file without a -wal.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from urllib.parse import quote

from workshop.core.worded import said
from workshop.store.errors import SessionFileError, sqlite_in_words
from workshop.store.lock import SessionLock, SessionLocked
from workshop.store.schema import APPLICATION_ID, CORE_TABLES, SCHEMA_VERSION

SQLITE_MAGIC = b"SQLite format 3\x00"
SUFFIX = ".workshop"


def unwritable_reason(path: Path) -> str:
    """Why `path` cannot be written as a session (which also writes beside it), or ""."""
    if not os.access(path, os.W_OK):
        return "the file is read-only"
    if not os.access(path.parent, os.W_OK):
        return "its folder cannot be written (a read-only disk, or a folder you may not change)"
    return ""


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
        raise SessionFileError(path, "cannot read the file: {reason}", reason=error.strerror) from None
    if header.lstrip()[:1] == b"{" and path.suffix.lower() == ".json":
        raise SessionFileError(path, "an exported session (JSON), not a session file; make a session "
                                     "file from it with: workshop import {name} -o NEW.workshop",
                               name=path.name)
    if len(header) < 100 or not header.startswith(SQLITE_MAGIC):
        raise SessionFileError(path, "not a workshop session file (not a file Workshop writes)")
    application_id = int.from_bytes(header[68:72], "big")
    if application_id != APPLICATION_ID:
        raise SessionFileError(path, "a database of another program, not a workshop session file")
    version = int.from_bytes(header[60:64], "big")
    if version > SCHEMA_VERSION:
        raise SessionFileError(
            path, "written by a newer version of Workshop (file format {version}; this "
                  "version reads up to {readable}). Update Workshop to open it.",
            version=version, readable=SCHEMA_VERSION)
    if version < 1:
        raise SessionFileError(path, "a workshop session file that was never finished")
    return version


def connect(path: Path, *, read_only: bool = False) -> sqlite3.Connection:
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


TEMP_PREFIX = ".new-"


def probe(path: Path) -> int:
    """Check the file's integrity and tables; return its format version as SQLite sees it.

    The version is read through SQLite, not from the file's header: after a
    crash a migration may be committed in the -wal and not yet in the main
    file, whose header then still names the old format.
    """
    try:
        probe = connect(path, read_only=True)
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
            words = said("the file is damaged (cut short, or unreadable)")
        raise SessionFileError(path, words) from None
    missing = CORE_TABLES - tables
    if missing:
        raise SessionFileError(path, "the file is damaged (missing {tables})",
                               tables=", ".join(sorted(missing)))
    if version > SCHEMA_VERSION:
        raise SessionFileError(
            path, "written by a newer version of Workshop (file format {version}; this "
                  "version reads up to {readable}). Update Workshop to open it.",
            version=version, readable=SCHEMA_VERSION)
    return version


def new_file_mode() -> int:
    """0666 less the user's umask: what a new file made by open() would get."""
    mask = os.umask(0)
    os.umask(mask)
    return 0o666 & ~mask


def remove_abandoned_temps(folder: Path) -> None:
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


def fsync_dir(folder: Path) -> None:
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
