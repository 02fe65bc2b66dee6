"""The session file: one SQLite database per workshop, one transaction per change."""

from workshop.store.session_file import SessionFile, SessionFileError

__all__ = ["SessionFile", "SessionFileError"]
