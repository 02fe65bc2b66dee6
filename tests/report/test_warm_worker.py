"""A worker started ahead: ready with WeasyPrint imported, taken over by one export, never left behind."""

from __future__ import annotations

import multiprocessing
import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest

from tests.pdf_text import pdf_text
from workshop.core.session import SessionState
from workshop.report.json_io import session_to_json
from workshop.report.worker import ExportJob, WarmWorker


@pytest.fixture
def warm() -> Iterator[WarmWorker]:
    worker = WarmWorker()
    worker.start()
    yield worker
    worker.stop()


def test_a_warm_worker_gets_ready_and_an_export_runs_in_it(warm: WarmWorker, session: SessionState,
                                                          tmp_path: Path, generated_at: datetime) -> None:
    assert warm.wait_ready(), "the worker never said it was ready"
    pid = warm.pid
    job = ExportJob(session_to_json(session), tmp_path / "warm.pdf", generated_at=generated_at.isoformat())
    job.start(warm=warm)
    assert job.warm and job._process.pid == pid  # the job took the waiting process over
    assert warm.pid is None and not warm.alive  # ... and the worker is empty until started again
    update = job.wait()
    assert update.state == "done", update.message
    assert {"context", "layout", "write"} <= set(job.stages)
    # The same file as from a process started for the job.
    cold = ExportJob(session_to_json(session), tmp_path / "cold.pdf", generated_at=generated_at.isoformat())
    assert cold.wait().state == "done" and not cold.warm
    assert pdf_text(tmp_path / "warm.pdf") == pdf_text(tmp_path / "cold.pdf")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["cold.pdf", "warm.pdf"]


def test_a_job_can_take_a_worker_still_importing(warm: WarmWorker, session: SessionState,
                                                 tmp_path: Path) -> None:
    job = ExportJob(session_to_json(session), tmp_path / "early.pdf")
    job.start(warm=warm)  # straight away: its "ready" reaches the job, which takes no notice
    assert job.warm
    assert job.wait().state == "done"


def test_cancel_ends_the_warm_process(warm: WarmWorker, session: SessionState, tmp_path: Path) -> None:
    assert warm.wait_ready()
    job = ExportJob(session_to_json(session), tmp_path / "x.pdf")
    job.start(warm=warm)
    update = job.cancel()
    assert update.state == "cancelled"
    assert not job._process.is_alive()
    assert list(tmp_path.iterdir()) == []


def test_a_warm_worker_that_died_leaves_the_job_to_start_its_own(warm: WarmWorker, session: SessionState,
                                                                tmp_path: Path) -> None:
    assert warm.wait_ready()
    os.kill(warm.pid, signal.SIGKILL)  # the system took it back (memory, a sleep)
    warm._process.join(5)
    job = ExportJob(session_to_json(session), tmp_path / "x.pdf")
    job.start(warm=warm)
    assert not job.warm
    assert job.wait().state == "done"


def test_the_limits_hold_in_a_warm_worker(warm: WarmWorker, session: SessionState, tmp_path: Path) -> None:
    assert warm.wait_ready()
    out = tmp_path / "summary.pdf"
    out.write_bytes(b"the previous export")
    job = ExportJob(session_to_json(session), out, time_limit=0.05)
    job.start(warm=warm)
    update = job.wait()
    assert update.state == "failed" and "longer than 0.05 seconds" in update.message
    assert out.read_bytes() == b"the previous export"
    starved = WarmWorker()
    starved.start()
    try:
        assert starved.wait_ready()
        # 64 MB of address space: less than the worker already holds; the export cannot grow.
        update = ExportJob(session_to_json(session), tmp_path / "y.pdf", memory_limit_mb=64)
        update.start(warm=starved)
        final = update.wait()
        assert final.state == "failed"
        assert "memory" in final.message or "stopped unexpectedly" in final.message
    finally:
        starved.stop()


def test_stop_leaves_no_process(session: SessionState) -> None:
    workers = [WarmWorker() for _ in range(2)]
    for worker in workers:
        worker.start()
    assert workers[0].wait_ready()
    for worker in workers:  # one ready, one perhaps still importing
        worker.stop()
    assert multiprocessing.active_children() == []


def test_the_window_starts_a_worker_without_importing_jinja_or_weasyprint() -> None:
    """What the window imports to keep a worker and take a snapshot is light: no stall as it does."""
    code = ("import sys, workshop.report.worker, workshop.report.json_io\n"
            "print(sorted(m for m in ('jinja2', 'weasyprint') if m in sys.modules))")
    found = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert found.stdout.strip() == "[]"


def test_handing_over_the_job_never_waits_for_the_worker(warm: WarmWorker, tmp_path: Path) -> None:
    """The job travels from a thread: a worker still busy (here: stopped) does not hold the window."""
    import threading

    from workshop.report.sample import sample_session

    session = session_to_json(sample_session(1000))  # far more than a pipe holds at once
    os.kill(warm.pid, signal.SIGSTOP)
    job = ExportJob(session, tmp_path / "later.pdf")
    starting = threading.Thread(target=lambda: job.start(warm=warm))
    starting.start()
    starting.join(20)
    try:
        assert not starting.is_alive(), "start() waited for the worker to read the job"
    finally:
        os.kill(job._process.pid, signal.SIGCONT)
    assert job.wait().state == "done"
