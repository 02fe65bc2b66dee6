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
from workshop.core.exercise_use import MAX_ROUNDS, PLACEHOLDER, ROUND_NAMES, placeholder_names
from workshop.core.rules import LANGUAGE_TAG
from workshop.core.templates import (
    REVEAL_MODES,
    Column,
    ExerciseTemplate,
    InputKind,
    InputSpec,
    Parameter,
    Phase,
    Plan,
    PlanBreak,
    PlanExercise,
    PlanItem,
    RatingScale,
    Rounds,
    StatementField,
    Step,
)
from workshop.core.worded import Phrase, said
from workshop.library.checker import Checker, describe
from workshop.library.problems import Problem
from workshop.library.recall_rules import check_own_recalls, read_recall
from workshop.library.yamlsource import FieldPath, YamlDocument, field_name

ID_PATTERN = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
KEY_PATTERN = re.compile(r"^[a-z][a-z0-9_-]*$")
CLOCK_PATTERN = re.compile(r"^([01]?\d|2[0-3]):([0-5]\d)$")

# A parameter's key is written {{key}} in the text, so it takes no dashes.
PARAMETER_KEY_PATTERN = re.compile(r"^[a-z][a-z0-9_]*$")

EXERCISE_FIELDS = {"id", "language", "title", "summary", "source", "tags", "facilitator_notes", "steps",
                   "total", "report", "parameters", "groups", "space", "materials"}
ROUND_FIELDS = {"rounds", "round_label"}
STEP_FIELDS = {"key", "title", "duration", "prompt", "facilitator_notes", "input", "recall", "phases",
               "groups"} | ROUND_FIELDS
RUN_FIELDS = {"key", "title", "steps"} | ROUND_FIELDS
PARAMETER_FIELDS = {"key", "label", "description", "default"}
PHASE_FIELDS = {"title", "duration", "prompt"}
# Fields whose text is a name or code, never shown: placeholders are not looked for in them.
_NOT_FILLED = {"key", "on", "compose", "id", "step", "exercise", "kind", "mode", "reveal", "parameters",
               "duration", "total", "dots", "min", "max", "tags", "source", "report"}
INPUT_FIELDS = {
    InputKind.NONE: set(),
    InputKind.NOTES: {"columns", "on", "hold", "pairs"},
    InputKind.VOTE: {"on", "dots", "reveal"},
    InputKind.RATING: {"items", "scale", "question", "mode", "reveal"},
    InputKind.STATEMENT: {"fields", "compose"},
    InputKind.QUESTIONS: {"questions", "reveal"},
    InputKind.ACTIONS: set(),
}
PLAN_FIELDS = {"id", "language", "title", "summary", "start", "available", "items"}
PLAN_EXERCISE_FIELDS = {"exercise", "durations", "parameters", "rounds"}
PLAN_BREAK_FIELDS = {"break", "title"}
KEYED_FIELDS = {"key", "label", "hint"}
SCALE_FIELDS = {"min", "max", "low", "high"}
REPORT_FIELDS = {"section"}
RATING_MODES = ("participants", "consensus")
SCALE_LIMIT = 100  # a score is a point on a short scale, never a large number
# Python's words for a sentence it cannot read (`string.Formatter.parse`), said as ours.
_FORMAT_PROBLEMS: dict[str, Phrase] = {
    "Single '}' encountered in format string": said("a } has no { before it"),
    "Single '{' encountered in format string": said("a { has no } after it"),
    "expected '}' before end of string": said("a { has no } after it"),
    "unexpected '{' in field name": said("a field holds a {"),
    "unmatched '{' in format spec": said("a field holds a {"),
}
# For a field of another input kind: which kind it belongs to.
_ELSEWHERE = {name: said("a {kind} input", kind=kind.value) for kind, names in INPUT_FIELDS.items()
              for name in names}
_ELSEWHERE["reveal"] = said("a vote, rating or questions input")


