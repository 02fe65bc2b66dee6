"""A day begun at 16:25 against a plan for 09:00: re-anchored when its first timer starts, said once
on the message bar, and taken back by Ctrl+Z."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.conftest import FakeClock
from tests.ui.conftest import FakeWallClock, read_back
from workshop.ui.shell.main_window import MainWindow

MESSAGE = "The day now starts at 16:25, when its first step started. Undo: Ctrl+Z"


def afternoon(clock: FakeClock, wall: FakeWallClock) -> None:
    """16:25:12 on the session's day; the plan starts at 09:00 (room until 12:15, 3 h 6 min of steps)."""
    wall.time = wall.time.replace(hour=16, minute=25, second=12)
    clock.advance(7 * 3600)


def test_the_first_start_in_the_afternoon_starts_the_day_there(running: MainWindow, clock: FakeClock,
                                                               wall: FakeWallClock) -> None:
    afternoon(clock, wall)
    status = running.run_page.schedule
    status.refresh()
    # The plan's day is over before anything ran: set-up, measured against the morning.
    assert status.text == "Not started yet\nPlanned 09:00–12:06 · room until 12:15"

    running.action_set.start_pause.trigger()
    assert running.message_bar.text == MESSAGE
    assert running.message_bar.level == "info"
    assert read_back(running.controller.path).day_start == "2026-11-22T16:25:00+01:00"
    status.refresh()
    # Ahead or behind, and the cut, mean something in the afternoon: the room's 3 h 15 min from 16:25.
    assert status.drift_label.text() == "On time"
    assert status.detail_label.text() == "Ends about 19:31 · room until 19:40"
    assert running.action_set.undo.text() == "&Undo Move the day's start"
    # The agenda's clock times follow: its first line starts at 16:25, not 09:00.
    assert running.run_page.agenda.topLevelItem(0).text(0) == "16:25"

    # Said once: the facilitator closes the message; pausing and going on says nothing more.
    running.message_bar.dismiss()
    running.action_set.start_pause.trigger()
    running.action_set.start_pause.trigger()
    assert running.message_bar.text == ""


def test_ctrl_z_takes_the_new_start_back_and_its_message_with_it(qtbot: QtBot, running: MainWindow,
                                                                  clock: FakeClock,
                                                                  wall: FakeWallClock) -> None:
    afternoon(clock, wall)
    running.action_set.start_pause.trigger()
    assert running.message_bar.text == MESSAGE
    running.activateWindow()
    qtbot.waitUntil(running.isActiveWindow)
    target = QApplication.focusWidget() or running
    qtbot.keyClick(target, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)

    assert read_back(running.controller.path).day_start == ""
    assert running.message_bar.text == ""
    assert running.run_page.agenda.topLevelItem(0).text(0) == "09:00"
    status = running.run_page.schedule
    status.refresh()
    assert status.drift_label.text() == "7 h 26 min behind"  # 16:25:12 against 09:00, rounded up
    assert running.controller.timer.state.name == "RUNNING"  # the step's timer is not what was undone


def test_a_start_within_twenty_minutes_is_behind_and_moves_nothing(running: MainWindow, clock: FakeClock,
                                                                    wall: FakeWallClock) -> None:
    wall.advance(19 * 60)
    clock.advance(19 * 60)
    running.action_set.start_pause.trigger()
    assert running.message_bar.text == ""
    assert read_back(running.controller.path).day_start == ""
    status = running.run_page.schedule
    status.refresh()
    assert status.drift_label.text() == "19 min behind"
    assert wall.time - timedelta(minutes=19) == wall.time.replace(hour=9, minute=0)
