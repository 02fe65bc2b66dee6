"""The shipped JSON Schemas: valid draft 2020-12, in step with the validator, true to every file."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings

from tests.library.corpus import FILES, schema_verdict
from tests.library.strategies import templates
from workshop.core.exercise_use import MAX_ROUNDS
from workshop.core.templates import ExerciseTemplate, InputKind
from workshop.library import validate
from workshop.library.catalog import load_entry, load_library
from workshop.library.schema import schema, schema_path, schema_text
from workshop.library.writer import dump_exercise
from workshop.library.yamlsource import load_yaml, parse_yaml
from workshop.paths import shipped_library


def validator(kind: str) -> Any:
    return jsonschema.Draft202012Validator(schema(kind))


@pytest.mark.parametrize("kind", ["exercise", "plan"])
def test_the_schema_is_valid_draft_2020_12(kind: str) -> None:
    jsonschema.Draft202012Validator.check_schema(schema(kind))
    assert schema(kind)["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema_path(kind).read_text(encoding="utf-8") == schema_text(kind)


def test_every_shipped_file_validates_against_the_schema() -> None:
    library = load_library([shipped_library()])
    assert len(library.entries) >= 9
    for entry in library.entries:
        assert entry.document is not None
        errors = [error.message for error in validator(entry.kind).iter_errors(entry.document.data)]
        assert errors == [], entry.path


@pytest.mark.parametrize("path", FILES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_schema_and_validator_agree_on_the_broken_files(path: Path) -> None:
    """The schema rejects what it can express; the validator rejects all of them."""
    kind = "plan" if path.parent.name == "plans" else "exercise"
    document, _ = load_yaml(path)
    verdict = schema_verdict(path)
    if document is None:
        assert verdict == "unreadable"
        return
    rejected = any(True for _ in validator(kind).iter_errors(document.data))
    assert ("rejects" if rejected else "accepts") == verdict
    if rejected:
        assert not load_entry(kind, path).is_valid


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(templates())
def test_every_valid_template_the_writer_makes_passes_the_schema(template: ExerciseTemplate) -> None:
    document, problems = parse_yaml(dump_exercise(template), Path(f"{template.id}.yaml"))
    assert problems == [] and document is not None
    assert list(validator("exercise").iter_errors(document.data)) == []


def _properties(node: dict[str, Any]) -> set[str]:
    return set(node["properties"])


def test_schema_fields_are_the_validators_fields() -> None:
    exercise, plan = schema("exercise"), schema("plan")
    defs = exercise["$defs"]
    assert _properties(exercise) == validate.EXERCISE_FIELDS
    assert _properties(defs["step"]) == validate.STEP_FIELDS
    assert _properties(defs["run"]) == validate.RUN_FIELDS
    assert _properties(defs["phase"]) == validate.PHASE_FIELDS
    assert _properties(defs["parameter"]) == validate.PARAMETER_FIELDS
    assert defs["parameter"]["properties"]["key"]["pattern"] == validate.PARAMETER_KEY_PATTERN.pattern
    assert defs["rounds"]["maximum"] == MAX_ROUNDS
    assert _properties(exercise["properties"]["report"]) == validate.REPORT_FIELDS
    assert _properties(defs["keyed_list"]["items"]) == validate.KEYED_FIELDS
    assert _properties(defs["rating"]["properties"]["scale"]) == validate.SCALE_FIELDS
    assert defs["input"]["properties"]["kind"]["enum"] == [kind.value for kind in InputKind]
    by_kind = {"none": "no_settings", "actions": "no_settings"}
    for kind in InputKind:
        settings_ = _properties(defs[by_kind.get(kind.value, kind.value)]) - {"kind"}
        assert settings_ == validate.INPUT_FIELDS[kind], kind
    assert _properties(plan) == validate.PLAN_FIELDS
    assert _properties(plan["$defs"]["exercise_item"]) == validate.PLAN_EXERCISE_FIELDS
    assert _properties(plan["$defs"]["break_item"]) == validate.PLAN_BREAK_FIELDS


def test_schema_patterns_are_the_validators_patterns() -> None:
    assert schema("exercise")["$defs"]["id"]["pattern"] == validate.ID_PATTERN.pattern
    assert schema("plan")["properties"]["id"]["pattern"] == validate.ID_PATTERN.pattern
    assert schema("exercise")["$defs"]["key"]["pattern"] == validate.KEY_PATTERN.pattern
    clock = re.compile(schema("plan")["properties"]["start"]["pattern"])
    for text in ("09:00", "9:05", "23:59", "24:00", "9:70", "noon"):
        assert bool(clock.match(text)) == bool(validate.CLOCK_PATTERN.match(text)), text


@pytest.mark.parametrize("text", ["5m", "90s", "1h15m", "1h", "2min", " 5m ", "1h 5m 3s",
                                  "5", "soon", "", "5 minutes", "1.5h", "m", "h5"])
def test_schema_durations_are_the_validators_durations(text: str) -> None:
    from workshop.core.durations import DurationError, parse_duration

    pattern = re.compile(schema("exercise")["$defs"]["duration"]["pattern"])
    try:
        parse_duration(text)
        readable = True
    except DurationError:
        readable = False
    assert bool(pattern.match(text)) == readable