def check_exercise(document: YamlDocument) -> tuple[ExerciseTemplate | None, list[Problem]]:
    """Validate an exercise document; the template is returned only when it has no error.

    The list holds the errors and the warnings (`Problem.severity`); a valid file may have warnings.
    """
    checker = Checker(document)
    data = checker.mapping(document.data, (), EXERCISE_FIELDS)
    if data is None:
        return None, checker.problems
    exercise_id = checker.text(data, "id", (), required=True)
    language = _check_language(checker, data)
    if exercise_id and not ID_PATTERN.match(exercise_id):
        checker.problem(("id",), "use lower case letters, digits and dashes, e.g. keep-it-alive")
    elif exercise_id:
        _check_file_name(checker, document, exercise_id, language)
    title = checker.text(data, "title", (), required=True)
    summary = checker.text(data, "summary", (), required=True)
    source = checker.text(data, "source", ())
    notes = checker.text(data, "facilitator_notes", ())
    tags = checker.text_list(data, "tags", ())
    parameters = _check_parameters(checker, data.get("parameters"))
    steps, runs = _check_steps(checker, data)
    check_own_recalls(checker, steps, exercise_id)
    _check_placeholders(checker, data, (), {parameter.key for parameter in parameters}, in_run=False)
    if "total" in data:
        _check_total(checker, data["total"], steps, runs)
    if "report" in data:
        report = checker.mapping(data["report"], ("report",), REPORT_FIELDS)
        if report is not None:
            checker.text(report, "section", ("report",), required=True)
    groups = checker.text(data, "groups", ())
    space = checker.text(data, "space", ())
    materials = checker.text_list(data, "materials", ())
    if checker.problems:
        return None, checker.problems + checker.warnings
    return ExerciseTemplate(exercise_id, title, summary, tuple(steps), source, tags, notes, parameters,
                            tuple(runs), groups, space, materials, language), checker.warnings


def _check_language(checker: Checker, data: dict[str, Any]) -> str:
    """The file's `language`, a tag such as de or pt-BR; "" when it does not say."""
    language = checker.text(data, "language", ())
    if language and not LANGUAGE_TAG.fullmatch(language):
        checker.problem(("language",), "expected a language tag such as en, de or pt-BR, got {language!r}",
                        language=language)
        return ""
    return language


def _check_file_name(checker: Checker, document: YamlDocument, file_id: str, language: str) -> None:
    """The file is named by its id, or by its id and language for a version in another language."""
    names = [file_id] + ([f"{file_id}.{language}"] if language else [])
    if document.path.stem in names:
        return
    if not language:
        checker.problem(("id",), "is {id!r} but the file is named {name!r}; they must match",
                        id=file_id, name=document.path.name)
        return
    checker.problem(("id",), "is {id!r} in {language!r} but the file is named {name!r}; "
                             "name it {id}.yaml or {id}.{language}.yaml",
                    id=file_id, language=language, name=document.path.name)


def _check_total(checker: Checker, value: Any, steps: list[Step], runs: list[Rounds]) -> None:
    """A stated `total` is a check the trainer asked for: a warning when the steps add up to another."""
    total = checker.duration(value, ("total",))
    if not total or any(step.duration == 0 for step in steps) or not steps:
        return  # a step's own problem is reported already; a sum would mislead
    counts = {key: run.count for run in runs for key in run.steps}
    added = sum(step.duration * counts.get(step.key, 1) for step in steps)
    if added != total:
        parts = " + ".join(format_duration(step.duration) + (f" x {counts[step.key]}" if step.key in counts
                                                             else "") for step in steps)
        checker.warn(("total",), "is {total} but the steps add up to {added} ({parts}); the steps' "
                                 "lengths are used",
                     total=format_duration(total), added=format_duration(added), parts=parts)


