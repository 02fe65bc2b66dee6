"""A score, a vote or an answer repaints its own row on the wall, not the wall.

Counted, not timed: the regions Qt is asked to paint are recorded while one
thing changes.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from tests.ui.inputs.conftest import place
from workshop.core.commands import AddCard, SetAnswer, SetRating, SetVotes
from workshop.core.entities import Target
from workshop.ui.room.answers import RoomAnswers
from workshop.ui.room.ratings import RoomRatings
from workshop.ui.room.votes import RoomVotes
from workshop.ui.shell.controller import SessionController


class Regions(QObject):
    """The rectangles of every paint event a widget gets."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self.rects: list[QRect] = []
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.rects.extend(event.region())
        return False

    def area(self) -> int:
        return sum(rect.width() * rect.height() for rect in self.rects)


def on_screen(qtbot: QtBot, widget: QWidget, item: int, step: str) -> Regions:
    qtbot.addWidget(widget)
    widget.resize(1200, 600)
    widget.show_step(item, step)  # type: ignore[attr-defined]
    widget.show()
    qtbot.waitExposed(widget)
    qtbot.wait(20)
    return Regions(widget)


def test_a_score_repaints_its_own_row(qtbot: QtBot, controller: SessionController) -> None:
    item, step = place(controller.state, "words-test", "rate")
    controller.execute(SetRating(item, step, 0, "Ana", 4))
    controller.execute(SetRating(item, step, 5, "Ana", 2))
    room = RoomRatings(controller)
    painted = on_screen(qtbot, room, item, step)
    controller.execute(SetRating(item, step, 5, "Ana", 3))  # a score changed: the key and columns stay
    qtbot.waitUntil(lambda: bool(painted.rects))
    qtbot.wait(20)
    row = room._row_rect(5)
    assert all(row.contains(rect) for rect in painted.rects), (row, painted.rects)
    assert painted.area() <= room.width() * room.height() // 4


def test_a_vote_repaints_the_rows_whose_rank_or_count_changed(qtbot: QtBot,
                                                              controller: SessionController) -> None:
    item, write = place(controller.state, "keep-it-alive", "write")
    _item, vote = place(controller.state, "keep-it-alive", "vote")
    for n in range(8):
        controller.execute(AddCard(item, write, f"Directive {n}"))
    cards = [card.id for card in controller.state.cards]
    for card, count in zip(cards, (5, 4, 3, 2, 1, 0, 0, 0), strict=True):
        controller.execute(SetVotes(item, vote, Target.card(card), None, count))
    room = RoomVotes(controller)
    painted = on_screen(qtbot, room, item, vote)
    controller.execute(SetVotes(item, vote, Target.card(cards[4]), None, 3))  # fifth place to a tie for third
    qtbot.waitUntil(lambda: bool(painted.rects))
    qtbot.wait(20)
    first_two = sum(room.height_of(result) for result in room.results[:2])
    assert min(rect.top() for rect in painted.rects) >= first_two - 1, painted.rects  # the leaders stay
    assert painted.area() <= room.width() * room.height() // 2


def test_an_answer_repaints_its_own_label(qtbot: QtBot, controller: SessionController) -> None:
    item, step = place(controller.state, "servant-leadership", "test")
    room = RoomAnswers(controller)
    on_screen(qtbot, room, item, step)
    labels = room.questions + room.answers
    regions = {label.objectName(): Regions(label) for label in labels}
    controller.execute(SetAnswer(item, step, 0, "They come back and bring a friend"))
    qtbot.waitUntil(lambda: bool(regions["roomAnswer1"].rects))
    qtbot.wait(20)
    assert {name for name, seen in regions.items() if seen.rects} == {"roomAnswer1"}
