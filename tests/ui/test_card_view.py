"""Card tiles: fill the row, wrap long text, never interpret it."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from workshop.core.session import Card
from workshop.ui.capture import Capture, CaptureMode
from workshop.ui.card_board import CardBoard
from workshop.ui.card_view import CardStyle


def board_with(qtbot: QtBot, texts: list[str], width: int = 900) -> CardBoard:
    board = CardBoard(CardStyle(font_px=18, tile_width=240))
    qtbot.addWidget(board)
    board.resize(width, 600)
    board.show()
    qtbot.waitExposed(board)
    board.show_capture(Capture(CaptureMode.CARDS, 0, "write"), [])
    for number, text in enumerate(texts, start=1):
        board.add_card(Card(number, 0, "write", text))
    return board


def test_tiles_fill_each_row(qtbot: QtBot) -> None:
    board = board_with(qtbot, ["one", "two", "three", "four", "five"])
    view = board.views[0]
    model = view.model()
    qtbot.waitUntil(lambda: view.visualRect(model.index(1, 0)).y() == view.visualRect(model.index(0, 0)).y())
    rects = [view.visualRect(view.model().index(row, 0)) for row in range(5)]
    first_row = [rect for rect in rects if rect.y() == rects[0].y()]
    assert len(first_row) == 3  # 900 px: three tiles of about 240 px
    assert max(rect.right() for rect in first_row) <= view.viewport().width()
    assert rects[3].y() > rects[0].y()


def test_long_text_makes_a_taller_tile_up_to_a_limit(qtbot: QtBot) -> None:
    board = board_with(qtbot, ["short", "a long card " * 8, "word " * 2000])
    view = board.views[0]
    heights = [view.visualRect(view.model().index(row, 0)).height() for row in range(3)]
    assert heights[1] > heights[0]
    assert heights[2] < 400  # a 10,000-character paste stays a tile, cut with an ellipsis


def test_a_card_for_another_step_is_not_shown(qtbot: QtBot) -> None:
    board = board_with(qtbot, ["here"])
    board.add_card(Card(9, 0, "other-step", "elsewhere"))
    assert board.model.texts() == ["here"]


def test_the_newest_card_is_scrolled_into_view(qtbot: QtBot) -> None:
    board = board_with(qtbot, [f"Idea number {n} with a few words more" for n in range(30)], width=700)
    board.resize(700, 250)
    view = board.views[0]
    last = view.model().index(29, 0)
    qtbot.waitUntil(lambda: view.viewport().rect().contains(view.visualRect(last)))
