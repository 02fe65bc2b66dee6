"""The countdown on screen follows the step timer, driven by a fake clock."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.conftest import FakeClock
from tests.ui.conftest import FakeWallClock, read_back, stop_index
from workshop.core.session import EventKind
from workshop.ui.shell.main_window import MainWindow
from workshop.ui.widgets.theme import CONSOLE, TimerLevel


def at_five_minute_step(window: MainWindow) -> None:
    controller = window.controller
    assert controller is not None
    controller.go_to(stop_index(controller.state, "keep-it-alive", "write"))
    assert controller.current_stop.step.duration == 300


def shows(qtbot: QtBot, window: MainWindow, text: str) -> None:
    """Wait for the console's timer to show `text`, read by its own refresh timer."""
    widget = window.run_page.timer_widget
    qtbot.waitUntil(lambda: widget.text == text, timeout=2000)


def test_start_then_time_passing_counts_down(qtbot: QtBot, running: MainWindow, clock: FakeClock) -> None:
    at_five_minute_step(running)
    widget = running.run_page.timer_widget
    assert widget.text == "5:00"
    assert "start" in widget.caption.lower()
    assert widget.is_ticking()

    running.action_set.start_pause.trigger()
    clock.advance(65)

    shows(qtbot, running, "3:55")
    assert widget.level is TimerLevel.NORMAL
    assert running.run_page.start_button.text() == "Pause"


def test_the_start_button_and_f5_drive_the_same_action(qtbot: QtBot, running: MainWindow,
                                                              clock: FakeClock) -> None:
    at_five_minute_step(running)
    qtbot.mouseClick(running.run_page.start_button, Qt.MouseButton.LeftButton)
    clock.advance(10)
    shows(qtbot, running, "4:50")
    # F5 works even while the cursor waits in the card entry.
    running.activateWindow()
    qtbot.waitUntil(running.isActiveWindow)
    qtbot.keyClick(running.run_page.entry_panel.entry, Qt.Key.Key_F5)
    clock.advance(30)
    shows(qtbot, running, "4:50")
    assert running.run_page.timer_widget.caption == "Paused"


def test_pause_holds_the_time(qtbot: QtBot, running: MainWindow, clock: FakeClock) -> None:
    at_five_minute_step(running)
    running.action_set.start_pause.trigger()
    clock.advance(30)
    running.action_set.start_pause.trigger()
    clock.advance(600)

    shows(qtbot, running, "4:30")
    assert running.run_page.timer_widget.caption == "Paused"
    assert running.run_page.start_button.text() == "Resume"


def test_plus_and_minus_one_minute(qtbot: QtBot, running: MainWindow, clock: FakeClock) -> None:
    at_five_minute_step(running)
    running.action_set.start_pause.trigger()
    clock.advance(65)
    running.action_set.add_minute.trigger()
    shows(qtbot, running, "4:55")
    running.action_set.remove_minute.trigger()
    running.action_set.remove_minute.trigger()
    shows(qtbot, running, "2:55")


