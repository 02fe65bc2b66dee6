"""An exercise as one plan uses it: its parameters filled in, its rounds laid out, its lengths set.

A template is structure plus this group's question: `{{question}}` in its
text takes the value the plan (or the facilitator, when the session is made)
gives it. Filling is one pass over the trainer's text with a fixed pattern, so
a value is only ever text: a value that itself reads ``{{x}}`` or ``**x**``
shows as typed, and nothing in a template can run code.

Rounds become steps: a run of steps repeated three times is three copies of
the run, each step keyed ``consult~2`` (the ``~`` cannot appear in a
template's own keys) and marked with its `RoundPlace`, so the timer, the
boards and the as-run record treat each round as the step it is.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import replace

from workshop.core.markdown import escape_inline, escape_line_start
from workshop.core.templates import (
    Column,
    ExerciseTemplate,
    InputSpec,
    Parameter,
    Phase,
    Plan,
    PlanExercise,
    RatingScale,
    RoundPlace,
    Rounds,
    StatementField,
    Step,
)

# {{ name }}: the only syntax a template's text has for a value.
PLACEHOLDER = re.compile(r"\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}")
# The values every step of a run in rounds has: its round's number and how many there are.
ROUND_NAMES = ("round", "rounds")
ROUND_KEY_MARK = "~"
MAX_ROUNDS = 20

Values = Mapping[str, str]


def placeholder_names(text: str) -> list[str]:
    """The names of the placeholders in `text`, in order."""
    return [match[1] for match in PLACEHOLDER.finditer(text)]


def fill_text(text: str, values: Values) -> str:
    """`text` with each known placeholder replaced by its value, as plain text."""
    if "{{" not in text:
        return text
    return PLACEHOLDER.sub(lambda match: values.get(match[1], match[0]), text)


def fill_markdown(text: str, values: Values) -> str:
    """Markdown with each known placeholder replaced by its value, escaped so it reads as typed."""
    if "{{" not in text:
        return text
    escaped = {key: escape_line_start(escape_inline(value)) for key, value in values.items()}
    return fill_text(text, escaped)


def parameter_values(template: ExerciseTemplate, given: Values) -> dict[str, str]:
    """Each parameter's value for one use: the one given, else its default, else its label.

    The label stands in only where nobody gave a value and there is no
    default (the validator warns, the new session asks): the room then reads
    a word, never a ``{{placeholder}}``.
    """
    return {parameter.key: _value(parameter, given) for parameter in template.parameters}


def _value(parameter: Parameter, given: Values) -> str:
    value = " ".join(str(given.get(parameter.key, "")).split())
    return value or parameter.default or parameter.label


def unset_parameters(template: ExerciseTemplate, given: Values) -> list[Parameter]:
    """The parameters that neither `given` nor a default sets: asked for when a session is made."""
    return [parameter for parameter in template.parameters
            if not parameter.default and not " ".join(str(given.get(parameter.key, "")).split())]


def exercise_for_use(template: ExerciseTemplate, entry: PlanExercise) -> ExerciseTemplate:
    """`template` as the plan's `entry` uses it: values filled, rounds laid out, lengths overridden.

    The result has no parameters or rounds left to apply; its steps are the
    ones the room goes through, in order.
    """
    values = parameter_values(template, entry.parameters)
    steps = tuple(_with_duration(step, entry.durations.get(step.key)) for step in template.steps)
    steps = _laid_out(steps, template.rounds, entry.rounds, values)
    return replace(
        template,
        title=fill_text(template.title, values),
        summary=fill_markdown(template.summary, values),
        facilitator_notes=fill_markdown(template.facilitator_notes, values),
        groups=fill_text(template.groups, values),
        space=fill_text(template.space, values),
        materials=tuple(fill_text(item, values) for item in template.materials),
        steps=tuple(_filled_step(step, values) for step in steps),
        rounds=(),
    )


def _with_duration(step: Step, duration: int | None) -> Step:
    """The step at the plan's length; its phases keep their shares of it."""
    if duration is None or duration == step.duration:
        return step
    if not step.phases:
        return replace(step, duration=duration)
    phases: list[Phase] = []
    given = 0
    for index, phase in enumerate(step.phases):
        if index == len(step.phases) - 1:
            length = duration - given
        else:
            length = round(phase.duration * duration / step.duration)
            given += length
        phases.append(replace(phase, duration=max(length, 0)))
    return replace(step, duration=duration, phases=tuple(phases))


