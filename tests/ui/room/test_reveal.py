"""Results held for the cue: the console shows the scores, the wall only how many have rated, until F6."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.ui.conftest import read_back, stop_index
from tests.ui.room.walls import Wall, lifelike
from workshop.core.commands import SetRating
from workshop.ui.room.held import RoomHeld
from workshop.ui.room.ratings import RoomRatings
from workshop.ui.shell.main_window import MainWindow


def at_rating_the_words(window: MainWindow) -> tuple[int, str]:
    controller = window.controller
    assert controller is not None
    controller.go_to(stop_index(controller.state, "words-test", "rate"))
    return controller.current_stop.input_key


def test_scores_stay_off_the_wall_until_the_facilitator_reveals_them(qtbot: QtBot,
                                                                      running: MainWindow) -> None:
    item, step = at_rating_the_words(running)
    controller, audience, bar = running.controller, running.audience, running.run_page.reveal_bar
    assert controller is not None
    controller.execute(SetRating(item, step, "Pride", "Ana", 1))
    controller.execute(SetRating(item, step, "Pride", "Ben", 5))

    # The wall: that scores are coming, from how many, and none of them.
    assert isinstance(audience.inputs.current_view, RoomHeld)
    wall = audience.inputs.visible_text()
    assert wall.splitlines()[0] == "2 people rated so far · results on the facilitator's cue"
    # The words to rate, in the template's order, and no score, average or spread.
    assert wall.splitlines()[1:] == ["1. Pride", "2. Engage", "3. Delight", "4. Cherish", "5. Unique",
                                     "6. Positive"]
    # The console: the scores, and the line that says where they are.
    assert bar.isVisibleTo(running) and "hidden on the wall" in bar.label.text()
    assert running.action_set.reveal_results.isEnabled()
    assert not running.action_set.reveal_results.isChecked()
    controller.execute(SetRating(item, step, "Engage", "Cleo", 4))
    assert "3 people rated so far" in audience.inputs.visible_text()

    # F6, wherever the keyboard is: committed to the file, then on the wall.
    running.activateWindow()
    qtbot.waitUntil(running.isActiveWindow)
    qtbot.keyClick(QApplication.focusWidget() or running, Qt.Key.Key_F6)
    assert read_back(controller.path).results_shown(item, step)
    assert isinstance(audience.inputs.current_view, RoomRatings)
    assert audience.inputs.visible_text() != wall
    assert running.action_set.reveal_results.isChecked()
    assert "on the wall for the room" in bar.label.text()

    # One change to undo: the wall holds them back again.
    running.action_set.undo.trigger()
    assert isinstance(audience.inputs.current_view, RoomHeld)
    assert not read_back(controller.path).results_shown(item, step)


def test_a_live_step_has_no_reveal_line_and_no_key(running: MainWindow) -> None:
    controller = running.controller
    assert controller is not None
    controller.go_to(stop_index(controller.state, "keep-it-alive", "vote"))
    assert not running.run_page.reveal_bar.isVisibleTo(running)
    assert not running.action_set.reveal_results.isEnabled()


def test_a_revealed_step_is_revealed_again_after_a_reopen(running: MainWindow) -> None:
    at_rating_the_words(running)
    running.action_set.reveal_results.trigger()
    path = running.controller.path  # type: ignore[union-attr]
    running.close_session()
    assert running.open_session(path)
    at_rating_the_words(running)
    assert isinstance(running.audience.inputs.current_view, RoomRatings)
    assert running.action_set.reveal_results.isChecked()


@pytest.mark.parametrize("size", ["720p", "1080p"])
def test_the_ten_qualities_to_rate_fit_the_wall_large(qtbot: QtBot, tmp_path: Path, size: str) -> None:
    wall = Wall(tmp_path, lifelike())
    try:
        wall.show(size, "light")
        wall.go("held")
        qtbot.waitExposed(wall.window)
        view = wall.window.inputs.current_view
        assert isinstance(view, RoomHeld)
        rects = view.layout_choices()
        assert len(rects) == 10 and view.factor >= 0.8  # all ten, read from the back
        assert all(view.rect().toRectF().contains(rect) for rect in rects)
        # Drawn where laid out: the first and the last quality's boxes hold ink.
        image = view.grab().toImage()
        assert ink(image, rects[0].toRect()) > 0 and ink(image, rects[-1].toRect()) > 0
    finally:
        wall.close()


def ink(image: QImage, box: QRect) -> int:
    """How many pixels in `box` differ from the background at its top left corner."""
    background = image.pixel(box.topLeft())
    return sum(1 for x in range(box.left(), box.right(), 2) for y in range(box.top(), box.bottom(), 2)
               if image.pixel(x, y) != background)
