"""The wall lays its board out again only when the join panel comes or goes, not per phone.

A new layout of a board of a thousand cards stalls the window for tens of
milliseconds (benchmarks/stall.py); phones join one by one all through a day.
"""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from tests.ui.conftest import stop_index
from workshop.core.commands import AddCard
from workshop.ui.room.audience_window import AudienceWindow
from workshop.ui.shell.controller import SessionController

URL, ADDRESS, CODE = "http://10.0.0.5:40000/j/abcdefghjkmnpq/", "10.0.0.5:40000", "abcd-efgh-jkmn-pq"


@pytest.fixture
def wall(qtbot: QtBot, controller: SessionController) -> AudienceWindow:
    index = stop_index(controller.state, "keep-it-alive", "write")
    controller.go_to(index)
    item, board = controller.current_stop.input_key
    for number in range(5):
        controller.execute(AddCard(item, board, f"idea {number}"))
    wall = AudienceWindow()
    qtbot.addWidget(wall)
    wall.set_controller(controller)
    wall.resize(1280, 720)
    wall.show()
    qtbot.waitExposed(wall)
    return wall


def count_layouts(wall: AudienceWindow, monkeypatch: pytest.MonkeyPatch) -> list[int]:
    sizes: list[int] = []
    original = wall.inputs.set_base_px

    def counted(pixels: int) -> None:
        sizes.append(pixels)
        original(pixels)

    monkeypatch.setattr(wall.inputs, "set_base_px", counted)
    return sizes


def test_a_phone_joining_changes_the_count_not_the_boards_layout(
        wall: AudienceWindow, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot) -> None:
    layouts = count_layouts(wall, monkeypatch)
    wall.show_join(URL, ADDRESS, CODE, 1)
    assert len(layouts) == 1  # the panel came: the board makes room for it
    for phones in range(2, 6):
        wall.show_join(URL, ADDRESS, CODE, phones)
    qtbot.wait(10)
    assert len(layouts) == 1
    assert "5 phones joined" in wall.visible_text()
    wall.hide_join()
    assert len(layouts) == 2  # the panel went: the board takes the room back


def test_hiding_a_panel_not_shown_lays_nothing_out(wall: AudienceWindow,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    layouts = count_layouts(wall, monkeypatch)
    wall.hide_join()  # what closing a session without phones does
    assert layouts == []
    assert "idea 4" in wall.visible_text()
