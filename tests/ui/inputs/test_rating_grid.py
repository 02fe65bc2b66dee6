"""The rating grid: a digit per score, average and spread live on the console and the wall."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
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


# -- the keyboard: back to the name box, and never into another person's scores -------------------


def test_escape_and_shift_tab_go_back_to_the_name_box(qtbot: QtBot, grid: RatingGrid) -> None:
    add_person(qtbot, grid, "Ana")
    qtbot.keyClicks(grid.table, "43")
    assert grid.table.hasFocus()
    qtbot.keyClick(grid.table, Qt.Key.Key_Escape)
    assert grid.new_person.hasFocus()
    add_person(qtbot, grid, "Ben")
    assert grid.table.currentIndex().column() == FIRST_PERSON + 1
    qtbot.keyClick(grid.table, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert grid.new_person.hasFocus()


def test_shift_tab_then_digits_never_overwrite_another_persons_scores(qtbot: QtBot, grid: RatingGrid,
                                                                      door: SessionController) -> None:
    add_person(qtbot, grid, "Ana")
    qtbot.keyClicks(grid.table, "435215")
    add_person(qtbot, grid, "Ben")
    qtbot.keyClicks(grid.table, "2")
    qtbot.keyClick(grid.table, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClicks(QApplication.focusWidget(), "11")  # typed where the cursor went
    assert [cell(grid, row, FIRST_PERSON) for row in range(6)] == ["4", "3", "5", "2", "1", "5"]
    assert cell(grid, 0, FIRST_PERSON + 1) == "2"
    assert cell(grid, 0, GROUP) == ""


def test_after_the_last_item_the_cursor_never_walks_into_scores_already_typed(
        qtbot: QtBot, grid: RatingGrid) -> None:
    add_person(qtbot, grid, "Ana")
    add_person(qtbot, grid, "Ben")
    grid.table.setCurrentIndex(grid.model.index(0, FIRST_PERSON + 1))
    qtbot.keyClicks(grid.table, "222222")  # Ben first
    grid.table.setCurrentIndex(grid.model.index(0, FIRST_PERSON))
    qtbot.keyClicks(grid.table, "4352153")  # Ana, and one digit too many
    assert [cell(grid, row, FIRST_PERSON + 1) for row in range(6)] == ["2"] * 6
    assert cell(grid, 5, FIRST_PERSON) == "3"  # the extra digit stayed in Ana's last cell
    assert grid.hint.text() == "Ana's scores are in. Escape goes to the name box for the next person."


def test_the_groups_column_is_read_only_for_each_person(qtbot: QtBot, grid: RatingGrid,
                                                        door: SessionController) -> None:
    group = grid.model.index(0, GROUP)
    assert not grid.model.flags(group) & Qt.ItemFlag.ItemIsEditable
    grid.table.setFocus()
    grid.table.setCurrentIndex(group)
    qtbot.keyClick(grid.table, Qt.Key.Key_4)
    assert door.state.ratings == []
    assert "type their name in the box above" in grid.hint.text()
    grid.set_consensus(True)
    assert grid.model.flags(group) & Qt.ItemFlag.ItemIsEditable


def test_the_console_counts_how_many_gave_each_score(qtbot: QtBot, grid: RatingGrid) -> None:
    from workshop.ui.inputs.rating_model import COUNT
    for name, digit in (("Ana", Qt.Key.Key_1), ("Ben", Qt.Key.Key_4), ("Cy", Qt.Key.Key_4)):
        add_person(qtbot, grid, name)
        qtbot.keyClick(grid.table, digit)
    assert cell(grid, 0, COUNT) == "3 (1: 1 · 4: 2)"
    assert cell(grid, 1, COUNT) == "0"
