"""The whole session as JSON-ready data, and back.

`workshop export --format json` writes `session_to_json`, `workshop import`
reads it with `read_session` / `session_from_json`: a round trip keeps
everything, including the plan and templates as they were on the day.

An imported file is trusted no more than typing. Its shape is checked here
(``cards[3].text: expected a string, got 12``); its templates and plan by the
library's own validator, as if a trainer had saved them as files; and every
row of the group's input goes through the command a facilitator's change
goes through (`core.rebuild`). So what imports can always be shown, stored
and exported in every format, and what does not is refused with one line
naming the field.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import asdict, fields
from datetime import date
from pathlib import Path
from typing import Any, TypeVar

from workshop.core.agenda import MissingExercise
from workshop.core.commands import InputError
from workshop.core.commands.day_start import check_day_start
from workshop.core.commands.reveal import SetResultsShown
from workshop.core.rebuild import RawSession, rebuild
from workshop.core.session import (
    Action,
    Answer,
    Card,
    Cluster,
    DayStart,
    EventKind,
    Rating,
    SessionHeader,
    SessionState,
    Statement,
    StepEvent,
    Target,
    Vote,
)
from workshop.core.templates import ExerciseTemplate, Plan
from workshop.core.worded import Worded, listed, phrased, said

FORMAT = "workshop-session"
# 2 added clusters, votes, ratings, statements, answers, actions and the
# card's colour, hidden, author, cluster and position. Version 1 files still
# read (those lists are empty); an older app refuses a version 2 file rather
# than silently dropping what it does not know. 3 added the room's phones: a
# card's device, answers from phones (an answer's participant) and room.phones;
# an older app would take a phone's answer for the group's, so it refuses. 4 added
# the day's own start (`day_start`, "" for the plan's start time); an older app would
# measure the day from the plan's start again, so it refuses. Versions 1 to 3 read with "".
# 4 also lists the steps whose results were revealed on cue (`revealed`; none before).
VERSION = 4

T = TypeVar("T")
_MISSING = object()
# A session of a full day is a few megabytes; a larger file is not one of ours.
MAX_JSON_BYTES = 200 * 1024 * 1024


def read_session(raw: bytes) -> SessionState:
    """A session from the bytes of an exported JSON file; ValueError with one line if it is not one.

    Refused before any field is read: text that is not UTF-8, JSON's NaN and
    Infinity (not numbers anyone typed), nesting deeper than Python can
    follow, and broken characters (lone surrogates) that no file can store.
    """
    if len(raw) > MAX_JSON_BYTES:
        raise ImportProblem("the file is {size} MB; an exported session is far smaller",
                            size=len(raw) // 1_048_576)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ImportProblem("not a JSON file written by `workshop export --format json` "
                            "(it is not UTF-8 text)") from None
    try:
        data = json.loads(text, parse_constant=_no_constant)
    except json.JSONDecodeError as error:
        # The JSON reader's own words (English) inside ours.
        raise JsonSyntaxError(error.lineno, "not valid JSON: {reason}", reason=error.msg) from None
    except RecursionError:
        raise ImportProblem("nested too deeply to be an exported session") from None
    _check_strings(data, "")
    return session_from_json(data)


class ImportProblem(Worded, ValueError):
    """What is wrong with a file to import, naming the field; kept as a template and its values
    (`core.worded`), so the command line says it in the user's language."""

    def __init__(self, template: str, **values: object) -> None:
        super().__init__(self.word(template, values))


class JsonSyntaxError(ImportProblem):
    """Not JSON at all; `line` says where it stops being JSON (for ``file:line: message``)."""

    def __init__(self, line: int, template: str, **values: object) -> None:
        super().__init__(template, **values)
        self.line = line


def _no_constant(name: str) -> Any:
    raise ImportProblem("{name} is not a number a session holds", name=name)