def _check_steps(checker: Checker, data: dict[str, Any]) -> tuple[list[Step], list[Rounds]]:
    """The exercise's steps in order (a run's steps among them, once) and its runs in rounds."""
    raw_steps = data.get("steps")
    if raw_steps is None:
        checker.missing((), "steps", "`steps` is required: an exercise needs at least one step")
        return [], []
    if not isinstance(raw_steps, list):
        checker.problem(("steps",), "expected a list of steps, got {value}", value=describe(raw_steps))
        return [], []
    if not raw_steps:
        checker.problem(("steps",), "needs at least one step")
        return [], []
    steps: list[Step] = []
    paths: list[FieldPath] = []  # where each of `steps` is written
    runs: list[Rounds] = []
    seen: dict[str, FieldPath] = {}
    for index, raw in enumerate(raw_steps):
        where: FieldPath = ("steps", index)
        if isinstance(raw, dict) and "steps" in raw:
            run = _check_run(checker, raw, where, seen, steps, paths)
            if run is not None:
                runs.append(run)
            continue
        step_data = checker.mapping(raw, where, STEP_FIELDS)
        if step_data is None:
            continue
        step = _check_step(checker, step_data, where, seen)
        steps.append(step)
        paths.append(where)
        if "rounds" in step_data:
            count = _check_round_count(checker, step_data["rounds"], (*where, "rounds"))
            runs.append(Rounds(step.key, step.title, count, (step.key,),
                               checker.text(step_data, "round_label", where)))
        elif "round_label" in step_data:
            checker.problem((*where, "round_label"), "names each round; add `rounds: N` to this step too")
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
        where = (*paths[index], "input", "on")
        if found is None:
            hint = difflib.get_close_matches(on, list(by_key), n=1)
            if hint:
                checker.problem(where, "no step has the key {on!r}; did you mean {hint!r}?", on=on,
                                hint=hint[0])
            else:
                checker.problem(where, "no step has the key {on!r} (its steps: {keys})", on=on,
                                keys=", ".join(sorted(by_key)))
            continue
        position, target = found
        if target.input.kind is not InputKind.NOTES:
            if voting:
                checker.problem(where, "step {on!r} collects no cards to vote on", on=on)
            else:
                checker.problem(where, "step {on!r} has no board of cards to show again", on=on)
        elif position >= index:
            if voting:
                checker.problem(where, "step {on!r} comes later; vote on an earlier step", on=on)
            else:
                checker.problem(where, "step {on!r} comes later; name an earlier notes step", on=on)
        elif target.input.on:
            checker.problem(where, "step {on!r} shows the board of step {board!r}; name {board!r} here",
                            on=on, board=target.input.on)
    return steps, runs


def _check_step(checker: Checker, step_data: dict[str, Any], where: FieldPath,
                seen: dict[str, FieldPath]) -> Step:
    key = _check_key(checker, step_data, where, seen)
    title = checker.text(step_data, "title", where, required=True)
    phases = _check_phases(checker, step_data["phases"], (*where, "phases")) if "phases" in step_data else ()
    added = sum(phase.duration for phase in phases)
    if "duration" in step_data:
        duration = checker.duration(step_data["duration"], (*where, "duration"))
        if phases and duration and added and duration != added:
            parts = " + ".join(format_duration(phase.duration) for phase in phases)
            checker.problem((*where, "duration"), "is {duration} but the phases add up to {added} "
                                                  "({parts}); leave `duration` out or make them agree",
                            duration=format_duration(duration), added=format_duration(added), parts=parts)
    elif phases:
        duration = added
    else:
        checker.missing(where, "duration", "`duration` is required, e.g. duration: 5m")
        duration = 0
    prompt = checker.text(step_data, "prompt", where)
    notes = checker.text(step_data, "facilitator_notes", where)
    spec = _check_input(checker, step_data.get("input"), (*where, "input"))
    recall = read_recall(checker, step_data["recall"], (*where, "recall")) if "recall" in step_data \
        else None
    return Step(key, title, duration, prompt, notes, spec, recall, phases,
                checker.text(step_data, "groups", where))


def _check_key(checker: Checker, data: dict[str, Any], where: FieldPath, seen: dict[str, FieldPath]) -> str:
    """A step's or a run's key: well formed, and not the key of another step or run."""
    key = checker.text(data, "key", where, required=True)
    if key and not KEY_PATTERN.match(key):
        checker.problem((*where, "key"), "use lower case letters, digits, - or _, starting with a letter")
    elif key in seen:
        first_line, _column = checker.document.position((*seen[key], "key"))
        checker.problem((*where, "key"), "{key!r} is already the key of {field} (line {line}); give each "
                                         "step its own key", key=key, field=field_name(seen[key]),
                        line=first_line)
    if key:
        seen.setdefault(key, where)
    return key


