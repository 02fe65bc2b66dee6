"""What the app does before its window first appears, and what it leaves for after.

Cold start is measured in `benchmarks/` (never timed here); these tests keep the
work that made it fast from quietly coming back. In a fresh process, started
as `workshop` starts, they look at the moment of the first paint: the library
must not have been read yet (no YAML), no session store or report code loaded,
and PySide6's `Qt` namespace not yet built. Building `Qt` creates well over a
hundred enum classes, about 13 ms on the development machine, a third of
what the window may cost above a bare PySide6 window (`benchmarks/RESULTS.md`).
So the modules on the way to the first paint import `Qt` inside the methods
that run later, or not at all.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot

from tests.checkout import ROOT
from workshop.library.catalog import Library
from workshop.ui.shell import hotkeys
from workshop.ui.shell.context import AppContext
from workshop.ui.shell.main_window import MainWindow

# Started as `python -m workshop` does, with the smoke watcher swapped for one that
# reports what had been loaded by the time of the window's first paint.
CHILD = """
import gc, json, sys
import PySide6.QtCore as QtCore
from workshop.ui.shell import app

def watch(window):
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication

    class FirstPaint(QObject):
        def eventFilter(self, watched, event):
            if event.type() == QEvent.Type.Paint and watched is window:
                window.removeEventFilter(self)
                report = {"qt_namespace": "Qt" in vars(QtCore), "modules": sorted(sys.modules),
                          "recent": window.home_page.recent.count(), "theme": window.theme_key,
                          "collecting": gc.isenabled(), "controls": getattr(window, "controls_built", None)}
                print("FIRST PAINT " + json.dumps(report), flush=True)
                QTimer.singleShot(0, lambda: QApplication.exit(0))
            return False

    window.installEventFilter(FirstPaint(window))

