"""While a session is open an export worker waits ready; it goes when the session or the window does."""

from __future__ import annotations

import multiprocessing
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from tests.pdf_text import pdf_text
from workshop.ui.shell.context import AppContext
from workshop.ui.shell.main_window import MainWindow

READY_MS = 60_000


@pytest.fixture
def warm_window(qtbot: QtBot, context: AppContext) -> Iterator[MainWindow]:
    context.warm_exports = True  # as in the app
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.close()


def test_a_worker_waits_ready_while_a_session_is_open_and_goes_with_it(
        qtbot: QtBot, warm_window: MainWindow, session_path: Path) -> None:
    assert warm_window.open_session(session_path)
    exporter = warm_window.exports.exporter
    qtbot.waitUntil(lambda: exporter.warm is not None and exporter.warm.ready, timeout=READY_MS)
    first = exporter.warm.pid

    target = warm_window.exports.default_path()
    with qtbot.waitSignal(exporter.finished, timeout=READY_MS):
        warm_window.exports.export_to(target)
        assert exporter._job is not None and exporter._job.warm  # the export went to the waiting worker
    assert "Service culture day" in pdf_text(target)
    # The next export's worker, once this one is done: a new process.
    qtbot.waitUntil(lambda: exporter.warm is not None and exporter.warm.alive, timeout=READY_MS)
    assert exporter.warm.pid != first

    warm_window.close_session()
    assert exporter.warm is None
    assert multiprocessing.active_children() == []


def test_closing_the_window_leaves_no_worker(qtbot: QtBot, warm_window: MainWindow,
                                             session_path: Path) -> None:
    assert warm_window.open_session(session_path)
    exporter = warm_window.exports.exporter
    qtbot.waitUntil(lambda: exporter.warm is not None and exporter.warm.alive, timeout=READY_MS)
    warm_window.close()
    assert multiprocessing.active_children() == []


def test_the_home_page_keeps_no_worker(qtbot: QtBot, warm_window: MainWindow) -> None:
    qtbot.wait(2_000)  # longer than a worker waits to start after a session opens
    assert not warm_window.is_built("exports")
    assert multiprocessing.active_children() == []
