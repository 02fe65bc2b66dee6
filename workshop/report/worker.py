"""Export in a separate process: the window stays responsive, and a runaway theme is killed.

WeasyPrint holds the GIL for seconds at a time, so a thread would freeze the
UI; a process does not. A process can also be killed, which is what gives
rendering a hard time limit: a hostile or broken template that loops, or a
theme that takes forever, ends with a clear error instead of a hung app.

The API has no Qt in it, so the UI drives it from a QTimer::

    job = ExportJob(session_to_json(state), out_path, "pdf", page_size="a4",
                    folders=[],  # extra report folders; the trainer's own is always used
                    time_limit=60)
    job.start()
    # every 100 ms, from a QTimer:
    update = job.poll()
    if update.state == "running":
        progress_bar.setValue(update.percent); label.setText(update.label)
    elif update.state == "done":
        open_or_show(update.path)
    elif update.state in ("failed", "cancelled"):
        show_error(update.message)
    # the Cancel button:
    job.cancel()

`poll()` never blocks. The job is given the session as JSON (from
`json_io.session_to_json`), a snapshot the worker rebuilds on its side: cards
typed while the PDF is written cannot change it half-way, and no live object
crosses the process boundary.

Cancelling or a time-out kills the process. The file is written to a
temporary name and renamed only when complete (see `atomic`), and the parent
removes the temporary file itself, so nothing half-written is ever left.

Messages travel over a one-way `multiprocessing` pipe rather than a Queue: a
Queue's feeder thread can keep a finished child from exiting until the
parent reads, and lose the last message when the child is killed.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import signal
import sys
import threading
import time
import traceback
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from workshop.core.worded import Phrase, Worded, phrased, said
from workshop.files import temp_path_for
from workshop.report.defaults import DEFAULT_PAGE_SIZE, Folder

DEFAULT_TIME_LIMIT = 60.0
# A report needs a few hundred MB at most (1,000 cards: see benchmarks). The
# cap turns a template that builds gigabytes of HTML into an error message
# before it takes the facilitator's laptop down with it. Linux only: macOS
# does not enforce RLIMIT_AS, and Windows has no setrlimit.
DEFAULT_MEMORY_LIMIT_MB = 2048

# The stages a job goes through, with the share of the work done when each
# starts (layout is most of a PDF's time) and words for a progress label.
STAGES: dict[str, tuple[int, str]] = {
    "starting": (0, "Starting…"),
    "context": (10, "Reading the session…"),
    "html": (20, "Filling in the report templates…"),
    "layout": (30, "Laying out the pages…"),
    "write": (85, "Writing the file…"),
}


@dataclass(frozen=True)
class Update:
    """What `ExportJob.poll()` has to say.

    `state` is "idle" (not started), "running", "done", "failed" or
    "cancelled". While running, `stage` is a key of `STAGES` and `percent`
    and `label` are for a progress bar. When done, `path` is the file
    written. When failed or cancelled, `message` says why in words a
    facilitator can act on.
    """

    state: str
    stage: str = ""
    percent: int = 0
    label: str = ""
    path: Path | None = None
    message: str = ""
    elapsed: float = 0.0
    peak_rss_mb: float | None = None

    @property
    def finished(self) -> bool:
        return self.state in ("done", "failed", "cancelled")


@dataclass
class ExportJob:
    """One export in a worker process: `start()`, then `poll()` until finished; `cancel()` any time.

    `session` is `session_to_json(state)`; `format`, `page_size` and
    `folders` are as for `export.export`. `time_limit` (seconds) covers the
    whole job from `start()`, including the worker's start-up (about a second
    to import WeasyPrint). `memory_limit_mb` caps the worker's address space
    where the platform allows; None lifts the cap.
    """

    session: dict[str, Any]
    out_path: Folder
    format: str = "pdf"
    page_size: str = DEFAULT_PAGE_SIZE
    folders: Iterable[Folder] = ()  # searched before the trainer's own report folder
    time_limit: float = DEFAULT_TIME_LIMIT
    memory_limit_mb: int | None = DEFAULT_MEMORY_LIMIT_MB
    generated_at: str | None = None  # ISO time for the colophon; tests fix it
    _process: Any = field(default=None, init=False, repr=False)
    _receiver: Any = field(default=None, init=False, repr=False)
    _started: float = field(default=0.0, init=False, repr=False)
    _temp: Path | None = field(default=None, init=False, repr=False)
    _last: Update = field(default_factory=lambda: Update("idle"), init=False, repr=False)
    # Every stage the worker reported, in order: a poll returns only the latest.
    stages: list[str] = field(default_factory=list, init=False)
    warm: bool = field(default=False, init=False)  # ran in a worker started ahead (`WarmWorker`)

    def start(self, warm: WarmWorker | None = None) -> None:
        """Start the export; returns at once.

        With a `warm` worker (WeasyPrint already imported in it) the job runs in
        that process, which it takes over; if there is none, or it has died, a
        process is started for the job as before.
        """
        if self._process is not None:
            raise RuntimeError("an ExportJob runs once; make a new one to export again")
        out = Path(self.out_path).resolve()
        self._temp = temp_path_for(out)
        request = {
            "session": self.session, "out_path": str(out), "format": self.format,
            "page_size": self.page_size,
            "folders": [str(f) for f in self.folders],
            "temp": str(self._temp), "memory_limit_mb": self.memory_limit_mb,
            "generated_at": self.generated_at,
        }
        self._started = time.monotonic()
        self._last = _running("starting", 0.0)
        taken = warm.take() if warm is not None else None
        if taken is None:
            # A process of the job's own, started the same way as a warm one (with nothing
            # heavy in its arguments: spawn would write them while the window waits).
            cold = WarmWorker(polite=False)
            cold.start()
            taken = cold.take()
        else:
            self.warm = True
        assert taken is not None
        self._process, self._receiver, requests = taken
        _send_later(requests, request)

    @property
    def elapsed(self) -> float:
        return time.monotonic() - self._started if self._started else 0.0

    def poll(self) -> Update:
        """The job's state now; never blocks. Once finished, the same answer every time."""
        if self._process is None or self._last.finished:
            return self._last
        alive = self._process.is_alive()
        # Read what the child said before deciding anything: it may have sent
        # its result and exited since the last poll.
        try:
            while self._receiver.poll():
                self._handle(self._receiver.recv())
                if self._last.finished:
                    self._reap()
                    return self._last
        except (EOFError, OSError):
            pass  # the child is gone; its exit code says how, below
        if not alive:
            self._stop(_failed(self._describe_exit(self._process.exitcode), self.elapsed))
        elif self.elapsed > self.time_limit:
            self._stop(_failed(said(
                "The export took longer than {seconds:g} seconds and was stopped. If you use your own "
                "report templates, check them for loops; otherwise try again, or raise the time limit.",
                seconds=self.time_limit), self.elapsed))
        return self._last

    def wait(self, interval: float = 0.05) -> Update:
        """Poll until finished (for the command line and tests); returns the last update."""
        if self._process is None:
            self.start()
        while not (update := self.poll()).finished:
            self._receiver.poll(interval)
        return update

    def cancel(self) -> Update:
        """Stop the export now; nothing is written. Harmless once finished."""
        if self._process is not None and not self._last.finished:
            self._stop(Update("cancelled", message=said("Export cancelled."), elapsed=self.elapsed))
        return self._last

    # -------------------------------------------------------------- inside

    def _handle(self, message: tuple[str, Any]) -> None:
        kind, value = message
        if kind == "stage":
            self.stages.append(value)
            self._last = _running(value, self.elapsed)
        elif kind == "done":
            self._last = Update("done", "write", 100, "Done", path=Path(value["path"]),
                                elapsed=self.elapsed, peak_rss_mb=value["peak_rss_mb"])
        elif kind == "error":
            self._last = _failed(value, self.elapsed)
        # ("ready" is a warm worker's word before the job reached it: nothing to show.)

    def _describe_exit(self, code: int | None) -> Phrase:
        if code is not None and code < 0:
            try:
                name = signal.Signals(-code).name
            except ValueError:
                name = str(-code)
            if name == "SIGKILL":
                return said("The export process was killed (signal SIGKILL), most likely for running out "
                            "of memory.")
            return said("The export process stopped unexpectedly (signal {name}).", name=name)
        return said("The export process stopped unexpectedly (exit code {code}).", code=code)

    def _stop(self, update: Update) -> None:
        self._last = update
        process = self._process
        if process.is_alive():
            # SIGTERM first: the child removes its temporary file and exits
            # within milliseconds. This runs on the GUI thread, so the wait
            # is short; a child deaf to it (stuck in C code) gets SIGKILL.
            process.terminate()
            process.join(0.5)
            if process.is_alive():
                process.kill()
                process.join(2.0)
        self._reap()

    def _reap(self) -> None:
        self._process.join(2.0)  # it has said its last word and is exiting
        self._receiver.close()
        if self._temp is not None:
            # The child removes it on any error it lives through; this covers
            # the ones it does not (SIGKILL, a crash in C code). A folder
            # that cannot hold it (the reason the export failed) has none.
            with contextlib.suppress(OSError):
                self._temp.unlink(missing_ok=True)


