"""Blank exercises: one per input kind, each valid as it is."""

from __future__ import annotations

from pathlib import Path

import pytest

from workshop.core.templates import InputKind
from workshop.library.catalog import check_text
from workshop.library.skeletons import new_id, skeleton, unused_id, user_file


@pytest.mark.parametrize("kind", list(InputKind), ids=lambda k: k.value)
def test_every_skeleton_is_a_valid_exercise_of_its_kind(kind: InputKind, library) -> None:
    exercise_id = new_id(kind)
    text = skeleton(kind, exercise_id)
    assert text.startswith("# A new exercise.")
    entry = check_text(text, Path("exercises") / f"{exercise_id}.yaml", "exercise", library)
    assert entry.problems == [] and entry.template is not None
    assert entry.template.steps[-1].input.kind is kind


def test_unused_ids_and_user_files(tmp_path: Path) -> None:
    assert unused_id("new", set()) == "new"
    assert unused_id("new", {"new", "new-2"}) == "new-3"
    assert user_file(tmp_path, "exercise", "x") == tmp_path / "exercises" / "x.yaml"
    assert user_file(tmp_path, "plan", "x") == tmp_path / "plans" / "x.yaml"
