"""Editing an agenda in the planner: every change gives a new plan, and only real overrides stay."""

from __future__ import annotations

import pytest

from workshop.core.agenda import build_agenda
from workshop.core.plan_edit import (
    add_break,
    add_exercise,
    move_item,
    remove_item,
    set_break,
    set_step_duration,
    set_times,
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


A, B = _exercise("a", 5, 10), _exercise("b", 20)
EMPTY = Plan("p", "P", ())


def ids(plan: Plan) -> list[str]:
    return [item.exercise if isinstance(item, PlanExercise) else f"break {item.duration // 60}"
            for item in plan.items]


def test_add_insert_remove() -> None:
    plan = add_exercise(add_exercise(EMPTY, "a"), "b")
    plan = add_break(plan, 600, "Coffee", at=1)
    assert ids(plan) == ["a", "break 10", "b"]
    assert plan.items[1] == PlanBreak(600, "Coffee")
    assert ids(remove_item(plan, 0)) == ["break 10", "b"]
    assert ids(EMPTY) == []  # the original is never changed
    with pytest.raises(IndexError):
        remove_item(plan, 3)


def test_move_up_and_down_and_to_the_ends() -> None:
    plan = Plan("p", "P", (PlanExercise("a"), PlanBreak(600), PlanExercise("b")))
    assert ids(move_item(plan, 2, 0)) == ["b", "a", "break 10"]
    assert ids(move_item(plan, 0, 1)) == ["break 10", "a", "b"]
    assert ids(move_item(plan, 0, 99)) == ["break 10", "b", "a"]
    assert ids(move_item(plan, 1, -5)) == ["break 10", "a", "b"]


def test_step_durations_are_overrides_and_drop_when_back_to_the_exercise_own() -> None:
    plan = add_exercise(EMPTY, "a")
    plan = set_step_duration(plan, 0, "s1", 12 * 60, A)
    plan = set_step_duration(plan, 0, "s0", 3 * 60, A)
    assert plan.items[0] == PlanExercise("a", {"s0": 180, "s1": 720})
    assert list(plan.items[0].durations) == ["s0", "s1"]  # the exercise's step order  # type: ignore[union-attr]
    assert build_agenda(plan, {"a": A}).total == 15 * 60
    plan = set_step_duration(plan, 0, "s0", 5 * 60, A)
    assert plan.items[0] == PlanExercise("a", {"s1": 720})
    with pytest.raises(KeyError):
        set_step_duration(plan, 0, "nope", 60, A)
    with pytest.raises(ValueError):
        set_step_duration(plan, 0, "s1", 0, A)


def test_breaks_change_length_and_title() -> None:
    plan = add_break(EMPTY)
    assert plan.items[0] == PlanBreak(15 * 60, "Break")
    plan = set_break(plan, 0, duration=20 * 60, title="Lunch ")
    assert plan.items[0] == PlanBreak(1200, "Lunch")
    assert set_break(plan, 0, title="  ").items[0] == PlanBreak(1200, "Break")
    with pytest.raises(TypeError):
        set_break(add_exercise(EMPTY, "a"), 0, duration=60)
    with pytest.raises(TypeError):
        set_step_duration(plan, 0, "s0", 60, A)


def test_start_and_time_available() -> None:
    plan = set_times(EMPTY, "09:30", 3 * 3600)
    assert (plan.start, plan.available) == ("09:30", 10800)
    assert set_times(plan, "", -5).available == 0
