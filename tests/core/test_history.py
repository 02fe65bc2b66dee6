"""The snapshot history the planner's Undo uses: Qt-free, merging a run of edits to one field."""

from __future__ import annotations

from workshop.core.history import SnapshotHistory


def test_undo_and_redo_walk_the_snapshots() -> None:
    history: SnapshotHistory[str] = SnapshotHistory()
    value = "a"
    for label, new in (("Add", "ab"), ("Add", "abc")):
        assert history.remember(label, value)
        value = new
    assert history.undo_label == "Add" and history.redo_label is None
    value = history.undo(value) or value
    assert value == "ab" and history.redo_label == "Add"
    value = history.undo(value) or value
    assert value == "a" and history.undo(value) is None
    value = history.redo(value) or value
    value = history.redo(value) or value
    assert value == "abc" and history.redo(value) is None


def test_a_run_of_edits_to_one_field_is_one_step_and_a_new_change_clears_redo() -> None:
    history: SnapshotHistory[int] = SnapshotHistory()
    value = 5
    for step in range(3):
        history.remember("Change length", value, merge="length:0")
        value = 6 + step
    assert history.undo(value) == 5 and history.undo(5) is None
    history.redo(5)
    assert history.remember("Other", 8)
    assert history.redo_label is None


def test_the_history_is_capped() -> None:
    history: SnapshotHistory[int] = SnapshotHistory(limit=3)
    for value in range(10):
        history.remember("Step", value)
    steps = 0
    value = 10
    while (back := history.undo(value)) is not None:
        value, steps = back, steps + 1
    assert steps == 3 and value == 7
