"""What can go wrong with a session file, said in words for the facilitator (never SQLite's text)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from workshop.core.worded import Phrase, Worded, said
from workshop.store.lock import LockHolder


class SessionFileError(Worded, Exception):
    """A session file that cannot be used, and why, in words for the facilitator.

    `message` is English; given as a template and its values it can be said in
    another language where it is shown (`Worded.translated`).
    """

    def __init__(self, path: Path, message: str, **values: object) -> None:
        self.message = self.word(message, values)
        super().__init__(f"{path}: {self.message}")
        self.path = path


# Marked with `said` for the catalogues; filled in by `SessionFileError`.
_IN_USE = said("{holder}; it can be opened read-only here")


class SessionInUse(SessionFileError):
    """The file is open for writing elsewhere; `holder` says where and since when."""

    def __init__(self, path: Path, holder: LockHolder) -> None:
        super().__init__(path, _IN_USE, holder=holder.describe())
        self.holder = holder


def sqlite_in_words(error: BaseException) -> Phrase:
    """What went wrong, for a person: never SQLite's own text."""
    text = str(error).lower()
    if isinstance(error, sqlite3.IntegrityError):
        return said("the change did not fit what the file holds")
    if "full" in text:
        return said("the disk is full")
    if "readonly" in text or "read-only" in text:
        return said("the file cannot be written (it is read-only, or on a read-only disk)")
    if "locked" in text or "busy" in text:
        return said("another program is using the file")
    if "unable to open" in text or ("no such" in text and "table" not in text):
        return said("the file or its folder cannot be reached")
    if "i/o" in text or "disk" in text:
        return said("the disk could not be read or written")
    if "malformed" in text or "not a database" in text or "corrupt" in text:
        return said("the file is damaged")
    if isinstance(error, OSError):
        # The system's own words, in the system's language.
        return said("the file cannot be used ({reason})", reason=error.strerror or said("system error"))
    return said("the file could not be read or written")
