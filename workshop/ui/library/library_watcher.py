"""Notice changes to the library's files while the app runs.

`QFileSystemWatcher` watches each library folder, its exercises/ and plans/
folders and every YAML file in them. Editors save in bursts (a temporary
file, a rename, a backup), so the signal is held back until the folders have
been quiet for a moment, and sent only when a YAML file really changed
(added, removed, or a different size or time): a swap file coming and going
reloads nothing.

Reloading the library never touches a running session: a session works
from its own copy of the plan and templates, kept in the session file.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

from workshop.library.catalog import EXERCISES_DIR, PLANS_DIR, SUFFIXES

QUIET_MS = 300

Snapshot = dict[Path, tuple[int, int]]


def snapshot(roots: Sequence[Path]) -> Snapshot:
    """Every YAML file of the library with its (modification time, size)."""
    found: Snapshot = {}
    for root in roots:
        for folder in (root / EXERCISES_DIR, root / PLANS_DIR):
            try:
                paths = list(folder.iterdir())
            except OSError:
                continue
            for path in paths:
                if path.suffix in SUFFIXES:
                    try:
                        status = path.stat()
                    except OSError:
                        continue
                    found[path] = (status.st_mtime_ns, status.st_size)
    return found


class LibraryWatcher(QObject):
    """Emits `changed` after the YAML files under `roots` change."""

    changed = Signal()

    def __init__(self, roots: Sequence[Path], parent: QObject | None = None, *,
                 quiet_ms: int = QUIET_MS) -> None:
        super().__init__(parent)
        self.roots = tuple(roots)
        self._watcher = QFileSystemWatcher(self)
        self._watcher.directoryChanged.connect(self._poke)
        self._watcher.fileChanged.connect(self._poke)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(quiet_ms)
        self._timer.timeout.connect(self._settle)
        self._seen = snapshot(self.roots)
        self.resync()

    def set_roots(self, roots: Sequence[Path]) -> None:
        self.roots = tuple(roots)
        self._seen = snapshot(self.roots)
        self.resync()

    def watched(self) -> set[Path]:
        return {Path(p) for p in [*self._watcher.directories(), *self._watcher.files()]}

    def resync(self) -> None:
        """Watch exactly the folders and files that exist now.

        A file replaced by a rename (how most editors and `QSaveFile` save)
        is a new file to the operating system, so this runs after every change.
        """
        wanted: set[Path] = set()
        for root in self.roots:
            for folder in (root, root / EXERCISES_DIR, root / PLANS_DIR):
                if folder.is_dir():
                    wanted.add(folder)
        wanted.update(snapshot(self.roots))
        current = self.watched()
        stale = [str(p) for p in current - wanted]
        if stale:
            self._watcher.removePaths(stale)
        new = [str(p) for p in wanted - current]
        if new:
            self._watcher.addPaths(new)

    def _poke(self, _path: str) -> None:
        self._timer.start()  # restarts: wait for the burst to end

    def _settle(self) -> None:
        self.resync()
        now = snapshot(self.roots)
        if now != self._seen:
            self._seen = now
            self.changed.emit()

    def check_now(self) -> bool:
        """Look for changes at once (after the app wrote a file itself); True if there were."""
        self._timer.stop()
        before = self._seen
        self._settle()
        return self._seen != before
