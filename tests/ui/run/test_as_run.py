"""The as-run record on the console: ahead or behind the planned clock times, what to cut, how each
step ran; and the record surviving a reopen of the session file."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from pytestqt.qtbot import QtBot

from tests.conftest import FakeClock
from tests.ui.conftest import FakeWallClock, read_back
from workshop.core.schedule import Pause, as_run, schedule_start
from workshop.ui.shell.main_window import MainWindow


def both(clock: FakeClock, wall: FakeWallClock, seconds: float) -> None:
    """Time passes, on the timer's clock and on the wall."""
    clock.advance(seconds)
    wall.advance(seconds)


def test_before_the_start_and_after_a_late_one(running: MainWindow, clock: FakeClock,
                                               wall: FakeWallClock) -> None:
    status = running.run_page.schedule
    status.refresh()
    assert status.drift_label.text() == "Not started yet"  # 09:00 sharp, nothing running
    assert "Ends about 12:06 · room until 12:15" in status.detail_label.text()

    both(clock, wall, 5 * 60)
    status.refresh()
    assert status.drift_label.text() == "Not started: 5 min late"
    running.action_set.start_pause.trigger()
    assert status.drift_label.text() == "5 min behind"
    assert status.drift_label.property("level") == "warning"
    assert "Ends about 12:11" in status.detail_label.text()


def test_an_overrun_then_what_to_cut_to_end_in_time(qtbot: QtBot, running: MainWindow, clock: FakeClock,
                                                    wall: FakeWallClock) -> None:
    status = running.run_page.schedule
    running.action_set.start_pause.trigger()
    both(clock, wall, 20 * 60)  # "Rate the words": 20 min for 6
    running.action_set.next_step.trigger()
    status.refresh()
    assert status.drift_label.text() == "14 min behind"
    # 3 h 6 min planned in a room booked for 3 h 15 min: 5 of the 14 minutes must go.
    assert "To end by 12:15, cut 5 min from the 3 h left (3 %)" in status.detail_label.text()
    # The console refreshes it by itself, every second, as the current step runs over.
    running.action_set.start_pause.trigger()
    both(clock, wall, 10 * 60)  # "Evidence": 10 min of 8
    qtbot.waitUntil(lambda: status.drift_label.text() == "16 min behind", timeout=3000)


def test_finishing_early_puts_the_day_ahead(running: MainWindow, clock: FakeClock,
                                            wall: FakeWallClock) -> None:
    running.action_set.start_pause.trigger()
    both(clock, wall, 2 * 60)  # 2 min of 6
    running.action_set.next_step.trigger()
    status = running.run_page.schedule
    status.refresh()
    assert status.drift_label.text() == "4 min ahead"
    assert status.drift_label.property("level") == "good"


def test_the_agenda_tells_how_each_step_ran(running: MainWindow, clock: FakeClock,
                                            wall: FakeWallClock) -> None:
    actions = running.action_set
    actions.start_pause.trigger()
    both(clock, wall, 60)
    actions.start_pause.trigger()  # pause
    both(clock, wall, 120)
    actions.start_pause.trigger()  # resume
    actions.add_minute.trigger()
    both(clock, wall, 7 * 60)
    actions.next_step.trigger()

    row = running.run_page.agenda.step_item(0)
    assert row.text(2) == "+2 min"  # ran 8 min for 6
    tip = row.toolTip(1)
    for part in ("Planned: 6 min", "Started 09:00", "Paused 1 time", "Time added: +1 min",
                 "Ended 09:10 after 8 min"):
        assert part in tip


def test_the_as_run_record_survives_a_reopen(running: MainWindow, clock: FakeClock, wall: FakeWallClock,
                                             session_path: Path) -> None:
    actions = running.action_set
    both(clock, wall, 3 * 60)
    actions.start_pause.trigger()  # 09:03
    both(clock, wall, 60)
    actions.start_pause.trigger()  # pause 09:04
    both(clock, wall, 90)
    actions.start_pause.trigger()  # resume 09:05:30
    actions.add_minute.trigger()
    both(clock, wall, 6 * 60)
    actions.next_step.trigger()  # end 09:11:30, 7 min run
    actions.start_pause.trigger()
    both(clock, wall, 30)
    controller = running.controller
    assert controller is not None
    live = controller.as_run()
    running.close_session()

    # A later launch: the monotonic clock means nothing any more, the file has it all.
    state = read_back(session_path)
    nine = wall.time.replace(hour=9, minute=0, second=0, microsecond=0)
    runs = as_run(state.agenda, state.events, schedule_start(state.plan.start, state.events, wall.time))
    first = runs[0]
    assert first.planned_start == nine
    assert first.started == nine + timedelta(minutes=3)
    assert first.pauses == (Pause(nine + timedelta(minutes=4), nine + timedelta(minutes=5, seconds=30)),)
    assert first.extension == 60
    assert first.ended == nine + timedelta(minutes=11, seconds=30)
    assert first.elapsed == 7 * 60 and first.overrun == 60
    assert runs[1].started == nine + timedelta(minutes=11, seconds=30) and runs[1].running
    assert next(run for run in live if run.has_run) == first

    assert running.open_session(session_path)
    reopened = running.controller
    assert reopened is not None
    assert reopened.as_run()[0] == first
    assert running.run_page.agenda.step_item(0).text(2) == "+1 min"


def test_after_the_planned_day_with_nothing_run_it_is_set_up_not_lateness(running: MainWindow,
                                                                          wall: FakeWallClock) -> None:
    """The evening before (or after) the workshop: no red "8 h behind" for a day not begun."""
    status = running.run_page.schedule
    wall.advance(8 * 3600 + 50 * 60)  # 17:50, the session's day, nothing started
    status.refresh()
    assert status.drift_label.text() == "Not started yet"
    assert status.drift_label.property("level") == "neutral"
    assert status.detail_label.text() == "Planned 09:00–12:06 · room until 12:15"


def test_a_session_dated_another_day_is_measured_from_that_morning(running: MainWindow,
                                                                   wall: FakeWallClock) -> None:
    from workshop.core.schedule import schedule_start

    state = running.controller.state  # type: ignore[union-attr]
    assert state.header.date == "2026-11-22"
    day_before = wall.time - timedelta(days=1)
    start = schedule_start(state.plan.start, [], day_before, state.header.date)
    assert start is not None and start.date().isoformat() == "2026-11-22" and start.hour == 9
    wall.time = day_before.replace(hour=18)  # setting up the evening before
    status = running.run_page.schedule
    status.refresh()
    assert status.drift_label.text() == "Not started yet"
    assert "behind" not in status.text and "ahead" not in status.text
