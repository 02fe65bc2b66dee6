"""A day begun hours after its planned start is measured from when it began (and Ctrl+Z takes that back)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from tests.conftest import FakeClock
from tests.core.board import board_state
from workshop.core.commands import SetDayStart
from workshop.core.schedule import LATE_START
from workshop.session import Changed, How, Session
from workshop.store import SessionFile

TZ = timezone(timedelta(hours=1))
NINE = datetime(2026, 11, 22, 9, 0, tzinfo=TZ)  # the board plan starts at 09:00 on the session's day


class WallClock:
    """The wall clock, moved by the test."""

    def __init__(self, at: datetime) -> None:
        self.at = at

    def __call__(self) -> datetime:
        return self.at


@pytest.fixture
def path(tmp_path: Path) -> Path:
    path = tmp_path / "board.workshop"
    SessionFile.create(path, board_state()).close()
    return path


def open_at(path: Path, clock: FakeClock, wall: WallClock) -> Iterator[Session]:
    session = Session.open(path, clock, wall)
    yield session
    session.close()


@pytest.fixture
def wall() -> WallClock:
    return WallClock(NINE + timedelta(hours=7, minutes=25, seconds=12))


@pytest.fixture
def session(path: Path, clock: FakeClock, wall: WallClock) -> Iterator[Session]:
    yield from open_at(path, clock, wall)


def test_the_first_start_hours_late_re_anchors_the_day_as_one_undoable_change(session: Session) -> None:
    assert session.forecast().drift > 7 * 3600  # before: hours behind the morning
    heard: list[Changed] = []
    session.subscribe(lambda event: heard.append(event) if isinstance(event, Changed) else None)
    session.start_timer()
    assert session.state.day_start == "2026-11-22T16:25:00+01:00"
    assert [(e.change.command, e.change.how) for e in heard] == [
        (SetDayStart("2026-11-22T16:25:00+01:00"), How.DO)]
    assert session.undo_labels() == ["Move the day's start"]
    result = session.forecast()
    assert result.on_time and result.planned_end == datetime(2026, 11, 22, 16, 25, tzinfo=TZ) + timedelta(
        seconds=session.state.agenda.total)
    assert session.as_run()[1].planned_start == datetime(2026, 11, 22, 16, 26, tzinfo=TZ)  # the talk: 1 min

    session.undo()  # Ctrl+Z: back to the plan's morning; the timer runs on
    assert session.state.day_start == ""
    assert session.forecast().drift > 7 * 3600
    assert session.timer.state.name == "RUNNING"


def test_pausing_and_starting_again_never_re_anchors_a_second_time(session: Session, clock: FakeClock,
                                                                   wall: WallClock) -> None:
    session.start_timer()
    session.undo()  # the facilitator wants the morning's clock times after all
    session.pause_timer()
    wall.at += timedelta(hours=1)
    clock.advance(3600)
    session.start_timer()
    session.next_step()
    session.start_timer()
    assert session.state.day_start == "" and session.undo_labels() == []


def test_a_start_within_the_margin_is_running_behind_not_a_new_day(path: Path, clock: FakeClock) -> None:
    wall = WallClock(NINE + timedelta(seconds=LATE_START - 30))
    for session in open_at(path, clock, wall):
        session.start_timer()
        assert session.state.day_start == "" and session.undo_labels() == []
        assert 19 * 60 < session.forecast().drift <= LATE_START


def test_the_days_own_start_decides_whether_a_start_is_late(path: Path, clock: FakeClock,
                                                            wall: WallClock) -> None:
    """Made for the afternoon (the New session dialog's start time): starting then is on time."""
    with SessionFile.open(path) as session_file:
        session_file.do(SetDayStart("2026-11-22T16:20:00+01:00"))
    for session in open_at(path, clock, wall):
        session.start_timer()
        assert session.state.day_start == "2026-11-22T16:20:00+01:00"
        assert session.forecast().drift == pytest.approx(5 * 60 + 12)


def test_a_session_run_on_another_day_than_its_date_is_measured_from_that_days_plan(
        path: Path, clock: FakeClock) -> None:
    """Dated the 22nd, run on the 25th from 09:05: five minutes behind, not re-anchored (nor days late)."""
    wall = WallClock(NINE + timedelta(days=3, minutes=5))
    for session in open_at(path, clock, wall):
        session.start_timer()
        assert session.state.day_start == "" and session.undo_labels() == []
        assert session.forecast().drift == pytest.approx(5 * 60)