def _check_strings(value: Any, where: str) -> None:
    """Every string (keys too) must be storable: no lone surrogates; error names the field."""
    stack: list[tuple[Any, str]] = [(value, where)]
    while stack:
        item, place = stack.pop()
        if isinstance(item, str):
            _storable(item, place or "session")
        elif isinstance(item, dict):
            for key, child in item.items():
                _storable(key, f"{place}.{key!r}" if place else repr(key))
                stack.append((child, f"{place}.{key}" if place else str(key)))
        elif isinstance(item, list):
            stack.extend((child, f"{place}[{index}]") for index, child in enumerate(item))


def _storable(text: str, where: str) -> None:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raise ImportProblem("{where}: holds a broken character (a lone surrogate), which no file can "
                            "store", where=where) from None


_FLAT = (str, int, float, bool, type(None))
_FIELD_NAMES: dict[type, tuple[str, ...]] = {}


def _row(item: Any) -> dict[str, Any]:
    """`asdict` of a row of plain values, without its deep copy: an export starts in the window's
    thread, and `asdict` of ten thousand cards stalls it for most of a second (benchmarks/stall.py)."""
    names = _FIELD_NAMES.get(type(item))
    if names is None:
        names = _FIELD_NAMES[type(item)] = tuple(field.name for field in fields(item))
    row = {name: getattr(item, name) for name in names}
    return row if all(isinstance(value, _FLAT) for value in row.values()) else asdict(item)


def session_to_json(state: SessionState) -> dict[str, Any]:
    """The session as plain dicts, lists, strings and numbers (ready for json.dump)."""
    header = state.header
    return {
        "format": FORMAT,
        "version": VERSION,
        "header": {"title": header.title, "organisation": header.organisation,
                   "facilitator": header.facilitator, "date": header.date,
                   "participants": list(header.participants), "language": header.language},
        "plan": state.plan.to_dict(),
        "templates": {key: template.to_dict() for key, template in state.templates.items()},
        "cards": [_row(card) for card in state.cards],
        "events": [_row(event) for event in state.events],
        "current": state.current,
        "clusters": [_row(cluster) for cluster in state.clusters],
        "votes": [{"item": v.item, "step": v.step, "target": {"kind": v.target.kind, "id": v.target.id},
                   "voter": v.voter, "count": v.count} for v in state.votes],
        "ratings": [_row(rating) for rating in state.ratings],
        "statements": [{"id": s.id, "item": s.item, "step": s.step, "values": dict(s.values),
                        "chosen": s.chosen} for s in state.statements],
        "answers": [_row(answer) for answer in state.answers],
        "actions": [{"id": a.id, "item": a.item, "step": a.step, "what": a.what, "who": a.who,
                     "due": a.due.isoformat() if a.due else None} for a in state.actions],
        "room": {"phones": state.phones},
        "day_start": state.day_start,
        "revealed": [{"item": r.item, "step": r.step} for r in state.reveals],
    }


_TYPE_NAMES = {str: said("a string"), int: said("a whole number"), float: said("a number"),
               dict: said("an object"), list: said("a list")}


def _type_name(kind: type | tuple[type, ...]) -> str:
    names = [_TYPE_NAMES.get(k, k.__name__) for k in (kind if isinstance(kind, tuple) else (kind,))]
    return said("{first} or {last}", first=names[0], last=names[1]) if len(names) == 2 else names[0]


def _get(data: Mapping[str, Any], name: str, kind: type | tuple[type, ...], where: str,
         default: Any = _MISSING) -> Any:
    """`data[name]` checked against `kind`; the error names `where.name`."""
    if name not in data:
        if default is _MISSING:
            raise ImportProblem("{where}{name}: missing", where=where, name=name)
        return default
    value = data[name]
    # bool is an int to Python, never to a person reading the file
    if isinstance(value, bool) or not isinstance(value, kind):
        raise ImportProblem("{where}{name}: expected {kind}, got {value!r:.60}", where=where, name=name,
                            kind=_type_name(kind), value=value)
    return value


