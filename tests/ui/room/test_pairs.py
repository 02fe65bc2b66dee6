"""Point of difference on the wall: each stereotype beside its flip, row by row, in board order."""

from __future__ import annotations

from PySide6.QtCore import QPoint
from PySide6.QtGui import QColor
from pytestqt.qtbot import QtBot

from tests.ui.conftest import stop_index
from workshop.core.commands import AddCard, MoveCard
from workshop.ui.board.tiles import card_fill
from workshop.ui.room.pairs import RoomPairs
from workshop.ui.shell.main_window import MainWindow

STEREOTYPES = ["Forty minutes on hold", "The small print", "You're just a number"]
FLIPS = ["A named person calls you back within the hour", "Everything that matters fits on one page"]


def _wall(qtbot: QtBot, running: MainWindow) -> RoomPairs:
    controller = running.controller
    assert controller is not None
    item = next(i.index for i in controller.state.agenda.items
                if i.exercise and i.exercise.id == "point-of-difference")
    for text in STEREOTYPES:
        controller.execute(AddCard(item, "flip", text, "stereotype", "pink" if "hold" in text else "",
                                   "Sam" if "hold" in text else ""))
    for text in FLIPS:
        controller.execute(AddCard(item, "flip", text, "difference"))
    audience = running.audience
    audience.resize(1280, 720)
    audience.show()
    qtbot.waitExposed(audience)
    controller.go_to(stop_index(controller.state, "point-of-difference", "flip"))
    view = audience.inputs.current_view
    assert isinstance(view, RoomPairs)
    return view


def test_each_stereotype_sits_beside_its_flip(qtbot: QtBot, running: MainWindow) -> None:
    view = _wall(qtbot, running)
    assert view.visible_text().splitlines() == [
        "Stereotype of our industry", "Our point of difference",
        STEREOTYPES[0], FLIPS[0], STEREOTYPES[1], FLIPS[1], STEREOTYPES[2], "—"]
    rects = view.pair_rects()
    assert len(rects) == 3
    for left, right in rects:
        assert left.top() == right.top() and left.height() == right.height()  # one row each
        assert left.right() < right.left()
        assert right.right() <= view.width() + 0.5 and left.bottom() <= view.height()
    assert rects[0][0].bottom() < rects[1][0].top()
    # Looked at: the pink card is pink, the flip not written yet an empty place on the wall.
    audience = running.audience
    image = audience.grab().toImage()

    def colour_at(x: float, y: float) -> QColor:
        point = view.mapTo(audience, QPoint(round(x), round(y)))
        return image.pixelColor(point.x(), point.y())

    first, (_, missing) = rects[0][0], rects[2]
    assert colour_at(first.right() - 12, first.center().y()) == card_fill(view.theme, "pink")
    assert colour_at(missing.center().x(), missing.center().y()) == QColor(view.theme.background)
    assert "Sam" not in view.visible_text().splitlines()  # the author is painted on the card, not a row


def test_moving_a_flip_in_its_column_pairs_it_with_another_stereotype(qtbot: QtBot,
                                                                     running: MainWindow) -> None:
    view = _wall(qtbot, running)
    controller = running.controller
    assert controller is not None
    flip = next(c for c in controller.state.cards if c.text == FLIPS[1])
    controller.execute(MoveCard(flip.id, "difference", None, 100.0))  # below the others: still second
    controller.execute(MoveCard(flip.id, "difference", None, -1.0))  # to the top: the first pair's now
    assert view.visible_text().splitlines()[2:6] == [STEREOTYPES[0], FLIPS[1], STEREOTYPES[1], FLIPS[0]]


def test_a_long_list_keeps_the_newest_pairs_in_sight(qtbot: QtBot, running: MainWindow) -> None:
    view = _wall(qtbot, running)
    controller = running.controller
    assert controller is not None
    item = view.item
    for number in range(20):
        controller.execute(AddCard(item, "flip", f"Stereotype {number} " + "and a few words " * 3,
                                   "stereotype"))
    assert view.first_shown > 0
    assert view.visible_text().splitlines()[2].endswith("earlier pairs above")
    assert view.visible_text().splitlines()[-2].startswith("Stereotype 19")
    assert all(left.bottom() <= view.height() for left, _ in view.pair_rects())
