"""An agenda built from a plan and its templates: items, steps, clock times, budget."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from workshop.core.exercise_use import exercise_for_use, parameter_values
from workshop.core.templates import ExerciseTemplate, Plan, PlanBreak, Step

BREAK_STEP_KEY = "break"


@dataclass(frozen=True)
class AgendaItem:
    """An exercise or a break in the agenda, with its effective step durations."""

    index: int
    title: str
    steps: tuple[Step, ...]
    exercise: ExerciseTemplate | None  # None for a break; as this use fills it (`exercise_for_use`)
    offset: int  # seconds from the agenda's start
    # This use's values of the exercise's parameters: (label, value), in the template's order.
    parameters: tuple[tuple[str, str], ...] = ()

    @property
    def is_break(self) -> bool:
        return self.exercise is None

    @property
    def duration(self) -> int:
        return sum(step.duration for step in self.steps)


@dataclass(frozen=True)
class Stop:
    """One place the facilitator can be: an item and one of its steps."""

    item: AgendaItem
    step: Step

    @property
    def key(self) -> tuple[int, str]:
        return (self.item.index, self.step.key)

    @property
    def input_key(self) -> tuple[int, str]:
        """Where the input shown at this stop lives (see `Step.board_key`)."""
        return (self.item.index, self.step.board_key)


@dataclass(frozen=True)
class Agenda:
    """The items of a plan in order, and every stop through them."""

    plan: Plan
    items: tuple[AgendaItem, ...]

    @property
    def stops(self) -> tuple[Stop, ...]:
        return tuple(Stop(item, step) for item in self.items for step in item.steps)

    def stop_offsets(self) -> tuple[int, ...]:
        """Seconds from the agenda's start to each stop, as planned."""
        offsets = []
        for item in self.items:
            offset = item.offset
            for step in item.steps:
                offsets.append(offset)
                offset += step.duration
        return tuple(offsets)

    @property
    def total(self) -> int:
        return sum(item.duration for item in self.items)

    def overrun(self, available: int | None = None) -> int:
        """Seconds by which the agenda exceeds the time available (negative: spare)."""
        available = self.plan.available if available is None else available
        return self.total - available if available else 0

    def clock_time(self, offset: int, start: str | None = None) -> str:
        """The time of day `offset` seconds after `start` ("HH:MM"); empty if no start."""
        start = self.plan.start if start is None else start
        if not start:
            return ""
        return format_clock_minutes(clock_minutes(start) + round(offset / 60))

    def end_time(self, start: str | None = None) -> str:
        """The clock time the agenda ends ("HH:MM"); empty if no start."""
        return self.clock_time(self.total, start)


def clock_minutes(text: str) -> int:
    """Minutes after midnight of "HH:MM" (ValueError for anything else)."""
    hours, minutes = (int(part) for part in text.strip().split(":"))
    if not (0 <= hours < 24 and 0 <= minutes < 60):
        raise ValueError(f"{text!r} is not a time of day")
    return hours * 60 + minutes


def format_clock_minutes(minutes: int) -> str:
    """"HH:MM" for minutes after midnight (wrapping past midnight)."""
    return f"{minutes // 60 % 24:02d}:{minutes % 60:02d}"


def available_between(start: str, end: str) -> int:
    """Seconds from one time of day to a later one; an end before the start is on the next day."""
    return (clock_minutes(end) - clock_minutes(start)) % (24 * 60) * 60


class MissingExercise(KeyError):
    """A plan names an exercise the library does not have."""


def build_agenda(plan: Plan, templates: Mapping[str, ExerciseTemplate]) -> Agenda:
    """Resolve a plan against templates, applying its durations, parameter values and rounds."""
    items: list[AgendaItem] = []
    offset = 0
    for index, entry in enumerate(plan.items):
        if isinstance(entry, PlanBreak):
            step = Step(key=BREAK_STEP_KEY, title=entry.title, duration=entry.duration)
            item = AgendaItem(index, entry.title, (step,), None, offset)
        else:
            try:
                template = templates[entry.exercise]
            except KeyError:
                raise MissingExercise(entry.exercise) from None
            used = exercise_for_use(template, entry)
            values = parameter_values(template, entry.parameters)
            shown = tuple((parameter.label, values[parameter.key]) for parameter in template.parameters)
            item = AgendaItem(index, used.title, used.steps, used, offset, shown)
        items.append(item)
        offset += item.duration
    return Agenda(plan, tuple(items))