def _object(value: Any, where: str) -> Mapping[str, Any]:
    if not isinstance(value, Mapping):
        raise ImportProblem("{where}: expected {kind}, got {value!r:.60}", where=where, kind=_type_name(dict),
                            value=value)
    return value


def _list(data: Mapping[str, Any], name: str, where: str = "") -> list[Any]:
    return list(_get(data, name, list, where, []))


def _from_dict(build: Callable[[dict[str, Any]], T], value: Any, where: str) -> T:
    """Run a core `from_dict`, turning its KeyError/TypeError into a named ValueError."""
    try:
        return build(dict(_object(value, where)))
    except KeyError as exc:
        raise ImportProblem("{where}: missing field {name!r}", where=where, name=exc.args[0]) from None
    except (TypeError, ValueError, AttributeError) as exc:
        # Python's own words, where core's reading of a row gives none of ours.
        reason = phrased(exc) if isinstance(exc, Worded) else str(exc)
        raise ImportProblem("{where}: {reason}", where=where, reason=reason) from None


def _header(value: Any) -> SessionHeader:
    data = _object(value, "header")
    participants = _get(data, "participants", list, "header.", [])
    for index, name in enumerate(participants):
        if not isinstance(name, str):
            raise ImportProblem("header.participants[{index}]: expected a string, got {value!r:.60}",
                                index=index, value=name)
    return SessionHeader(
        title=_get(data, "title", str, "header."),
        organisation=_get(data, "organisation", str, "header.", ""),
        facilitator=_get(data, "facilitator", str, "header.", ""),
        date=_get(data, "date", str, "header.", ""),
        participants=tuple(participants),
        language=_get(data, "language", str, "header.", "en"),
    )


def _optional(data: Mapping[str, Any], name: str, kind: type, where: str) -> Any:
    """`data[name]` of `kind`, or None when it is missing, null or empty.

    Empty counts as missing because the store reads "" as "nobody in
    particular" (a tallied vote, a consensus rating) just as it reads None.
    """
    if data.get(name) in (None, ""):
        return None
    return _get(data, name, kind, where)


def _flag(data: Mapping[str, Any], name: str, where: str) -> bool:
    value = data.get(name, False)
    if not isinstance(value, bool):
        raise ImportProblem("{where}{name}: expected true or false, got {value!r:.60}", where=where,
                            name=name, value=value)
    return value


def _card(value: Any, where: str) -> Card:
    data = _object(value, where)
    where += "."
    return Card(id=_get(data, "id", int, where), item=_get(data, "item", int, where),
                step=_get(data, "step", str, where), text=_get(data, "text", str, where),
                column=_get(data, "column", str, where, ""),
                created_at=_get(data, "created_at", str, where, ""),
                colour=_get(data, "colour", str, where, ""),
                hidden=_flag(data, "hidden", where),
                author=_get(data, "author", str, where, ""),
                cluster=_optional(data, "cluster", int, where),
                position=float(_get(data, "position", (int, float), where, 0.0)),
                device=_get(data, "device", str, where, ""))


def _cluster(value: Any, where: str) -> Cluster:
    data = _object(value, where)
    where += "."
    return Cluster(id=_get(data, "id", int, where), item=_get(data, "item", int, where),
                   step=_get(data, "step", str, where), name=_get(data, "name", str, where),
                   column=_get(data, "column", str, where, ""),
                   position=float(_get(data, "position", (int, float), where, 0.0)))


def _vote(value: Any, where: str) -> Vote:
    data = _object(value, where)
    target = _object(_get(data, "target", dict, where + "."), where + ".target")
    kind = _get(target, "kind", str, where + ".target.")
    if kind not in (Target.CARD, Target.CLUSTER):
        raise ImportProblem("{where}.target.kind: expected card or cluster, got {kind!r:.60}", where=where,
                            kind=kind)
    where += "."
    return Vote(item=_get(data, "item", int, where), step=_get(data, "step", str, where),
                target=Target(kind, _get(target, "id", int, where + "target.")),
                voter=_optional(data, "voter", str, where), count=_get(data, "count", int, where))


