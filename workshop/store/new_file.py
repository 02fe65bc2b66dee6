"""A new session file, built beside its destination and linked into place.

A crash never leaves half a file, and an existing file is never replaced:
the file is written under a temporary name in the same folder (held by a
lock while it is built, so a later create can tell it from one a killed app
left behind), then hard-linked to its name, which fails if the name exists.
"""

from __future__ import annotations

import os
import sqlite3
import tempfile
from pathlib import Path

from workshop.core.session import SessionState
from workshop.core.worded import listed, said
from workshop.store.checks import TEMP_PREFIX, fsync_dir, new_file_mode, remove_abandoned_temps
from workshop.store.errors import SessionFileError, sqlite_in_words
from workshop.store.lock import SessionLock, SessionLocked
from workshop.store.schema import APPLICATION_ID, SCHEMA, SCHEMA_VERSION, statements
from workshop.store.writes import write_state

SUFFIX = ".workshop"


def write_new_file(path: Path, state: SessionState) -> None:
    """Write a new session file holding `state` at `path`; `SessionFileError` if it cannot be."""
    path = Path(path)
    if path.exists():
        raise SessionFileError(path, "a file with this name already exists; choose another name")
    broken = state.broken_links()
    if broken:
        raise SessionFileError(path, "the session does not hold together: {problems}",
                               problems=listed(broken[:3]))
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        remove_abandoned_temps(path.parent)
        handle, temp_name = tempfile.mkstemp(prefix=TEMP_PREFIX, suffix=SUFFIX, dir=path.parent)
    except OSError as error:  # said of the folder, in words
        where = error.filename or path.parent
        if isinstance(error, (FileExistsError, NotADirectoryError)):
            raise SessionFileError(path, "{where}: a file is where a folder must be",
                                   where=str(where)) from None
        # The system's own words, in the system's language.
        reason = error.strerror.lower() if error.strerror else said("system error")
        raise SessionFileError(path, "{where}: cannot be written ({reason})", where=str(where),
                               reason=reason) from None
    temp = Path(temp_name)
    try:
        # Held while the file is built, so a later create in this folder can tell
        # a temporary file still being written from one a killed app left behind.
        building = SessionLock.acquire(temp)
    except (OSError, SessionLocked):
        building = None
    try:
        os.chmod(handle, new_file_mode())  # mkstemp's 0600 would hide the file from a shared folder
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
            write_state(db, state)
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
        raise SessionFileError(path, "the file could not be written: {reason}; nothing was left behind",
                               reason=sqlite_in_words(error)) from None
    finally:
        temp.unlink(missing_ok=True)
        if building is not None:
            building.release()
    fsync_dir(path.parent)
