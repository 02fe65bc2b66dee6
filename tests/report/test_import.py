"""`workshop import` takes what the app would take, and refuses the rest in one line.

Each malformed input below was once a traceback, or imported and then broke
an export or vanished from it. Every refusal must be one line naming the
field, exit status 1, and no file left behind; everything that imports must
export in all four formats.
"""

from __future__ import annotations

import copy
import json
import math
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from workshop.cli import main
from workshop.core.session import SessionState
from workshop.library.schema import schema
from workshop.report.export import FORMATS, export
from workshop.report.json_io import read_session, session_to_json

Change = Callable[[dict[str, Any]], Any]


@pytest.fixture
def valid(session: SessionState) -> dict[str, Any]:
    """The fixture session as the app exports it, minus a card only an older file could hold."""
    made = replace(session, cards=[card for card in session.cards if card.column != "gone"])
    return session_to_json(made)


def refused(tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str | bytes) -> str:
    """Import `text` through the command line; return its one-line message."""
    source = tmp_path / "in" / "day.json"
    source.parent.mkdir(exist_ok=True)
    source.write_bytes(text.encode("utf-8", "surrogatepass") if isinstance(text, str) else text)
    out = tmp_path / "out"
    out.mkdir(exist_ok=True)
    status = main(["import", str(source), "-o", str(out / "copy.workshop")])
    captured = capsys.readouterr()
    assert status == 1, captured.out
    assert list(out.iterdir()) == [], "a refused import leaves nothing behind"
    assert "Traceback" not in captured.err
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1, captured.err
    return lines[0]


def set_path(data: dict[str, Any], path: str, value: Any) -> None:
    """`set_path(d, "cards.0.text", 5)`: what a hand-edited file might hold."""
    *parents, last = path.split(".")
    target: Any = data
    for part in parents:
        target = target[int(part)] if isinstance(target, list) else target[part]
    if isinstance(target, list):
        target[int(last)] = value
    else:
        target[last] = value


BAD_VALUES = [
    # JSON that is not a session's numbers or text
    ("header.title", float("nan"), "NaN is not a number a session holds"),
    ("cards.0.position", float("inf"), "Infinity is not a number a session holds"),
    ("cards.0.id", 2**63, "cards[0]: An id is a number from 1 to"),
    ("cards.0.item", 2**70, "cards[0]: This agenda has no step"),
    ("ratings.0.subject", 2**64, "ratings[0]:"),
    ("header.title", "a\ud800b", "header.title: holds a broken character"),
    # what the app itself refuses
    ("votes.0.count", 0, "votes[0]: A vote has at least one dot."),
    ("votes.0.count", -3, "votes[0]: A vote has at least one dot."),
    ("header.title", "", "header: The title needs some text."),
    ("header.title", "x" * 100_000, "header: The title holds at most 200 characters"),
    ("cards.0.text", "   ", "cards[0]: A card needs some text"),
    ("cards.0.text", "x" * 20_000, "cards[0]: A card holds at most 10,000 characters; this one has 20,000."),
    ("ratings.0.value", 99, "ratings[0]: Scores go from 1 to 5; 99 is outside."),
    ("answers.0.question", 7, "answers[0]: This step asks"),
    ("cards.0.step", "nowhere", "cards[0]: This agenda has no step 'nowhere'"),
    ("ratings.0.subject", 40, "ratings[0]:"),
    ("events.0.at", "yesterday-ish", "events[0]: The time of a timer event must be a date and time"),
    ("events.0.elapsed", -5, "events[0]: A step's timer runs for less than a day"),
    ("current", 999, "current: The agenda has"),
    ("plan.start", "25:99", "plan.start:"),
    ("templates.keep.steps.0.input.scale.max", 10**9, "templates['keep'].steps[0].input.scale:"),
    ("templates.keep.steps.0.input.scale.min", -(10**9), "templates['keep'].steps[0].input.scale:"),
    ("templates.fog.steps.1.prompt", ["a", "list"], "templates['fog'].steps[1].prompt: expected text"),
    ("actions.0.what", "", "actions[0]: What will be done needs some text."),
]


@pytest.mark.parametrize(("path", "value", "message"), BAD_VALUES,
                         ids=[f"{p}={v!r:.20}" for p, v, _ in BAD_VALUES])
def test_a_bad_value_is_refused_in_one_line(valid: dict[str, Any], tmp_path: Path,
                                            capsys: pytest.CaptureFixture[str], path: str, value: Any,
                                            message: str) -> None:
    set_path(valid, path, value)
    line = refused(tmp_path, capsys, json.dumps(valid, allow_nan=True))
    assert message in line, line


def test_a_number_where_template_text_goes_is_read_as_its_text(valid: dict[str, Any],
                                                               tmp_path: Path) -> None:
    """As in a trainer's file (``title: 2024``): the same rule, and then the session holds text."""
    set_path(valid, "templates.fog.steps.1.prompt", 42)
    set_path(valid, "templates.fog.title", 2024)
    state = read_session(json.dumps(valid).encode("utf-8"))
    assert state.templates["fog"].title == "2024" and state.templates["fog"].steps[1].prompt == "42"
    for format_, suffix in FORMATS.items():
        assert export(state, tmp_path / f"day{suffix}", format_).stat().st_size > 0


@pytest.mark.parametrize("table", ["cards", "clusters", "actions", "statements", "answers", "votes",
                                   "ratings"])
def test_a_row_given_twice_is_refused(valid: dict[str, Any], tmp_path: Path,
                                      capsys: pytest.CaptureFixture[str], table: str) -> None:
    valid[table].append(copy.deepcopy(valid[table][0]))
    line = refused(tmp_path, capsys, json.dumps(valid))
    assert f"{table}[{len(valid[table]) - 1}]: the same as {table}[0]" in line, line


