"""The day says "finished" only once its last step has ended and the session is on it."""

from __future__ import annotations

from datetime import timedelta

from tests.core.test_schedule import NINE, agenda, event
from workshop.core.schedule import as_run, forecast, with_live_elapsed
from workshop.core.session import EventKind, StepEvent


def ran_the_whole_day() -> list[StepEvent]:
    events = []
    for stop, (begin, end) in enumerate([(0, 10), (10, 30), (30, 40), (40, 62)]):
        events += [event(stop, EventKind.START, begin),
                   event(stop, EventKind.END, end, elapsed=(end - begin) * 60)]
    return events


def test_back_on_an_earlier_step_the_day_is_not_finished() -> None:
    runs = as_run(agenda(), ran_the_whole_day(), NINE)
    assert forecast(agenda(), runs, 3, NINE + timedelta(hours=3), NINE).finished
    # Gone back to the second step and paused there (its timer holds what it ran).
    back = with_live_elapsed(runs, 1, 20 * 60, 0.0, running=False)
    result = forecast(agenda(), back, 1, NINE + timedelta(hours=3), NINE)
    assert not result.finished
