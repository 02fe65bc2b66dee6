"""Writing the session's PDF in a worker process, with progress and cancel.

WeasyPrint holds the GIL for seconds at a time, so even a thread would make
the console stutter; `workshop.report.worker.ExportJob` runs the export in a
process of its own, with a time limit, and this module drives it from a
QTimer. The session is turned into JSON on the GUI thread when the export
starts: cards typed while the PDF is written cannot change it half-way.

While a session is open a worker is kept ready (`keep_warm`): started ahead,
at low priority, with WeasyPrint imported, so an export from the window costs
about what rendering in the app's own process would.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from workshop.core.session import SessionState
from workshop.core.worded import Phrase
from workshop.ui.language import refusal

if TYPE_CHECKING:
    from workshop.report.worker import ExportJob, WarmWorker

POLL_MS = 100
# A warm worker is started this long after it is asked for (a session opening, an export
# ending), so its start never competes with what the facilitator is waiting to see.
WARM_DELAY_MS = 1500



def stage_label(stage: str) -> str:
    """What the export is doing, in the window's language ("" for a stage it does not name)."""
    translate = QCoreApplication.translate
    return {
        "starting": translate("Exports", "Starting…"),
        "context": translate("Exports", "Reading the session…"),
        "html": translate("Exports", "Filling in the report templates…"),
        "layout": translate("Exports", "Laying out the pages…"),
        "write": translate("Exports", "Writing the file…"),
    }.get(stage, "")

class PdfExporter(QObject):
    """Runs one export at a time in a worker process; `busy` while it runs."""

    started = Signal(Path)
    progressed = Signal(int, str)  # percent, what the worker is doing
    finished = Signal(Path)  # the PDF written
    failed = Signal(str)  # why not, in words
    cancelled = Signal()

    def __init__(self, parent: QObject | None = None, *, time_limit: float | None = None) -> None:
        super().__init__(parent)
        self._job: ExportJob | None = None
        self._time_limit = time_limit
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self._poll)
        # The next export's worker, started ahead with WeasyPrint imported (`keep_warm`).
        self.warm: WarmWorker | None = None
        self._keeping_warm = False
        self._warm_timer = QTimer(self)
        self._warm_timer.setSingleShot(True)
        self._warm_timer.setInterval(WARM_DELAY_MS)
        self._warm_timer.timeout.connect(self._warm_up)

    # -- a worker kept ready -------------------------------------------------------------------

    def keep_warm(self, delay_ms: int = WARM_DELAY_MS) -> None:
        """Have a worker ready for the next export from now on (started after `delay_ms`)."""
        self._keeping_warm = True
        if self.warm is None or not self.warm.alive:
            self._warm_timer.start(delay_ms)

    def let_cool(self) -> None:
        """No worker kept ready any more (the session closed, the app quits); the one there ends."""
        self._keeping_warm = False
        self._warm_timer.stop()
        if self.warm is not None:
            self.warm.stop()
            self.warm = None

    def _warm_up(self) -> None:
        if not self._keeping_warm or self._job is not None:
            return  # (the job running now has the worker; the next one is started when it ends)
        from workshop.report.worker import WarmWorker

        if self.warm is None or not self.warm.alive:
            self.warm = WarmWorker()
            self.warm.start()

    @property
    def busy(self) -> bool:
        return self._job is not None

    def start(self, state: SessionState, out_path: Path, **options: Any) -> bool:
        """Begin writing `out_path` from a snapshot of `state`; False if one is already running.

        `options` go to `ExportJob` (format, page_size, folders).
        """
        if self._job is not None:
            return False
        from workshop.report.json_io import session_to_json
        from workshop.report.worker import ExportJob

        if self._time_limit is not None:
            options.setdefault("time_limit", self._time_limit)
        self._job = ExportJob(session_to_json(state), Path(out_path), **options)
        self._warm_timer.stop()
        self._job.start(warm=self.warm)  # takes the warm worker over, or starts one of its own
        self.warm = None
        self._timer.start()
        self.started.emit(Path(out_path))
        return True

    def cancel(self) -> None:
        """Stop the running export; nothing half-written is left behind."""
        if self._job is None:
            return
        self._job.cancel()
        self._end()
        self.cancelled.emit()

    def wait(self) -> None:
        """Block until the running export ends (at shutdown and in tests), then report it."""
        if self._job is not None:
            self._job.wait()
            self._poll()

    def _poll(self) -> None:
        job = self._job
        if job is None:
            return
        update = job.poll()
        if update.state == "running":
            self.progressed.emit(update.percent, stage_label(update.stage) or update.label)
        elif update.state == "done":
            self._end()
            self.finished.emit(Path(update.path or job.out_path))
        elif update.finished:
            self._end()
            if update.state == "cancelled":
                self.cancelled.emit()
            else:
                self.failed.emit(refusal(update.message) if isinstance(update.message, Phrase)
                                 else update.message or update.state)

    def _end(self) -> None:
        self._timer.stop()
        self._job = None
        if self._keeping_warm:
            self.keep_warm()  # the next export's worker, in a moment
