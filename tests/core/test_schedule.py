"""The as-run record and the ahead / behind / cut maths, on hand-made events."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from workshop.core.agenda import Agenda, build_agenda
from workshop.core.schedule import (
    LATE_START,
    Pause,
    as_run,
    day_start_on,
    forecast,
    late_start,
    offered_start,
    schedule_start,
    with_live_elapsed,
)
from workshop.core.session import EventKind, StepEvent
from workshop.core.templates import (
    ExerciseTemplate,
    InputKind,
    InputSpec,
    Plan,
    PlanBreak,
    PlanExercise,
    Step,
)

TZ = timezone(timedelta(hours=1))
NINE = datetime(2026, 11, 22, 9, 0, tzinfo=TZ)


def _exercise(exercise_id: str, *minutes: int) -> ExerciseTemplate:
    steps = tuple(Step(f"s{i}", f"Step {i}", m * 60, input=InputSpec(InputKind.NOTES))
                  for i, m in enumerate(minutes))
    return ExerciseTemplate(exercise_id, exercise_id.title(), "why", steps)


def agenda(available: int = 0) -> Agenda:
    """10 + 20 min of exercise, a 10 min break, 20 min more: 60 min from 09:00."""
    plan = Plan("p", "P", (PlanExercise("a"), PlanBreak(600, "Coffee"), PlanExercise("b")),
                start="09:00", available=available)
    return build_agenda(plan, {"a": _exercise("a", 10, 20), "b": _exercise("b", 20)})


def at(minutes: float) -> str:
    return (NINE + timedelta(minutes=minutes)).isoformat(timespec="milliseconds")


def event(stop: int, kind: str, minute: float, elapsed: float = 0.0, amount: float = 0.0) -> StepEvent:
    key = agenda().stops[stop].key
    return StepEvent(key[0], key[1], kind, at(minute), elapsed, amount)


def test_as_run_keeps_start_pauses_extensions_end_and_overrun() -> None:
    events = [
        event(0, EventKind.START, 2),
        event(0, EventKind.PAUSE, 5, elapsed=180),
        event(0, EventKind.RESUME, 7, elapsed=180),
        event(0, EventKind.EXTEND, 8, elapsed=240, amount=60),
        event(0, EventKind.END, 15, elapsed=660),
    ]
    runs = as_run(agenda(), events, NINE)

    first = runs[0]
    assert first.planned_start == NINE
    assert first.started == NINE + timedelta(minutes=2)
    assert first.ended == NINE + timedelta(minutes=15)
    assert first.pauses == (Pause(NINE + timedelta(minutes=5), NINE + timedelta(minutes=7)),)
    assert first.pauses[0].seconds == 120
    assert first.extension == 60
    assert first.overrun == 60  # 11 min for a 10 min step
    assert first.remaining == 0
    # The next stops are planned from the start time and have not run.
    assert [run.planned_start for run in runs] == [NINE + timedelta(minutes=m) for m in (0, 10, 30, 40)]
    assert not runs[1].has_run and runs[1].overrun == 0 and runs[1].remaining == 1200


def test_a_step_still_paused_has_an_open_pause() -> None:
    runs = as_run(agenda(), [event(0, EventKind.START, 0), event(0, EventKind.PAUSE, 3, elapsed=180)], NINE)
    assert runs[0].pauses == (Pause(NINE + timedelta(minutes=3)),)
    assert runs[0].pauses[0].seconds is None
    assert runs[0].remaining == 420 and not runs[0].running


def test_going_back_to_a_step_reopens_it() -> None:
    events = [event(0, EventKind.START, 0), event(0, EventKind.END, 8, elapsed=480),
              event(0, EventKind.RESUME, 12, elapsed=480)]
    run = as_run(agenda(), events, NINE)[0]
    assert run.ended is None and run.running and run.started == NINE


def test_schedule_starts_at_the_plan_start_on_the_day_it_runs() -> None:
    later_day = datetime(2026, 12, 1, 8, 30, tzinfo=TZ)
    assert schedule_start("09:00", [], later_day) == datetime(2026, 12, 1, 9, 0, tzinfo=TZ)
    # Once started, the day of the first start decides (a session reopened next morning).
    events = [event(0, EventKind.START, 5)]
    assert schedule_start("09:00", events, later_day) == NINE
    assert schedule_start("", events, later_day) is None


def test_the_days_own_start_comes_before_the_plans() -> None:
    afternoon = datetime(2026, 11, 22, 16, 25, tzinfo=TZ)
    own = afternoon.isoformat()
    assert schedule_start("09:00", [], NINE, "2026-11-22", own) == afternoon
    assert schedule_start("", [event(0, EventKind.START, 5)], NINE, day_start=own) == afternoon
    # Without an offset, the clock's own zone.
    assert schedule_start("09:00", [], NINE, day_start="2026-11-22T16:25") == afternoon
    # A clock without a zone is local: the day's start is read as local time too.
    naive = schedule_start("09:00", [], NINE.replace(tzinfo=None), day_start=own)
    assert naive is not None and naive.tzinfo is None
    assert naive == afternoon.astimezone().replace(tzinfo=None)
    # Empty (or unreadable): the plan's start time, as before.
    assert schedule_start("09:00", [], NINE, "2026-11-22", "") == NINE
    assert schedule_start("09:00", [], NINE, "2026-11-22", "later") == NINE


def test_a_day_started_in_the_afternoon_is_measured_from_the_afternoon() -> None:
    """Started at 16:25 and re-anchored there: on time while it runs as planned, and cuts
    say what to lose to end by the room's end counted from 16:25."""
    afternoon = datetime(2026, 11, 22, 16, 25, tzinfo=TZ)
    start = schedule_start("09:00", [], afternoon, day_start=afternoon.isoformat())
    events = [StepEvent(*agenda().stops[0].key, EventKind.START,
                        afternoon.isoformat(timespec="milliseconds"))]
    runs = with_live_elapsed(as_run(agenda(), events, start), 0, elapsed=300, extension=0, running=True)
    now = afternoon + timedelta(minutes=5)
    result = forecast(agenda(), runs, 0, now, start)
    assert result.on_time and result.planned_end == afternoon + timedelta(hours=1)
    assert runs[1].planned_start == afternoon + timedelta(minutes=10)
    # Half an hour over on the first step, with the room for an hour from the day's start.
    late = forecast(agenda(available=3600), with_live_elapsed(runs, 0, 600 + 1800, 0, True), 0,
                    afternoon + timedelta(minutes=40), start)
    assert late.drift == 30 * 60 and late.deadline == afternoon + timedelta(hours=1)
    assert late.cut == 30 * 60 and late.can_recover
    # Measured from the plan's 09:00 instead, the same moment is hours behind and beyond saving.
    morning = forecast(agenda(available=3600), with_live_elapsed(runs, 0, 600 + 1800, 0, True), 0,
                       afternoon + timedelta(minutes=40), NINE)
    assert morning.drift > 7 * 3600 and not morning.can_recover