class WarmWorker:
    """An export worker started ahead of time, at low priority, waiting with WeasyPrint imported.

    A window starts one when a session opens; an export then hands its job
    to it (`ExportJob.start(warm=...)`) and costs no more than rendering in
    the app's own process, instead of first spending a second or more on
    starting Python and importing WeasyPrint. The job takes the process
    over: its time and memory limits, its progress and its cancel are those
    of any job, and the process ends with the job (nothing of one export is
    left for the next). The window then starts another one for the next
    export. `stop()` ends a worker that was never used (the session closed).

    A worker killed by the system meanwhile costs nothing but the wait: the
    job sees it and starts a process of its own.
    """

    def __init__(self, *, polite: bool = True) -> None:
        self.polite = polite  # at low priority (a worker kept ready; a job's own runs at the app's)
        self._process: Any = None
        self._receiver: Any = None  # what the worker says (ready, then the job's stages)
        self._requests: Any = None  # where the job is sent
        self._ready = False

    def start(self) -> None:
        """Start the process (a few milliseconds here; its imports happen over there)."""
        if self._process is not None:
            return
        context = multiprocessing.get_context("spawn")  # (not fork: see `ExportJob.start`)
        self._receiver, sender = context.Pipe(duplex=False)
        wanted, self._requests = context.Pipe(duplex=False)
        self._process = context.Process(target=_wait_for_work, args=(wanted, sender, self.polite),
                                        name="workshop-export-warm", daemon=True)
        self._process.start()
        sender.close()
        wanted.close()

    @property
    def pid(self) -> int | None:
        return self._process.pid if self._process is not None else None

    @property
    def alive(self) -> bool:
        return self._process is not None and self._process.is_alive()

    @property
    def ready(self) -> bool:
        """Whether it has imported what an export needs and waits for one; never blocks."""
        if not self._ready and self.alive:
            with contextlib.suppress(EOFError, OSError):
                if self._receiver.poll():
                    kind, _value = self._receiver.recv()
                    self._ready = kind == "ready"
        return self._ready and self.alive

    def wait_ready(self, timeout: float = 30.0) -> bool:
        """Block until ready (for benchmarks and tests); False if it died or the time ran out."""
        deadline = time.monotonic() + timeout
        while not self.ready and self.alive and time.monotonic() < deadline:
            with contextlib.suppress(EOFError, OSError):
                self._receiver.poll(0.05)
        return self.ready

    def take(self) -> tuple[Any, Any, Any] | None:
        """Hand the process over to a job: (process, what it says, where to send the job).

        None when there is no live worker; the job then starts a process of its own.
        After this the worker is empty: `start()` makes a new one.
        """
        if not self.alive:
            self.stop()
            return None
        taken = (self._process, self._receiver, self._requests)
        self._process = self._receiver = self._requests = None
        self._ready = False
        return taken

    def stop(self) -> None:
        """End the worker (if any) and wait for it: no process is left behind."""
        process, self._process = self._process, None
        for end in (self._receiver, self._requests):
            if end is not None:
                with contextlib.suppress(OSError):
                    end.close()
        self._receiver = self._requests = None
        self._ready = False
        if process is not None and process.is_alive():
            process.terminate()
            process.join(1.0)
            if process.is_alive():
                process.kill()
                process.join(2.0)


