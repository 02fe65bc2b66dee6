"""Check exercise and plan data against the format in docs/templates.md.

Every problem of a file is collected, never only the first, so a trainer fixes
a file in one pass.
"""

from __future__ import annotations

import difflib
import re
import string
from typing import Any

from workshop.core.durations import format_duration
from workshop.core.templates import (
    REVEAL_MODES,
    Column,
    ExerciseTemplate,
    InputKind,
    InputSpec,
    Plan,
    PlanBreak,
    PlanExercise,
    PlanItem,
    RatingScale,
    StatementField,
    Step,
)
from workshop.library.checker import Checker, describe
from workshop.library.problems import Problem
from workshop.library.recall_rules import check_own_recalls, read_recall
from workshop.library.yamlsource import FieldPath, YamlDocument

ID_PATTERN = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
KEY_PATTERN = re.compile(r"^[a-z][a-z0-9_-]*$")
CLOCK_PATTERN = re.compile(r"^([01]?\d|2[0-3]):([0-5]\d)$")

EXERCISE_FIELDS = {"id", "title", "summary", "source", "tags", "facilitator_notes", "steps", "total",
                   "report"}
STEP_FIELDS = {"key", "title", "duration", "prompt", "facilitator_notes", "input", "recall"}
INPUT_FIELDS = {
    InputKind.NONE: set(),
    InputKind.NOTES: {"columns", "on", "hold", "pairs"},
    InputKind.VOTE: {"on", "dots", "reveal"},
    InputKind.RATING: {"items", "scale", "question", "mode", "reveal"},
    InputKind.STATEMENT: {"fields", "compose"},
    InputKind.QUESTIONS: {"questions", "reveal"},
    InputKind.ACTIONS: set(),
}
PLAN_FIELDS = {"id", "title", "summary", "start", "available", "items"}
PLAN_EXERCISE_FIELDS = {"exercise", "durations"}
PLAN_BREAK_FIELDS = {"break", "title"}
KEYED_FIELDS = {"key", "label", "hint"}
SCALE_FIELDS = {"min", "max", "low", "high"}
REPORT_FIELDS = {"section"}
RATING_MODES = ("participants", "consensus")
SCALE_LIMIT = 100  # a score is a point on a short scale, never a large number
# For a field of another input kind: which kind it belongs to.
_ELSEWHERE = {name: f"a {kind.value} input" for kind, names in INPUT_FIELDS.items() for name in names}
_ELSEWHERE["reveal"] = "a vote, rating or questions input"


def check_exercise(document: YamlDocument) -> tuple[ExerciseTemplate | None, list[Problem]]:
    """Validate an exercise document; the template is returned only when it has no error.

    The list holds the errors and the warnings (`Problem.severity`); a valid file may have warnings.
    """
    checker = Checker(document)
    data = checker.mapping(document.data, (), EXERCISE_FIELDS)
    if data is None:
        return None, checker.problems
    exercise_id = checker.text(data, "id", (), required=True)
    if exercise_id and not ID_PATTERN.match(exercise_id):
        checker.problem(("id",), "use lower case letters, digits and dashes, e.g. keep-it-alive")
    elif exercise_id and exercise_id != document.path.stem:
        checker.problem(("id",), f"is {exercise_id!r} but the file is named "
                                 f"{document.path.name!r}; they must match")
    title = checker.text(data, "title", (), required=True)
    summary = checker.text(data, "summary", (), required=True)
    source = checker.text(data, "source", ())
    notes = checker.text(data, "facilitator_notes", ())
    tags = checker.text_list(data, "tags", ())
    steps = _check_steps(checker, data)
    check_own_recalls(checker, steps, exercise_id)
    if "total" in data:
        _check_total(checker, data["total"], steps)
    if "report" in data:
        report = checker.mapping(data["report"], ("report",), REPORT_FIELDS)
        if report is not None:
            checker.text(report, "section", ("report",), required=True)
    if checker.problems:
        return None, checker.problems + checker.warnings
    return ExerciseTemplate(exercise_id, title, summary, tuple(steps), source, tags, notes), checker.warnings