def test_a_start_time_on_a_day_is_kept_as_that_days_wall_clock_time() -> None:
    assert day_start_on(date(2026, 11, 22), "16:25") == "2026-11-22T16:25:00"
    # Read in the clock's zone of the day: the same 16:25 in winter and in summer.
    summer = datetime(2027, 7, 1, 8, 0, tzinfo=timezone(timedelta(hours=2)))
    assert schedule_start("09:00", [], summer, day_start=day_start_on(date(2027, 7, 1), "16:25")) == \
        summer.replace(hour=16, minute=25)
    for wrong in ("4pm", "24:00", ""):
        with pytest.raises(ValueError):
            day_start_on(date(2026, 11, 22), wrong)


@pytest.mark.parametrize(("plan_start", "day", "now", "offered"), [
    ("09:00", "2026-11-23", "2026-11-22T16:22", "09:00"),  # another day: the plan's
    ("09:00", "2026-11-21", "2026-11-22T16:22", "09:00"),
    ("09:00", "2026-11-22", "2026-11-22T08:40", "09:00"),  # today, before the start
    ("09:00", "2026-11-22", "2026-11-22T09:20", "09:00"),  # a little late: behind, said so
    ("09:00", "2026-11-22", "2026-11-22T09:20:01", "09:25"),  # well past: the next five minutes
    ("09:00", "2026-11-22", "2026-11-22T16:22", "16:25"),
    ("09:00", "2026-11-22", "2026-11-22T16:25", "16:25"),
    ("09:00", "2026-11-22", "2026-11-22T16:25:30", "16:30"),
    ("", "2026-11-22", "2026-11-22T16:22", "16:25"),  # no start in the plan: now
    ("", "2026-11-23", "2026-11-22T16:22", "09:00"),
    ("09:00", "2026-11-22", "2026-11-22T23:58", "23:55"),  # never past midnight
])
def test_the_start_offered_for_a_new_session(plan_start: str, day: str, now: str, offered: str) -> None:
    assert offered_start(plan_start, date.fromisoformat(day), datetime.fromisoformat(now)) == offered


