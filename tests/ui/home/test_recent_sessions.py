"""Recent sessions on the home page: title, date, progress, last change; resuming one not closed cleanly."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import datetime
from pathlib import Path

from pytestqt.qtbot import QtBot

from tests.checkout import ROOT
from workshop.core.session import SessionState
from workshop.session.glance import glance
from workshop.store.session_file import SessionFile
from workshop.ui.shell.context import AppContext
from workshop.ui.shell.main_window import MainWindow

STEP_7 = 6  # index of the seventh step


def home(qtbot: QtBot, context: AppContext, *paths: Path) -> MainWindow:
    for path in reversed(paths):
        context.recent.add(path)
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: len(window.home_page.recent.glances) == len(paths))  # read after the paint
    return window


def on_step_7(session_path: Path) -> str:
    with SessionFile.open(session_path) as session:
        session.set_current(STEP_7)
        return session.state.stops[STEP_7].step.title


def killed_on_step_7(session_path: Path) -> None:
    """The app killed while the session was open on its seventh step (no clean close)."""
    code = ("import os\nfrom workshop.store.session_file import SessionFile\n"
            f"session = SessionFile.open({str(session_path)!r})\n"
            f"session.set_current({STEP_7})\nos._exit(0)\n")
    subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=True, timeout=60)


def test_a_row_says_title_date_progress_and_last_change(qtbot: QtBot, context: AppContext,
                                                         session_path: Path, state: SessionState) -> None:
    title = on_step_7(session_path)
    noon = datetime(2026, 11, 22, 12, 5).timestamp()
    os.utime(session_path, (noon, noon))
    window = home(qtbot, context, session_path)
    lines = window.home_page.recent.item(0).text().splitlines()
    assert lines[0] == "Service culture day"
    assert lines[1] == (f"Step 7 of {len(state.stops)}: {title} · Sun 22 Nov 2026 · "
                        "last change 22 Nov 2026 12:05")
    assert lines[2] == f"service-day.workshop · {session_path.parent}"
    assert not window.home_page.resume_button.isVisible()  # closed cleanly: nothing to resume


def test_a_damaged_or_missing_file_says_why_in_its_row(qtbot: QtBot, context: AppContext, tmp_path: Path,
                                                        session_path: Path) -> None:
    garbage = tmp_path / "garbage.workshop"
    garbage.write_bytes(b"this is not a session" * 10)
    empty = tmp_path / "empty.workshop"
    empty.write_bytes(b"")
    window = home(qtbot, context, session_path, garbage, empty)
    rows = [window.home_page.recent.item(row).text() for row in range(3)]
    assert rows[0].startswith("Service culture day")
    assert rows[1].splitlines()[:2] == [
        "garbage.workshop", "cannot be read: not a workshop session file (not a file Workshop writes)"]
    assert rows[2].splitlines()[1].startswith("cannot be read: ")
    empty.unlink()  # gone between the list and the glance: said, never raised
    assert glance(empty).problem == "the file does not exist"


def test_a_session_not_closed_cleanly_is_resumed_on_its_step(
        qtbot: QtBot, context: AppContext, session_path: Path, state: SessionState) -> None:
    killed_on_step_7(session_path)
    window = home(qtbot, context, session_path)
    page = window.home_page
    assert page.recent.item(0).text().splitlines()[2] == "Not closed cleanly: resume where you left off"
    button = page.resume_button
    assert button.isVisible()
    assert button.text() == f"Resume where you left off: Service culture day, step 7 of {len(state.stops)}"

    button.click()

    assert window.controller is not None and window.controller.current_index == STEP_7
    assert window.pages.currentWidget() is window.run_page
    window.close_session()  # closed cleanly this time: nothing to resume any more
    page.read_glances()
    assert not page.recent.current_glance().left_open  # type: ignore[union-attr]
    assert not page.resume_button.isVisible()


def test_a_session_open_in_another_window_says_so(qtbot: QtBot, context: AppContext,
                                                  session_path: Path) -> None:
    with SessionFile.open(session_path):  # another window has it
        window = home(qtbot, context, session_path)
        assert window.home_page.recent.item(0).text().splitlines()[2].startswith(
            "open in Workshop on this machine")
        assert not window.home_page.resume_button.isVisible()


def test_in_german_a_row_says_its_dates_and_problems_in_german(qtbot: QtBot, context: AppContext,
                                                                tmp_path: Path, session_path: Path) -> None:
    from workshop.ui import language

    noon = datetime(2026, 11, 22, 12, 5).timestamp()
    os.utime(session_path, (noon, noon))
    garbage = tmp_path / "garbage.workshop"
    garbage.write_bytes(b"this is not a session" * 10)
    context.preferences.language = "de"  # as View > Language leaves it for the next start
    try:
        window = home(qtbot, context, session_path, garbage)
        session, broken = (window.home_page.recent.item(row).text().splitlines() for row in range(2))
    finally:
        language.use_language("en")
    assert session[1].endswith(" · So., 22. Nov. 2026 · letzte Änderung 22. Nov. 2026, 12:05")
    assert broken[1] == ("nicht lesbar: keine Workshop-Sitzungsdatei (keine Datei, die Workshop schreibt)")
