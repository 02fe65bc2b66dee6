from __future__ import annotations

import pytest

from workshop.core.agenda import (
    BREAK_STEP_KEY,
    MissingExercise,
    available_between,
    build_agenda,
    clock_minutes,
)
from workshop.core.templates import (
    ExerciseTemplate,
    InputKind,
    InputSpec,
    Plan,
    PlanBreak,
    PlanExercise,
    Step,
)


def _exercise(exercise_id: str, *minutes: int) -> ExerciseTemplate:
    steps = tuple(Step(f"s{i}", f"Step {i}", m * 60, input=InputSpec(InputKind.NOTES))
                  for i, m in enumerate(minutes))
    return ExerciseTemplate(exercise_id, exercise_id.title(), "why", steps)


TEMPLATES = {"a": _exercise("a", 5, 10), "b": _exercise("b", 20)}


def test_budget_sums_steps_breaks_and_overrides() -> None:
    plan = Plan("p", "P", (PlanExercise("a", {"s1": 12 * 60}), PlanBreak(15 * 60, "Coffee"),
                           PlanExercise("b")), start="09:00", available=3600)
    agenda = build_agenda(plan, TEMPLATES)
    assert [item.duration for item in agenda.items] == [17 * 60, 15 * 60, 20 * 60]
    assert agenda.total == 52 * 60
    assert agenda.overrun() == -8 * 60
    assert agenda.overrun(45 * 60) == 7 * 60
    assert [agenda.clock_time(item.offset) for item in agenda.items] == ["09:00", "09:17", "09:32"]


def test_stops_walk_every_step_and_break() -> None:
    plan = Plan("p", "P", (PlanExercise("a"), PlanBreak(600)))
    agenda = build_agenda(plan, TEMPLATES)
    assert [stop.key for stop in agenda.stops] == [(0, "s0"), (0, "s1"), (1, BREAK_STEP_KEY)]
    assert agenda.items[1].is_break and agenda.items[1].title == "Break"


def test_clock_wraps_past_midnight_and_needs_a_start() -> None:
    agenda = build_agenda(Plan("p", "P", (PlanExercise("b"),), start="23:50"), TEMPLATES)
    assert agenda.clock_time(20 * 60) == "00:10"
    assert build_agenda(Plan("p", "P", (PlanExercise("b"),)), TEMPLATES).clock_time(0) == ""


def test_missing_exercise_is_named() -> None:
    with pytest.raises(MissingExercise, match="nope"):
        build_agenda(Plan("p", "P", (PlanExercise("nope"),)), TEMPLATES)


def test_template_dict_round_trip(library) -> None:
    for template in library.exercises.values():
        assert ExerciseTemplate.from_dict(template.to_dict()) == template
    for plan in library.plans.values():
        assert Plan.from_dict(plan.to_dict()) == plan


def test_stop_offsets_and_end_time() -> None:
    plan = Plan("p", "P", (PlanExercise("a"), PlanBreak(600), PlanExercise("b")), start="11:30")
    agenda = build_agenda(plan, TEMPLATES)
    assert agenda.stop_offsets() == (0, 300, 900, 1500)
    assert agenda.end_time() == "12:15"
    assert agenda.end_time("23:30") == "00:15"


def test_time_available_between_two_clock_times() -> None:
    assert available_between("09:00", "12:15") == 3 * 3600 + 15 * 60
    assert available_between("22:00", "01:00") == 3 * 3600  # past midnight
    assert clock_minutes("09:05") == 545
    with pytest.raises(ValueError):
        clock_minutes("25:00")
