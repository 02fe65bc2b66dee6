"""The main window: opening sessions (good and bad), recent files, menus, the library."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMenu
from pytestqt.qtbot import QtBot

from tests.checkout import ROOT as PROJECT_ROOT
from workshop.core.session import SessionState
from workshop.library.catalog import Library, load_library
from workshop.paths import shipped_library
from workshop.store import SessionFile
from workshop.ui.home.recent_sessions import RecentSessions
from workshop.ui.library.library_view import LibraryView
from workshop.ui.shell.context import AppContext
from workshop.ui.shell.main_window import MainWindow


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_it_starts_on_the_home_page_with_run_actions_off(window: MainWindow) -> None:
    assert window.pages.currentWidget() is window.home_page
    assert window.windowTitle() == "Workshop"
    for action in window.action_set.session_actions:
        assert not action.isEnabled(), action.objectName()
    assert window.home_page.no_recent.isVisible()


def test_opening_a_session_shows_the_run_page(running: MainWindow, session_path: Path) -> None:
    assert running.pages.currentWidget() is running.run_page
    assert running.windowTitle() == "Service culture day – Workshop"
    assert running.file_label.text() == "service-day.workshop"
    assert running.run_page.header.title.text() == "Rate the words"
    assert running.run_page.agenda.topLevelItem(0).text(0) == "09:00"
    assert running.action_set.start_pause.isEnabled()


@pytest.mark.parametrize("junk", [b"\x00\xffnot a session at all" * 50,
                                  b"SQLite format 3\x00" + b"\x13" * 200])
def test_a_damaged_file_is_refused_clearly_and_left_unchanged(window: MainWindow, tmp_path: Path,
                                                              junk: bytes) -> None:
    damaged = tmp_path / "damaged.workshop"
    damaged.write_bytes(junk)
    before = digest(damaged)

    assert not window.open_session(damaged)

    assert window.message_bar.isVisible()
    assert window.message_bar.level == "error"
    assert window.message_bar.text.startswith("Could not open damaged.workshop: ")
    assert "session file" in window.message_bar.text or "damaged" in window.message_bar.text
    assert window.pages.currentWidget() is window.home_page
    assert digest(damaged) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["damaged.workshop"]  # no journal left beside it


def test_recent_sessions_are_listed_and_open_with_enter(qtbot: QtBot, running: MainWindow,
                                                        session_path: Path) -> None:
    running.close_session()
    recent = running.home_page.recent
    assert recent.isVisible()
    assert recent.count() == 1
    assert recent.item(0).text().startswith("service-day")

    recent.setFocus()
    qtbot.keyClick(recent, Qt.Key.Key_Return)

    assert running.pages.currentWidget() is running.run_page


def test_a_recent_file_that_went_away_is_dropped(running: MainWindow, session_path: Path,
                                                 context: AppContext) -> None:
    running.close_session()
    session_path.unlink()
    assert context.recent.paths() == []
    running.home_page.recent.chosen.emit(session_path)  # as if clicked before the list refreshed
    assert "does not exist" in running.message_bar.text
    assert not running.home_page.recent.isVisible()


def test_menus_hold_every_action(window: MainWindow) -> None:
    in_menus = {action.objectName() for menu in window.menuBar().findChildren(QMenu)
                for action in menu.actions()}
    missing = {action.objectName() for action in window.action_set.all()} - in_menus
    assert missing == set()


def test_the_library_shows_a_broken_file_as_broken(qtbot: QtBot, tmp_path: Path, context: AppContext) -> None:
    mine = tmp_path / "mine"
    (mine / "exercises").mkdir(parents=True)
    (mine / "exercises" / "half-done.yaml").write_text("id: half-done\ntitle: Half done\nsteps: []\n")
    context.library = load_library([shipped_library(), mine])
    window = MainWindow(context)
    qtbot.addWidget(window)

    rows = dict(window.home_page.library.rows())
    assert rows["Keep it alive: our customer directive"] == "ok"
    broken = [title for title, state in rows.items() if state.startswith("⚠ broken")]
    assert broken == ["half-done.yaml"]
    tree = window.home_page.library.tree
    item = tree.findItems(broken[0], Qt.MatchFlag.MatchRecursive)[0]
    assert "half-done.yaml" in item.toolTip(0)
    tree.setCurrentItem(item)
    assert "half-done.yaml:" in window.home_page.library.details.text()


def test_zoom_makes_the_console_text_larger(running: MainWindow) -> None:
    title = running.run_page.header.title
    before = title.font().pixelSize()
    running.action_set.zoom_in.trigger()
    assert title.font().pixelSize() > before
    running.action_set.zoom_reset.trigger()
    assert title.font().pixelSize() == before


def test_zoom_leaves_the_facilitators_notes_alone(running: MainWindow) -> None:
    notes = running.run_page.notes.browser
    before = notes.font().pixelSize()
    running.action_set.zoom_in.trigger()
    running.action_set.zoom_in.trigger()
    assert running.audience.header.title.font().pixelSize() > 0
    assert notes.font().pixelSize() == before
    assert notes.document().defaultFont().pixelSize() == before


# -- a quick start: the window first, the rest when it is wanted ---------------------------------


def test_the_library_is_read_after_the_window_first_appears(qtbot: QtBot, context: AppContext) -> None:
    context.library = Library(context.library.roots)  # only its folders, as the app starts
    window = MainWindow(context, defer_library=True)
    qtbot.addWidget(window)

    # The first paint does without the library's list: a line says it is coming.
    assert window.home_page.findChild(LibraryView) is None
    assert window.home_page.findChild(QLabel, "libraryLoading").text() == "Loading the library…"
    tree = window.home_page.library.tree
    assert window.library_pending
    assert tree.topLevelItem(0).text(0) == "Loading the library…"
    assert window.home_page.library.rows() == []
    qtbot.wait(50)  # not painted yet: nothing is read
    assert window.library_pending

    window.show()
    qtbot.waitUntil(lambda: not window.library_pending)

    rows = dict(window.home_page.library.rows())
    assert rows["Keep it alive: our customer directive"] == "ok"
    assert "customer-service-culture" in context.library.plans
    qtbot.waitUntil(lambda: window.is_built("library_keeper") and window.is_built("planner_page"))
    assert window.planner_page.exercises.count() == len(context.library.exercises)


def test_what_needs_the_library_before_the_first_paint_reads_it_then(qtbot: QtBot,
                                                                     context: AppContext) -> None:
    context.library = Library(context.library.roots)
    window = MainWindow(context, defer_library=True)
    qtbot.addWidget(window)

    window.show_planner()  # before the window was ever painted

    assert not window.library_pending
    assert window.pages.currentWidget() is window.planner_page
    assert window.planner_page.exercises.count() == len(context.library.exercises) > 0
    assert dict(window.home_page.library.rows())["Keep it alive: our customer directive"] == "ok"


def test_pages_and_parts_are_built_when_first_used(window: MainWindow, session_path: Path) -> None:
    later = ("run_page", "audience", "library_page", "chime", "time_up", "exports")
    assert [part for part in later if window.is_built(part)] == []
    assert window.pages.count() == 2  # the home page, and the planner (built with the library)

    assert window.open_session(session_path)
    assert window.is_built("run_page") and window.is_built("audience") and window.is_built("time_up")
    assert window.pages.currentWidget() is window.run_page
    assert window.run_page.room is window.audience

    window.findChild(type(window.actions()[0]), "action_show_library").trigger()
    assert window.pages.currentWidget() is window.library_page
    window.library_page.back_button.click()
    assert window.pages.currentWidget() is window.run_page


def test_the_new_exercise_menu_is_filled_when_first_opened(window: MainWindow) -> None:
    menu = window.new_exercise_menu
    assert menu.isEmpty() and not window.is_built("library_page")
    menu.aboutToShow.emit()
    labels = [action.text() for action in menu.actions()]
    assert "Cards" in labels and "Dot vote" in labels
    menu.actions()[labels.index("Cards")].trigger()
    assert window.pages.currentWidget() is window.library_page
    assert window.library_page.stack.currentWidget() is window.library_page.editor


def test_the_window_paints_before_the_heavy_modules_are_imported(tmp_path: Path) -> None:
    """`python -m workshop` paints its window before importing the session store, the run
    page, the audience window, the library's YAML reader and the report."""
    heavy = ("sqlite3", "yaml", "markdown_it", "jinja2", "weasyprint", "workshop.store.session_file",
             "workshop.ui.shell.controller", "workshop.ui.run.run_page", "workshop.ui.room.audience_window",
             "workshop.ui.planner.planner_page", "workshop.ui.library.library_page",
             "workshop.ui.library.template_editor")
    code = f"""
import sys
from PySide6.QtCore import QEvent, QObject
from workshop.ui.shell import app

HEAVY = {heavy!r}
watch = app.watch_first_paint

def spy_then_watch(window):
    class Spy(QObject):
        def eventFilter(self, watched, event):
            if watched is window and event.type() == QEvent.Type.Paint:
                window.removeEventFilter(self)
                print("imported at first paint:", sorted(m for m in HEAVY if m in sys.modules), flush=True)
            return False
    window.installEventFilter(Spy(window))
    watch(window)

app.watch_first_paint = spy_then_watch
sys.exit(app.run_gui(smoke=True))
"""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env,
                            cwd=PROJECT_ROOT, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "main window shown" in result.stdout
    assert "imported at first paint: []" in result.stdout, result.stdout


