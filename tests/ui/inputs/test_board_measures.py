"""Each card's text is measured about once per screen, however the board comes into sight.

Counted, not timed: the text layouts made (`tiles.lay_out`, the expensive
part of a board of a thousand cards) while a session opens with the wall up,
while the wall tries sizes to fit, and while the console's scroll bar comes.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from tests.ui.inputs.conftest import place
from workshop.core.commands import AddCard
from workshop.ui.board import tiles
from workshop.ui.board.notes_view import NotesView
from workshop.ui.inputs.notes_board import NotesBoard
from workshop.ui.room.notes import RoomNotes
from workshop.ui.shell.controller import SessionController
from workshop.ui.shell.main_window import MainWindow

CARDS = 300


class Layouts:
    """Counts the text layouts made, and which texts they were for."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.texts: list[str] = []
        lay_out = tiles.lay_out

        def counting(text: str, *args: object, **kwargs: object) -> tiles.Laid:
            self.texts.append(text)
            return lay_out(text, *args, **kwargs)  # type: ignore[arg-type]

        monkeypatch.setattr(tiles, "lay_out", counting)
        tiles.shared_sizer().__init__()  # type: ignore[misc]  # nothing measured before the test

    def clear(self) -> None:
        self.texts.clear()


@pytest.fixture
def layouts(monkeypatch: pytest.MonkeyPatch) -> Layouts:
    return Layouts(monkeypatch)


def fill(door: SessionController, cards: int = CARDS) -> tuple[int, str]:
    item, step = place(door.state, "keep-it-alive", "write")
    for n in range(cards):
        door.execute(AddCard(item, step, f"Idea {n:03d}: " + "keep the customer talking " * (n % 4)))
    return item, step


def test_opening_a_full_board_with_the_wall_up_measures_each_card_a_few_times(
        qtbot: QtBot, window: MainWindow, session_path: Path, layouts: Layouts) -> None:
    door = SessionController.open(session_path)
    fill(door)
    door.close()
    window.set_audience_visible(True)
    qtbot.waitExposed(window.audience)
    layouts.clear()
    assert window.open_session(session_path)
    window.controller.go_to(next(n for n, stop in enumerate(window.controller.state.stops)
                                 if stop.step.key == "write"))
    qtbot.waitUntil(lambda: window.audience.isVisible())
    qtbot.wait(300)  # the wall settles: it makes room in its header, then tries smaller sizes
    # Once at the console's width, and on the wall at its first size, after its header makes
    # room, and at the size it settles on; the sizes it only tries cost a screenful each.
    assert len(layouts.texts) <= 4 * CARDS, len(layouts.texts) / CARDS


def test_the_wall_tries_a_size_on_a_screenful_of_cards(
        qtbot: QtBot, door: SessionController, layouts: Layouts) -> None:
    item, step = fill(door)
    room = RoomNotes(door)
    qtbot.addWidget(room)
    room.resize(1280, 720)
    room.show_step(item, step)
    room.show()
    qtbot.waitExposed(room)
    view = room.views[0]
    layouts.clear()
    for fit in range(1, 4):
        assert not view.fits_with(room.style_for(fit))  # three hundred cards overflow any size
    assert 0 < len(layouts.texts) < CARDS // 2, len(layouts.texts)


def test_a_board_out_of_sight_is_laid_out_once_it_is_shown(
        qtbot: QtBot, door: SessionController, layouts: Layouts) -> None:
    item, step = fill(door)
    board = NotesBoard(door)
    qtbot.addWidget(board)
    board.show_step(item, step)  # built before it is shown, as the run page does
    assert layouts.texts == []
    board.resize(1000, 700)
    board.show()
    qtbot.waitExposed(board)
    qtbot.wait(50)
    assert len(layouts.texts) == CARDS  # at the width it is shown at: once
    view: NotesView = board.views[0]
    assert view.verticalScrollBar().isVisible()  # (the board outgrew the view)
    assert view.content_height() > view.viewport().height()


def test_the_console_keeps_its_tiles_when_the_scroll_bar_comes(
        qtbot: QtBot, door: SessionController, layouts: Layouts) -> None:
    item, step = place(door.state, "keep-it-alive", "write")
    board = NotesBoard(door)
    qtbot.addWidget(board)
    board.resize(1000, 500)
    board.show_step(item, step)
    board.show()
    qtbot.waitExposed(board)
    view = board.views[0]
    bar = view.verticalScrollBar()
    added = 0
    while not bar.isVisible():
        layouts.clear()
        door.execute(AddCard(item, step, f"Idea {added:03d} for the board"))
        added += 1
        qtbot.wait(10)
        assert added < 200
    qtbot.wait(50)
    # The card that brought the bar was measured; no card before it was measured again.
    assert layouts.texts == [f"Idea {added - 1:03d} for the board"], layouts.texts[:5]
