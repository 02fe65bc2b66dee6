"""The new-session form: OK only when complete, creates the file, never overwrites one."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta, timezone
from pathlib import Path

from PySide6.QtCore import QDate, Qt, QTime
from pytestqt.qtbot import QtBot

from tests.ui.conftest import FakeWallClock, read_back
from workshop.ui.home.new_session_dialog import NewSessionDialog
from workshop.ui.shell.context import AppContext
from workshop.ui.shell.main_window import MainWindow


def make_dialog(qtbot: QtBot, window: MainWindow, context: AppContext,
                now: Callable[[], datetime] | None = None) -> NewSessionDialog:
    dialog = NewSessionDialog(context.library, context.sessions_dir, window.create_session, window,
                              **({"now": now} if now is not None else {}))
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def fill(qtbot: QtBot, dialog: NewSessionDialog, title: str = "Service culture day") -> None:
    qtbot.keyClicks(dialog.title, title)
    qtbot.keyClicks(dialog.organisation, "Greenleaf Hotels")
    qtbot.keyClicks(dialog.facilitator, "Sam")
    dialog.date.setDate(QDate(2026, 11, 22))


def test_ok_creates_the_session_file_and_opens_it(qtbot: QtBot, window: MainWindow,
                                                  context: AppContext) -> None:
    dialog = make_dialog(qtbot, window, context)
    assert "Customer service culture" in dialog.plan.currentText()
    assert "3 h 6 min" in dialog.plan.currentText()
    assert not dialog.ok_button.isEnabled()

    fill(qtbot, dialog)
    expected = context.sessions_dir / "service-culture-day.workshop"
    assert dialog.path.text() == str(expected)
    assert dialog.ok_button.isEnabled()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    assert dialog.result() == NewSessionDialog.DialogCode.Accepted
    header = read_back(expected).header
    assert (header.title, header.organisation, header.facilitator, header.date) == (
        "Service culture day", "Greenleaf Hotels", "Sam", "2026-11-22")
    assert window.pages.currentWidget() is window.run_page
    assert window.file_label.text() == "service-culture-day.workshop"
    assert context.recent.paths() == [expected.resolve()]


def test_a_typed_path_gets_the_workshop_suffix(qtbot: QtBot, window: MainWindow, context: AppContext,
                                               tmp_path: Path) -> None:
    dialog = make_dialog(qtbot, window, context)
    fill(qtbot, dialog)
    dialog.path.clear()
    qtbot.keyClicks(dialog.path, str(tmp_path / "elsewhere" / "day-one"))
    dialog.title.setText("Changed title")  # the path the facilitator typed stays
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    assert dialog.created_path == tmp_path / "elsewhere" / "day-one.workshop"
    assert read_back(dialog.created_path).header.title == "Changed title"


def test_an_existing_file_is_not_overwritten(qtbot: QtBot, window: MainWindow, context: AppContext) -> None:
    existing = context.sessions_dir / "service-culture-day.workshop"
    existing.parent.mkdir(parents=True)
    existing.write_bytes(b"the facilitator's other file")
    dialog = make_dialog(qtbot, window, context)
    fill(qtbot, dialog)

    assert not dialog.ok_button.isEnabled()
    assert "already exists" in dialog.problem.text()
    assert dialog.problem.isVisible()
    dialog.accept()  # even if OK were pressed somehow

    assert dialog.isVisible()
    assert existing.read_bytes() == b"the facilitator's other file"
    assert window.controller is None


def test_a_failure_to_write_is_shown_in_the_dialog(qtbot: QtBot, window: MainWindow, context: AppContext,
                                                   tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where a folder should be")
    dialog = make_dialog(qtbot, window, context)
    fill(qtbot, dialog)
    dialog.path.setText(str(blocker / "day.workshop"))
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    assert dialog.isVisible()
    assert dialog.problem.text().startswith("The session was not created")
    assert dialog.title.text() == "Service culture day"


def test_a_title_is_required(qtbot: QtBot, window: MainWindow, context: AppContext) -> None:
    dialog = make_dialog(qtbot, window, context)
    qtbot.keyClicks(dialog.title, "x")
    assert dialog.ok_button.isEnabled()
    qtbot.keyClick(dialog.title, Qt.Key.Key_Backspace)
    qtbot.keyClicks(dialog.title, "   ")

    assert not dialog.ok_button.isEnabled()
    assert dialog.problem.text() == "A session needs a title."


def test_a_folder_or_an_unwritable_place_is_named_in_words(qtbot: QtBot, window: MainWindow,
                                                           context: AppContext, tmp_path: Path) -> None:
    dialog = make_dialog(qtbot, window, context)
    fill(qtbot, dialog)
    dialog.path.setText(f"{tmp_path}/")
    assert dialog.problem.text() == f"{tmp_path} is a folder: add a file name."
    blocker = tmp_path / "notes.txt"
    blocker.write_text("a file where a folder would have to be")
    dialog.path.setText(str(blocker / "day.workshop"))
    dialog.accept()
    assert dialog.problem.text().startswith(f"The session was not created: {blocker}: ")
    assert ".new-" not in dialog.problem.text() and "Errno" not in dialog.problem.text()
    assert dialog.created_path is None


# -- the day's own start ----------------------------------------------------------------

TZ = timezone(timedelta(hours=1))


def at(hour: int, minute: int, second: int = 0, day: int = 22) -> FakeWallClock:
    wall = FakeWallClock()
    wall.time = datetime(2026, 11, day, hour, minute, second, tzinfo=TZ)
    return wall


def create(qtbot: QtBot, dialog: NewSessionDialog) -> str:
    """Create the session; the day's start its file keeps."""
    qtbot.keyClicks(dialog.title, "Afternoon")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.created_path is not None
    return read_back(dialog.created_path).day_start


