"""The console's timer tells a screen reader each whole minute left and the end, politely.

The messages go out as Qt accessibility announcements (polite: read when the
screen reader is free); `TimerWidget.announcements` keeps what was said.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.conftest import FakeClock
from tests.ui.run.test_timer import at_five_minute_step, shows
from workshop.ui.shell.main_window import MainWindow


def test_each_minute_and_the_end_are_announced_never_each_second(
        qtbot: QtBot, running: MainWindow, clock: FakeClock) -> None:
    at_five_minute_step(running)
    widget = running.run_page.timer_widget
    running.action_set.start_pause.trigger()
    for seconds, shown in ((30, "4:30"), (31, "3:59"), (20, "3:39"), (40, "2:59")):
        clock.advance(seconds)
        shows(qtbot, running, shown)
    assert widget.announcements == ["4 minutes left", "3 minutes left"]
    running.action_set.add_minute.trigger()  # time added: nothing to say
    clock.advance(1)
    shows(qtbot, running, "3:58")
    assert widget.announcements == ["4 minutes left", "3 minutes left"]
    for seconds, shown in ((59, "2:59"), (60, "1:59"), (59, "1:00")):
        clock.advance(seconds)
        shows(qtbot, running, shown)
    clock.advance(60)
    shows(qtbot, running, "0:00")
    clock.advance(5)
    shows(qtbot, running, "+0:05")
    assert widget.announcements[2:] == ["3 minutes left", "2 minutes left", "1 minute left", "Time is up"]


def test_the_wall_says_nothing(qtbot: QtBot, running: MainWindow, clock: FakeClock) -> None:
    at_five_minute_step(running)
    running.set_audience_visible(True)
    running.action_set.start_pause.trigger()
    clock.advance(61)
    shows(qtbot, running, "3:59")
    assert running.audience.timer_widget.announcements == []  # one voice: the console's


def test_tab_reaches_the_run_buttons(qtbot: QtBot, running: MainWindow) -> None:
    at_five_minute_step(running)
    page = running.run_page
    page.entry_panel.entry.setFocus()
    reached = set()
    for _ in range(60):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        reached.add(QApplication.focusWidget())
    assert page.start_button in reached and page.next_button in reached
