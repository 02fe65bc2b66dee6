"""What can go wrong with a session file, said in words for the facilitator (never SQLite's text)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from workshop.store.lock import LockHolder


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