def test_deep_nesting_and_garbage_are_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert "nested too deeply" in refused(tmp_path, capsys, "[" * 100_000 + "]" * 100_000)
    assert ":1: not valid JSON" in refused(tmp_path, capsys, "{nope")
    assert "not UTF-8" in refused(tmp_path, capsys, b"\xff\xfe{}")


def test_an_unwritable_output_is_said_in_words(valid: dict[str, Any], tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "day.json"
    source.write_text(json.dumps(valid), encoding="utf-8")
    blocker = tmp_path / "a-file"
    blocker.write_text("in the way")
    assert main(["import", str(source), "-o", str(blocker / "copy.workshop")]) == 1
    err = capsys.readouterr().err
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1
    assert "a file is where a folder must be" in err


def test_the_export_matches_its_schema_and_imports_back(valid: dict[str, Any]) -> None:
    jsonschema.Draft202012Validator(schema("session")).validate(valid)
    state = read_session(json.dumps(valid).encode("utf-8"))
    assert session_to_json(state) == valid


# ------------------------------------------------- any file: imports and exports, or one line


def _json_values() -> st.SearchStrategy[Any]:
    scalars = (st.none() | st.booleans() | st.integers(min_value=-(2**70), max_value=2**70)
               | st.floats(allow_nan=True, allow_infinity=True) | st.text(max_size=30))
    return st.recursive(scalars, lambda inner: st.lists(inner, max_size=3)
                        | st.dictionaries(st.text(max_size=8), inner, max_size=3), max_leaves=8)


def _paths(data: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [prefix] if prefix else []
    if isinstance(data, dict):
        for key, value in data.items():
            found += _paths(value, (*prefix, key))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            found += _paths(value, (*prefix, index))
    return found


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_any_changed_file_imports_and_exports_everywhere_or_is_refused_in_one_line(
        valid: dict[str, Any], tmp_path_factory: pytest.TempPathFactory, data: st.DataObject) -> None:
    changed = copy.deepcopy(valid)
    paths = _paths(changed)
    for _ in range(data.draw(st.integers(min_value=1, max_value=3))):
        path = data.draw(st.sampled_from(paths))
        target: Any = changed
        try:
            for part in path[:-1]:
                target = target[part]
            old = target[path[-1]]
            # Half the time a value of the same kind (text for text, a number for a number),
            # which is what a hand-edited file mostly holds; else anything JSON can say.
            same = {str: st.text(max_size=40), bool: st.booleans(),
                    int: st.integers(min_value=-(2**65), max_value=2**65),
                    float: st.floats(allow_nan=True, allow_infinity=True)}.get(type(old))
            values = st.one_of(same, _json_values()) if same is not None else _json_values()
            target[path[-1]] = data.draw(values)
        except (KeyError, IndexError, TypeError):
            continue  # an earlier change took that path away
    text = json.dumps(changed, allow_nan=True).encode("utf-8")
    try:
        state = read_session(text)
    except ValueError as error:
        message = str(error)
        assert message and "\n" not in message
        return
    folder = tmp_path_factory.mktemp("exports")
    for format_, suffix in FORMATS.items():
        written = export(state, folder / f"day{suffix}", format_)
        assert written.stat().st_size > 0
    assert not any(isinstance(v, float) and not math.isfinite(v) for v in _floats(session_to_json(state)))


def _floats(data: Any) -> list[float]:
    if isinstance(data, float):
        return [data]
    if isinstance(data, dict):
        return [f for value in data.values() for f in _floats(value)]
    if isinstance(data, list):
        return [f for value in data for f in _floats(value)]
    return []


GERMAN = [
    ("header.title", float("nan"), "NaN ist keine Zahl, die eine Sitzung enthält"),
    ("header.title", "a\ud800b", "header.title: enthält ein defektes Zeichen"),
    ("votes.0.count", 0, "votes[0]: "),
    ("templates.fog.steps.1.prompt", ["a", "list"],
     "templates['fog'].steps[1].prompt: Text erwartet, gefunden: eine Liste"),
    ("header", [], "header: ein Objekt erwartet, gefunden: []"),
]


@pytest.mark.parametrize(("path", "value", "message"), GERMAN, ids=[p for p, _v, _m in GERMAN])
def test_a_refusal_is_said_in_the_users_language(valid: dict[str, Any], tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str],
                                                 monkeypatch: pytest.MonkeyPatch, path: str, value: Any,
                                                 message: str) -> None:
    monkeypatch.setenv("LANGUAGE", "de")
    english = copy.deepcopy(valid)
    set_path(valid, path, value)
    line = refused(tmp_path, capsys, json.dumps(valid, allow_nan=True))
    assert message in line, line
    monkeypatch.setenv("LANGUAGE", "en")
    set_path(english, path, value)
    assert refused(tmp_path, capsys, json.dumps(english, allow_nan=True)) != line  # and not English


def test_a_row_given_twice_and_garbage_are_refused_in_the_users_language(
        valid: dict[str, Any], tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LANGUAGE", "de")
    valid["cards"].append(copy.deepcopy(valid["cards"][0]))
    line = refused(tmp_path, capsys, json.dumps(valid))
    assert f"cards[{len(valid['cards']) - 1}]: dasselbe wie cards[0] (ID " in line, line
    assert ":1: kein gültiges JSON: " in refused(tmp_path, capsys, "{nope")
    assert "zu tief verschachtelt" in refused(tmp_path, capsys, "[" * 100_000 + "]" * 100_000)
