"""Shared fixtures: offscreen Qt, user folders in a temporary place, a fake clock."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

# Before any Qt import: tests never need a screen.
os.environ["QT_QPA_PLATFORM"] = "offscreen"
# The user's language is English unless a test says otherwise (the window and the CLI follow
# the user's language: a machine set to German would otherwise read every test in German).
os.environ["LANGUAGE"] = "en"
os.environ["LC_ALL"] = "C.UTF-8"

from workshop.core.session import SessionHeader, SessionState, build_state
from workshop.library.catalog import Library, load_library
from workshop.paths import shipped_library

PLAN_ID = "customer-service-culture"


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """On CI a skipped test is a failure: nothing may hide there."""
    reporter = session.config.pluginmanager.get_plugin("terminalreporter")
    skipped = reporter.stats.get("skipped", []) if reporter else []
    if os.environ.get("CI") and skipped and exitstatus == 0:
        names = ", ".join(report.nodeid for report in skipped[:5])
        print(f"\nCI forbids skipped tests; {len(skipped)} skipped: {names}")
        session.exitstatus = pytest.ExitCode.TESTS_FAILED


class FakeClock:
    """A monotonic clock that moves only when a test says so."""

    def __init__(self, start: float = 1000.0) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture(autouse=True)
def user_folders(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Point every platformdirs folder (data, config, documents) at a fresh temp folder."""
    home = tmp_path_factory.mktemp("home")
    for variable, sub in (("XDG_DATA_HOME", "data"), ("XDG_CONFIG_HOME", "config"),
                          ("XDG_CACHE_HOME", "cache"), ("XDG_STATE_HOME", "state"),
                          ("XDG_DOCUMENTS_DIR", "Documents")):
        (home / sub).mkdir()
        monkeypatch.setenv(variable, str(home / sub))
    monkeypatch.setenv("HOME", str(home))
    yield home


@pytest.fixture(scope="session")
def library() -> Library:
    return load_library([shipped_library()])


@pytest.fixture
def state(library: Library) -> SessionState:
    plan = library.plans[PLAN_ID]
    header = SessionHeader("Service culture day", "Greenleaf Hotels", "Sam Facilitator", "2026-11-22")
    return build_state(header, plan, library.templates_for(plan))