def test_the_menus_end_with_help(window: MainWindow) -> None:
    titles = [action.text() for action in window.menuBar().actions()]
    assert titles == ["&File", "&Edit", "&Run", "R&oom", "&View", "&Library", "&Help"]


def test_long_agenda_titles_wrap_rather_than_end_in_dots(qtbot: QtBot, running: MainWindow) -> None:
    running.resize(1366, 768)  # a small laptop
    agenda = running.run_page.agenda
    long_row = next(agenda.topLevelItem(n) for n in range(agenda.topLevelItemCount())
                    if agenda.topLevelItem(n).text(1).startswith("Keep it alive"))
    short_row = next(agenda.topLevelItem(n) for n in range(agenda.topLevelItemCount())
                     if agenda.topLevelItem(n).text(1) == "Coffee")
    qtbot.waitUntil(lambda: agenda.visualItemRect(long_row).height()
                    >= 2 * agenda.visualItemRect(short_row).height())


def test_the_recent_menu_names_the_folder_too(running: MainWindow, session_path: Path) -> None:
    running.recent_menu.aboutToShow.emit()
    [action] = running.recent_menu.actions()
    assert not session_path.is_relative_to(Path.home())  # shown whole; under home it would be ~/...
    assert action.text() == f"service-day  ({session_path.parent})"
    assert action.toolTip() == str(session_path)


