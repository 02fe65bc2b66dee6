"""A break on the wall is a large countdown and "Back at"; a step of talk is its prompt, large and centred."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QImage
from pytestqt.qtbot import QtBot

from tests.ui.room.walls import SIZES, Wall, lifelike
from workshop.ui.widgets.theme import THEMES


@pytest.fixture
def wall(qtbot: QtBot, tmp_path: Path) -> Iterator[Wall]:
    shown = Wall(tmp_path, lifelike())
    yield shown
    shown.close()


def centre_x(widget_rect: QRect) -> float:
    return widget_rect.left() + widget_rect.width() / 2


def ink(image: QImage, area: QRect, background: str) -> QRect:
    """The bounding box of every pixel in `area` that is not the background."""
    back = QColor(background).rgb() & 0xFFFFFF
    xs, ys = [], []
    for y in range(area.top(), area.bottom() + 1, 2):
        for x in range(area.left(), area.right() + 1, 2):
            if image.pixel(x, y) & 0xFFFFFF != back:
                xs.append(x)
                ys.append(y)
    if not xs:
        return QRect()
    return QRect(min(xs), min(ys), max(xs) - min(xs) + 1, max(ys) - min(ys) + 1)


def shown_at(qtbot: QtBot, wall: Wall, kind: str, size: str = "720p", theme: str = "light") -> QImage:
    wall.show(size, theme)
    qtbot.waitExposed(wall.window)
    wall.go(kind)
    qtbot.wait(30)
    return wall.window.grab().toImage()


@pytest.mark.parametrize("size", list(SIZES))
def test_a_break_is_a_large_countdown_in_the_middle_and_when_to_be_back(qtbot: QtBot, wall: Wall,
                                                                        size: str) -> None:
    image = shown_at(qtbot, wall, "break", size)
    window = wall.window
    width, height = SIZES[size]
    panel = window.break_panel
    assert panel.isVisible() and not window.header.isVisible() and not window.timer_widget.isVisible()
    # The fake wall clock says 09:00 and the coffee lasts 15 minutes.
    assert panel.back.text() == "Back at 09:15"
    assert window.visible_text().splitlines() == ["Coffee", "15:00", "Back at 09:15"]  # "Coffee" once
    countdown = QRect(panel.countdown.mapTo(window, panel.countdown.rect().topLeft()), panel.countdown.size())
    assert abs(centre_x(countdown) - width / 2) < 0.02 * width
    assert abs(countdown.center().y() - height / 2) < 0.1 * height
    assert countdown.height() >= 0.35 * height
    # Pixels: the digits are drawn across the middle, and the corner where the timer was is empty.
    background = THEMES["light"].audience.background
    digits = ink(image, countdown, background)
    assert digits.height() >= 0.2 * height
    assert abs(centre_x(digits) - width / 2) < 0.03 * width
    corner = QRect(int(width * 0.7), 0, int(width * 0.3) - 1, int(height * 0.2))
    assert ink(image, corner, background).isNull()


def test_back_at_follows_the_break_s_timer(qtbot: QtBot, wall: Wall) -> None:
    shown_at(qtbot, wall, "break")
    panel = wall.window.break_panel
    wall.controller.start_timer()
    clock = wall.clock
    clock.advance(5 * 60)
    wall.wall_clock.advance(5 * 60)
    panel.refresh()
    assert panel.countdown.text == "10:00"
    assert panel.back.text() == "Back at 09:15"  # the same moment, five minutes nearer
    clock.advance(11 * 60)
    panel.refresh()
    assert panel.back.text() == "Welcome back"


@pytest.mark.parametrize("size", list(SIZES))
def test_a_step_of_talk_shows_its_prompt_large_and_centred(qtbot: QtBot, wall: Wall, size: str) -> None:
    image = shown_at(qtbot, wall, "none", size)
    window = wall.window
    width, height = SIZES[size]
    assert window.talk_only
    prompt = window.header.prompt
    assert prompt.font().pixelSize() >= 0.04 * height  # larger than a step's prompt beside its input
    box = QRect(prompt.mapTo(window, prompt.rect().topLeft()), prompt.size())
    assert abs(centre_x(box) - width / 2) < 0.02 * width
    # Pixels (the label's box spans the wall; where its words are drawn is what counts):
    background = THEMES["light"].audience.background
    words = ink(image, box, background)
    assert words.width() > 0.5 * width
    assert abs(centre_x(words) - width / 2) < 0.03 * width
    title = window.header.title
    title_box = QRect(title.mapTo(window, title.rect().topLeft()), title.size())
    drawn = ink(image, title_box, background)
    assert abs(centre_x(drawn) - width / 2) < 0.03 * width
    assert drawn.top() > 0.25 * height  # down in the wall, not at its top
    assert words.bottom() < height  # and all of it on the wall

    wall.go("questions")  # a step with an input: the header back at the top left
    qtbot.wait(30)
    assert not window.talk_only
    assert window.header.title.mapTo(window, window.header.title.rect().topLeft()).y() < 0.1 * height


def test_our_statement_sits_right_above_its_statement(qtbot: QtBot, wall: Wall) -> None:
    shown_at(qtbot, wall, "statement")
    room = wall.window.inputs.current_view
    label, chosen = room.eyebrow, room.chosen  # type: ignore[union-attr]
    assert label.text() == "Our statement" and chosen.isVisible()
    window = wall.window
    label_bottom = label.mapTo(window, label.rect().bottomLeft()).y()
    metrics = chosen.fontMetrics()
    flags = int(chosen.alignment()) | int(Qt.TextFlag.TextWordWrap)
    lines = metrics.boundingRect(QRect(0, 0, chosen.width(), 10_000), flags, chosen.text()).height()
    # Where the statement's first line is drawn: the label centres its text in its box.
    text_top = chosen.mapTo(window, chosen.rect().topLeft()).y() + (chosen.height() - lines) / 2
    assert 0 <= text_top - label_bottom < 0.05 * window.height()
