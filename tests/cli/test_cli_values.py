"""`workshop new --set`: this group's values for a plan's exercises; a clear refusal when one is missing."""

from __future__ import annotations

from pathlib import Path

import pytest

from workshop.cli import main
from workshop.core.templates import PlanExercise
from workshop.store.session_file import SessionFile

MOVES = ["new", "--plan", "team-meeting-that-moves", "--title", "Moves", "--date", "2026-12-05"]


def test_set_gives_every_use_of_an_exercise_or_one_item_its_value(tmp_path: Path) -> None:
    out = tmp_path / "moves.workshop"
    assert main([*MOVES, "--set", "closing-round.closing_question=One word?",
                 "--set", "4.question=Which change first?", "-o", str(out)]) == 0
    with SessionFile.open(out) as session:
        state = session.load()
    items = [item for item in state.plan.items if isinstance(item, PlanExercise)]
    assert items[0].parameters == {"question": "What gets in the way of serving our customers well?"}
    assert items[2].parameters == {"question": "Which change first?"}
    assert items[3].parameters == {"closing_question": "One word?"}
    assert state.agenda.items[3].title == "1-2-4-All: Which change first?"


@pytest.mark.parametrize(("given", "said"), [
    ("question", "write EXERCISE.KEY=VALUE"),
    ("nope.question=x", "the plan has no exercise 'nope'"),
    ("closing-round.topic=x", "closing-round takes no value 'topic' (it takes: closing_question)"),
])
def test_a_wrong_set_is_named_and_nothing_is_written(tmp_path: Path, capsys, given: str, said: str) -> None:
    assert main([*MOVES, "--set", given, "-o", str(tmp_path / "x")]) == 1
    err = capsys.readouterr().err
    assert said in err and "Traceback" not in err
    assert list(tmp_path.iterdir()) == []


def test_a_value_the_plan_lacks_must_be_set(tmp_path: Path, capsys) -> None:
    library = tmp_path / "library"
    (library / "plans").mkdir(parents=True)
    (library / "plans" / "quick.yaml").write_text(
        "id: quick\ntitle: Quick\nitems:\n  - exercise: one-two-four-all\n", encoding="utf-8")
    args = ["--library", str(library), "new", "--plan", "quick", "--title", "Q"]
    assert main([*args, "-o", str(tmp_path / "q")]) == 1
    err = capsys.readouterr().err
    assert ("item 1 of the plan, one-two-four-all, needs a value for 'question' (The question): "
            "add --set one-two-four-all.question=\"...\"") in err
    assert main([*args, "--set", "one-two-four-all.question=Why?", "-o", str(tmp_path / "q")]) == 0
