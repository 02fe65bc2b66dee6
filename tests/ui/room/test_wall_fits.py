"""Every input kind's wall, filled from the shipped library, fits at 720p and 1080p in every theme.

One audience window per size and theme walks through the kinds: no text is
drawn outside its box, no label lies over another or past the window, the
window stays the size of its screen, and a board hides no more cards in a
theme than in the light one.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.ui.room.walls import (
    KINDS,
    SIZES,
    Wall,
    clipped,
    lifelike,
    outside,
    overlapping,
    text_boxes,
    with_clusters,
)
from workshop.ui.room.notes import RoomNotes
from workshop.ui.widgets.theme import THEMES

# Cards out of sight in the light theme: size -> kind -> count.
LIGHT: dict[str, dict[str, int]] = {}


@pytest.fixture(scope="module")
def wall(qapp: QApplication, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Wall]:
    """One window over a lifelike day, walked through every kind by each test in turn."""
    folder: Path = tmp_path_factory.mktemp("walls")
    # The clustering board as the room left it on the day: 13 cards in 4 clusters.
    shown = Wall(folder, with_clusters(lifelike(), "clusters", 13, 4))
    yield shown
    shown.close()


def light_hidden(qtbot: QtBot, shown: Wall, size: str) -> dict[str, int]:
    """Cards each kind's board hides at `size` in the light theme (walked once per size)."""
    if size not in LIGHT:
        shown.show(size, "light")
        LIGHT[size] = {}
        for kind in KINDS:
            shown.go(kind)
            qtbot.wait(30)
            LIGHT[size][kind] = hidden_cards(shown)
    return LIGHT[size]


def hidden_cards(shown: Wall) -> int:
    """Cards of the board out of sight: above the newest, or below the view's bottom."""
    view = shown.window.inputs.current_view
    if not isinstance(view, RoomNotes):
        return 0
    hidden = 0
    for board in view.views:
        hidden += board.hidden_above()
        page = board.viewport().rect()
        model = board.model()
        for row in range(model.rowCount()):
            rect = board.visualRect(model.index(row, 0))
            if rect.bottom() > page.bottom() and board.hidden_above() == 0:
                hidden += 1
    return hidden


@pytest.mark.parametrize("theme", list(THEMES))
@pytest.mark.parametrize("size", list(SIZES))
def test_every_wall_fits_its_screen(qtbot: QtBot, wall: Wall, size: str, theme: str) -> None:
    light = light_hidden(qtbot, wall, size)
    wall.show(size, theme)
    qtbot.waitExposed(wall.window)
    problems = []
    for kind in KINDS:
        wall.go(kind)
        qtbot.wait(30)  # the views fit themselves from the event loop
        window = wall.window
        if window.size().toTuple() != SIZES[size]:
            problems.append(f"{kind}: the window grew to {window.size().toTuple()}")
        labels = text_boxes(window)
        assert labels, kind
        for label in labels:
            why = clipped(label)
            if why:
                problems.append(f"{kind}: {label.objectName()} {label.text()[:30]!r} cut: {why}")
            if outside(label, window):
                problems.append(f"{kind}: {label.objectName()} reaches past the window")
        problems += [f"{kind}: {one} over {other}" for one, other in overlapping(labels, window)]
        hidden = hidden_cards(wall)
        if hidden > light[kind]:
            problems.append(f"{kind}: {hidden} cards out of sight, {light[kind]} in the light theme")
    assert problems == []


def test_the_high_contrast_cards_take_no_more_room_than_the_light_ones(qtbot: QtBot, wall: Wall) -> None:
    sizes = {}
    for theme in ("light", "high-contrast"):
        wall.show("720p", theme)
        wall.go("notes")
        qtbot.wait(30)
        view = wall.window.inputs.current_view
        assert isinstance(view, RoomNotes)
        sizes[theme] = (view.fit, [board.content_height() for board in view.views])
    assert sizes["high-contrast"] == sizes["light"]
