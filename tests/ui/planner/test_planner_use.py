"""The planner sets an exercise's values and rounds for this use; the agenda and the saved plan follow."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from workshop.core.templates import PlanExercise
from workshop.library.catalog import load_library
from workshop.paths import shipped_library
from workshop.ui.shell.main_window import MainWindow


def test_values_and_rounds_per_use_are_set_undone_and_saved(qtbot: QtBot, window: MainWindow,
                                                            tmp_path: Path) -> None:
    planner = window.planner_page
    planner.add_exercise("troika-consulting")
    planner.add_exercise("one-two-four-all")
    planner.tree.setCurrentItem(planner.tree.item_row(0))
    use = planner.use_row
    assert use.isVisibleTo(planner)
    assert use.fields["challenge"].placeholderText() == "a challenge you face at work right now"
    assert use.counts["consult"].value() == 3
    shown = [label.text() for label in use.findChildren(QLabel, "useSetting")]
    assert shown == ["trios", "Chairs in threes, knee to knee, no table between them",
                     "A timer everyone can see, Paper for the client's notes"]
    assert planner.tree.rows()[0][2] == "33 min"
    use.counts["consult"].setValue(2)
    assert planner.tree.rows()[0][2] == "24 min"  # one round less: 9 minutes
    run = planner.tree.item_row(0).child(1)
    assert (run.text(1), run.text(2)) == ("Consulting round (2 rounds)", "9 min each")
    assert planner.tree.item_row(0).childCount() == 3  # planned once, not once per round
    use.fields["challenge"].setText("a hard phone call")
    use.fields["challenge"].editingFinished.emit()
    item = planner.plan.items[0]
    assert isinstance(item, PlanExercise)
    assert (item.parameters, item.rounds) == ({"challenge": "a hard phone call"}, {"consult": 2})

    planner.undo()
    assert planner.plan.items[0].parameters == {}  # type: ignore[union-attr]
    planner.redo()

    planner.tree.setCurrentItem(planner.tree.item_row(1))
    assert planner.use_row.fields["question"].placeholderText() == "(asked when the session is made)"
    assert not planner.use_row.counts

    # A round's step takes a new length for every round, keeping the values set.
    planner.tree.setCurrentItem(planner.tree.item_row(0).child(1))
    planner.set_length(0, planner.tree.chosen()[1], 12 * 60)  # type: ignore[index]
    item = planner.plan.items[0]
    assert isinstance(item, PlanExercise)
    assert item.durations == {"consult": 720} and item.parameters == {"challenge": "a hard phone call"}

    saved = planner.save_to(tmp_path / "plans" / "meeting.yaml")
    assert saved is not None
    plan = load_library([shipped_library(), tmp_path]).plans["meeting"]
    assert plan.items[0] == item