def _laid_out(steps: tuple[Step, ...], runs: tuple[Rounds, ...], counts: Mapping[str, int],
              values: Values) -> tuple[Step, ...]:
    if not runs:
        return steps
    run_of = {key: run for run in runs for key in run.steps}
    # A step after a run that names one of its steps means the last round's.
    last_key = {key: f"{key}{ROUND_KEY_MARK}{max(1, counts.get(run.key, run.count))}"
                for key, run in run_of.items()}
    laid: list[Step] = []
    index = 0
    while index < len(steps):
        run = run_of.get(steps[index].key)
        if run is None:
            laid.append(_renamed(steps[index], last_key))
            index += 1
            continue
        block = steps[index: index + len(run.steps)]
        count = max(1, min(MAX_ROUNDS, counts.get(run.key, run.count)))
        for number in range(1, count + 1):
            round_values = {**values, "round": str(number), "rounds": str(count)}
            label = fill_text(run.label, round_values)
            own = {step.key: f"{step.key}{ROUND_KEY_MARK}{number}" for step in block}
            for step in block:
                place = RoundPlace(run.key, fill_text(run.title, values), number, count, step.key, label)
                laid.append(replace(_renamed(step, {**last_key, **own}), key=own[step.key], round=place))
        index += len(block)
    return tuple(laid)


def _renamed(step: Step, keys: Mapping[str, str]) -> Step:
    """`step` with the steps it names (`on`, `recall`) renamed to the round they mean."""
    spec = step.input
    if spec.on in keys:
        step = replace(step, input=replace(spec, on=keys[spec.on]))
    if step.recall is not None and not step.recall.exercise and step.recall.step in keys:
        step = replace(step, recall=replace(step.recall, step=keys[step.recall.step]))
    return step


def _filled_step(step: Step, values: Values) -> Step:
    if step.round is not None:
        values = {**values, "round": str(step.round.number), "rounds": str(step.round.count)}
    text: Callable[[str], str] = lambda value: fill_text(value, values)  # noqa: E731
    markdown: Callable[[str], str] = lambda value: fill_markdown(value, values)  # noqa: E731
    return replace(
        step,
        title=text(step.title),
        prompt=markdown(step.prompt),
        facilitator_notes=markdown(step.facilitator_notes),
        groups=text(step.groups),
        input=_filled_input(step.input, text),
        recall=replace(step.recall, label=text(step.recall.label)) if step.recall else None,
        phases=tuple(replace(phase, title=text(phase.title), prompt=markdown(phase.prompt))
                     for phase in step.phases),
    )


def _filled_input(spec: InputSpec, text: Callable[[str], str]) -> InputSpec:
    return replace(
        spec,
        columns=tuple(Column(c.key, text(c.label), text(c.hint)) for c in spec.columns),
        items=tuple(text(item) for item in spec.items),
        question=text(spec.question),
        scale=RatingScale(spec.scale.min, spec.scale.max, text(spec.scale.low), text(spec.scale.high)),
        fields=tuple(StatementField(f.key, text(f.label), text(f.hint)) for f in spec.fields),
        questions=tuple(text(question) for question in spec.questions),
    )



def plan_with_values(plan: Plan, values: Mapping[tuple[int, str], str]) -> Plan:
    """`plan` with this session's parameter values: `values[(item index, parameter key)]`.

    A blank value leaves the plan's own (or the default) in place.
    """
    items = list(plan.items)
    for (index, key), value in values.items():
        item = items[index]
        cleaned = " ".join(value.split())
        if isinstance(item, PlanExercise) and cleaned:
            items[index] = replace(item, parameters={**item.parameters, key: cleaned})
    return replace(plan, items=tuple(items))


# Core's wording, in English. Each screen passes its own language's (the window's Qt
# translations, the PDF's catalogue): core finds no translation files of its own.
ROUND_OF = "Round {number} of {count}"
STEP_IN_ROUND = "{title}, round {number} of {count}"
GROUPS = "Groups: {groups}"
SETTING_NAMES = ("Groups", "Room", "Materials")


def round_heading(place: RoundPlace, words: str = ROUND_OF) -> str:
    """"Round 2 of 3", or "Round 2 of 3 · Client: person 2"."""
    text = words.format(number=place.number, count=place.count)
    return f"{text} · {place.label}" if place.label else text


def step_heading(step: Step, words: str = STEP_IN_ROUND) -> str:
    """A step's title with its round, for lists that show every round ("Consulting round, round 2 of 3
    · Client: person 2")."""
    if step.round is None:
        return step.title
    text = words.format(title=step.title, number=step.round.number, count=step.round.count)
    return f"{text} · {step.round.label}" if step.round.label else text


def setting_rows(exercise: ExerciseTemplate, values: tuple[tuple[str, str], ...] = (),
                 names: tuple[str, str, str] = SETTING_NAMES) -> list[tuple[str, str]]:
    """What a facilitator sets up for an exercise as used: its values, groups, room and materials."""
    rows = list(values)
    rows += [(name, value) for name, value in zip(
        names, (exercise.groups, exercise.space, ", ".join(exercise.materials)), strict=True) if value]
    return rows


def place_line(step: Step, round_words: str = ROUND_OF, groups_words: str = GROUPS) -> str:
    """The line under a step's title on every screen: its round and its groups."""
    parts = [round_heading(step.round, round_words)] if step.round is not None else []
    if step.groups:
        parts.append(groups_words.format(groups=step.groups))
    return " · ".join(parts)
