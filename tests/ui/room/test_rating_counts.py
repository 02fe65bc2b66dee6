"""The wall says how many gave each score, above the track, so a lone low score is seen."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QColor
from pytestqt.qtbot import QtBot

from tests.ui.inputs.conftest import open_door, place
from workshop.core.commands import SetRating
from workshop.ui.room.ratings import RoomRatings
from workshop.ui.shell.controller import SessionController
from workshop.ui.widgets.theme import THEMES


@pytest.fixture
def door(session_path: Path) -> Iterator[SessionController]:
    door = open_door(session_path)
    yield door
    door.close()
    door.deleteLater()


@pytest.mark.parametrize("size", [(1280, 720), (1920, 1080)])
@pytest.mark.parametrize("theme", sorted(THEMES))
def test_counts_above_each_score_given(qtbot: QtBot, door: SessionController, size: tuple[int, int],
                                      theme: str) -> None:
    item, step = place(door.state, "words-test", "rate")
    for person, score in (("Ana", 1), ("Ben", 4), ("Cy", 4), ("Di", 4)):
        door.execute(SetRating(item, step, "Pride", person, score))
    door.execute(SetRating(item, step, "Engage", "Ana", 3))
    room = RoomRatings(door, THEMES[theme].audience)
    qtbot.addWidget(room)
    # The wall's input area is about two thirds of the screen below the step's header.
    room.resize(size[0] - 80, size[1] * 2 // 3)
    room.show_step(item, step)
    assert room.counts_text().splitlines()[:3] == ["Pride 1: 1 · 4: 3", "Engage 3: 1", "Delight"]
    image = room.grab().toImage()
    drawn = {(subject, score): box for subject, score, box in room.count_boxes}
    assert set(drawn) == {(0, 1), (0, 4), (1, 3)}
    accent = QColor(THEMES[theme].audience.accent)
    for box in drawn.values():
        assert room.rect().toRectF().contains(box)
        assert box.height() >= room.base_px * 0.25
        # The dots are drawn: ink of the accent colour inside its box.
        inked = [image.pixelColor(x, y) for x in range(int(box.left()), int(box.right()))
                 for y in range(int(box.top()), int(box.bottom()))]
        assert any(abs(c.red() - accent.red()) + abs(c.green() - accent.green())
                   + abs(c.blue() - accent.blue()) < 60 for c in inked)


def test_more_people_than_dots_fit_are_counted_in_figures(qtbot: QtBot, door: SessionController) -> None:
    item, step = place(door.state, "words-test", "rate")
    for number in range(12):
        door.execute(SetRating(item, step, "Pride", f"P{number}", 5))
    door.execute(SetRating(item, step, "Pride", "Ana", 1))
    room = RoomRatings(door)
    qtbot.addWidget(room)
    room.resize(1200, 480)
    room.show_step(item, step)
    room.grab()
    boxes = {score: box for _subject, score, box in room.count_boxes}
    assert room.counts_text().splitlines()[0] == "Pride 1: 1 · 5: 12"
    # Twelve dots would not fit between two scores: "12 ●" instead, within the wall and clear of "1".
    assert boxes[5].width() < boxes[5].right() - boxes[1].right()
    assert room.rect().toRectF().contains(boxes[5]) and room.rect().toRectF().contains(boxes[1])
