"""Rating results on the wall: per item its average, its spread and the range, live.

Each item is a row: its name, a track from the lowest to the highest score
with the spread (average ± standard deviation) as a band, the range of
scores as a thin line, the average as a dot, the group's consensus (if
given) as a diamond; then the average in figures. The line above says what
the figures are ("average of 7 scores"); only when items have different
numbers of scores does each row give its own count ("3.4 (6 scores)").
Above each score somebody gave, a number says how many gave it, so the one
0 of a fist of five is seen, not averaged away.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPaintEvent, QPen, QPolygonF
from PySide6.QtWidgets import QWidget

from workshop.core.aggregate import RatingSummary, rating_summaries, score_counts, score_counts_text
from workshop.core.templates import RatingScale
from workshop.ui.inputs.door import Change, SessionDoor
from workshop.ui.room.base import RoomView
from workshop.ui.widgets.theme import AUDIENCE, Theme


def figures(summary: RatingSummary, with_count: bool = False) -> str:
    """The numbers of an item as the room reads them: "3.4", "3.4 (6 scores)", "◆ 4"."""
    parts = []
    if summary.average is not None:
        count = ("1 score" if summary.count == 1 else f"{summary.count} scores") if with_count else ""
        parts.append(f"{summary.average:.1f}" + (f" ({count})" if count else ""))
    if summary.consensus is not None:
        parts.append(f"◆ {summary.consensus}")
    return "  ".join(parts) or "–"


class RoomRatings(RoomView):
    """One row per rated item, in the template's order."""

    tables = frozenset({"ratings"})

    def __init__(self, door: SessionDoor, theme: Theme = AUDIENCE, parent: QWidget | None = None) -> None:
        super().__init__(door, theme, parent)
        self.setObjectName("roomRatings")
        self.summaries: list[RatingSummary] = []
        self.scale = RatingScale()
        # (item, score, box) of each count drawn at the last paint, for the wall's checks
        self.count_boxes: list[tuple[int, int, QRectF]] = []

    def refresh(self, change: Change | None) -> None:
        if self.item < 0:
            self.update()
            return
        scale = self.door.state.spec_at(self.item, self.step).scale
        summaries = rating_summaries(self.door.state, self.item, self.step)
        old, frame = self.summaries, self._frame()
        self.scale, self.summaries = scale, summaries
        if change is None or len(old) != len(summaries) or self._frame() != frame:
            self.update()
            return
        # The same columns and key: a score repaints its own item's row, not the wall.
        for number, (before, after) in enumerate(zip(old, summaries, strict=True)):
            if before != after:
                self.update(self._row_rect(number))

    def _geometry(self) -> tuple[float, float, float, float, float]:
        """(legend height, row height, label width, figures width, the lift of a row's line)."""
        px, width = self.base_px, self.width()
        label_font = self.font_px(px, QFont.Weight.DemiBold)
        figure_font = self.font_px(px, QFont.Weight.Bold)
        small = self.font_px(px * 0.8)
        legend = px * 1.2
        height = min(px * 2.6, max(px * 1.2, (self.height() - 2 * legend) / max(1, len(self.summaries))))
        label_width = min(width * 0.3, px + max(
            (QFontMetricsF(label_font).horizontalAdvance(s.label) for s in self.summaries), default=0))
        texts = [figures(summary, self._counts_differ()) for summary in self.summaries]
        figure_width = px * 0.5 + max(px * 4, QFontMetricsF(small).horizontalAdvance(self.key_text()),
                                      *(QFontMetricsF(figure_font).horizontalAdvance(t) for t in texts))
        # Once scores are given, each row's line sits a little low, leaving room above it for the counts.
        line = QFontMetricsF(label_font).height()
        lift = min(height * 0.3, max(0.0, height - line)) if any(s.count for s in self.summaries) else 0.0
        return legend, height, label_width, figure_width, lift

    def _frame(self) -> tuple[object, ...]:
        """What every row's drawing depends on: while it stays, a row can be painted alone."""
        return (self._geometry(), self.key_text(), self.scale, self.size())

    def _row_rect(self, number: int) -> QRect:
        legend, height, *_rest = self._geometry()
        return QRectF(0, legend + number * height, self.width(), height).toAlignedRect().adjusted(0, -1, 0, 1)

    def _counts_differ(self) -> bool:
        return len({s.count for s in self.summaries if s.average is not None}) > 1

    def visible_text(self) -> str:
        lines = [f"{s.label} {figures(s, self._counts_differ())}" for s in self.summaries]
        return "\n".join([self.key_text(), *lines])

    def counts_text(self) -> str:
        """How many gave each score, item by item, as drawn above the tracks ("Pride 1: 1 · 4: 2")."""
        return "\n".join(f"{s.label} {score_counts_text(s, self.scale)}".strip() for s in self.summaries)

    def key_text(self) -> str:
        """What the figures are, shown above them, in words."""
        counts = {s.count for s in self.summaries if s.average is not None}
        if len(counts) == 1:
            count = counts.pop()
            key = self.tr("average of 1 score") if count == 1 else \
                self.tr("average of {n} scores").format(n=count)
        else:
            key = self.tr("average") if counts else ""
        if any(summary.consensus is not None for summary in self.summaries):
            group = self.tr("◆ the group")  # (outside the f-string, or lupdate does not see it)
            key = f"{key}  {group}".strip()
        return key

    def paintEvent(self, event: QPaintEvent) -> None:
        self.count_boxes.clear()
        if not self.summaries:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        theme, px, width = self.theme, self.base_px, self.width()
        label_font = self.font_px(px, QFont.Weight.DemiBold)
        figure_font = self.font_px(px, QFont.Weight.Bold)
        small = self.font_px(px * 0.8)
        legend, height, label_width, figure_width, lift = self._geometry()
        texts = [figures(summary, self._counts_differ()) for summary in self.summaries]
        # A gap before the figures, so the scale's last number never runs into the words above them.
        track = QRectF(label_width + px, 0, max(px * 4, width - label_width - figure_width - px * 2.5), 0)
        self._draw_legend(painter, track, legend, small)
        self.draw_line(painter, QRectF(width - figure_width, 0, figure_width, legend), self.key_text(),
                       small, theme.muted)
        # The name and figures stay level with the row's line (their box is the row's, cut at the top).
        for number, summary in enumerate(self.summaries):
            top = legend + number * height
            self.draw_line(painter, QRectF(0, top + lift, label_width, height - lift), summary.label,
                           label_font, theme.text)
            self._draw_track(painter, QRectF(track.left(), top + lift, track.width(), height - lift), summary)
            self._draw_counts(painter, QRectF(track.left(), top, track.width(), height / 2 + lift / 2),
                              summary)
            scored = summary.count or summary.consensus is not None
            self.draw_line(painter, QRectF(width - figure_width, top + lift, figure_width, height - lift),
                           texts[number], figure_font, theme.text if scored else theme.muted)
        self._draw_ends(painter, track, legend + len(self.summaries) * height, legend, small)
        painter.end()

    def _draw_ends(self, painter: QPainter, track: QRectF, top: float, height: float, font: QFont) -> None:
        """What the ends of the scale mean, under the ends of the tracks."""
        half, px, muted = track.width() / 2, self.base_px, self.theme.muted
        if self.scale.low:
            self.draw_line(painter, QRectF(track.left() - px, top, half, height),
                           f"{self.scale.min} = {self.scale.low}", font, muted)
        if self.scale.high:
            self.draw_line(painter, QRectF(track.center().x(), top, half + px, height),
                           f"{self.scale.max} = {self.scale.high}", font, muted, Qt.AlignmentFlag.AlignRight)

    def _x(self, rect: QRectF, value: float) -> float:
        span = max(1, self.scale.max - self.scale.min)
        return rect.left() + (value - self.scale.min) / span * rect.width()

    def _draw_legend(self, painter: QPainter, track: QRectF, height: float, font: QFont) -> None:
        """The scale's numbers (and its words at the ends) above the tracks."""
        muted = self.theme.muted
        for value in range(self.scale.min, self.scale.max + 1):
            x = self._x(track, value)
            self.draw_line(painter, QRectF(x - self.base_px, 0, self.base_px * 2, height), str(value),
                           font, muted, Qt.AlignmentFlag.AlignHCenter)

    def _draw_track(self, painter: QPainter, rect: QRectF, summary: RatingSummary) -> None:
        theme, px = self.theme, self.base_px
        middle = rect.center().y()
        painter.setPen(QPen(QColor(theme.border), max(2.0, px * 0.08)))
        painter.drawLine(QPointF(rect.left(), middle), QPointF(rect.right(), middle))
        for value in range(self.scale.min, self.scale.max + 1):
            x = self._x(rect, value)
            painter.drawLine(QPointF(x, middle - px * 0.2), QPointF(x, middle + px * 0.2))
        accent = QColor(theme.accent)
        if summary.average is not None and summary.min is not None and summary.max is not None:
            painter.setPen(QPen(accent, max(2.0, px * 0.08)))
            painter.drawLine(QPointF(self._x(rect, summary.min), middle),
                             QPointF(self._x(rect, summary.max), middle))
            spread = summary.spread or 0.0
            low = max(self.scale.min, summary.average - spread)
            high = min(self.scale.max, summary.average + spread)
            band = QColor(accent)
            band.setAlpha(110)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(band)
            painter.drawRoundedRect(QRectF(self._x(rect, low) - px * 0.25, middle - px * 0.35,
                                           self._x(rect, high) - self._x(rect, low) + px * 0.5, px * 0.7),
                                    px * 0.35, px * 0.35)
            painter.setBrush(accent)
            painter.setPen(QPen(QColor(theme.background), max(2.0, px * 0.06)))
            painter.drawEllipse(QPointF(self._x(rect, summary.average), middle), px * 0.38, px * 0.38)
        if summary.consensus is not None:
            x, r = self._x(rect, summary.consensus), px * 0.42
            painter.setBrush(QColor(theme.timer_low))
            painter.setPen(QPen(QColor(theme.background), max(2.0, px * 0.06)))
            painter.drawPolygon(QPolygonF([QPointF(x, middle - r), QPointF(x + r, middle),
                                           QPointF(x, middle + r), QPointF(x - r, middle)]))

    def _draw_counts(self, painter: QPainter, rect: QRectF, summary: RatingSummary) -> None:
        """Above each score given, one dot per person who gave it; "12 ●" where the dots would not fit.

        `rect` runs from the row's top down to its line. The scale's own numbers head the
        columns, so a count is never a bare number that could be read as a score.
        """
        px = self.base_px
        room = rect.height() - px * 0.42  # down to the top of the average's dot
        size = min(px * 0.45, room * 0.8)
        if size < px * 0.25:  # too cramped to read from the back; the console and PDF still say
            return
        step = size * 1.35
        spacing = rect.width() / max(1, self.scale.max - self.scale.min)
        fits = max(1, int(spacing * 0.9 / step))
        font = self.font_px(size * 1.4, QFont.Weight.Bold)
        accent = QColor(self.theme.accent)
        middle = rect.top() + room / 2
        for score, count in score_counts(summary, self.scale):
            x = self._x(rect, score)
            if count <= fits:
                width = count * step
                box = QRectF(x - width / 2, middle - size / 2, width, size)
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(accent)
                for n in range(count):
                    painter.drawEllipse(QRectF(box.left() + n * step + (step - size) / 2, box.top(),
                                               size, size))
            else:
                text = f"{count} ●"
                width = QFontMetricsF(font).horizontalAdvance(text) + px * 0.2
                box = QRectF(x - width / 2, rect.top(), width, room)
                self.draw_line(painter, box, text, font, self.theme.accent, Qt.AlignmentFlag.AlignHCenter)
            self.count_boxes.append((summary.subject, score, box))
