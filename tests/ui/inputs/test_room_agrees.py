"""The wall and the report list the same dot-vote results: one rule, `core.room`, for both."""

from __future__ import annotations

from pathlib import Path

from tests.core.test_room import board
from tests.ui.inputs.conftest import open_door
from workshop.core.room import room_vote_results
from workshop.report.context import build_context
from workshop.store import SessionFile
from workshop.ui.room.votes import RoomVotes


def test_the_wall_and_the_report_list_the_same(qtbot: object, tmp_path: Path) -> None:
    path = tmp_path / "board.workshop"
    SessionFile.create(path, board()).close()
    door = open_door(path)
    try:
        wall = RoomVotes(door)
        wall.resize(1280, 720)
        wall.show_step(0, "vote")
        shown = [result.text for result in wall.results if result.count]
        printed = [result["text"] for exercise in build_context(door.state)["exercises"]
                   for step in exercise["steps"] for result in step.get("results", ())]
        assert shown == printed == ["Open", "Loose card"]
        assert [r.text for r in room_vote_results(door.state, 0, "vote", include_unvoted=False)] == shown
    finally:
        wall.deleteLater()
        door.close()