def _check_total(checker: Checker, value: Any, steps: list[Step]) -> None:
    """A stated `total` is a check the trainer asked for: a warning when the steps add up to another."""
    total = checker.duration(value, ("total",))
    if not total or any(step.duration == 0 for step in steps) or not steps:
        return  # a step's own problem is reported already; a sum would mislead
    added = sum(step.duration for step in steps)
    if added != total:
        parts = " + ".join(format_duration(step.duration) for step in steps)
        checker.warn(("total",), f"is {format_duration(total)} but the steps add up to "
                                 f"{format_duration(added)} ({parts}); the steps' lengths are used")


def _check_steps(checker: Checker, data: dict[str, Any]) -> list[Step]:
    raw_steps = data.get("steps")
    if raw_steps is None:
        checker.missing((), "steps", "`steps` is required: an exercise needs at least one step")
        return []
    if not isinstance(raw_steps, list):
        checker.problem(("steps",), f"expected a list of steps, got {describe(raw_steps)}")
        return []
    if not raw_steps:
        checker.problem(("steps",), "needs at least one step")
        return []
    steps: list[Step] = []
    seen: dict[str, int] = {}
    for index, raw in enumerate(raw_steps):
        where: FieldPath = ("steps", index)
        step_data = checker.mapping(raw, where, STEP_FIELDS)
        if step_data is None:
            continue
        key = checker.text(step_data, "key", where, required=True)
        if key and not KEY_PATTERN.match(key):
            checker.problem((*where, "key"), "use lower case letters, digits, - or _, "
                                             "starting with a letter")
        elif key in seen:
            first_line, _column = checker.document.position(("steps", seen[key], "key"))
            checker.problem((*where, "key"), f"{key!r} is already the key of steps[{seen[key]}] "
                                             f"(line {first_line}); give each step its own key")
        if key:
            seen.setdefault(key, index)
        title = checker.text(step_data, "title", where, required=True)
        if "duration" in step_data:
            duration = checker.duration(step_data["duration"], (*where, "duration"))
        else:
            checker.missing(where, "duration", "`duration` is required, e.g. duration: 5m")
            duration = 0
        prompt = checker.text(step_data, "prompt", where)
        notes = checker.text(step_data, "facilitator_notes", where)
        spec = _check_input(checker, step_data.get("input"), (*where, "input"))
        recall = read_recall(checker, step_data["recall"], (*where, "recall")) if "recall" in step_data \
            else None
        steps.append(Step(key, title, duration, prompt, notes, spec, recall))
    # Votes, and notes steps that show an earlier board again, name an earlier notes
    # step with a board of its own; checked once every key is known.
    by_key: dict[str, tuple[int, Step]] = {}
    for position, step in enumerate(steps):
        by_key.setdefault(step.key, (position, step))
    for index, step in enumerate(steps):
        if step.input.kind not in (InputKind.VOTE, InputKind.NOTES) or not step.input.on:
            continue
        on = step.input.on
        voting = step.input.kind is InputKind.VOTE
        found = by_key.get(on)
        where = ("steps", index, "input", "on")
        if found is None:
            hint = difflib.get_close_matches(on, list(by_key), n=1)
            extra = f"; did you mean {hint[0]!r}?" if hint else f" (its steps: {', '.join(sorted(by_key))})"
            checker.problem(where, f"no step has the key {on!r}{extra}")
            continue
        position, target = found
        if target.input.kind is not InputKind.NOTES:
            checker.problem(where, f"step {on!r} collects no cards to vote on" if voting
                            else f"step {on!r} has no board of cards to show again")
        elif position >= index:
            checker.problem(where, f"step {on!r} comes later; vote on an earlier step" if voting
                            else f"step {on!r} comes later; name an earlier notes step")
        elif target.input.on:
            checker.problem(where, f"step {on!r} shows the board of step {target.input.on!r}; "
                                   f"name {target.input.on!r} here")
    return steps