def _running(stage: str, elapsed: float) -> Update:
    percent, label = STAGES.get(stage, (0, stage))
    return Update("running", stage, percent, label, elapsed=elapsed)


def _failed(message: str, elapsed: float) -> Update:
    return Update("failed", message=message, elapsed=elapsed)


# ------------------------------------------------------------- the child


def _limit_memory(megabytes: int | None) -> None:
    if megabytes is None or not sys.platform.startswith("linux"):
        return
    import resource

    limit = megabytes * 1024 * 1024
    _soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    if hard != resource.RLIM_INFINITY:
        limit = min(limit, hard)
    resource.setrlimit(resource.RLIMIT_AS, (limit, hard))


def _peak_rss_mb() -> float | None:
    # Linux: the high-water mark of this process's own memory since it started (VmHWM). The
    # rusage figure below would also count what the app's process held when it forked us.
    with contextlib.suppress(OSError, ValueError):
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    try:
        import resource
    except ImportError:  # Windows
        return None
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    # kilobytes on Linux, bytes on macOS
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def _on_sigterm(signum: int, frame: object) -> None:
    # Turned into an exception so `atomic_output` removes its temporary file.
    raise SystemExit(128 + signum)


def _send_later(requests: Any, request: dict[str, Any]) -> None:
    """Send the job from a thread of its own: the pipe takes it only as fast as the worker reads,
    and a worker still importing WeasyPrint reads it seconds later. The window never waits."""
    def send() -> None:
        with contextlib.suppress(OSError):  # the worker died or was stopped: `poll` says so
            requests.send(request)
        with contextlib.suppress(OSError):
            requests.close()

    threading.Thread(target=send, name="workshop-export-request", daemon=True).start()


