"""Clusters on the wall stand side by side, every one in sight, in text the back of the room reads."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFontMetrics
from pytestqt.qtbot import QtBot

from tests.ui.room.walls import Wall, lifelike, with_clusters
from workshop.core.commands import AddCard, MoveCard
from workshop.ui.board.notes_delegate import BoardStyle
from workshop.ui.board.notes_model import RowKind
from workshop.ui.board.notes_view import NotesView
from workshop.ui.room.notes import RoomNotes
from workshop.ui.widgets.theme import THEMES

SMALLEST = 0.03  # of the wall's height: card text read from the back of the room


def board_on_wall(qtbot: QtBot, tmp_path: Path, cards: int, clusters: int,
                  size: tuple[int, int] = (1280, 720),
                  theme: str = "light") -> tuple[Wall, RoomNotes]:
    wall = Wall(tmp_path, with_clusters(lifelike(), "clusters", cards, clusters))
    wall.window.set_theme(THEMES[theme].audience)
    wall.window.resize(*size)
    wall.window.show()
    qtbot.waitExposed(wall.window)
    wall.go("clusters")
    room = wall.window.inputs.current_view
    assert isinstance(room, RoomNotes)
    qtbot.waitUntil(lambda: room.views[0].wall_columns > 0)
    qtbot.wait(30)
    return wall, room


@pytest.fixture
def walls() -> Iterator[list[Wall]]:
    opened: list[Wall] = []
    yield opened
    for wall in opened:
        wall.close()


def rows_out_of_sight(view: NotesView) -> list[int]:
    page = view.viewport().rect()
    model = view.model()
    return [row for row in range(model.rowCount()) if not page.contains(view.visualRect(model.index(row, 0)))]


def column_lefts(view: NotesView) -> set[int]:
    model = view.model()
    return {view.visualRect(model.index(row, 0)).left() for row in range(model.rowCount())
            if model.row_at(row).kind is not RowKind.CARD}  # type: ignore[attr-defined]


@pytest.mark.parametrize("theme", ["light", "high-contrast"])
def test_forty_cards_in_eight_clusters_all_show_on_a_720p_wall(qtbot: QtBot, tmp_path: Path,
                                                               walls: list[Wall], theme: str) -> None:
    wall, room = board_on_wall(qtbot, tmp_path, 40, 8, theme=theme)
    walls.append(wall)
    view = room.views[0]
    assert view.hidden_above() == 0
    assert rows_out_of_sight(view) == []  # every heading and every card whole on the wall
    assert view.board_style.font_px >= SMALLEST * 720
    assert len(column_lefts(view)) >= 4  # side by side, not a row each


def test_thirteen_cards_in_four_clusters_use_the_whole_wall(qtbot: QtBot, tmp_path: Path,
                                                           walls: list[Wall]) -> None:
    wall, room = board_on_wall(qtbot, tmp_path, 13, 4)
    walls.append(wall)
    view = room.views[0]
    assert rows_out_of_sight(view) == []
    assert len(column_lefts(view)) == 4
    assert view.board_style.font_px >= SMALLEST * 720
    model = view.model()
    right = max(view.visualRect(model.index(row, 0)).right() for row in range(model.rowCount()))
    assert right > 0.9 * view.viewport().width()  # no empty right half
    # The clusters' first cards start level: a name on two lines moves no column down.
    firsts = [view.visualRect(model.index(row + 1, 0)).top() for row in range(model.rowCount())
              if model.row_at(row).kind is not RowKind.CARD]  # type: ignore[attr-defined]
    assert len(set(firsts)) == 1


def test_larger_text_still_shows_every_cluster(qtbot: QtBot, tmp_path: Path, walls: list[Wall]) -> None:
    wall, room = board_on_wall(qtbot, tmp_path, 13, 4)
    walls.append(wall)
    before = room.views[0].board_style.font_px
    wall.window.set_zoom(1.25)  # Ctrl++ on the console
    qtbot.waitUntil(lambda: room.views[0].wall_columns > 0)
    qtbot.wait(30)
    view = room.views[0]
    assert rows_out_of_sight(view) == [] and view.hidden_above() == 0
    assert view.board_style.font_px >= before


def test_a_card_added_to_a_cluster_stays_in_its_column(qtbot: QtBot, tmp_path: Path,
                                                      walls: list[Wall]) -> None:
    wall, room = board_on_wall(qtbot, tmp_path, 13, 4)
    walls.append(wall)
    controller = wall.controller
    stop = controller.current_stop
    cluster = next(c for c in controller.state.clusters
                   if (c.item, c.step) == stop.input_key and c.name == "Speed")
    heading = room.models[0].row_of_cluster(cluster.id)
    left = room.views[0].visualRect(room.models[0].index(heading, 0)).left()
    controller.execute(AddCard(stop.item.index, stop.step.board_key, "Answer the phone by the third ring"))
    card = max(c.id for c in controller.state.cards)
    controller.execute(MoveCard(card, "", cluster.id, 99.0))
    qtbot.wait(30)
    view, model = room.views[0], room.models[0]
    row = next(n for n, r in enumerate(model.rows()) if r.card is not None and r.card.id == card)
    assert view.visualRect(model.index(row, 0)).left() == left
    assert rows_out_of_sight(view) == []


def test_the_console_board_never_stands_in_columns(qtbot: QtBot) -> None:
    view = NotesView(BoardStyle())
    qtbot.addWidget(view)
    view.set_board_style(BoardStyle(), 4)
    assert view.wall_columns == 0


def test_column_headings_keep_the_columns_level(qtbot: QtBot, tmp_path: Path, walls: list[Wall]) -> None:
    wall = Wall(tmp_path, lifelike())
    walls.append(wall)
    wall.window.resize(1280, 720)
    wall.window.show()
    qtbot.waitExposed(wall.window)
    wall.controller.go_to(next(n for n, s in enumerate(wall.controller.state.stops)
                               if s.item.exercise is not None and s.item.exercise.id == "virtuous-circle"
                               and s.step.key == "map"))
    room = wall.window.inputs.current_view
    assert isinstance(room, RoomNotes)
    qtbot.wait(50)
    heights = {QFontMetrics(header.font()).boundingRect(QRect(0, 0, header.width(), 10_000),
                                                        int(Qt.TextFlag.TextWordWrap), header.text()).height()
               for header in room._headers}
    assert len(heights) > 1, "the test needs a heading that wraps where another does not"
    tops = {view.mapTo(room, view.rect().topLeft()).y() for view in room.views}
    assert len(tops) == 1
    assert all(QRect(header.mapTo(room, header.rect().topLeft()), header.size()).height()
               >= max(heights) for header in room._headers)
