"""The examples in docs/templates.md are valid files: a trainer copies them."""

from __future__ import annotations

import re
import textwrap
from pathlib import Path

import pytest

from tests.checkout import ROOT as PROJECT_ROOT
from workshop.library.catalog import check_text, load_library
from workshop.library.schema import schema
from workshop.paths import shipped_library

DOC = (PROJECT_ROOT / "docs" / "templates.md").read_text(encoding="utf-8")
BLOCKS = re.findall(r"```yaml\n(.*?)```", DOC, flags=re.DOTALL)
INPUTS = [block for block in BLOCKS if block.lstrip().startswith("input:")]

# An input snippet goes into this exercise as its third step, after a notes
# step a vote can refer to.
HOST = """\
id: host
title: Host
summary: Holds one example.
steps:
  - {key: talk, title: Talk, duration: 1m}
  - {key: write, title: Write, duration: 5m, input: {kind: notes}}
  - key: example
    title: Example
    duration: 5m
"""


@pytest.fixture(scope="module")
def library():
    return load_library([shipped_library()])


def _section(title: str) -> str:
    return DOC.split(f"## {title}\n", 1)[1].split("\n## ", 1)[0]


def test_the_full_exercise_example_is_valid(library) -> None:
    [example] = re.findall(r"```yaml\n(id: .*?)```", _section("An exercise file"), flags=re.DOTALL)
    entry = check_text(example, Path("exercises/keep-it-alive.yaml"), "exercise", library)
    assert entry.problems == [] and entry.template is not None


def test_the_plan_example_is_valid(library) -> None:
    [example] = re.findall(r"```yaml\n(id: .*?)```", _section("A plan file"), flags=re.DOTALL)
    entry = check_text(example, Path("plans/customer-service-culture.yaml"), "plan", library)
    assert entry.problems == [] and entry.plan is not None


def test_there_is_an_example_for_every_input_kind() -> None:
    kinds = {re.search(r"kind: (\w+)", block)[1] for block in INPUTS}
    assert kinds == {"none", "notes", "vote", "rating", "statement", "questions", "actions"}


@pytest.mark.parametrize("snippet", INPUTS, ids=lambda s: re.search(r"kind: (\w+)", s)[1])
def test_every_input_example_is_valid(snippet: str, library) -> None:
    text = HOST + textwrap.indent(textwrap.dedent(snippet), "    ")
    entry = check_text(text, Path("exercises/host.yaml"), "exercise", library)
    assert [str(p) for p in entry.problems] == []


def test_the_modeline_names_the_schemas() -> None:
    assert "# yaml-language-server: $schema=../exercise.schema.json" in DOC
    assert schema("exercise")["title"] and "workshop schema exercise" in DOC


def test_every_complete_example_of_the_methods_section_is_valid(library) -> None:
    section = _section("Methods: values per use, rounds, phases, the room")
    examples = re.findall(r"```yaml\n(id: .*?)```", section, flags=re.DOTALL)
    assert len(examples) == 5
    for example in examples:
        exercise_id = re.match(r"id: (\S+)", example)[1]
        entry = check_text(example, Path(f"exercises/{exercise_id}.yaml"), "exercise", library)
        assert [str(p) for p in entry.problems + entry.warnings] == [], exercise_id
