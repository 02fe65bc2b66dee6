"""A step's `recall`: reading the field, and checking the earlier step it names.

A step names an earlier step of its own exercise (checked with the file,
`check_own_recalls`) or a step of another exercise (`exercise:`), checked
once the whole library is read (`check_recalls`); a plan that puts that
exercise after the step recalling it gets a warning (`check_recall_order`).
"""

from __future__ import annotations

import difflib
from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from workshop.core.templates import RECALL_SHOWS, ExerciseTemplate, InputKind, Recall, Step
from workshop.library.checker import Checker, describe
from workshop.library.problems import ERROR, WARNING, Problem
from workshop.library.yamlsource import FieldPath, field_name

if TYPE_CHECKING:
    from workshop.library.catalog import LibraryEntry

RECALL_FIELDS = {"step", "exercise", "show", "label"}
_SHAPE = "expected a step key (recall: vote) or a mapping such as {step: vote, show: winner}"
_KINDS = ", ".join(kind.value for kind in list(RECALL_SHOWS)[:-1]) + f" or {list(RECALL_SHOWS)[-1].value}"


def read_recall(checker: Checker, raw: Any, where: FieldPath) -> Recall | None:
    """The `recall` field of a step: `recall: vote`, or `{step, exercise, show, label}`."""
    from workshop.library.validate import ID_PATTERN, KEY_PATTERN

    if isinstance(raw, str):
        if not KEY_PATTERN.match(raw):
            checker.problem(where, f"{_SHAPE}; {raw!r} is not a step key")
            return None
        return Recall(raw)
    if not isinstance(raw, dict):
        checker.problem(where, f"{_SHAPE}, got {describe(raw)}")
        return None
    checker.mapping(raw, where, RECALL_FIELDS)
    step = checker.text(raw, "step", where, required=True)
    exercise = checker.text(raw, "exercise", where)
    show = checker.text(raw, "show", where)
    label = checker.text(raw, "label", where)
    if step and not KEY_PATTERN.match(step):
        checker.problem((*where, "step"), "expected the key of an earlier step, e.g. vote")
        return None
    if exercise and not ID_PATTERN.match(exercise):
        checker.problem((*where, "exercise"), "expected an exercise id, e.g. keep-it-alive")
        return None
    return Recall(step, exercise, show, label) if step else None


def target_problem(recall: Recall, steps: Sequence[Step], index: int | None,
                   owner: str = "") -> tuple[str, str] | None:
    """What is wrong with the step `recall` names among `steps`, as (field, message); None if fine.

    `index` is the recalling step's place among `steps` (None when they are
    another exercise's, `owner`).
    """
    keys = [step.key for step in steps]
    if recall.step not in keys:
        if owner:
            return "step", f"{owner} has no step {recall.step!r} (its steps: {', '.join(keys)})"
        hint = difflib.get_close_matches(recall.step, keys, n=1)
        extra = f"; did you mean {hint[0]!r}?" if hint else f" (its steps: {', '.join(keys)})"
        return "step", f"no step has the key {recall.step!r}{extra}"
    position = keys.index(recall.step)
    if index is not None and position == index:
        return "step", "a step cannot show its own result; name an earlier step"
    if index is not None and position > index:
        return "step", f"step {recall.step!r} comes later; name an earlier step, whose result exists by then"
    kind = steps[position].input.kind
    shows = RECALL_SHOWS.get(kind)
    if shows is None:
        what = "takes no input" if kind is InputKind.NONE else f"is a {kind.value} step"
        return "step", f"step {recall.step!r} {what}, which has no result to show; name a {_KINDS} step"
    if recall.show and recall.show not in shows:
        return "show", f"a {kind.value} step shows {' or '.join(shows)}, not {recall.show!r}"
    return None


def check_own_recalls(checker: Checker, steps: Sequence[Step], exercise_id: str) -> None:
    """Every recall of this exercise's own steps names an earlier step with a result to show."""
    for index, step in enumerate(steps):
        recall = step.recall
        if recall is None or recall.exercise not in ("", exercise_id):
            continue
        wrong = target_problem(recall, steps, index)
        if wrong is not None:
            checker.problem(_where(checker.document.data, index, wrong[0]), wrong[1])


def _where(data: Any, index: int, name: str) -> FieldPath:
    """The path of a recall's `name`, or of the recall itself when it is written as a key."""
    try:
        raw = data["steps"][index]["recall"]
    except (KeyError, IndexError, TypeError):
        raw = None
    return ("steps", index, "recall", name) if isinstance(raw, dict) else ("steps", index, "recall")


def _problem(entry: LibraryEntry, where: FieldPath, message: str, severity: str = ERROR) -> Problem:
    line, column = entry.document.position(where) if entry.document else (0, 0)
    return Problem(entry.path, line, column, field_name(where), message, severity)


def check_recalls(entries: Sequence[LibraryEntry],
                  exercises_in: Callable[[str], Mapping[str, ExerciseTemplate]]) -> None:
    """Steps recalling another exercise name a step of it that has a result to show.

    Warnings, not errors: the other exercise is another file, which a trainer
    may override or leave out, and the step then shows nothing of it (a
    plan without that exercise is a fair way to use this one).
    """
    for entry in entries:
        template = entry.template if entry.kind == "exercise" else None
        if template is None:
            continue
        data = entry.document.data if entry.document else None
        exercises = exercises_in(entry.language)
        for index, step in enumerate(template.steps):
            recall = step.recall
            if recall is None or recall.exercise in ("", template.id):
                continue
            other = exercises.get(recall.exercise)
            if other is None:
                entry.warnings.append(_problem(
                    entry, _where(data, index, "exercise"),
                    f"no valid exercise has the id {recall.exercise!r}: this step shows its result "
                    "only in a plan that has it", WARNING))
                continue
            wrong = target_problem(recall, other.steps, None, recall.exercise)
            if wrong is not None:
                entry.warnings.append(_problem(entry, _where(data, index, wrong[0]),
                                               f"{wrong[1]}; meanwhile this step shows nothing of it",
                                               WARNING))


def check_recall_order(entries: Sequence[LibraryEntry],
                       exercises_in: Callable[[str], Mapping[str, ExerciseTemplate]]) -> None:
    """A plan warned when a step recalls an exercise that comes only later in it."""
    from workshop.core.templates import PlanExercise

    for entry in entries:
        plan = entry.plan if entry.kind == "plan" else None
        if plan is None:
            continue
        exercises = exercises_in(entry.language)
        used = [item.exercise if isinstance(item, PlanExercise) else "" for item in plan.items]
        for index, exercise_id in enumerate(used):
            template = exercises.get(exercise_id)
            late: dict[str, list[str]] = {}  # the exercise that comes later -> the steps recalling it
            for step in template.steps if template else ():
                other = step.recall.exercise if step.recall else ""
                if other and other != exercise_id and other in used[index + 1:] and other not in used[:index]:
                    late.setdefault(other, []).append(repr(step.key))
            for other, keys in late.items():
                steps = f"step {keys[0]}" if len(keys) == 1 else f"steps {', '.join(keys)}"
                entry.warnings.append(_problem(
                    entry, ("items", index, "exercise"),
                    f"{steps} of {exercise_id} {'shows' if len(keys) == 1 else 'show'} a result of {other}, "
                    "which comes later "
                    f"in this plan: put {other} first, or it shows \"No result yet\"", WARNING))