def test_a_late_first_start_re_anchors_the_day_and_a_slightly_late_one_does_not() -> None:
    slightly = NINE + timedelta(seconds=LATE_START)
    assert late_start(NINE, [], slightly) is None  # running behind: said as "behind"
    later = NINE + timedelta(hours=7, minutes=25, seconds=40)
    assert late_start(NINE, [], later) == datetime(2026, 11, 22, 16, 25, tzinfo=TZ)
    assert late_start(NINE, [], NINE - timedelta(hours=1)) is None  # early is early
    assert late_start(None, [], later) is None  # no planned start: measured from the first start
    # Only the first start of the day: once a timer ran, lateness is lateness.
    assert late_start(NINE, [event(0, EventKind.START, 2)], later) is None


def test_on_time_when_everything_runs_as_planned() -> None:
    events = [event(0, EventKind.START, 0), event(0, EventKind.END, 10, elapsed=600),
              event(1, EventKind.START, 10)]
    runs = with_live_elapsed(as_run(agenda(), events, NINE), 1, elapsed=300, extension=0, running=True)
    result = forecast(agenda(), runs, 1, NINE + timedelta(minutes=15), NINE)
    assert result.drift == 0
    assert result.on_time
    assert result.remaining == 15 * 60 + 10 * 60 + 20 * 60
    assert result.cut == 0


def test_a_late_start_and_an_overrun_put_the_day_behind() -> None:
    # Started at 09:05, the first step ran 13 min instead of 10.
    events = [event(0, EventKind.START, 5), event(0, EventKind.END, 18, elapsed=780)]
    runs = as_run(agenda(), events, NINE)
    now = NINE + timedelta(minutes=18)
    result = forecast(agenda(), runs, 1, now, NINE)
    assert result.drift == 8 * 60
    assert result.projected_end == NINE + timedelta(minutes=68)
    assert result.planned_end == NINE + timedelta(minutes=60)
    # Without a stated time available, the planned end is the deadline: cut 8 of the 50 min left.
    assert result.cut == 8 * 60
    assert result.cut_fraction == pytest.approx(8 / 50)
    assert result.can_recover


def test_time_available_gives_slack_before_a_cut_is_needed() -> None:
    events = [event(0, EventKind.START, 5), event(0, EventKind.END, 18, elapsed=780)]
    runs = as_run(agenda(available=65 * 60), events, NINE)
    result = forecast(agenda(available=65 * 60), runs, 1, NINE + timedelta(minutes=18), NINE, 65 * 60)
    assert result.drift == 8 * 60  # behind the planned clock times...
    assert result.late == 3 * 60  # ...but only 3 min past the room's end
    assert result.cut == 3 * 60