def _rating(value: Any, where: str) -> Rating:
    data = _object(value, where)
    where += "."
    return Rating(item=_get(data, "item", int, where), step=_get(data, "step", str, where),
                  subject=_get(data, "subject", int, where),
                  participant=_optional(data, "participant", str, where),
                  value=_get(data, "value", int, where))


def _statement(value: Any, where: str) -> Statement:
    data = _object(value, where)
    where += "."
    values = _object(_get(data, "values", dict, where), where + "values")
    for key, text in values.items():
        if not isinstance(text, str):
            raise ImportProblem("{where}values[{key!r}]: expected a string, got {value!r:.60}", where=where,
                                key=key, value=text)
    return Statement(id=_get(data, "id", int, where), item=_get(data, "item", int, where),
                     step=_get(data, "step", str, where), values=dict(values),
                     chosen=_flag(data, "chosen", where))


def _answer(value: Any, where: str) -> Answer:
    data = _object(value, where)
    where += "."
    return Answer(item=_get(data, "item", int, where), step=_get(data, "step", str, where),
                  question=_get(data, "question", int, where), text=_get(data, "text", str, where),
                  participant=_optional(data, "participant", str, where))


def _action(value: Any, where: str) -> Action:
    data = _object(value, where)
    where += "."
    due = _optional(data, "due", str, where)
    try:
        due_date = date.fromisoformat(due) if due else None
    except ValueError:
        raise ImportProblem("{where}due: expected a date like 2026-12-04, got {value!r:.60}", where=where,
                            value=due) from None
    return Action(id=_get(data, "id", int, where), item=_get(data, "item", int, where),
                  step=_get(data, "step", str, where), what=_get(data, "what", str, where),
                  who=_get(data, "who", str, where, ""), due=due_date)


def _rows(data: Mapping[str, Any], name: str, read: Callable[[Any, str], T]) -> list[T]:
    return [read(value, f"{name}[{index}]") for index, value in enumerate(_list(data, name))]


def _event(value: Any, where: str) -> StepEvent:
    data = _object(value, where)
    kind = _get(data, "kind", str, where + ".")
    if kind not in EventKind.ALL:
        raise ImportProblem("{where}.kind: expected one of {kinds}, got {kind!r}", where=where,
                            kinds=", ".join(EventKind.ALL), kind=kind)
    where += "."
    return StepEvent(item=_get(data, "item", int, where), step=_get(data, "step", str, where),
                     kind=kind, at=_get(data, "at", str, where),
                     elapsed=float(_get(data, "elapsed", (int, float), where, 0.0)),
                     amount=float(_get(data, "amount", (int, float), where, 0.0)))


