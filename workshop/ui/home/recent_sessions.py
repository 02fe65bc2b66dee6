"""The session files opened lately, most recent first, kept in a small JSON file.

Files that no longer exist are dropped when the list is read. A damaged or
unreadable list is treated as empty: losing it costs a click, never a crash.
"""

from __future__ import annotations

import contextlib
import json
from pathlib import Path

from workshop.files import write_atomically

RECENT_FILE = "recent-sessions.json"
LIMIT = 12


class RecentSessions:
    """Most-recent-first list of session paths stored in `folder`/recent-sessions.json."""

    def __init__(self, folder: Path, limit: int = LIMIT) -> None:
        self.path = Path(folder) / RECENT_FILE
        self.limit = limit

    def paths(self) -> list[Path]:
        """The remembered sessions that still exist, most recent first."""
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return []
        entries = data.get("sessions", []) if isinstance(data, dict) else []
        seen: set[Path] = set()
        paths = []
        for entry in entries:
            if not isinstance(entry, str):
                continue
            path = Path(entry)
            if path in seen or not path.is_file():
                continue
            seen.add(path)
            paths.append(path)
        return paths[: self.limit]

    def add(self, path: Path) -> list[Path]:
        """Put `path` first; returns the new list."""
        path = Path(path).resolve()
        paths = [path, *(p for p in self.paths() if p != path)][: self.limit]
        self._write(paths)
        return paths

    def remove(self, path: Path) -> list[Path]:
        path = Path(path).resolve()
        paths = [p for p in self.paths() if p != path]
        self._write(paths)
        return paths

    def _write(self, paths: list[Path]) -> None:
        """Write atomically; a failure only means the list is not remembered."""
        text = json.dumps({"sessions": [str(p) for p in paths]}, indent=2)
        with contextlib.suppress(OSError):  # never a temporary file left behind (`files`)
            write_atomically(self.path, text.encode("utf-8"))