def _check_run(checker: Checker, raw: dict[str, Any], where: FieldPath, seen: dict[str, FieldPath],
               steps: list[Step], paths: list[FieldPath]) -> Rounds | None:
    """A run of steps done in rounds: `rounds: N` over a list of `steps`, appended to `steps`."""
    checker.mapping(raw, where, RUN_FIELDS)
    key = _check_key(checker, raw, where, seen)
    title = checker.text(raw, "title", where, required=True)
    if "rounds" in raw:
        count = _check_round_count(checker, raw["rounds"], (*where, "rounds"))
    else:
        checker.missing(where, "rounds", "`rounds` is required with `steps` here: how many times the "
                                         "steps are done, e.g. rounds: 3")
        count = 1
    label = checker.text(raw, "round_label", where)
    inner = raw["steps"]
    if not isinstance(inner, list) or not inner:
        if isinstance(inner, list):
            checker.problem((*where, "steps"), "needs at least one step")
        else:
            checker.problem((*where, "steps"), "expected a list of the steps done in each round")
        return None
    keys: list[str] = []
    for index, entry in enumerate(inner):
        entry_where: FieldPath = (*where, "steps", index)
        step_data = checker.mapping(entry, entry_where, STEP_FIELDS)
        if step_data is None:
            continue
        for name in ROUND_FIELDS & step_data.keys():
            checker.problem((*entry_where, name), "belongs to the run of steps around this step (line "
                                                  "{line}): runs do not nest",
                            at_key=True, line=checker.document.line(where))
        if "steps" in step_data:
            continue  # reported as an unknown field: runs do not nest
        step = _check_step(checker, step_data, entry_where, seen)
        steps.append(step)
        paths.append(entry_where)
        keys.append(step.key)
    return Rounds(key, title, count, tuple(keys), label)


def _check_round_count(checker: Checker, value: Any, where: FieldPath) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= MAX_ROUNDS:
        checker.problem(where, "expected how many rounds, a whole number from 1 to {most}, got {value}",
                        most=MAX_ROUNDS, value=describe(value))
        return 1
    return value


def _check_phases(checker: Checker, raw: Any, where: FieldPath) -> tuple[Phase, ...]:
    if not isinstance(raw, list):
        checker.problem(where, "expected a list of phases ({{title, duration, prompt}}), got {value}",
                        value=describe(raw))
        return ()
    if len(raw) < 2:
        checker.problem(where, "needs two phases or more; a step of one phase is the step itself")
        return ()
    phases: list[Phase] = []
    for index, entry in enumerate(raw):
        entry_where = (*where, index)
        data = checker.mapping(entry, entry_where, PHASE_FIELDS)
        if data is None:
            continue
        title = checker.text(data, "title", entry_where, required=True)
        if "duration" in data:
            duration = checker.duration(data["duration"], (*entry_where, "duration"))
        else:
            checker.missing(entry_where, "duration", "`duration` is required, e.g. duration: 2m")
            duration = 0
        phases.append(Phase(title, duration, checker.text(data, "prompt", entry_where)))
    return tuple(phases)


def _check_parameters(checker: Checker, raw: Any) -> tuple[Parameter, ...]:
    """`parameters`: the values an exercise takes per use, each written {{key}} in its text."""
    if raw is None:
        return ()
    if not isinstance(raw, list):
        checker.problem(("parameters",), "expected a list of {{key, label, description, default}}, "
                                         "got {value}", value=describe(raw))
        return ()
    parameters: list[Parameter] = []
    for index, entry in enumerate(raw):
        where: FieldPath = ("parameters", index)
        data = checker.mapping(entry, where, PARAMETER_FIELDS)
        if data is None:
            continue
        key = checker.text(data, "key", where, required=True)
        if key and not PARAMETER_KEY_PATTERN.match(key):
            checker.problem((*where, "key"), "use lower case letters, digits and _, starting with a letter "
                                             "(it is written {{key}} in the text)")
        elif key in ROUND_NAMES:
            checker.problem((*where, "key"), "{{{{{key}}}}} is the round's own value in a step done in "
                                             "rounds; choose another name", key=key)
        elif key in {parameter.key for parameter in parameters}:
            checker.problem((*where, "key"), "{key!r} is already a parameter; give each its own key", key=key)
        parameters.append(Parameter(key, checker.text(data, "label", where, required=True),
                                    checker.text(data, "description", where),
                                    " ".join(checker.text(data, "default", where).split())))
    return tuple(parameters)


