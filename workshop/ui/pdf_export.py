"""Writing the session's PDF off the GUI thread.

The state is copied on the GUI thread (`snapshot`), so cards typed while the
PDF is being written cannot change it half-way; the worker renders the copy
and reports back through a signal. The report package (Jinja, WeasyPrint) is
imported in the worker, so it never costs the app's start-up.
"""

from __future__ import annotations

import copy
import logging
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from workshop.core.session import SessionState

log = logging.getLogger(__name__)


def snapshot(state: SessionState) -> SessionState:
    """A copy of the session that later changes on the GUI thread cannot touch.

    Every list and dict the state holds is copied (cards, events, and whatever
    the session grows later); the entities in them are immutable, so sharing
    them is safe.
    """
    twin = copy.copy(state)
    for name, value in vars(state).items():
        if isinstance(value, list):
            setattr(twin, name, list(value))
        elif isinstance(value, dict):
            setattr(twin, name, dict(value))
    return twin


def export_pdf(state: SessionState, out_path: Path) -> Path:
    """Render the session's report to `out_path` (its folder created as needed)."""
    from workshop.report import export_pdf as write_report

    out_path = Path(out_path)
    out_path.parent.mkdir(parents=True, exist_ok=True)
    return Path(write_report(state, out_path))


class _Signals(QObject):
    finished = Signal(Path)
    failed = Signal(str)


class _ExportTask(QRunnable):
    def __init__(self, state: SessionState, out_path: Path, signals: _Signals) -> None:
        super().__init__()
        self._state = state
        self._out_path = out_path
        self._signals = signals

    def run(self) -> None:
        try:
            written = export_pdf(self._state, self._out_path)
        except OSError as error:
            self._signals.failed.emit(f"{error.strerror or error} ({error.filename or self._out_path})")
        except Exception as error:  # a bug in a template must not take the app down
            log.exception("PDF export failed")
            self._signals.failed.emit(f"{type(error).__name__}: {error}")
        else:
            self._signals.finished.emit(written)


class PdfExporter(QObject):
    """Runs one export at a time in its own thread pool; `busy` while it runs."""

    started = Signal(Path)
    finished = Signal(Path)  # the PDF written
    failed = Signal(str)  # why not, in words

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._signals = _Signals(self)
        self._signals.finished.connect(self._done)
        self._signals.failed.connect(self._failed)
        self._busy = False

    @property
    def busy(self) -> bool:
        return self._busy

    def start(self, state: SessionState, out_path: Path) -> bool:
        """Begin writing `out_path` from a snapshot of `state`; False if one is already running."""
        if self._busy:
            return False
        self._busy = True
        self._pool.start(_ExportTask(snapshot(state), Path(out_path), self._signals))
        self.started.emit(Path(out_path))
        return True

    def wait(self, milliseconds: int = -1) -> bool:
        """Block until the running export ends (at shutdown and in tests)."""
        return self._pool.waitForDone(milliseconds)

    def _done(self, path: Path) -> None:
        self._busy = False
        self.finished.emit(path)

    def _failed(self, message: str) -> None:
        self._busy = False
        self.failed.emit(message)
