"""The rating grid: a digit per score, average and spread live on the console and the wall."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.ui.inputs.conftest import place, reopen
from workshop.core.commands import SetRating
from workshop.ui.inputs.rating_grid import RatingGrid
from workshop.ui.inputs.rating_model import AVERAGE, FIRST_PERSON, GROUP, SPREAD
from workshop.ui.room.ratings import RoomRatings
from workshop.ui.shell.controller import SessionController


@pytest.fixture
def grid(qtbot: QtBot, door: SessionController) -> Iterator[RatingGrid]:
    """The words test: six words rated 1 (never) to 5 (often), per participant."""
    grid = RatingGrid(door)
    qtbot.addWidget(grid)
    grid.resize(900, 600)
    grid.show_step(*place(door.state, "words-test", "rate"))
    grid.show()
    qtbot.waitExposed(grid)
    yield grid
    grid.close()


def cell(grid: RatingGrid, row: int, column: int) -> str:
    return str(grid.model.index(row, column).data())


def add_person(qtbot: QtBot, grid: RatingGrid, name: str) -> None:
    grid.new_person.setFocus()
    qtbot.keyClicks(grid.new_person, name)
    qtbot.keyClick(grid.new_person, Qt.Key.Key_Return)


def test_a_persons_scores_are_typed_one_digit_each_down_the_column(qtbot: QtBot, grid: RatingGrid,
                                                                   session_path: Path) -> None:
    add_person(qtbot, grid, "Ana")
    assert grid.table.currentIndex().column() == FIRST_PERSON
    qtbot.keyClicks(grid.table, "435215")

    assert [cell(grid, row, FIRST_PERSON) for row in range(6)] == ["4", "3", "5", "2", "1", "5"]
    saved = reopen(session_path).ratings
    assert [(r.subject, r.participant, r.value) for r in saved] == [
        (n, "Ana", v) for n, v in enumerate((4, 3, 5, 2, 1, 5))]


def test_average_and_spread_follow_every_score(qtbot: QtBot, grid: RatingGrid,
                                               door: SessionController) -> None:
    room = RoomRatings(door)
    qtbot.addWidget(room)
    room.resize(1600, 900)
    room.show_step(grid.item, grid.step)
    add_person(qtbot, grid, "Ana")
    qtbot.keyClick(grid.table, Qt.Key.Key_2)
    add_person(qtbot, grid, "Ben")
    qtbot.keyClick(grid.table, Qt.Key.Key_4)

    assert cell(grid, 0, AVERAGE) == "3.0"
    assert cell(grid, 0, SPREAD) == "±1.0 (2–4)"
    assert room.visible_text().splitlines()[:2] == ["average of 2 scores", "Pride 3.0"]
    door.undo()
    assert cell(grid, 0, AVERAGE) == "2.0"
    assert room.visible_text().splitlines()[:2] == ["average of 1 score", "Pride 2.0"]
    door.execute(SetRating(grid.item, grid.step, 1, "Ana", 5))
    assert room.visible_text().splitlines()[:3] == ["average of 1 score", "Pride 2.0", "Engage 5.0"]
    door.execute(SetRating(grid.item, grid.step, 0, "Ben", 4))  # now two scores on one, one on the other
    assert room.visible_text().splitlines()[:3] == ["average", "Pride 3.0 (2 scores)", "Engage 5.0 (1 score)"]


def test_delete_clears_a_score(qtbot: QtBot, grid: RatingGrid, door: SessionController) -> None:
    add_person(qtbot, grid, "Ana")
    qtbot.keyClick(grid.table, Qt.Key.Key_3)
    grid.table.setCurrentIndex(grid.model.index(0, FIRST_PERSON))
    qtbot.keyClick(grid.table, Qt.Key.Key_Delete)
    assert door.state.ratings == []
    assert cell(grid, 0, AVERAGE) == "–"


def test_a_score_off_the_scale_is_refused_in_words(qtbot: QtBot, grid: RatingGrid,
                                                   door: SessionController) -> None:
    add_person(qtbot, grid, "Ana")
    qtbot.keyClick(grid.table, Qt.Key.Key_7)
    assert door.state.ratings == []
    assert grid.hint.text() == "Scores go from 1 to 5; 7 is outside."
    assert grid.table.currentIndex().row() == 0  # stays on the cell to be typed again


def test_consensus_mode_shows_only_the_groups_column(qtbot: QtBot, grid: RatingGrid,
                                                     door: SessionController) -> None:
    add_person(qtbot, grid, "Ana")
    grid.set_consensus(True)
    assert grid.table.isColumnHidden(FIRST_PERSON)
    assert grid.table.currentIndex().column() == GROUP
    grid.table.setFocus()
    qtbot.keyClicks(grid.table, "45")
    assert [(r.subject, r.participant, r.value) for r in door.state.ratings] == [(0, None, 4), (1, None, 5)]
    room = RoomRatings(door)
    qtbot.addWidget(room)
    room.show_step(grid.item, grid.step)
    assert room.visible_text().splitlines()[:2] == ["◆ the group", "Pride ◆ 4"]


def test_participants_of_the_session_have_their_columns(qtbot: QtBot, door: SessionController) -> None:
    item, step = place(door.state, "servant-leadership", "rate")
    door.execute(SetRating(item, step, 0, "Chen", 5))
    grid = RatingGrid(door)
    qtbot.addWidget(grid)
    grid.show_step(item, step)
    assert grid.model.people == ["Chen"]
    assert grid.model.headerData(FIRST_PERSON, Qt.Orientation.Horizontal) == "Chen"
    assert grid.model.headerData(0, Qt.Orientation.Vertical) == "Listening"
