"""A board of pairs on the wall (`pairs: true`): each card of the first column beside its answer.

Point of difference lists the stereotypes of an industry, then flips each
one. The room reads them as pairs: row by row, the stereotype, an arrow and
its flip, in the order the cards stand on the board (the facilitator drags
a flip up or down its column to pair it with another stereotype). A
stereotype not flipped yet has an empty place beside it. As large as fits;
past the smallest size the newest pairs stay in sight.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import zip_longest

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPaintEvent, QPen, QResizeEvent
from PySide6.QtWidgets import QWidget

from workshop.core.room import shown_cards
from workshop.core.session import Card
from workshop.ui.board.tiles import card_fill
from workshop.ui.inputs.door import Change, SessionDoor
from workshop.ui.room.base import RoomView
from workshop.ui.room.recall import wrapped
from workshop.ui.widgets.theme import AUDIENCE, Theme

# Text sizes (of the window's card size) tried, largest first, until every pair fits the wall.
FIT_STEPS = (1.0, 0.9, 0.8, 0.7, 0.6)
MAX_LINES = 4  # of a card's text; longer is cut with "…"


@dataclass(frozen=True)
class _Row:
    """One pair laid out: its two cards (None: not written yet), their lines, its height."""

    left: Card | None
    right: Card | None
    lines: tuple[list[str], list[str]]
    height: float


class RoomPairs(RoomView):
    """The cards of a two-column board, paired row by row, on the wall."""

    tables = frozenset({"cards"})

    def __init__(self, door: SessionDoor, theme: Theme = AUDIENCE, parent: QWidget | None = None) -> None:
        super().__init__(door, theme, parent)
        self.setObjectName("roomPairs")
        self.labels: tuple[str, str] = ("", "")
        self.pairs: list[tuple[Card | None, Card | None]] = []
        self.fit = 0  # index into FIT_STEPS
        self.first_shown = 0  # pairs above it are off the wall (only past the smallest size)

    # -- what the room reads ---------------------------------------------------------------

    def refresh(self, change: Change | None) -> None:
        if self.item < 0:
            return
        state = self.door.state
        columns = state.spec_at(self.item, self.step).columns
        first, second = (columns[0].key, columns[1].key) if len(columns) >= 2 else ("", "")
        self.labels = (columns[0].label, columns[1].label) if len(columns) >= 2 else ("", "")
        cards = shown_cards(state, self.item, self.step)
        self.pairs = list(zip_longest([c for c in cards if c.column == first],
                                      [c for c in cards if c.column == second]))
        self._fit()
        self.update()

    def above_text(self) -> str:
        return self.tr("%n earlier pair(s) above", "", self.first_shown) if self.first_shown else ""

    def visible_text(self) -> str:
        parts = [*self.labels, self.above_text()]
        for left, right in self.pairs[self.first_shown:]:
            parts += [left.text if left else "—", right.text if right else "—"]
        return "\n".join(part for part in parts if part)

    # -- fitting the wall -------------------------------------------------------------------

    def _px(self, fit: int | None = None) -> float:
        return self.base_px * FIT_STEPS[self.fit if fit is None else fit]

    def _geometry(self, px: float) -> tuple[float, float, float]:
        """The width of a side, the arrow's column and the gap between rows, for text of `px`."""
        arrow = px * 1.8
        return max(40.0, (self.width() - arrow) / 2), arrow, px * 0.45

    def _fonts(self, px: float) -> tuple[QFont, QFont, QFont]:
        return (self.font_px(px, QFont.Weight.DemiBold), self.font_px(px * 0.62),
                self.font_px(px * 0.9, QFont.Weight.Bold))

    def _rows(self, px: float) -> tuple[float, list[_Row]]:
        """The heading's height and every pair laid out for text of `px`."""
        side, _arrow, _gap = self._geometry(px)
        text_f, meta_f, heading_f = self._fonts(px)
        pad = px * 0.4
        inner = side - 2 * pad
        heading = max(len(wrapped(label, heading_f, side, 2)) for label in self.labels) * \
            QFontMetricsF(heading_f).lineSpacing() + pad
        rows = []
        for left, right in self.pairs:
            lines = (wrapped(left.text, text_f, inner, MAX_LINES) if left else [],
                     wrapped(right.text, text_f, inner, MAX_LINES) if right else [])
            tall = max(1, len(lines[0]), len(lines[1]))
            meta = any(card is not None and card.author for card in (left, right))
            height = tall * QFontMetricsF(text_f).lineSpacing() + 2 * pad + (
                QFontMetricsF(meta_f).lineSpacing() if meta else 0)
            rows.append(_Row(left, right, lines, height))
        return heading, rows

    def _height(self, fit: int) -> float:
        px = self._px(fit)
        heading, rows = self._rows(px)
        gap = self._geometry(px)[2]
        return heading + sum(row.height + gap for row in rows)

    def overflows(self) -> bool:
        return bool(self.pairs) and self._height(0) > self.height()

    def _fit(self) -> None:
        """The largest size at which every pair fits; past the smallest, the newest pairs in sight."""
        self.fit = next((fit for fit in range(len(FIT_STEPS)) if self._height(fit) <= self.height()),
                        len(FIT_STEPS) - 1)
        px = self._px()
        heading, rows = self._rows(px)
        gap = self._geometry(px)[2]
        heights = [row.height + gap for row in rows]
        self.first_shown = 0
        if heading + sum(heights) <= self.height():
            return
        room = self.height() - heading - QFontMetricsF(self._fonts(px)[1]).lineSpacing()
        while self.first_shown < len(rows) - 1 and sum(heights[self.first_shown:]) > room:
            self.first_shown += 1

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    # -- painting ---------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        if self.item < 0:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        px = self._px()
        side, arrow, _gap = self._geometry(px)
        text_f, meta_f, heading_f = self._fonts(px)
        heading, rows = self._rows(px)
        theme = self.theme
        for index, label in enumerate(self.labels):
            painter.setFont(heading_f)
            painter.setPen(QColor(theme.muted))
            x = 0 if index == 0 else side + arrow
            for number, line in enumerate(wrapped(label, heading_f, side, 2)):
                spacing = QFontMetricsF(heading_f).lineSpacing()
                painter.drawText(QRectF(x, number * spacing, side, spacing),
                                 int(Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextSingleLine), line)
        above = self.above_text()
        if above:
            spacing = QFontMetricsF(meta_f).lineSpacing()
            self.draw_line(painter, QRectF(0, heading, self.width(), spacing), above, meta_f, theme.muted)
        for row, (left_box, right_box) in zip(rows[self.first_shown:], self.pair_rects(), strict=True):
            self._paint_card(painter, left_box, row.left, row.lines[0], text_f, meta_f, px)
            self._paint_card(painter, right_box, row.right, row.lines[1], text_f, meta_f, px)
            painter.setPen(QPen(QColor(theme.accent), max(2.0, px * 0.12)))
            middle = left_box.center().y()
            left, right = side + arrow * 0.2, side + arrow * 0.8
            painter.drawLine(QPointF(left, middle), QPointF(right, middle))
            painter.drawLine(QPointF(right, middle), QPointF(right - px * 0.3, middle - px * 0.3))
            painter.drawLine(QPointF(right, middle), QPointF(right - px * 0.3, middle + px * 0.3))
        painter.end()

    def pair_rects(self) -> list[tuple[QRectF, QRectF]]:
        """Where each pair on the wall is drawn: the card of the first column and its answer."""
        px = self._px()
        side, arrow, gap = self._geometry(px)
        heading, rows = self._rows(px)
        y = heading + (QFontMetricsF(self._fonts(px)[1]).lineSpacing() if self.first_shown else 0)
        rects = []
        for row in rows[self.first_shown:]:
            rects.append((QRectF(0, y, side, row.height), QRectF(side + arrow, y, side, row.height)))
            y += row.height + gap
        return rects

    def _paint_card(self, painter: QPainter, rect: QRectF, card: Card | None, lines: list[str],
                    text_f: QFont, meta_f: QFont, px: float) -> None:
        theme, pad = self.theme, px * 0.4
        box = rect.adjusted(1.5, 1.5, -1.5, -1.5)
        if card is None:  # not flipped yet: an empty place, drawn as a dashed outline
            pen = QPen(QColor(theme.border), 2, Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(box, 6, 6)
            return
        painter.setPen(QPen(QColor(theme.card_border), 1.5))
        painter.setBrush(card_fill(theme, card.colour))
        painter.drawRoundedRect(box, 6, 6)
        painter.setPen(QColor(theme.card_text))
        painter.setFont(text_f)
        spacing = QFontMetricsF(text_f).lineSpacing()
        for number, line in enumerate(lines):
            painter.drawText(QRectF(rect.left() + pad, rect.top() + pad + number * spacing,
                                    rect.width() - 2 * pad, spacing),
                             int(Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextSingleLine), line)
        if card.author:
            meta = QFontMetricsF(meta_f)
            self.draw_line(painter, QRectF(rect.left() + pad, rect.bottom() - pad - meta.lineSpacing(),
                                           rect.width() - 2 * pad, meta.lineSpacing()),
                           card.author, meta_f, "#3d4550")