def _check_placeholders(checker: Checker, value: Any, where: FieldPath, known: set[str], *,
                        in_run: bool) -> None:
    """Every {{name}} in the text shown to people names a parameter (or the round, in rounds).

    In an exercise that uses neither, a {{name}} was always shown as typed
    and stays so; it is worth a warning there, not an error.
    """
    if isinstance(value, dict):
        in_run = in_run or "rounds" in value
        for key, child in value.items():
            if key not in _NOT_FILLED:
                _check_placeholders(checker, child, (*where, key), known, in_run=in_run)
    elif isinstance(value, list):
        for index, child in enumerate(value):
            _check_placeholders(checker, child, (*where, index), known, in_run=in_run)
    elif isinstance(value, str) and "{{" in value:
        # In an exercise with no parameters and no rounds, a {{name}} always showed as typed: a warning.
        warning = not (known or in_run)
        for name in placeholder_names(value):
            if name in known or (in_run and name in ROUND_NAMES):
                continue
            if name in ROUND_NAMES:
                checker.problem(where, "{{{{{name}}}}} is known only in a step done in rounds",
                                warning=warning, name=name)
                continue
            hint = difflib.get_close_matches(name, sorted(known), n=1)
            if hint:
                checker.problem(where, "{{{{{name}}}}} is not a parameter of this exercise; did you mean "
                                       "{{{{{hint}}}}}?", warning=warning, name=name, hint=hint[0])
            elif known:
                checker.problem(where, "{{{{{name}}}}} is not a parameter of this exercise (its parameters: "
                                       "{known})", warning=warning, name=name, known=", ".join(sorted(known)))
            else:
                checker.problem(where, "{{{{{name}}}}} is not a parameter of this exercise; declare it under "
                                       "`parameters`, or it shows as typed", warning=warning, name=name)
        if (known or in_run) and value.count("{{") > len(PLACEHOLDER.findall(value)):
            checker.warn(where, "{{ not followed by a parameter's key and }} shows as typed; write a "
                                "value's place as {{key}}")


def _check_input(checker: Checker, raw: Any, where: FieldPath) -> InputSpec:
    if raw is None:
        return InputSpec()
    if not isinstance(raw, dict):
        checker.problem(where, "expected a mapping with a `kind`, got {value}", value=describe(raw))
        return InputSpec()
    names = ", ".join(k.value for k in InputKind)
    if raw.get("kind") is None:
        # Suggest for misspelt fields (`knd:`) against every input field there is.
        checker.mapping(raw, where, {"kind"}.union(*INPUT_FIELDS.values()))
        checker.missing(where, "kind", "`kind` is required: one of {names}", names=names)
        return InputSpec()
    kind_text = raw["kind"]
    try:
        kind = InputKind(kind_text)
    except ValueError:
        hint = difflib.get_close_matches(str(kind_text), [k.value for k in InputKind], n=1)
        if hint:
            checker.problem((*where, "kind"), "{kind!r} is not an input kind ({names}); did you mean "
                                              "`{hint}`?", kind=kind_text, names=names, hint=hint[0])
        else:
            checker.problem((*where, "kind"), "{kind!r} is not an input kind ({names})", kind=kind_text,
                            names=names)
        return InputSpec()
    checker.mapping(raw, where, INPUT_FIELDS[kind] | {"kind"}, elsewhere=_ELSEWHERE)
    if kind is InputKind.NOTES:
        on = checker.text(raw, "on", where)
        hold = raw.get("hold", False)
        if not isinstance(hold, bool):
            checker.problem((*where, "hold"), "expected true or false, got {value}", value=describe(hold))
            hold = False
        if on and "columns" in raw:
            checker.problem((*where, "columns"), "the board of step {on!r} keeps its own columns; "
                                                 "leave them out here", on=on)
            return InputSpec(kind, on=on, hold=hold)
        columns = tuple(Column(*entry) for entry in _keyed_list(checker, raw, "columns", where))
        return InputSpec(kind, on=on, hold=hold, columns=columns,
                         pairs=_check_pairs(checker, raw, where, on, columns))
    if kind is InputKind.VOTE:
        on = checker.text(raw, "on", where, required=True)
        dots = raw.get("dots", 3)
        if isinstance(dots, bool) or not isinstance(dots, int) or not 1 <= dots <= 20:
            checker.problem((*where, "dots"), "expected a whole number from 1 to 20, got {value}",
                            value=describe(dots))
            dots = 3
        return InputSpec(kind, on=on, dots=dots, reveal=_check_reveal(checker, raw, where))
    if kind is InputKind.RATING:
        items = checker.text_list(raw, "items", where, required=True)
        scale = _check_scale(checker, raw.get("scale"), (*where, "scale"))
        mode = checker.text(raw, "mode", where) or "participants"
        if mode not in RATING_MODES:
            checker.problem((*where, "mode"), "expected one of {modes}", modes=", ".join(RATING_MODES))
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
        checker.problem((*where, "reveal"), "expected live (results on the wall as they come) or "
                                            "on-cue (shown when you reveal them), got {value}",
                        value=describe(reveal))
        return "live"
    return str(reveal)


