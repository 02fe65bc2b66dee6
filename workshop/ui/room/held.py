"""The wall while a step's results wait for the facilitator's cue: what to respond to, not the answers.

A step whose template says `reveal: on-cue` (rate alone first, then show the
spread) keeps its scores, dots and answers off the wall until F6. The room
meanwhile reads what it is responding to (the words to rate, what the dots go
on, the questions), in the template's or the board's order, never in an order
that gives a result away, and how many have taken part so far, so nobody
wonders whether theirs arrived.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPaintEvent
from PySide6.QtWidgets import QWidget

from workshop.core.held import held_choices, held_count
from workshop.core.templates import InputKind
from workshop.ui.inputs.door import Change, SessionDoor
from workshop.ui.language import ensure_language
from workshop.ui.room.base import RoomView
from workshop.ui.widgets.theme import AUDIENCE, Theme

HELD = "held"  # its key among the room's views (`RoomArea`)
# Sizes tried for the choices (of the wall's body text), largest first, and columns, fewest first.
FIT_STEPS = (1.0, 0.9, 0.8, 0.7, 0.62, 0.55)
MAX_COLUMNS = 3
FLAGS = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap)


class RoomHeld(RoomView):
    """How many have taken part, then the numbered choices in as many columns as fit, all drawn plain."""

    tables = frozenset({"votes", "ratings", "answers", "cards", "clusters"})

    def __init__(self, door: SessionDoor, theme: Theme = AUDIENCE, parent: QWidget | None = None) -> None:
        super().__init__(door, theme, parent)
        ensure_language()  # "1 person rated", "2 people rated"
        self.setObjectName("roomHeld")
        self.count_text = ""
        self.choices: list[str] = []
        self.factor = 1.0  # the choices' size, of the body size, as last laid out
        self.columns = 1

    def refresh(self, change: Change | None) -> None:
        if self.item < 0:
            return
        state = self.door.state
        held = held_count(state, self.item, self.step)
        self.count_text = self._count_text(held.kind, held.people, held.group)
        self.choices = held_choices(state, self.item, self.step)
        self.update()

    def _count_text(self, kind: InputKind, people: int, group: bool) -> str:
        later = self.tr("results on the facilitator's cue")
        if people:
            done = {InputKind.VOTE: self.tr("%n person(s) voted so far", "", people),
                    InputKind.RATING: self.tr("%n person(s) rated so far", "", people)}.get(
                kind, self.tr("%n person(s) answered so far", "", people))
        elif group:
            done = self.tr("the group's result is in")
        else:
            done = {InputKind.VOTE: self.tr("place your dots"),
                    InputKind.RATING: self.tr("give your scores, each on your own")}.get(
                kind, self.tr("write your answers"))
        return f"{done[:1].upper()}{done[1:]} · {later}"

    # -- laying out and drawing ------------------------------------------------------------

    def _count_font(self) -> QFont:
        return self.font_px(self.base_px * 0.8, QFont.Weight.DemiBold)

    def _rects(self, factor: float, columns: int, top: float) -> list[QRectF] | None:
        """Where each choice goes at `factor` in `columns`, or None when they do not fit the height."""
        metrics = QFontMetricsF(self.font_px(self.base_px * factor))
        gap = self.base_px * 0.6
        width = (self.width() - gap * (columns - 1)) / columns
        rows = -(-len(self.choices) // columns)
        rects: list[QRectF] = []
        for column in range(columns):
            y = top
            for index in range(column * rows, min(len(self.choices), (column + 1) * rows)):
                text = f"{index + 1}. {self.choices[index]}"
                height = metrics.boundingRect(QRectF(0, 0, width, 1e6), FLAGS, text).height()
                rects.append(QRectF(column * (width + gap), y, width, height))
                y += height + metrics.height() * 0.35
                if y - metrics.height() * 0.35 > self.height():
                    return None
        return rects

    def layout_choices(self) -> list[QRectF]:
        """The largest size and fewest columns at which every choice fits the wall."""
        top = QFontMetricsF(self._count_font()).height() * 1.6
        rects: list[QRectF] | None = None
        for factor in FIT_STEPS:
            for columns in range(1, MAX_COLUMNS + 1):
                rects = self._rects(factor, columns, top)
                if rects is not None:
                    self.factor, self.columns = factor, columns
                    return rects
        self.factor, self.columns = FIT_STEPS[-1], MAX_COLUMNS
        return self._rects(FIT_STEPS[-1], MAX_COLUMNS, top) or []

    def overflows(self) -> bool:
        top = QFontMetricsF(self._count_font()).height() * 1.6
        return bool(self.choices) and self._rects(FIT_STEPS[0], MAX_COLUMNS, top) is None

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        count_font = self._count_font()
        self.draw_line(painter, QRectF(0, 0, self.width(), QFontMetricsF(count_font).height()),
                       self.count_text, count_font, self.theme.muted)
        rects = self.layout_choices()
        painter.setFont(self.font_px(self.base_px * self.factor, QFont.Weight.DemiBold))
        painter.setPen(QColor(self.theme.text))
        for index, rect in enumerate(rects):
            if rect.bottom() > self.height():
                break  # smallest size, three columns, and still more: the newest stay off
            painter.drawText(rect, FLAGS, f"{index + 1}. {self.choices[index]}")
        painter.end()

    def visible_text(self) -> str:
        lines = [self.count_text]
        lines += [f"{index}. {choice}" for index, choice in enumerate(self.choices, start=1)]
        return "\n".join(lines)