app.watch_first_paint = watch
raise SystemExit(app.run_gui(smoke=True))
"""

LEFT_FOR_LATER = ("yaml", "sqlite3", "jinja2", "weasyprint", "markdown_it", "workshop.store",
                  "workshop.report", "workshop.library.yamlsource", "workshop.ui.run.run_page",
                  "workshop.ui.planner.planner_page", "workshop.ui.room.audience_window", "uuid",
                  "workshop.session", "workshop.ui.shell.actions", "workshop.ui.shell.hotkeys",
                  "workshop.ui.shell.menus", "workshop.ui.shell.room_controls",
                  "workshop.ui.shell.status_line", "workshop.ui.shell.session_flow", "datetime")


def first_paint(child: str = CHILD) -> dict[str, object]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-c", child], capture_output=True, text=True, env=env,
                            cwd=ROOT, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    lines = [line for line in result.stdout.splitlines() if line.startswith("FIRST PAINT ")]
    assert len(lines) == 1, result.stdout + result.stderr
    return json.loads(lines[0].removeprefix("FIRST PAINT "))


def remember_a_session(user_folders: Path, theme: str = "dark") -> None:
    """A recent session and a theme ("": like the system), so the home page fills its list before
    the paint."""
    session = user_folders / "Documents" / "service-day.workshop"
    session.write_bytes(b"")
    config = user_folders / "config" / "workshop"
    config.mkdir(parents=True)
    (config / "recent-sessions.json").write_text(json.dumps({"sessions": [str(session)]}), encoding="utf-8")
    (config / "preferences.ini").write_text(f"[view]\ntheme={theme}\n", encoding="utf-8")


def test_the_window_is_painted_before_qt_namespace_and_library(user_folders: Path) -> None:
    remember_a_session(user_folders)
    report = first_paint()
    assert report["recent"] == 1 and report["theme"] == "dark"  # the path below was really taken
    assert report["qt_namespace"] is False, (
        "PySide6's Qt namespace was built before the first paint: import Qt inside the method "
        "that needs it (see this test's module)")
    loaded = set(report["modules"])  # type: ignore[arg-type]
    assert sorted(name for name in LEFT_FOR_LATER if name in loaded) == []
    # What start-up makes lives as long as the app: the collector waits for the freeze.
    assert report["collecting"] is False
    # The first frame is the home page alone: actions, menus and status line come right after it.
    assert report["controls"] is False


def test_a_window_like_the_system_reads_its_look_without_the_qt_namespace(user_folders: Path) -> None:
    """The default look follows the system: read from the palette until the first paint is on screen
    (asking for the scheme builds `Qt`); the scheme itself is asked for after it."""
    remember_a_session(user_folders, theme="")
    report = first_paint()
    assert report["theme"] == "light"  # the offscreen platform's palette is light
    assert report["qt_namespace"] is False


def test_the_child_sees_what_it_is_asked_about(user_folders: Path) -> None:
    """The probe itself can tell: a window that builds `Qt` first is reported as such."""
    eager = "from workshop.ui.shell import app\nfrom PySide6.QtCore import Qt\nimport yaml\n"
    report = first_paint(CHILD.replace("from workshop.ui.shell import app\n", eager))
    assert report["qt_namespace"] is True
    assert "yaml" in report["modules"]


def test_start_up_is_kept_out_of_the_garbage_collectors_sight(qtbot, monkeypatch) -> None:
    import gc

    from PySide6.QtWidgets import QWidget

    from workshop.ui.shell import app

    monkeypatch.setattr(app, "FREEZE_AFTER_MS", 10)
    window = QWidget()
    qtbot.addWidget(window)
    before = gc.get_freeze_count()
    gc.disable()  # as `run_gui` starts
    try:
        app.keep_start_up_out_of_the_collector(window)
        qtbot.waitUntil(lambda: gc.get_freeze_count() > before, timeout=5_000)
        assert gc.isenabled()  # from the freeze on, the collector works as usual
    finally:
        gc.enable()
        gc.unfreeze()  # the rest of the test run collects as usual


# -- the actions, menus and status line, just after the first paint -----------------------------------


def test_the_menus_actions_are_built_only_after_the_first_paint_and_work_after_it(
        qtbot: QtBot, context: AppContext) -> None:
    context.library = Library(context.library.roots)  # only its folders, as the app starts
    window = MainWindow(context, defer_library=True, defer_controls=True)
    qtbot.addWidget(window)
    # Before the paint: the home page, its words and its recent list, the menu bar's titles and an
    # empty status bar, and nothing else.
    assert not window.controls_built
    assert set(window.findChildren(QAction)) == {menu.menuAction() for menu in window.top_menus}
    assert [menu.title() for menu in window.top_menus] == [
        "&File", "&Edit", "&Run", "R&oom", "&View", "&Library", "&Help"]
    assert all(menu.isEmpty() for menu in window.top_menus)
    assert window.home_page.new_button.text() == "New session…"
    assert window.windowTitle() == "Workshop"
    window.layout().activate()
    first_frame = window.centralWidget().geometry()

    window.show()
    qtbot.waitUntil(lambda: window.controls_built)
    # The bars were there from the first frame: their contents moved nothing.
    window.layout().activate()
    assert window.centralWidget().geometry() == first_frame

    actions = window.action_set
    assert {menu.title() for menu in window.menuBar().findChildren(QMenu)} >= {"&File", "R&oom", "&Help"}
    assert actions.open_session in window.actions()
    assert actions.open_session.shortcuts() == hotkeys.key_sequences(hotkeys.BY_NAME["open_session"].keys)
    assert not actions.start_pause.isEnabled()  # no session yet
    assert window.status_line.save_label.parent() is window.statusBar()
    # The home page's buttons now say the actions' words and keys, and do what the actions do.
    for button, action in ((window.home_page.new_button, actions.new_session),
                           (window.home_page.open_button, actions.open_session),
                           (window.home_page.plan_button, actions.planner)):
        assert button.text() == action.text().replace("&", "")
        assert button.toolTip() == action.toolTip()
    chosen: list[bool] = []
    actions.planner.triggered.disconnect()
    actions.planner.triggered.connect(lambda *_: chosen.append(True))
    window.home_page.plan_button.click()
    assert chosen == [True]


def test_a_session_opened_before_the_first_paint_builds_the_controls_then(
        qtbot: QtBot, context: AppContext, session_path: Path) -> None:
    """As `workshop FILE` starts: the session is opened before the window is shown."""
    context.library = Library(context.library.roots)
    window = MainWindow(context, defer_library=True, defer_controls=True)
    qtbot.addWidget(window)

    assert window.open_session(session_path)

    assert window.controls_built
    assert window.pages.currentWidget() is window.run_page
    assert window.action_set.start_pause.isEnabled()
    assert window.file_label.text() == "service-day.workshop"
