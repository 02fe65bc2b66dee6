"""Fixtures for the UI tests: real widgets on the offscreen platform, fake clocks, temp folders."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from tests.conftest import FakeClock
from workshop.core.session import SessionState
from workshop.library.catalog import Library
from workshop.store.session_file import SessionFile
from workshop.ui.home.recent_sessions import RecentSessions
from workshop.ui.shell.context import AppContext
from workshop.ui.shell.controller import SessionController
from workshop.ui.shell.main_window import MainWindow


class FakeWallClock:
    """Wall-clock time that moves only when a test says so (for the as-run record)."""

    def __init__(self) -> None:
        self.time = datetime(2026, 11, 22, 9, 0, 0, tzinfo=timezone(timedelta(hours=1)))

    def __call__(self) -> datetime:
        return self.time

    def advance(self, seconds: float) -> None:
        self.time += timedelta(seconds=seconds)


def stop_index(state: SessionState, exercise: str, step: str) -> int:
    """The index of a stop by exercise id and step key."""
    for index, stop in enumerate(state.stops):
        if stop.item.exercise is not None and stop.item.exercise.id == exercise and stop.step.key == step:
            return index
    raise LookupError(f"{exercise}/{step}")


@pytest.fixture
def wall() -> FakeWallClock:
    return FakeWallClock()


@pytest.fixture
def session_path(tmp_path: Path, state: SessionState) -> Path:
    """A fresh session file of the shipped plan, closed again."""
    path = tmp_path / "sessions" / "service-day.workshop"
    SessionFile.create(path, state).close()
    return path


@pytest.fixture
def controller(session_path: Path, clock: FakeClock, wall: FakeWallClock) -> Iterator[SessionController]:
    controller = SessionController.open(session_path, clock, wall)
    yield controller
    controller.close()


@pytest.fixture
def context(library: Library, tmp_path: Path, clock: FakeClock, wall: FakeWallClock) -> AppContext:
    return AppContext(library=library, recent=RecentSessions(tmp_path / "config"),
                      sessions_dir=tmp_path / "sessions", exports_dir=tmp_path / "exports",
                      clock=clock, now=wall, warm_exports=False)


@pytest.fixture
def window(qtbot: QtBot, context: AppContext) -> Iterator[MainWindow]:
    """The main window, shown (offscreen) so its timers tick as on a real screen."""
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    yield window
    if window.is_built("exports"):
        window.exports.wait()
    window.close()


@pytest.fixture
def running(window: MainWindow, session_path: Path) -> MainWindow:
    """The main window with the session file open on its run page."""
    assert window.open_session(session_path), window.message_bar.text
    return window


def read_back(path: Path) -> SessionState:
    """The session as a later launch of the app would find it."""
    # A snapshot: what is committed in the file, read beside the window that holds it.
    return SessionFile.snapshot(path)


@pytest.fixture
def german() -> Iterator[None]:
    """The window speaks German for this test (widgets made after it are German), English again after."""
    from workshop.ui import language

    language.use_language("de")
    yield
    language.use_language("en")