def test_colour_cues_then_overtime_counts_up_in_a_different_style(qtbot: QtBot, running: MainWindow,
                                                                  clock: FakeClock) -> None:
    at_five_minute_step(running)
    widget = running.run_page.timer_widget
    running.action_set.start_pause.trigger()
    normal = widget.text_colour().name()

    clock.advance(250)  # 50 s of 300 left: under 20 %
    shows(qtbot, running, "0:50")
    assert widget.level is TimerLevel.LOW
    assert widget.text_colour().name() != normal
    # The light theme's amber is dark enough to read on white, so a tint shows it too.
    image = widget.grab().toImage()
    assert image.pixelColor(image.width() // 2, 6).name() == CONSOLE.low_fill != CONSOLE.background

    clock.advance(40)  # 10 s left: under 5 %
    shows(qtbot, running, "0:10")
    assert widget.level is TimerLevel.VERY_LOW

    clock.advance(22)
    shows(qtbot, running, "+0:12")
    assert widget.level is TimerLevel.OVERTIME
    assert widget.caption == "Overtime"
    assert widget.fill_colour().name() == CONSOLE.overtime_fill
    # The time-up pulse runs on the real clock and its ring crosses the sampled
    # pixel; stopped, the pixel shows the block's own fill.
    widget.stop_pulse()
    image = widget.grab().toImage()
    # The overtime block is painted: its fill shows at the top of the timer.
    assert image.pixelColor(image.width() // 2, 6).name() == CONSOLE.overtime_fill
    running.action_set.start_pause.trigger()
    assert widget.caption == "Overtime · paused"
    assert running.audience.timer_widget.caption == "Overtime · paused"


def test_reset_puts_the_planned_time_back(qtbot: QtBot, running: MainWindow, clock: FakeClock,
                                          session_path: Path) -> None:
    at_five_minute_step(running)
    running.action_set.start_pause.trigger()
    running.action_set.add_minute.trigger()
    clock.advance(100)
    running.action_set.reset_timer.trigger()
    clock.advance(100)

    shows(qtbot, running, "5:00")
    assert "start" in running.run_page.timer_widget.caption.lower()
    stop = running.controller.current_stop  # type: ignore[union-attr]
    record = read_back(session_path).record_for(*stop.key)
    assert (record.elapsed, record.extension, record.running) == (0, 0, False)


def test_timer_actions_are_recorded_in_the_file(running: MainWindow, clock: FakeClock,
                                                wall: FakeWallClock, session_path: Path) -> None:
    at_five_minute_step(running)
    actions = running.action_set
    actions.start_pause.trigger()
    clock.advance(20)
    wall.advance(20)
    actions.start_pause.trigger()
    actions.add_minute.trigger()
    actions.start_pause.trigger()

    stop = running.controller.current_stop  # type: ignore[union-attr]
    events = [e for e in read_back(session_path).events if (e.item, e.step) == stop.key]
    assert [e.kind for e in events] == [EventKind.START, EventKind.PAUSE, EventKind.EXTEND, EventKind.RESUME]
    assert events[1].elapsed == 20
    assert events[2].amount == 60
    assert events[1].at == "2026-11-22T09:00:20.000+01:00"


def test_a_timer_running_when_the_app_closed_keeps_running(qtbot: QtBot, running: MainWindow,
                                                          clock: FakeClock, wall: FakeWallClock,
                                                          session_path: Path) -> None:
    at_five_minute_step(running)
    running.action_set.start_pause.trigger()
    clock.advance(30)
    wall.advance(30)
    running.close_session()
    # The app is closed for two minutes of wall time; the monotonic clock of
    # the next launch has nothing to do with the last one.
    wall.advance(120)
    clock.advance(5000)

    assert running.open_session(session_path)

    shows(qtbot, running, "2:30")
    assert running.run_page.start_button.text() == "Pause"


def test_space_starts_the_timer_outside_text_fields_and_types_a_space_inside(
        qtbot: QtBot, running: MainWindow, clock: FakeClock) -> None:
    controller = running.controller
    assert controller is not None
    controller.go_to(stop_index(controller.state, "keep-it-alive", "warm-up"))  # nothing to type
    running.activateWindow()
    qtbot.waitUntil(running.isActiveWindow)
    assert not running.run_page.entry_panel.isVisible()
    qtbot.keyClick(running.run_page.agenda, Qt.Key.Key_Space)
    clock.advance(60)
    shows(qtbot, running, "2:00")

    running.action_set.next_step.trigger()  # Silent writing: the cursor waits in the entry
    entry = running.run_page.entry_panel.entry
    assert entry.hasFocus()
    qtbot.keyClicks(entry, "a b")
    assert entry.toPlainText() == "a b"
    assert running.run_page.timer_widget.caption == "F5 to start"