def _check_pairs(checker: Checker, raw: dict[str, Any], where: FieldPath, on: str,
                 columns: tuple[Column, ...]) -> bool:
    """`pairs: true`: each card of the second column answers the card beside it in the first."""
    pairs = raw.get("pairs", False)
    if not isinstance(pairs, bool):
        checker.problem((*where, "pairs"), "expected true or false, got {value}", value=describe(pairs))
        return False
    if pairs and on:
        checker.problem((*where, "pairs"), "the board of step {on!r} is shown as that step sets it; "
                                           "set `pairs` there", on=on)
    elif pairs and len(columns) != 2:
        checker.problem((*where, "pairs"), "pairs need exactly two columns (the card, and the one "
                                           "answering it), not {count}", count=len(columns))
    return pairs


def _keyed_list(checker: Checker, raw: dict[str, Any], name: str, where: FieldPath, *,
                required: bool = False) -> list[tuple[str, str, str]]:
    value = raw.get(name)
    if value is None:
        if required:
            checker.missing(where, name)
        return []
    if not isinstance(value, list):
        checker.problem((*where, name), "expected a list of {{key, label}}, got {value}",
                        value=describe(value))
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
            checker.problem((*entry_where, "key"), "{key!r} is used twice (first at line {line})", key=key,
                            line=first_line)
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
            checker.problem((*where, key), "expected a whole number, got {value}", value=describe(value))
            return RatingScale()
    if not (low_value >= -SCALE_LIMIT and high_value <= SCALE_LIMIT):
        checker.problem(where, "min {low} and max {high}: a scale stays between -{limit} and {limit}",
                        low=low_value, high=high_value, limit=SCALE_LIMIT)
        return RatingScale()
    if not low_value < high_value <= low_value + 10:
        checker.problem(where, "min {low} and max {high}: max must be above min, with at most 10 points "
                               "between", low=low_value, high=high_value)
        return RatingScale()
    return RatingScale(low_value, high_value, checker.text(data, "low", where),
                       checker.text(data, "high", where))


def _check_compose(checker: Checker, compose: str, keys: set[str], where: FieldPath) -> None:
    try:
        names = [name for _, name, _, _ in string.Formatter().parse(compose) if name is not None]
    except ValueError as error:
        checker.problem(where, "cannot read the sentence: {reason}; write fields as {{key}}",
                        reason=_FORMAT_PROBLEMS.get(str(error), str(error)))
        return
    for name in names:
        if name not in keys:
            checker.problem(where, "{{{name}}} is not one of the fields ({keys})", name=name,
                            keys=", ".join(sorted(keys)))


