"""Rules across files: unique ids in a folder, plans that name real exercises and steps.

They run once every file of the library is read, and again whenever the
library changes (the editor checking unsaved text, a file changed on disk).
"""

from __future__ import annotations

import difflib
from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from workshop.core.agenda import build_agenda
from workshop.core.durations import format_duration
from workshop.core.exercise_use import unset_parameters
from workshop.core.templates import ExerciseTemplate, PlanExercise
from workshop.core.worded import Phrase, said
from workshop.library.problems import WARNING, Problem
from workshop.library.yamlsource import FieldPath, YamlDocument, field_name

if TYPE_CHECKING:
    from workshop.library.catalog import LibraryEntry

# The library's exercises in a language (`Library.exercises_in`).
ExercisesIn = Callable[[str], Mapping[str, ExerciseTemplate]]


def check_duplicate_ids(entries: Sequence[LibraryEntry]) -> None:
    """Two files of one kind in one folder declaring the same id and language: both are broken.

    Across folders the same id is an override (the later folder wins); within
    one folder there is no order to decide by, so neither file is used.
    """
    groups: dict[tuple[str, object, str, str], list[LibraryEntry]] = {}
    for entry in entries:
        if entry.declares_id:
            key = (entry.kind, entry.path.parent.resolve(), entry.id, entry.language)
            groups.setdefault(key, []).append(entry)
    for group in groups.values():
        if len(group) < 2:
            continue
        for entry in group:
            others = ", ".join(other.path.name for other in group if other is not entry)
            entry.invalidate([_problem(entry, ("id",), "{id!r} is also the id of {others} in this folder; "
                                                       "each file needs its own id", id=entry.id,
                                       others=others)])


def check_plans(entries: Sequence[LibraryEntry], exercises_in: ExercisesIn) -> None:
    """A plan names exercises that exist and are valid, and steps they have, in the plan's language.

    Read from the file's data rather than the built plan, so a plan with
    problems of its own is checked here too: every problem in one pass.
    """
    for entry in entries:
        data = entry.document.data if entry.kind == "plan" and entry.document else None
        items = data.get("items") if isinstance(data, dict) else None
        if not isinstance(items, list):
            continue
        exercises = exercises_in(entry.language)
        problems: list[Problem] = []
        for index, item in enumerate(items):
            if isinstance(item, dict) and "break" not in item and isinstance(item.get("exercise"), str):
                problems.extend(_check_item(entry, index, item, entries, exercises))
        if problems:
            entry.invalidate(problems)
        elif entry.plan is not None:
            entry.warnings = _overrun(entry, exercises) + _unset_warnings(entry, exercises)


def _check_item(entry: LibraryEntry, index: int, item: dict[str, Any], entries: Sequence[LibraryEntry],
                exercises: Mapping[str, ExerciseTemplate]) -> list[Problem]:
    exercise_id = item["exercise"]
    template = exercises.get(exercise_id)
    if template is None:
        return [_problem(entry, ("items", index, "exercise"), _missing(exercise_id, entries, exercises))]
    durations = item.get("durations")
    keys = {step.key for step in template.steps}
    problems = [_problem(entry, ("items", index, "durations", key),
                         "{exercise} has no step {key!r} (its steps: {keys})", at_key=True,
                         exercise=exercise_id, key=key, keys=", ".join(sorted(keys)))
                for key in (durations if isinstance(durations, dict) else ()) if key not in keys]
    return problems + _check_use(entry, index, item, template)


def _check_use(entry: LibraryEntry, index: int, item: dict[str, Any],
               template: ExerciseTemplate) -> list[Problem]:
    """The plan's `parameters` and `rounds` name the exercise's own."""
    problems: list[Problem] = []
    for field, names, what in (("parameters", [p.key for p in template.parameters], said("parameter")),
                               ("rounds", [run.key for run in template.rounds],
                                said("run of steps in rounds"))):
        given = item.get(field)
        for key in (given if isinstance(given, dict) else ()):
            if key in names:
                continue
            hint = difflib.get_close_matches(str(key), names, n=1)
            where = ("items", index, field, key)
            if hint:
                problem = _problem(entry, where, "{exercise} has no {what} {key!r}; did you mean {hint!r}?",
                                   at_key=True, exercise=template.id, what=what, key=key, hint=hint[0])
            elif names:
                problem = _problem(entry, where, "{exercise} has no {what} {key!r} (its: {names})",
                                   at_key=True, exercise=template.id, what=what, key=key,
                                   names=", ".join(names))
            else:
                problem = _problem(entry, where, "{exercise} has no {what} {key!r}", at_key=True,
                                   exercise=template.id, what=what, key=key)
            problems.append(problem)
    return problems


def _unset_warnings(entry: LibraryEntry, exercises: Mapping[str, ExerciseTemplate]) -> list[Problem]:
    """A parameter with no default that the plan leaves unset: worth knowing before the day."""
    plan = entry.plan
    warnings: list[Problem] = []
    for index, item in enumerate(plan.items if plan is not None else ()):
        template = exercises.get(item.exercise) if isinstance(item, PlanExercise) else None
        if template is None or not isinstance(item, PlanExercise):
            continue
        for parameter in unset_parameters(template, item.parameters):
            warnings.append(_problem(entry, ("items", index, "exercise"),
                                     "{exercise} asks for {key!r} ({label}), which has no default: set "
                                     "it under `parameters`, or the new session will ask for it",
                                     severity=WARNING, exercise=template.id, key=parameter.key,
                                     label=parameter.label))
    return warnings


def _missing(exercise_id: str, entries: Sequence[LibraryEntry],
             exercises: Mapping[str, ExerciseTemplate]) -> Phrase:
    broken = [e for e in entries if e.kind == "exercise" and e.id == exercise_id]
    if broken:
        return said("exercise {id!r} is broken: fix {name} first", id=exercise_id, name=broken[-1].path.name)
    hint = difflib.get_close_matches(str(exercise_id), sorted(exercises), n=1)
    if hint:
        return said("no valid exercise has the id {id!r}; did you mean {hint!r}?", id=exercise_id,
                    hint=hint[0])
    return said("no valid exercise has the id {id!r}", id=exercise_id)


def _overrun(entry: LibraryEntry, exercises: Mapping[str, ExerciseTemplate]) -> list[Problem]:
    plan = entry.plan
    if plan is None or not plan.available:
        return []
    total = build_agenda(plan, exercises).total
    if total <= plan.available:
        return []
    return [_problem(entry, ("available",), "the agenda takes {total}, {over} more than the {available} "
                                            "available", severity=WARNING, total=format_duration(total),
                     over=format_duration(total - plan.available), available=format_duration(plan.available))]


def _problem(entry: LibraryEntry, where: FieldPath, message: str, *, severity: str = "error",
             at_key: bool = False, **values: object) -> Problem:
    """`message`, an English template filled with `values`, or a phrase already said."""
    document: YamlDocument | None = entry.document
    line, column = document.position(where, at_key=at_key) if document else (0, 0)
    said_message = message if isinstance(message, Phrase) and not values else said(message, **values)
    return Problem(entry.path, line, column, field_name(where), said_message, severity)
