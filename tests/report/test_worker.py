"""The export worker process: progress, result, cancel, time limit, errors in words."""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import pytest
from jinja2 import TemplateSyntaxError
from pypdf import PdfReader

from workshop.core.session import SessionState
from workshop.refusals import say
from workshop.report.json_io import session_to_json
from workshop.report.worker import STAGES, ExportJob, Update, describe_error


def _files(folder: Path) -> list[str]:
    return sorted(path.name for path in folder.iterdir()) if folder.exists() else []


def _poll_until(job: ExportJob, done: Callable[[Update], bool],
                timeout: float = 30.0) -> list[Update]:
    seen = []
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        update = job.poll()
        if not seen or update != seen[-1]:
            seen.append(update)
        if done(update):
            return seen
        time.sleep(0.01)
    raise AssertionError(f"no such update within {timeout} s; saw {seen[-3:]}")


def test_the_workers_peak_memory_is_its_own_not_the_apps(session: SessionState, tmp_path: Path,
                                                         generated_at: datetime) -> None:
    # The app (here, this test run) holds 600 MB when it starts the worker: a late test of a
    # long run, or a facilitator's day of cards. The worker's figure must not include it.
    held = bytearray(600 * 1024 * 1024)
    held[::4096] = b"\1" * len(held[::4096])  # resident, not only reserved
    job = ExportJob(session_to_json(session), tmp_path / "summary.pdf", generated_at=generated_at.isoformat())
    job.start()
    final = _poll_until(job, lambda u: u.finished)[-1]
    del held
    assert final.state == "done", final.message
    assert final.peak_rss_mb is None or 20 < final.peak_rss_mb < 400


def test_export_reports_each_stage_then_the_file(session: SessionState, tmp_path: Path,
                                                 generated_at: datetime) -> None:
    out = tmp_path / "out" / "summary.pdf"
    job = ExportJob(session_to_json(session), out, generated_at=generated_at.isoformat())
    assert job.poll().state == "idle"
    job.start()
    seen = _poll_until(job, lambda u: u.finished)
    final = seen[-1]
    assert final.state == "done", final.message
    assert final.path == out.resolve() and final.percent == 100
    stages = [u.stage for u in seen if u.state == "running"]
    assert [s for s in STAGES if s in stages] == list(dict.fromkeys(stages))  # in order
    # A poll sees the latest stage only (a busy machine may miss one); the job keeps them all.
    assert [s for s in STAGES if s in job.stages] == list(dict.fromkeys(job.stages))
    assert {"context", "layout", "write"} <= set(job.stages)
    percents = [u.percent for u in seen]
    assert percents == sorted(percents)
    assert final.peak_rss_mb is None or 20 < final.peak_rss_mb < 400
    assert _files(out.parent) == ["summary.pdf"]  # no temporary file left
    assert PdfReader(out).metadata.title == "Harbour Street team day"
    assert job.poll() is final  # finished: the same answer every time
    with pytest.raises(RuntimeError):
        job.start()


def test_cancel_leaves_nothing_behind(session: SessionState, tmp_path: Path) -> None:
    out = tmp_path / "summary.pdf"
    job = ExportJob(session_to_json(session), out)
    job.start()
    _poll_until(job, lambda u: u.stage in ("html", "layout", "write") or u.finished)
    start = time.monotonic()
    update = job.cancel()
    assert time.monotonic() - start < 2.5  # the GUI thread waits no longer than this
    assert update.state == "cancelled" and update.message == "Export cancelled."
    assert _files(tmp_path) == []
    assert not job._process.is_alive()
    assert job.cancel() is update  # harmless twice


def test_time_limit_stops_the_worker(session: SessionState, tmp_path: Path) -> None:
    out = tmp_path / "summary.pdf"
    out.write_bytes(b"the previous export")
    job = ExportJob(session_to_json(session), out, time_limit=0.3)
    job.start()
    update = _poll_until(job, lambda u: u.finished)[-1]
    assert update.state == "failed"
    assert "longer than 0.3 seconds" in update.message
    assert out.read_bytes() == b"the previous export"  # the old file is untouched
    assert _files(tmp_path) == ["summary.pdf"]


def test_template_error_names_file_and_line(session: SessionState, tmp_path: Path) -> None:
    theme = tmp_path / "theme"
    theme.mkdir()
    (theme / "report.html.j2").write_text("<p>fine</p>\n<p>{{ header.titel }}</p>\n")
    update = ExportJob(session_to_json(session), tmp_path / "x.pdf", folders=[theme]).wait()
    assert update.state == "failed"
    assert f"{theme / 'report.html.j2'}, line 2" in update.message
    assert "titel" in update.message
    assert _files(tmp_path) == ["theme"]


def test_other_formats_run_in_the_worker_too(session: SessionState, tmp_path: Path) -> None:
    update = ExportJob(session_to_json(session), tmp_path / "s.md", format="md").wait()
    assert update.state == "done", update.message
    assert update.path.read_text(encoding="utf-8").startswith("# Harbour Street team day")


def test_describe_error_in_words() -> None:
    syntax = TemplateSyntaxError("unexpected '}'", 3, "sections/notes.html.j2",
                                 "/themes/forest/sections/notes.html.j2")
    assert describe_error(syntax) == ("Report template /themes/forest/sections/notes.html.j2, "
                                      "line 3: unexpected '}'")
    assert describe_error(ValueError("page size 'a3': expected one of a4, letter")) \
        == "page size 'a3': expected one of a4, letter"
    disk = describe_error(OSError(28, "No space left on device", "/media/usb/summary.pdf"))
    assert disk == "Could not write the file: No space left on device (/media/usb/summary.pdf)"
    # Said in the window's or the command line's language; the system's own words stay as they are.
    assert say(disk, "de") == ("Die Datei konnte nicht geschrieben werden: No space left on device "
                               "(/media/usb/summary.pdf)")
    assert say(describe_error(syntax), "de") == ("Berichtsvorlage /themes/forest/sections/notes.html.j2, "
                                                 "Zeile 3: unexpected '}'")


def test_a_template_error_from_the_worker_is_said_in_german(session: SessionState, tmp_path: Path) -> None:
    theme = tmp_path / "theme"
    theme.mkdir()
    (theme / "report.html.j2").write_text("<p>fine</p>\n<p>{% for x in %}</p>\n")
    update = ExportJob(session_to_json(session), tmp_path / "x.pdf", folders=[theme]).wait()
    assert update.state == "failed"
    assert say(update.message, "de").startswith(f"Berichtsvorlage {theme / 'report.html.j2'}, Zeile 2: ")


def test_a_worker_that_dies_is_reported(session: SessionState, tmp_path: Path) -> None:
    # 1 MB of address space: the worker cannot even import WeasyPrint.
    update = ExportJob(session_to_json(session), tmp_path / "x.pdf", memory_limit_mb=1).wait()
    assert update.state == "failed"
    assert "memory" in update.message or "stopped unexpectedly" in update.message
    assert _files(tmp_path) == []
