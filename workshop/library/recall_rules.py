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
from workshop.core.worded import Phrase, said
from workshop.library.checker import Checker, describe
from workshop.library.problems import ERROR, WARNING, Problem
from workshop.library.yamlsource import FieldPath, field_name

if TYPE_CHECKING:
    from workshop.library.catalog import LibraryEntry

RECALL_FIELDS = {"step", "exercise", "show", "label"}
_KINDS = [kind.value for kind in RECALL_SHOWS]


def _either(words: Sequence[str]) -> str:
    """``vote, statement, notes or rating``, in each language's words."""
    if len(words) < 2:
        return "".join(words)
    return said("{first} or {last}", first=", ".join(words[:-1]), last=words[-1])


def read_recall(checker: Checker, raw: Any, where: FieldPath) -> Recall | None:
    """The `recall` field of a step: `recall: vote`, or `{step, exercise, show, label}`."""
    from workshop.library.validate import ID_PATTERN, KEY_PATTERN

    if isinstance(raw, str):
        if not KEY_PATTERN.match(raw):
            checker.problem(where, "expected a step key (recall: vote) or a mapping such as "
                                   "{{step: vote, show: winner}}; {value!r} is not a step key", value=raw)
            return None
        return Recall(raw)
    if not isinstance(raw, dict):
        checker.problem(where, "expected a step key (recall: vote) or a mapping such as "
                               "{{step: vote, show: winner}}, got {value}", value=describe(raw))
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
                   owner: str = "") -> tuple[str, Phrase] | None:
    """What is wrong with the step `recall` names among `steps`, as (field, message); None if fine.

    `index` is the recalling step's place among `steps` (None when they are
    another exercise's, `owner`).
    """
    keys = [step.key for step in steps]
    if recall.step not in keys:
        if owner:
            return "step", said("{exercise} has no step {key!r} (its steps: {keys})", exercise=owner,
                                key=recall.step, keys=", ".join(keys))
        hint = difflib.get_close_matches(recall.step, keys, n=1)
        if hint:
            return "step", said("no step has the key {on!r}; did you mean {hint!r}?", on=recall.step,
                                hint=hint[0])
        return "step", said("no step has the key {on!r} (its steps: {keys})", on=recall.step,
                            keys=", ".join(keys))
    position = keys.index(recall.step)
    if index is not None and position == index:
        return "step", said("a step cannot show its own result; name an earlier step")
    if index is not None and position > index:
        return "step", said("step {key!r} comes later; name an earlier step, whose result exists by then",
                            key=recall.step)
    kind = steps[position].input.kind
    shows = RECALL_SHOWS.get(kind)
    if shows is None:
        if kind is InputKind.NONE:
            return "step", said("step {key!r} takes no input, which has no result to show; name a {kinds} "
                                "step", key=recall.step, kinds=_either(_KINDS))
        return "step", said("step {key!r} is a {kind} step, which has no result to show; name a {kinds} "
                            "step", key=recall.step, kind=kind.value, kinds=_either(_KINDS))
    if recall.show and recall.show not in shows:
        return "show", said("a {kind} step shows {shows}, not {show!r}", kind=kind.value,
                            shows=_either(shows), show=recall.show)
    return None


def check_own_recalls(checker: Checker, steps: Sequence[Step], exercise_id: str) -> None:
    """Every recall of this exercise's own steps names an earlier step with a result to show."""
    for index, step in enumerate(steps):
        recall = step.recall
        if recall is None or recall.exercise not in ("", exercise_id):
            continue
        wrong = target_problem(recall, steps, index)
        if wrong is not None:
            checker.problem(_where(checker.document.data, index, wrong[0]), wrong[1].template,
                            **wrong[1].values)


def _where(data: Any, index: int, name: str) -> FieldPath:
    """The path of a recall's `name`, or of the recall itself when it is written as a key."""
    try:
        raw = data["steps"][index]["recall"]
    except (KeyError, IndexError, TypeError):
        raw = None
    return ("steps", index, "recall", name) if isinstance(raw, dict) else ("steps", index, "recall")


def _problem(entry: LibraryEntry, where: FieldPath, message: str, severity: str = ERROR,
             **values: object) -> Problem:
    """`message`, an English template filled with `values`."""
    line, column = entry.document.position(where) if entry.document else (0, 0)
    return Problem(entry.path, line, column, field_name(where), said(message, **values), severity)


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
                    "no valid exercise has the id {id!r}: this step shows its result only in a plan "
                    "that has it", WARNING, id=recall.exercise))
                continue
            wrong = target_problem(recall, other.steps, None, recall.exercise)
            if wrong is not None:
                entry.warnings.append(_problem(entry, _where(data, index, wrong[0]),
                                               "{problem}; meanwhile this step shows nothing of it",
                                               WARNING, problem=wrong[1]))


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
                where = ("items", index, "exercise")
                if len(keys) == 1:
                    problem = _problem(entry, where, "step {steps} of {exercise} shows a result of {other}, "
                                       "which comes later in this plan: put {other} first, or it shows "
                                       "\"No result yet\"", WARNING, steps=keys[0], exercise=exercise_id,
                                       other=other)
                else:
                    problem = _problem(entry, where, "steps {steps} of {exercise} show a result of {other}, "
                                       "which comes later in this plan: put {other} first, or they show "
                                       "\"No result yet\"", WARNING, steps=", ".join(keys),
                                       exercise=exercise_id, other=other)
                entry.warnings.append(problem)