def test_skipping_a_step_and_finishing_early_put_the_day_ahead() -> None:
    events = [event(0, EventKind.START, 0), event(0, EventKind.END, 6, elapsed=360)]
    runs = as_run(agenda(), events, NINE)
    # Step 1 (20 min) is skipped: the facilitator jumps to the break.
    result = forecast(agenda(), runs, 2, NINE + timedelta(minutes=6), NINE)
    assert result.drift == -24 * 60
    assert result.cut == 0 and not result.on_time


def test_overtime_on_the_current_step_grows_the_delay_by_the_second() -> None:
    events = [event(0, EventKind.START, 0)]
    now = NINE + timedelta(minutes=12)  # 2 min over a 10 min step, still running
    runs = with_live_elapsed(as_run(agenda(), events, NINE), 0, elapsed=720, extension=0, running=True)
    result = forecast(agenda(), runs, 0, now, NINE)
    assert result.drift == 120
    later = with_live_elapsed(runs, 0, elapsed=750, extension=0, running=True)
    assert forecast(agenda(), later, 0, now + timedelta(seconds=30), NINE).drift == 150


def test_extending_a_step_moves_the_forecast() -> None:
    runs = with_live_elapsed(as_run(agenda(), [event(0, EventKind.START, 0)], NINE), 0,
                             elapsed=60, extension=120, running=True)
    assert forecast(agenda(), runs, 0, NINE + timedelta(minutes=1), NINE).drift == 120


def test_before_the_start_nothing_is_ahead() -> None:
    result = forecast(agenda(), as_run(agenda(), [], NINE), 0, NINE - timedelta(minutes=20), NINE)
    assert result.drift == 0
    late = forecast(agenda(), as_run(agenda(), [], NINE), 0, NINE + timedelta(minutes=7), NINE)
    assert late.drift == 7 * 60


def test_looking_ahead_before_any_timer_ran_skips_nothing() -> None:
    """Clicking through the steps while setting up is not skipping them."""
    runs = as_run(agenda(), [], NINE)
    for current in (1, 2, 3):
        assert forecast(agenda(), runs, current, NINE - timedelta(minutes=10), NINE).drift == 0
    assert forecast(agenda(), runs, 3, NINE + timedelta(minutes=5), NINE).drift == 5 * 60


def test_without_a_start_time_the_day_is_measured_from_its_first_start() -> None:
    events = [event(0, EventKind.START, 30), event(0, EventKind.END, 42, elapsed=720)]
    result = forecast(agenda(), as_run(agenda(), events, None), 1, NINE + timedelta(minutes=42), None)
    assert result.drift == 120


def test_a_cut_larger_than_what_is_left_cannot_be_recovered() -> None:
    events = [event(0, EventKind.START, 0)]
    runs = with_live_elapsed(as_run(agenda(), events, NINE), 3, elapsed=0, extension=0, running=False)
    result = forecast(agenda(), runs, 3, NINE + timedelta(minutes=90), NINE)
    assert result.remaining == 20 * 60
    assert result.cut == 50 * 60
    assert not result.can_recover and result.cut_fraction == 2.5


def test_the_finished_day_ends_at_its_last_end() -> None:
    events = []
    for stop, (begin, end) in enumerate([(0, 10), (10, 30), (30, 40), (40, 62)]):
        events += [event(stop, EventKind.START, begin),
                   event(stop, EventKind.END, end, elapsed=(end - begin) * 60)]
    runs = as_run(agenda(), events, NINE)
    result = forecast(agenda(), runs, 3, NINE + timedelta(hours=3), NINE)
    assert result.finished
    assert result.projected_end == NINE + timedelta(minutes=62)
    assert result.drift == 120