def test_file_open_starts_in_the_folder_of_the_last_session(qtbot: QtBot, window: MainWindow,
                                                           context: AppContext, state: SessionState,
                                                           tmp_path: Path) -> None:
    context.sessions_dir.mkdir(exist_ok=True)
    assert window.open_dialog_folder() == context.sessions_dir  # nothing opened yet
    elsewhere = tmp_path / "client A" / "day.workshop"
    elsewhere.parent.mkdir()
    SessionFile.create(elsewhere, state).close()
    assert window.open_session(elsewhere)
    window.close_session()
    assert window.open_dialog_folder() == elsewhere.parent
    # Remembered: a window started later on the same user folders starts there too.
    later = MainWindow(AppContext(library=context.library, recent=RecentSessions(tmp_path / "config"),
                                  sessions_dir=context.sessions_dir))
    qtbot.addWidget(later)
    assert later.open_dialog_folder() == elsewhere.parent


def test_a_maximised_window_comes_back_maximised_with_its_normal_size(qtbot: QtBot,
                                                                      context: AppContext) -> None:
    first = MainWindow(context)
    qtbot.addWidget(first)
    first.resize(700, 500)  # within the test screen (restoring keeps a window on its screen)
    first.show()
    qtbot.waitExposed(first)
    normal = first.size()
    first.showMaximized()
    qtbot.waitUntil(first.isMaximized)
    first.close()

    again = MainWindow(context)
    qtbot.addWidget(again)
    again.show()
    qtbot.waitExposed(again)
    assert again.isMaximized()
    again.showNormal()
    qtbot.waitUntil(lambda: not again.isMaximized())
    assert again.size() == normal
    again.close()