def session_from_json(data: Any, *, trusted: bool = False) -> SessionState:
    """Rebuild a session from `session_to_json` output (e.g. after json.load).

    Raises ValueError naming the first bad field: a wrong format marker, a
    newer version, a missing or mistyped field, a template or plan the
    library would refuse, or a row the app would not take from the keyboard.
    `trusted` is for the app's own snapshot handed to the export worker: the
    shape is checked, the rows are taken as the session file holds them
    (an older file may hold what today's rules would not make).
    """
    data = _object(data, "session")
    marker = data.get("format")
    if marker != FORMAT:
        raise ImportProblem("format: expected {format!r}, got {marker!r:.60}: not a workshop session",
                            format=FORMAT, marker=marker)
    version = _get(data, "version", int, "")
    if not 1 <= version <= VERSION:
        raise ImportProblem("version: this file is version {version}; this app reads up to version {newest}",
                            version=version, newest=VERSION)
    templates: dict[str, ExerciseTemplate] = {}
    for key, value in _object(_get(data, "templates", dict, ""), "templates").items():
        template = _from_dict(ExerciseTemplate.from_dict, value, f"templates[{key!r}]")
        if template.id != key:
            raise ImportProblem("templates[{key!r}].id: is {id!r}, expected {key!r}", key=key, id=template.id)
        templates[key] = template if trusted else _as_validated(template, f"templates[{key!r}]")
    raw = RawSession(
        header=_header(_get(data, "header", dict, "")),
        plan=_plan(_get(data, "plan", dict, ""), trusted),
        templates=templates,
        cards=_rows(data, "cards", _card),
        events=_rows(data, "events", _event),
        current=_get(data, "current", int, "", 0),
        clusters=_rows(data, "clusters", _cluster),
        votes=_rows(data, "votes", _vote),
        ratings=_rows(data, "ratings", _rating),
        statements=_rows(data, "statements", _statement),
        answers=_rows(data, "answers", _answer),
        actions=_rows(data, "actions", _action),
        phones=_get(_object(_get(data, "room", dict, "", {}), "room"), "phones", int, "room.", 0),
    )
    day_start = _get(data, "day_start", str, "", "")
    try:
        check_day_start(day_start)  # the session's own rule for it
    except InputError as refused:
        raise ImportProblem("day_start: {reason}", reason=phrased(refused)) from None
    try:
        # Every row by the app's own rules: RebuildError (a ValueError) names the row.
        state = _as_is(raw) if trusted else rebuild(raw)
    except MissingExercise as exc:
        raise ImportProblem("plan.items: exercise {id!r} is not in templates", id=exc.args[0]) from None
    state.day_starts[:] = [DayStart(day_start)] if day_start else []
    for index, row in enumerate(_get(data, "revealed", list, "", [])):
        where = f"revealed[{index}]"
        shown = _object(row, where)
        try:
            SetResultsShown(_get(shown, "item", int, f"{where}."), _get(shown, "step", str, f"{where}."),
                            True).apply(state)
        except InputError as refused:
            raise ImportProblem("{where}: {reason}", where=where, reason=phrased(refused)) from None
    broken = state.broken_links()
    if broken:
        raise ImportProblem("the session does not hold together: {problems}", problems=listed(broken[:5]))
    return state


def _plan(value: Any, trusted: bool) -> Plan:
    plan = _from_dict(Plan.from_dict, value, "plan")
    return plan if trusted else _as_validated(plan, "plan")


def _as_is(raw: RawSession) -> SessionState:
    return SessionState(header=raw.header, plan=raw.plan, templates=raw.templates, cards=raw.cards,
                        events=raw.events, current=raw.current, clusters=raw.clusters, votes=raw.votes,
                        ratings=raw.ratings, statements=raw.statements, answers=raw.answers,
                        actions=raw.actions, phones=raw.phones)


def _as_validated(thing: T, where: str) -> T:
    """`thing` (a template or the plan) checked by the library's validator, as a trainer's file is.

    Written as the YAML a trainer would save and read back: the same rules,
    not a copy of them. The first problem is the error, named from `where`.
    """
    from workshop.library.plan_writer import dump_plan
    from workshop.library.validate import check_exercise, check_plan
    from workshop.library.writer import dump_exercise
    from workshop.library.yamlsource import parse_yaml

    is_plan = isinstance(thing, Plan)
    try:
        text = dump_plan(thing) if is_plan else dump_exercise(thing)  # type: ignore[arg-type]
    except Exception:  # a value of a kind no file could hold
        if is_plan:
            raise ImportProblem("{where}: not a valid plan", where=where) from None
        raise ImportProblem("{where}: not a valid exercise", where=where) from None
    name = getattr(thing, "id", "")
    document, problems = parse_yaml(text, Path(f"{name}.yaml"))
    checked = None
    if document is not None and not problems:
        checked, problems = (check_plan if is_plan else check_exercise)(document)
    if problems or checked is None:
        problem = problems[0] if problems else None
        field = f".{problem.field}" if problem and problem.field else ""
        raise ImportProblem("{where}{field}: {reason}", where=where, field=field,
                            reason=problem.message if problem else said("not valid"))
    return checked  # type: ignore[return-value]