def _check_input(checker: Checker, raw: Any, where: FieldPath) -> InputSpec:
    if raw is None:
        return InputSpec()
    if not isinstance(raw, dict):
        checker.problem(where, f"expected a mapping with a `kind`, got {describe(raw)}")
        return InputSpec()
    names = ", ".join(k.value for k in InputKind)
    if raw.get("kind") is None:
        # Suggest for misspelt fields (`knd:`) against every input field there is.
        checker.mapping(raw, where, {"kind"}.union(*INPUT_FIELDS.values()))
        checker.missing(where, "kind", f"`kind` is required: one of {names}")
        return InputSpec()
    kind_text = raw["kind"]
    try:
        kind = InputKind(kind_text)
    except ValueError:
        hint = difflib.get_close_matches(str(kind_text), [k.value for k in InputKind], n=1)
        extra = f"; did you mean `{hint[0]}`?" if hint else ""
        checker.problem((*where, "kind"), f"{kind_text!r} is not an input kind ({names}){extra}")
        return InputSpec()
    checker.mapping(raw, where, INPUT_FIELDS[kind] | {"kind"}, elsewhere=_ELSEWHERE)
    if kind is InputKind.NOTES:
        on = checker.text(raw, "on", where)
        hold = raw.get("hold", False)
        if not isinstance(hold, bool):
            checker.problem((*where, "hold"), f"expected true or false, got {describe(hold)}")
            hold = False
        if on and "columns" in raw:
            checker.problem((*where, "columns"), f"the board of step {on!r} keeps its own columns; "
                                                 "leave them out here")
            return InputSpec(kind, on=on, hold=hold)
        columns = tuple(Column(*entry) for entry in _keyed_list(checker, raw, "columns", where))
        return InputSpec(kind, on=on, hold=hold, columns=columns,
                         pairs=_check_pairs(checker, raw, where, on, columns))
    if kind is InputKind.VOTE:
        on = checker.text(raw, "on", where, required=True)
        dots = raw.get("dots", 3)
        if isinstance(dots, bool) or not isinstance(dots, int) or not 1 <= dots <= 20:
            checker.problem((*where, "dots"), f"expected a whole number from 1 to 20, got {describe(dots)}")
            dots = 3
        return InputSpec(kind, on=on, dots=dots, reveal=_check_reveal(checker, raw, where))
    if kind is InputKind.RATING:
        items = checker.text_list(raw, "items", where, required=True)
        scale = _check_scale(checker, raw.get("scale"), (*where, "scale"))
        mode = checker.text(raw, "mode", where) or "participants"
        if mode not in RATING_MODES:
            checker.problem((*where, "mode"), f"expected one of {', '.join(RATING_MODES)}")
        return InputSpec(kind, items=items, scale=scale, mode=mode,
                         question=checker.text(raw, "question", where),
                         reveal=_check_reveal(checker, raw, where))
    if kind is InputKind.STATEMENT:
        fields = _keyed_list(checker, raw, "fields", where, required=True)
        compose = checker.text(raw, "compose", where, required=True)
        _check_compose(checker, compose, {key for key, _label, _hint in fields}, (*where, "compose"))
        return InputSpec(kind, fields=tuple(StatementField(*entry) for entry in fields),
                         compose=compose)
    if kind is InputKind.QUESTIONS:
        return InputSpec(kind, questions=checker.text_list(raw, "questions", where, required=True),
                         reveal=_check_reveal(checker, raw, where))
    return InputSpec(kind)


