"""Changing an agenda before the day: add, remove, move, retime, insert breaks.

Every function takes a `Plan` and returns a new one (plans are immutable), so
the planner can keep the previous plan for undo and compare before and after.
Step durations are stored as the plan's overrides of the exercise's own, and
an override equal to the exercise's own duration is dropped, so a saved plan
file only says what the trainer changed.
"""

from __future__ import annotations

from dataclasses import replace

from workshop.core.templates import ExerciseTemplate, Plan, PlanBreak, PlanExercise, PlanItem

DEFAULT_BREAK = 15 * 60


def _with_items(plan: Plan, items: list[PlanItem]) -> Plan:
    return replace(plan, items=tuple(items))


def _checked(plan: Plan, index: int) -> int:
    if not 0 <= index < len(plan.items):
        raise IndexError(f"the agenda has no item {index}")
    return index


def insert_item(plan: Plan, item: PlanItem, at: int | None = None) -> Plan:
    """`item` inserted before position `at` (at the end when None)."""
    items = list(plan.items)
    items.insert(len(items) if at is None else max(0, min(at, len(items))), item)
    return _with_items(plan, items)


def add_exercise(plan: Plan, exercise_id: str, at: int | None = None) -> Plan:
    """An exercise added with its own step durations."""
    return insert_item(plan, PlanExercise(exercise_id), at)


def add_break(plan: Plan, duration: int = DEFAULT_BREAK, title: str = "Break",
              at: int | None = None) -> Plan:
    return insert_item(plan, PlanBreak(int(duration), title), at)


def remove_item(plan: Plan, index: int) -> Plan:
    items = list(plan.items)
    del items[_checked(plan, index)]
    return _with_items(plan, items)


def move_item(plan: Plan, index: int, to: int) -> Plan:
    """The item at `index` moved so that it ends up at position `to` (clamped to the agenda)."""
    items = list(plan.items)
    item = items.pop(_checked(plan, index))
    items.insert(max(0, min(to, len(items))), item)
    return _with_items(plan, items)


def set_step_duration(plan: Plan, index: int, step_key: str, seconds: int,
                      template: ExerciseTemplate) -> Plan:
    """A new length for one step of the exercise at `index`."""
    item = plan.items[_checked(plan, index)]
    if not isinstance(item, PlanExercise):
        raise TypeError(f"item {index} is a break, not an exercise")
    own = template.step(step_key).duration  # KeyError for a step the exercise lacks
    if seconds <= 0:
        raise ValueError("a step needs some time")
    durations = {key: value for key, value in item.durations.items() if key != step_key}
    if seconds != own:
        durations[step_key] = int(seconds)
    # Keep the template's step order, so a saved file reads top to bottom.
    ordered = {step.key: durations[step.key] for step in template.steps if step.key in durations}
    items = list(plan.items)
    items[index] = replace(item, durations=ordered)  # this use's values and rounds stay
    return _with_items(plan, items)


def set_use(plan: Plan, index: int, template: ExerciseTemplate, *, parameter: tuple[str, str] | None = None,
            rounds: tuple[str, int] | None = None) -> Plan:
    """This use's value of one parameter (blank: back to the default) or its count of one run's rounds."""
    item = plan.items[_checked(plan, index)]
    if not isinstance(item, PlanExercise):
        raise TypeError(f"item {index} is a break, not an exercise")
    values, counts = dict(item.parameters), dict(item.rounds)
    if parameter is not None:
        key, value = parameter
        template.parameter(key)  # KeyError for a parameter the exercise lacks
        cleaned = " ".join(value.split())
        values.pop(key, None)
        if cleaned:
            values[key] = cleaned
    if rounds is not None:
        key, count = rounds
        run = next(run for run in template.rounds if run.key == key)  # StopIteration: no such run
        counts.pop(key, None)
        if count != run.count:
            counts[key] = max(1, int(count))
    items = list(plan.items)
    items[index] = replace(item, parameters=values, rounds=counts)
    return _with_items(plan, items)


def set_break(plan: Plan, index: int, *, duration: int | None = None, title: str | None = None) -> Plan:
    """A break's new length and/or title."""
    item = plan.items[_checked(plan, index)]
    if not isinstance(item, PlanBreak):
        raise TypeError(f"item {index} is an exercise, not a break")
    if duration is not None and duration <= 0:
        raise ValueError("a break needs some time")
    items = list(plan.items)
    items[index] = PlanBreak(int(duration) if duration is not None else item.duration,
                             (title.strip() or "Break") if title is not None else item.title)
    return _with_items(plan, items)


def set_times(plan: Plan, start: str, available: int) -> Plan:
    """The start time ("HH:MM", or "" for none) and the time available (seconds, 0 for not stated)."""
    return replace(plan, start=start, available=max(0, int(available)))
