from __future__ import annotations

import pytest

from workshop.core.timer import StepTimer, TimerState


def test_idle_until_started(clock) -> None:
    timer = StepTimer(300, clock)
    clock.advance(50)
    assert timer.state is TimerState.IDLE
    assert timer.remaining == 300


def test_remaining_follows_the_clock_not_ticks(clock) -> None:
    timer = StepTimer(300, clock)
    timer.start()
    clock.advance(65)
    assert timer.remaining == 235
    clock.advance(3600)  # an hour without a single tick: no drift
    assert timer.remaining == 300 - 3665


def test_pause_holds_and_resume_continues(clock) -> None:
    timer = StepTimer(300, clock)
    timer.start()
    clock.advance(100)
    timer.pause()
    assert timer.state is TimerState.PAUSED
    clock.advance(500)
    assert timer.remaining == 200
    timer.resume()
    clock.advance(20)
    assert timer.remaining == 180
    assert timer.state is TimerState.RUNNING


def test_start_twice_does_not_restart(clock) -> None:
    timer = StepTimer(300, clock)
    timer.start()
    clock.advance(30)
    timer.start()
    assert timer.elapsed == 30


def test_extend_and_shorten(clock) -> None:
    timer = StepTimer(300, clock)
    timer.start()
    timer.extend(60)
    clock.advance(330)
    assert timer.remaining == 30
    timer.extend(-10_000)  # never a negative length
    assert timer.duration == 0


def test_overtime_counts_up(clock) -> None:
    timer = StepTimer(60, clock)
    assert not timer.is_overtime
    timer.start()
    clock.advance(61)
    assert timer.is_overtime
    assert timer.remaining == -1
    assert timer.fraction_left == 0.0


def test_fraction_left_for_colour_cues(clock) -> None:
    timer = StepTimer(100, clock)
    timer.start()
    clock.advance(81)
    assert timer.fraction_left < 0.2
    clock.advance(15)
    assert timer.fraction_left < 0.05


def test_pause_and_reset(clock) -> None:
    timer = StepTimer(100, clock)
    timer.start()
    assert timer.state is TimerState.RUNNING
    clock.advance(10)
    timer.pause()
    assert timer.state is TimerState.PAUSED
    timer.extend(60)
    timer.reset()
    assert (timer.state, timer.remaining) == (TimerState.IDLE, 100)


def test_restore_running_keeps_counting(clock) -> None:
    timer = StepTimer(300, clock)
    timer.restore(elapsed=100, extension=60, running=True)
    clock.advance(10)
    assert timer.remaining == 250
    assert timer.state is TimerState.RUNNING
    timer.restore(elapsed=100, extension=0, running=False)
    assert timer.state is TimerState.PAUSED
    clock.advance(10)
    assert timer.remaining == 200


def test_overtime_and_time_up(clock) -> None:
    timer = StepTimer(60, clock)
    assert not timer.is_up and timer.overtime == 0
    timer.start()
    clock.advance(60)
    assert timer.is_up and not timer.is_overtime and timer.overtime == 0
    clock.advance(15)
    assert timer.overtime == 15
    timer.extend(60)
    assert not timer.is_up and timer.overtime == 0


def test_an_hour_of_pauses_and_resumes_does_not_drift(clock) -> None:
    timer = StepTimer(3600, clock)
    for _ in range(360):
        timer.start()
        clock.advance(7.3)
        timer.pause()
        clock.advance(100)
    assert timer.elapsed == pytest.approx(360 * 7.3)
    assert timer.remaining == pytest.approx(3600 - 360 * 7.3)