def test_made_in_the_afternoon_for_today_the_day_starts_in_five_minutes(
        qtbot: QtBot, window: MainWindow, context: AppContext) -> None:
    dialog = make_dialog(qtbot, window, context, at(16, 22, 40))
    assert dialog.date.date() == QDate(2026, 11, 22)  # today by the app's clock
    assert dialog.start.time() == QTime(16, 25)
    assert dialog.plan_start.text() == "the plan starts at 09:00"
    assert create(qtbot, dialog) == "2026-11-22T16:25:00"
    # The console measures the day from there: not started, and not hours late.
    assert window.run_page.schedule.drift_label.text() == "Not started yet"


def test_made_for_another_day_the_plans_start_is_offered_and_kept_as_the_plans(
        qtbot: QtBot, window: MainWindow, context: AppContext) -> None:
    dialog = make_dialog(qtbot, window, context, at(16, 22))
    dialog.date.setDate(QDate(2026, 11, 23))
    assert dialog.start.time() == QTime(9, 0)
    dialog.date.setDate(QDate(2026, 11, 22))  # back to today: the offer follows the date
    assert dialog.start.time() == QTime(16, 25)
    dialog.date.setDate(QDate(2026, 11, 30))
    assert create(qtbot, dialog) == ""  # the plan's start on the session's day


def test_a_few_minutes_after_the_plans_start_the_plans_start_stays(
        qtbot: QtBot, window: MainWindow, context: AppContext) -> None:
    dialog = make_dialog(qtbot, window, context, at(9, 12))
    assert dialog.start.time() == QTime(9, 0)
    assert create(qtbot, dialog) == ""


def test_a_start_time_typed_stays_when_the_date_changes(qtbot: QtBot, window: MainWindow,
                                                        context: AppContext) -> None:
    dialog = make_dialog(qtbot, window, context, at(8, 0))
    dialog.activateWindow()  # a spin box takes typing only with the keyboard focus
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.start.setFocus()
    for digit in (Qt.Key.Key_1, Qt.Key.Key_3, Qt.Key.Key_3, Qt.Key.Key_0):  # typed, section by section
        qtbot.keyClick(dialog.start, digit)
    assert dialog.start.time() == QTime(13, 30)
    dialog.date.setDate(QDate(2026, 12, 1))
    assert dialog.start.time() == QTime(13, 30)
    assert create(qtbot, dialog) == "2026-12-01T13:30:00"


def test_the_language_is_the_users_unless_another_is_chosen(qtbot: QtBot, window: MainWindow,
                                                            context: AppContext) -> None:
    dialog = make_dialog(qtbot, window, context)
    assert dialog.language.currentData() == "en"  # the user's language (English in the tests)
    fill(qtbot, dialog)
    assert dialog.plan.currentText() == "Customer service culture · 3 h 6 min"
    dialog.language.setCurrentIndex(dialog.language.findData("de"))
    assert dialog.language.currentText() == "Deutsch"  # each language named in its own words
    # The plans are listed in the session's language, the one chosen still chosen.
    assert dialog.plan.currentText() == "Servicekultur · 3 h 6 min"
    assert dialog.plan.currentData() == "customer-service-culture"
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    state = read_back(context.sessions_dir / "service-culture-day.workshop")
    assert state.header.language == "de" and state.plan.title == "Servicekultur"
    assert {template.language for template in state.templates.values()} == {"de"}
    assert state.templates["words-test"].title == "Der Wörtertest"