def check_plan(document: YamlDocument) -> tuple[Plan | None, list[Problem]]:
    """Validate a plan document (exercise ids are checked later, against the library)."""
    checker = Checker(document)
    data = checker.mapping(document.data, (), PLAN_FIELDS)
    if data is None:
        return None, checker.problems
    plan_id = checker.text(data, "id", (), required=True)
    language = _check_language(checker, data)
    if plan_id and not ID_PATTERN.match(plan_id):
        checker.problem(("id",), "use lower case letters, digits and dashes")
    elif plan_id:
        _check_file_name(checker, document, plan_id, language)
    title = checker.text(data, "title", (), required=True)
    summary = checker.text(data, "summary", ())
    start = _check_start(checker, data.get("start"))
    available = checker.duration(data["available"], ("available",)) if "available" in data else 0
    items = _check_items(checker, data.get("items"))
    if checker.problems:
        return None, checker.problems
    return Plan(plan_id, title, tuple(items), summary, start, available, language), []


def _check_start(checker: Checker, value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, int) and not isinstance(value, bool):
        # YAML 1.1 reads an unquoted 09:00 as the base-60 number 540.
        value = f"{value // 60:02d}:{value % 60:02d}"
    match = CLOCK_PATTERN.match(str(value))
    if not match:
        checker.problem(("start",), "expected a time of day such as \"09:00\", got {value}",
                        value=describe(value))
        return ""
    return f"{int(match[1]):02d}:{match[2]}"


def _check_items(checker: Checker, raw: Any) -> list[PlanItem]:
    if raw is None:
        checker.missing((), "items", "`items` is required: a list of exercises and breaks")
        return []
    if not isinstance(raw, list) or not raw:
        if raw:
            checker.problem(("items",), "expected a list of exercises and breaks, got {value}",
                            value=describe(raw))
        else:
            checker.problem(("items",), "needs at least one exercise or break")
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
                                    "e.g. {{write: 5m}}, got {value}", value=describe(overrides))
                else:
                    for key, value in overrides.items():
                        durations[str(key)] = checker.duration(value, (*where, "durations", key))
            items.append(PlanExercise(exercise, durations, _plan_values(checker, entry, where),
                                      _plan_rounds(checker, entry, where)))
        elif not (isinstance(entry, dict) and _misspelt_item(checker, entry, where)):
            checker.problem(where, "each item is `exercise: ID` or `break: DURATION`")
    return items


def _plan_values(checker: Checker, entry: dict[str, Any], where: FieldPath) -> dict[str, str]:
    """`parameters: {question: ...}`: this use's values (checked against the exercise later)."""
    raw = entry.get("parameters")
    if raw is None:
        return {}
    if not isinstance(raw, dict):
        checker.problem((*where, "parameters"), "expected parameter keys with their values, e.g. "
                                                "{{question: How do we ...?}}, got {value}",
                        value=describe(raw))
        return {}
    values = {str(key): " ".join(checker.text(raw, key, (*where, "parameters")).split()) for key in raw}
    return {key: value for key, value in values.items() if value}


def _plan_rounds(checker: Checker, entry: dict[str, Any], where: FieldPath) -> dict[str, int]:
    """`rounds: {consult: 4}`: how many rounds a run is done here (checked against the exercise later)."""
    raw = entry.get("rounds")
    if raw is None:
        return {}
    if not isinstance(raw, dict):
        checker.problem((*where, "rounds"), "expected run keys with their rounds, e.g. {{consult: 4}}, "
                                            "got {value}", value=describe(raw))
        return {}
    return {str(key): _check_round_count(checker, value, (*where, "rounds", key))
            for key, value in raw.items()}


def _misspelt_item(checker: Checker, entry: dict[str, Any], where: FieldPath) -> bool:
    """For an item that is neither kind: point at a misspelt `exercise` or `break`."""
    known = PLAN_EXERCISE_FIELDS | PLAN_BREAK_FIELDS
    misspelt = [key for key in entry if key not in known
                and difflib.get_close_matches(str(key), sorted(known), n=1)]
    for key in misspelt:
        checker.unknown(where, str(key), known)
    return bool(misspelt)
