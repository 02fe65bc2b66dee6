"""Eight well-known methods, written as a trainer would with the template format, load and run whole.

`methods/` holds them (1-2-4-All, TRIZ, 15% Solutions, Troika Consulting,
What/So What/Now What, Min Specs, Start/Stop/Continue, a fist of five) and a
plan using all eight. Also: every shipped file written before parameters,
rounds and phases existed loads as it did then (a snapshot taken with the
code of that time).
"""

from __future__ import annotations

import json
from dataclasses import fields, is_dataclass
from pathlib import Path
from typing import Any

from workshop.core.agenda import build_agenda
from workshop.library.catalog import load_library
from workshop.paths import shipped_library

METHODS = Path(__file__).parent / "methods"
BEFORE = json.loads((METHODS / "shipped-before-parameters.json").read_text(encoding="utf-8"))


def texts(value: Any) -> list[str]:
    """Every piece of text in a template, a step or anything inside them."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, (list, tuple)):
        return [text for item in value for text in texts(item)]
    if isinstance(value, dict):
        return [text for item in value.values() for text in texts(item)]
    if is_dataclass(value) and not isinstance(value, type):
        return [text for field in fields(value) for text in texts(getattr(value, field.name))]
    return []


def test_every_method_loads_with_no_problem_and_no_warning() -> None:
    library = load_library([shipped_library(), METHODS])
    mine = [entry for entry in library.entries if METHODS in entry.path.parents]
    assert len(mine) == 9
    for entry in mine:
        assert entry.problems == [] and entry.warnings == [], entry.path.name


def test_the_plan_of_eight_runs_with_every_value_filled_in_and_every_length_kept() -> None:
    library = load_library([shipped_library(), METHODS])
    plan = library.plans["methods"]
    agenda = build_agenda(plan, library.templates_for(plan))
    for item in agenda.items:
        assert not any("{{" in text for text in [*texts(item.steps), item.title]), item.title
        template = library.exercises[item.exercise.id]  # type: ignore[union-attr]
        if item.exercise.id != "troika":  # type: ignore[union-attr]
            assert item.duration == template.duration
    troika = next(item for item in agenda.items if item.title == "Troika Consulting")
    assert [step.round.heading for step in troika.steps if step.round] == [
        "Round 1 of 3 · Client: person 1", "Round 2 of 3 · Client: person 2",
        "Round 3 of 3 · Client: person 3"]
    assert all([phase.duration for phase in step.phases] == [160, 160, 320, 80] for step in troika.steps)
    assert troika.duration == 3 * 12 * 60
    fifteen = next(item for item in agenda.items if item.title == "15% Solutions")
    assert fifteen.steps[0].prompt == \
        "Where do you have discretion and freedom to act on the challenge we discussed?"
    assert [phase.title for phase in fifteen.steps[1].phases] == [f"Person {n}" for n in range(1, 5)]
    fist = agenda.items[-1]
    assert fist.title == "Fist of five on the new rota" and fist.steps[0].input.items == ("the new rota",)
    assert fist.steps[0].input.on_cue


def test_the_shipped_files_written_before_this_format_load_as_they_did() -> None:
    library = load_library([shipped_library()])
    for exercise_id, before in BEFORE["exercises"].items():
        assert library.exercises[exercise_id].to_dict() == before, exercise_id
    plan = library.plans["customer-service-culture"]
    assert plan.to_dict() == BEFORE["plan"]
    agenda = build_agenda(plan, library.templates_for(plan))
    stops = [[s.item.index, s.step.key, s.step.title, s.step.duration] for s in agenda.stops]
    assert stops == BEFORE["stops"]
