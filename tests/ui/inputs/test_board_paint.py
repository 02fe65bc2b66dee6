"""A change to one card repaints that card's tile, on the console and on the wall, not the board.

Counted, not timed: each test records which tiles the boards paint, and the
regions Qt asks them to paint, while one card is added, edited or hidden on
a board of a hundred and twenty.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

import pytest
from PySide6.QtCore import QEvent, QObject, QRect, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QStyleOptionViewItem
from pytestqt.qtbot import QtBot

from tests.ui.inputs.conftest import place
from workshop.core.commands import AddCard, EditCard, SetCardHidden
from workshop.ui.board.notes_model import NotesModel
from workshop.ui.board.notes_view import NotesView
from workshop.ui.inputs.notes_board import NotesBoard
from workshop.ui.room.notes import RoomNotes
from workshop.ui.shell.controller import SessionController

CARDS = 120


@dataclass
class Painted:
    """What one board's view painted since the last `clear`."""

    view: NotesView
    cards: list[int] = field(default_factory=list)  # card ids, in the order painted
    regions: list[QRect] = field(default_factory=list)  # what Qt asked to be painted

    def clear(self) -> None:
        self.cards.clear()
        self.regions.clear()

    def area(self) -> int:
        return sum(rect.width() * rect.height() for rect in self.regions)


class PaintSpy(QObject):
    def __init__(self, painted: Painted) -> None:
        super().__init__()
        self.painted = painted

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.painted.regions.extend(event.region())
        return False


def watch(view: NotesView) -> Painted:
    painted = Painted(view)
    paint = view.delegate.paint

    def counting(painter: QPainter, option: QStyleOptionViewItem, index) -> None:  # type: ignore[no-untyped-def]
        model = index.model()
        row = model.row_at(index.row()) if isinstance(model, NotesModel) else None
        if row is not None and row.card is not None:
            painted.cards.append(row.card.id)
        paint(painter, option, index)

    view.delegate.paint = counting  # type: ignore[method-assign]
    spy = PaintSpy(painted)
    view.viewport().installEventFilter(spy)
    view._paint_spy = spy  # type: ignore[attr-defined]  # kept alive with the view
    return painted


Screens = tuple[NotesBoard, RoomNotes, Painted, Painted]


@pytest.fixture
def screens(qtbot: QtBot, door: SessionController) -> Iterator[Screens]:
    """Keep it alive / Silent writing with 120 cards of one size, on the console and on the wall."""
    item, step = place(door.state, "keep-it-alive", "write")
    for n in range(CARDS):
        door.execute(AddCard(item, step, f"Idea {n:03d}"))
    board, room = NotesBoard(door), RoomNotes(door)
    for widget, size in ((board, (1000, 700)), (room, (1280, 720))):
        qtbot.addWidget(widget)
        widget.resize(*size)
        widget.show_step(item, step)
        widget.show()
        qtbot.waitExposed(widget)
    board.views[0].follow_newest()
    bar = board.views[0].verticalScrollBar()
    bar.setValue(bar.maximum())  # where the first card typed takes the console's board
    qtbot.waitUntil(lambda: room.views[0].hidden_above() > 0)  # the wall settled on its newest cards
    qtbot.wait(50)
    console, wall = watch(board.views[0]), watch(room.views[0])
    yield board, room, console, wall
    board.close()
    room.close()


def line_of(view: NotesView, card_id: int) -> set[int]:
    """The cards on the same line of the board as `card_id`."""
    model = view.model()
    assert isinstance(model, NotesModel)
    rows = model.rows()
    row = next(n for n, r in enumerate(rows) if r.card is not None and r.card.id == card_id)
    top = view.visualRect(model.index(row, 0)).top()
    return {r.card.id for n, r in enumerate(rows)
            if r.card is not None and view.visualRect(model.index(n, 0)).top() == top}


def test_a_card_typed_paints_its_own_tile_on_both_screens(
        qtbot: QtBot, screens: Screens) -> None:
    board, _room, console, wall = screens
    entry = board.entry_panel.entry
    across = {id(painted): len(line_of(painted.view, board.door.state.cards[-1].id) |
                               line_of(painted.view, board.door.state.cards[-8].id))
              for painted in (console, wall)}
    lines_started = 0
    for n in range(12):  # enough to start new lines on both screens
        console.clear()
        wall.clear()
        offsets = [painted.view.verticalOffset() for painted in (console, wall)]
        entry.setPlainText(f"Added {n:03d}")
        qtbot.keyClick(entry, Qt.Key.Key_Return)
        new = board.door.state.cards[-1].id
        qtbot.waitUntil(lambda new=new: new in console.cards and new in wall.cards, timeout=2_000)
        qtbot.wait(20)
        for painted, offset in zip((console, wall), offsets, strict=True):
            viewport = painted.view.viewport()
            if painted.view.verticalOffset() == offset:
                assert painted.cards == [new], (n, painted is wall, painted.cards)
            else:
                # A new line: the board moves up by it. The pixels are moved, and only the new
                # line (and, on the wall, the "earlier cards" line at the top) is painted.
                lines_started += 1
                assert len(set(painted.cards)) <= across[id(painted)] + 1, (n, painted is wall, painted.cards)
                assert painted.area() <= viewport.width() * viewport.height() // 4, (n, painted.regions)
    assert lines_started >= 2  # both kinds were seen


def test_editing_or_hiding_a_card_in_sight_repaints_that_tile(
        qtbot: QtBot, screens: Screens) -> None:
    board, _room, console, wall = screens
    door = board.door
    on_wall = door.state.cards[-3].id  # in sight on both screens
    console.clear()
    wall.clear()
    door.execute(EditCard(on_wall, "Idea 999"))  # the same size
    qtbot.waitUntil(lambda: on_wall in console.cards and on_wall in wall.cards, timeout=2_000)
    qtbot.wait(20)
    assert console.cards == [on_wall] and wall.cards == [on_wall]
    console.clear()
    wall.clear()
    door.execute(SetCardHidden(on_wall, True))
    qtbot.waitUntil(lambda: on_wall in console.cards, timeout=2_000)
    qtbot.wait(20)
    assert console.cards == [on_wall]  # the console shows it dimmed: that tile only
    # The wall takes it away: the two cards after it move back a place; nothing before it is painted.
    after = [card.id for card in door.state.cards[-2:]]
    assert set(wall.cards) <= set(after) and wall.cards, wall.cards