def _check_reveal(checker: Checker, raw: dict[str, Any], where: FieldPath) -> str:
    """`reveal`: "live" (the default) or "on-cue", when the wall shows the results."""
    reveal = raw.get("reveal", "live")
    if reveal not in REVEAL_MODES:
        checker.problem((*where, "reveal"), f"expected live (results on the wall as they come) or "
                                            f"on-cue (shown when you reveal them), got {describe(reveal)}")
        return "live"
    return str(reveal)


def _check_pairs(checker: Checker, raw: dict[str, Any], where: FieldPath, on: str,
                 columns: tuple[Column, ...]) -> bool:
    """`pairs: true`: each card of the second column answers the card beside it in the first."""
    pairs = raw.get("pairs", False)
    if not isinstance(pairs, bool):
        checker.problem((*where, "pairs"), f"expected true or false, got {describe(pairs)}")
        return False
    if pairs and on:
        checker.problem((*where, "pairs"), f"the board of step {on!r} is shown as that step sets it; "
                                           "set `pairs` there")
    elif pairs and len(columns) != 2:
        checker.problem((*where, "pairs"), f"pairs need exactly two columns (the card, and the one "
                                           f"answering it), not {len(columns)}")
    return pairs


def _keyed_list(checker: Checker, raw: dict[str, Any], name: str, where: FieldPath, *,
                required: bool = False) -> list[tuple[str, str, str]]:
    value = raw.get(name)
    if value is None:
        if required:
            checker.missing(where, name)
        return []
    if not isinstance(value, list):
        checker.problem((*where, name), f"expected a list of {{key, label}}, got {describe(value)}")
        return []
    if required and not value:
        checker.problem((*where, name), "needs at least one entry")
        return []
    pairs: list[tuple[str, str, str]] = []
    for index, entry in enumerate(value):
        entry_where = (*where, name, index)
        entry_data = checker.mapping(entry, entry_where, KEYED_FIELDS)
        if entry_data is None:
            continue
        key = checker.text(entry_data, "key", entry_where, required=True)
        label = checker.text(entry_data, "label", entry_where, required=True)
        if key and not KEY_PATTERN.match(key):
            checker.problem((*entry_where, "key"), "use lower case letters, digits, - or _")
        if key in {k for k, _label, _hint in pairs}:
            first = next(number for number, (k, _label, _hint) in enumerate(pairs) if k == key)
            first_line, _column = checker.document.position((*where, name, first, "key"))
            checker.problem((*entry_where, "key"), f"{key!r} is used twice (first at line {first_line})")
        pairs.append((key, label, checker.text(entry_data, "hint", entry_where)))
    return pairs


def _check_scale(checker: Checker, raw: Any, where: FieldPath) -> RatingScale:
    if raw is None:
        return RatingScale()
    data = checker.mapping(raw, where, SCALE_FIELDS)
    if data is None:
        return RatingScale()
    low_value, high_value = data.get("min", 1), data.get("max", 5)
    for key, value in (("min", low_value), ("max", high_value)):
        if isinstance(value, bool) or not isinstance(value, int):
            checker.problem((*where, key), f"expected a whole number, got {describe(value)}")
            return RatingScale()
    if not (low_value >= -SCALE_LIMIT and high_value <= SCALE_LIMIT):
        checker.problem(where, f"min {low_value} and max {high_value}: a scale stays between "
                               f"-{SCALE_LIMIT} and {SCALE_LIMIT}")
        return RatingScale()
    if not low_value < high_value <= low_value + 10:
        checker.problem(where, f"min {low_value} and max {high_value}: max must be above min, "
                               "with at most 10 points between")
        return RatingScale()
    return RatingScale(low_value, high_value, checker.text(data, "low", where),
                       checker.text(data, "high", where))


def _check_compose(checker: Checker, compose: str, keys: set[str], where: FieldPath) -> None:
    try:
        names = [name for _, name, _, _ in string.Formatter().parse(compose) if name is not None]
    except ValueError as error:
        checker.problem(where, f"cannot read the sentence: {error}; write fields as {{key}}")
        return
    for name in names:
        if name not in keys:
            checker.problem(where, f"{{{name}}} is not one of the fields ({', '.join(sorted(keys))})")


