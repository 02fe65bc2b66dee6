"""`dump_exercise` writes YAML that loads back as the same template."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings

from tests.library.strategies import templates
from workshop.core.templates import ExerciseTemplate
from workshop.library.validate import check_exercise
from workshop.library.writer import dump_exercise
from workshop.library.yamlsource import parse_yaml


def load_back(text: str, exercise_id: str) -> ExerciseTemplate | None:
    document, problems = parse_yaml(text, Path("exercises") / f"{exercise_id}.yaml")
    assert problems == [], text
    assert document is not None
    template, problems = check_exercise(document)
    # A stray {{ in drawn text is worth a warning, never an error: the file loads.
    assert [problem for problem in problems if problem.severity != "warning"] == [], text
    return template


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(templates())
def test_load_save_load_gives_the_same_template(template: ExerciseTemplate) -> None:
    assert load_back(dump_exercise(template), template.id) == template


def test_every_shipped_exercise_survives_a_round_trip(library) -> None:
    for template in library.exercises.values():
        assert load_back(dump_exercise(template), template.id) == template


def test_the_text_looks_like_a_trainers_file(library) -> None:
    text = dump_exercise(library.exercises["keep-it-alive"])
    assert text.startswith("id: keep-it-alive\ntitle: 'Keep it alive: our customer directive'\n")
    assert "tags: [goal-setting, purpose, directive, voting]\n" in text
    assert "facilitator_notes: |\n  **Why this exercise.**" in text
    assert "\nsteps:\n  - key: warm-up\n    title: A baby with no manual\n    duration: 3m\n" in text
    assert "    input: {kind: notes, 'on': write}\n" in text
    assert "    input: {kind: vote, 'on': write, dots: 3}\n" in text
    assert "      fields:\n        - {key: directive, label: Our directive}\n" in text
