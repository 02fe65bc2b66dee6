"""The library kept current while the app runs: read again when its files change.

The keeper watches the library's folders (`LibraryWatcher`) and, when a
file changes on disk or the app writes one, reads the library again, puts
it in the context and says so with `libraryChanged`. The home page, the
planner and the library page follow that signal; a running session is
untouched (it has its own copy of its plan and templates).

It lives apart from the library page so the window can watch the folders
from the start without building that page (and its editor) until it is opened.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from workshop import paths
from workshop.ui.library.library_watcher import LibraryWatcher

if TYPE_CHECKING:
    from workshop.library.catalog import Library
    from workshop.ui.shell.context import AppContext


class LibraryKeeper(QObject):
    """Keeps `context.library` current; `libraryChanged(Library)` after every reload."""

    libraryChanged = Signal(object)  # the new Library

    def __init__(self, context: AppContext, parent: QObject | None = None, *,
                 user_root: Path | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.user_root = user_root or paths.user_library()
        self.watcher = LibraryWatcher(context.library.roots, self)
        self.watcher.changed.connect(self.reload)

    def reload(self) -> Library:
        """Read the library folders again (a file changed on disk, or the app saved one)."""
        from workshop.library.catalog import load_library

        roots = list(self.context.library.roots)
        if self.user_root not in roots:  # what the editor saves must be part of the library
            roots.insert(min(1, len(roots)), self.user_root)
        library = load_library(roots)
        self.context.library = library
        self.watcher.set_roots(library.roots)
        self.libraryChanged.emit(library)
        return library