def check_plan(document: YamlDocument) -> tuple[Plan | None, list[Problem]]:
    """Validate a plan document (exercise ids are checked later, against the library)."""
    checker = Checker(document)
    data = checker.mapping(document.data, (), PLAN_FIELDS)
    if data is None:
        return None, checker.problems
    plan_id = checker.text(data, "id", (), required=True)
    if plan_id and not ID_PATTERN.match(plan_id):
        checker.problem(("id",), "use lower case letters, digits and dashes")
    elif plan_id and plan_id != document.path.stem:
        checker.problem(("id",), f"is {plan_id!r} but the file is named {document.path.name!r}; "
                                 "they must match")
    title = checker.text(data, "title", (), required=True)
    summary = checker.text(data, "summary", ())
    start = _check_start(checker, data.get("start"))
    available = checker.duration(data["available"], ("available",)) if "available" in data else 0
    items = _check_items(checker, data.get("items"))
    if checker.problems:
        return None, checker.problems
    return Plan(plan_id, title, tuple(items), summary, start, available), []


def _check_start(checker: Checker, value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, int) and not isinstance(value, bool):
        # YAML 1.1 reads an unquoted 09:00 as the base-60 number 540.
        value = f"{value // 60:02d}:{value % 60:02d}"
    match = CLOCK_PATTERN.match(str(value))
    if not match:
        checker.problem(("start",), f"expected a time of day such as \"09:00\", got {describe(value)}")
        return ""
    return f"{int(match[1]):02d}:{match[2]}"


def _check_items(checker: Checker, raw: Any) -> list[PlanItem]:
    if raw is None:
        checker.missing((), "items", "`items` is required: a list of exercises and breaks")
        return []
    if not isinstance(raw, list) or not raw:
        checker.problem(("items",), f"expected a list of exercises and breaks, got {describe(raw)}"
                        if raw else "needs at least one exercise or break")
        return []
    items: list[PlanItem] = []
    for index, entry in enumerate(raw):
        where: FieldPath = ("items", index)
        if isinstance(entry, dict) and "break" in entry:
            data = checker.mapping(entry, where, PLAN_BREAK_FIELDS)
            duration = checker.duration(entry["break"], (*where, "break"))
            title = checker.text(data or {}, "title", where) or "Break"
            items.append(PlanBreak(duration, title))
        elif isinstance(entry, dict) and "exercise" in entry:
            checker.mapping(entry, where, PLAN_EXERCISE_FIELDS)
            exercise = checker.text(entry, "exercise", where, required=True)
            durations: dict[str, int] = {}
            overrides = entry.get("durations")
            if overrides is not None:
                if not isinstance(overrides, dict):
                    checker.problem((*where, "durations"), "expected step keys with durations, "
                                    f"e.g. {{write: 5m}}, got {describe(overrides)}")
                else:
                    for key, value in overrides.items():
                        durations[str(key)] = checker.duration(value, (*where, "durations", key))
            items.append(PlanExercise(exercise, durations))
        elif not (isinstance(entry, dict) and _misspelt_item(checker, entry, where)):
            checker.problem(where, "each item is `exercise: ID` or `break: DURATION`")
    return items


def _misspelt_item(checker: Checker, entry: dict[str, Any], where: FieldPath) -> bool:
    """For an item that is neither kind: point at a misspelt `exercise` or `break`."""
    known = PLAN_EXERCISE_FIELDS | PLAN_BREAK_FIELDS
    misspelt = [key for key in entry if key not in known
                and difflib.get_close_matches(str(key), sorted(known), n=1)]
    for key in misspelt:
        checker.unknown(where, str(key), known)
    return bool(misspelt)