def _wait_for_work(wanted: Any, sender: Any, polite: bool = True) -> None:
    """A worker: import what an export needs (at low priority if `polite`), say so, wait for the job."""
    if polite:
        with contextlib.suppress(AttributeError, OSError):
            os.nice(10)  # the window comes first while this imports (POSIX; Windows has no nice)
    try:
        import weasyprint

        from workshop.report import export as _export  # noqa: F401  (imported now, used by the job)
        from workshop.report import json_io as _json_io  # noqa: F401

        # A first tiny render: the fonts are found and the layout code warmed now, not in the job.
        weasyprint.HTML(string="<p>Ready</p>").render()
        sender.send(("ready", None))
        request = wanted.recv()
    except (EOFError, OSError, KeyboardInterrupt, SystemExit):
        os._exit(0)  # the window closed or stopped us: nothing to do
    except BaseException as error:  # an export through this worker would fail the same way
        with contextlib.suppress(OSError):
            sender.send(("error", describe_error(error)))
        os._exit(0)
    finally:
        with contextlib.suppress(OSError):
            wanted.close()
    _work(request, sender)


def _work(request: dict[str, Any], sender: Any) -> None:
    """The worker process: rebuild the session, export it, report each stage."""
    signal.signal(signal.SIGTERM, _on_sigterm)
    try:
        _limit_memory(request["memory_limit_mb"])
        from datetime import datetime

        from workshop.report.export import export
        from workshop.report.json_io import session_from_json

        sender.send(("stage", "context"))
        state = session_from_json(request["session"], trusted=True)  # the app's own snapshot
        generated = request["generated_at"]
        path = export(state, request["out_path"], request["format"],
                      page_size=request["page_size"], folders=request["folders"],
                      generated_at=datetime.fromisoformat(generated) if generated else None,
                      progress=lambda stage: sender.send(("stage", stage)),
                      temp=Path(request["temp"]))
        sender.send(("done", {"path": str(path), "peak_rss_mb": _peak_rss_mb()}))
    except SystemExit:
        raise
    except MemoryError:
        sender.send(("error", said("The export ran out of memory. If you use your own report templates, "
                                   "check them for loops that print a lot.")))
    except BaseException as error:  # everything reaches the facilitator as words
        sender.send(("error", describe_error(error)))
    finally:
        sender.close()
        # Skip interpreter clean-up: nothing is left to flush, and WeasyPrint's
        # caches take a while to free.
        os._exit(0)


def describe_error(error: BaseException) -> str:
    """An export error as a sentence, naming the report file and line when a template caused it
    (a `Phrase`, said in each screen's language; Jinja's and the system's own words stay theirs)."""
    from jinja2 import TemplateError, TemplateNotFound, TemplateSyntaxError
    from jinja2.exceptions import SecurityError

    if isinstance(error, TemplateSyntaxError):
        where = said("{file}, line {line}", file=error.filename or error.name, line=error.lineno)
        return said("Report template {where}: {reason}", where=where, reason=error.message or "")
    if isinstance(error, TemplateNotFound):
        return said("Report template not found: {name} (templates are looked up by name inside the report "
                    "folders; '..' and absolute paths are not allowed)", name=error.name)
    if isinstance(error, RecursionError):
        return said("Report template {where}: templates include or call each other without end",
                    where=_template_frame(error))
    if isinstance(error, SecurityError):
        return said("Report template {where}: not allowed: {reason}", where=_template_frame(error),
                    reason=str(error))
    if isinstance(error, TemplateError):
        return said("Report template {where}: {reason}", where=_template_frame(error), reason=str(error))
    if isinstance(error, OSError):
        return said("Could not write the file: {reason} ({file})", reason=error.strerror or str(error),
                    file=error.filename or "")
    if isinstance(error, Worded):
        return phrased(error)
    if isinstance(error, ValueError):
        return str(error)
    return said("The export failed: {kind}: {reason}", kind=type(error).__name__, reason=str(error))


def _template_frame(error: BaseException) -> Phrase:
    """"<file>, line <n>" of the innermost template frame in the traceback."""
    where = said("(unknown file)")
    for frame, line in traceback.walk_tb(error.__traceback__):
        name = frame.f_code.co_filename
        if name.endswith(".j2") or name.endswith(".html"):
            where = said("{file}, line {line}", file=name, line=line)
    return where
