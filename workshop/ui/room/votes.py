"""Dot-vote results on the wall: most dots first, each card or cluster with its dots drawn."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPaintEvent
from PySide6.QtWidgets import QWidget

from workshop.core.aggregate import VoteResult
from workshop.core.room import room_vote_results, shown_members
from workshop.core.session import Target
from workshop.ui.inputs.door import Change, SessionDoor
from workshop.ui.room.base import RoomView
from workshop.ui.widgets.theme import AUDIENCE, Theme

MAX_ROUND_DOTS = 15  # more than this on one card is drawn as a bar
TIGHTEST_DOTS = 0.85  # dots closer than this (of a dot's width) would touch: a bar instead
MAX_LINES = 3  # a longer card or cluster name is cut with "…" on its third line


def wrap(text: str, metrics: QFontMetricsF, width: float, max_lines: int) -> list[str]:
    """`text` broken at spaces into lines no wider than `width`; the last allowed line cut with "…"."""
    lines: list[str] = []
    words = text.split(" ")
    current = ""
    for index, word in enumerate(words):
        candidate = f"{current} {word}" if current else word
        if not current or metrics.horizontalAdvance(candidate) <= width:
            current = candidate
            continue
        lines.append(current)
        current = word
        if len(lines) == max_lines - 1:
            current = " ".join(words[index:])
            break
    lines.append(current)
    return [metrics.elidedText(line, Qt.TextElideMode.ElideRight, width) for line in lines]


def room_results(door: SessionDoor, item: int, step: str) -> list[VoteResult]:
    """The results the room may see (`core.room`: the same rule as the report)."""
    return room_vote_results(door.state, item, step)


class RoomVotes(RoomView):
    """Sorted results, as many rows as fit; rows without dots dimmed."""

    tables = frozenset({"votes", "cards", "clusters"})

    def __init__(self, door: SessionDoor, theme: Theme = AUDIENCE, parent: QWidget | None = None) -> None:
        super().__init__(door, theme, parent)
        self.setObjectName("roomVotes")
        self.results: list[VoteResult] = []
        self._members: dict[int, int] = {}  # cluster id: visible cards in it

    def refresh(self, change: Change | None) -> None:
        old, frame = self.results, self._frame()
        self.results = room_results(self.door, self.item, self.step) if self.item >= 0 else []
        self._members = {}
        if self.item >= 0:
            state = self.door.state
            on = state.spec_at(self.item, self.step).on
            self._members = {cluster: len(cards)
                             for cluster, cards in shown_members(state, self.item, on).items()}
        if change is None or self._frame() != frame or len(old) != len(self.results):
            self.update()
            return
        # The same rows, columns and heights: a vote repaints the rows whose rank or count
        # changed (the one voted for, and those it passed), not the wall.
        differ = [n for n, (before, after) in enumerate(zip(old, self.results, strict=True))
                  if before != after]
        if differ:
            heights = [self.height_of(result) for result in self.results]
            top = sum(heights[:differ[0]])
            bottom = sum(heights[:differ[-1] + 1])
            self.update(QRectF(0, top, self.width(), bottom - top).toAlignedRect().adjusted(0, -1, 0, 1))

    def _frame(self) -> tuple[object, ...]:
        """What every row's place and drawing depends on: while it stays, rows can be painted alone."""
        return (self._columns(), [self.height_of(result) for result in self.results],
                len(self.shown()), self.size(), dict(self._members))

    def row_height(self) -> float:
        return self.base_px * 1.7

    def text_font(self) -> QFont:
        return self.font_px(self.base_px, QFont.Weight.DemiBold)

    def _columns(self) -> tuple[float, float, float]:
        """Widths of the number and the dots, and where the text starts."""
        number_width = self.base_px * 2.4
        most = max((result.count for result in self.results), default=0)
        # As wide as the most dots need (a bar beyond MAX_ROUND_DOTS), so the text keeps the rest.
        dot = self.row_height() * 0.55 * 1.25
        dots_width = min(self.width() * 0.30, dot * min(max(most, 1), MAX_ROUND_DOTS) + dot * 0.5)
        return number_width, dots_width, number_width + dots_width + self.base_px * 0.5

    def label_lines(self, result: VoteResult) -> list[str]:
        """The row's text wrapped to the wall's width (never cut with "…" while MAX_LINES hold it)."""
        name, suffix = self._label_parts(result)
        metrics = QFontMetricsF(self.text_font())
        width = max(self.base_px, self.width() - self._columns()[2])
        lines = wrap(" ".join(name.split()) + suffix, metrics, width, MAX_LINES)
        if suffix and not lines[-1].endswith(suffix):
            # A long cluster name is cut, never the " · N cards" that says it is a cluster.
            head = metrics.elidedText(lines[-1], Qt.TextElideMode.ElideRight,
                                      width - metrics.horizontalAdvance(suffix))
            lines[-1] = head.rstrip() + suffix
        return lines

    def height_of(self, result: VoteResult) -> float:
        """A row's height: one line's row, or its wrapped lines with a little air."""
        lines = len(self.label_lines(result))
        line = QFontMetricsF(self.text_font()).lineSpacing()
        return self.row_height() if lines == 1 else lines * line + self.base_px * 0.7

    def shown(self) -> list[VoteResult]:
        """The rows that fit the window, best first; when not all do, the last line says so."""
        if self.height() <= 0:
            return self.results
        rows: list[VoteResult] = []
        used = 0.0
        for number, result in enumerate(self.results):
            height = self.height_of(result)
            # the last row shown leaves room for the "… and N more" line, unless it is the last of all
            needed = height + (self.row_height() if number < len(self.results) - 1 else 0)
            if rows and used + needed > self.height():
                break
            rows.append(result)
            used += height
        return rows

    def overflows(self) -> bool:
        return len(self.shown()) < len(self.results)

    def more_top(self) -> float:
        """Where the "… and N more" line is drawn: under the last row shown."""
        return sum(self.height_of(result) for result in self.shown())

    def more_text(self) -> str:
        """The line under the rows for those that did not fit ("" when all did)."""
        left = self.results[len(self.shown()):]
        if not left:
            return ""
        dots = sum(result.count for result in left)
        if dots == 0:
            return self.tr("… and {n} more with no dots").format(n=len(left))
        return self.tr("… and {n} more, {dots} between them").format(
            n=len(left), dots=self.tr("1 dot") if dots == 1 else self.tr("{n} dots").format(n=dots))

    def visible_text(self) -> str:
        lines = [f"{result.count} {self._label(result)}" for result in self.shown()]
        return "\n".join([*lines, self.more_text()] if self.more_text() else lines)

    def _label(self, result: VoteResult) -> str:
        name, suffix = self._label_parts(result)
        return name + suffix

    def _label_parts(self, result: VoteResult) -> tuple[str, str]:
        """The text of a row and, for a cluster, the " · N cards" that always shows after it."""
        if result.target.kind == Target.CLUSTER:
            members = self._members.get(result.target.id, 0)
            cards = self.tr("1 card") if members == 1 else self.tr("{n} cards").format(n=members)
            return result.text or self.tr("Unnamed cluster"), f" · {cards}"
        return result.text, ""

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        theme = self.theme
        number_font = self.font_px(self.base_px * 1.15, QFont.Weight.Bold)
        text_font = self.text_font()
        metrics = QFontMetricsF(text_font)
        width = self.width()
        number_width, dots_width, text_left = self._columns()
        most = max((result.count for result in self.results), default=0)
        top = 0.0
        for result in self.shown():
            height = self.height_of(result)
            # The number and dots stand level with the middle of the row's lines.
            middle = top + (height - self.row_height()) / 2
            faded = result.count == 0
            colour = theme.muted if faded else theme.text
            self.draw_line(painter, QRectF(0, middle, number_width - self.base_px * 0.4, self.row_height()),
                           str(result.count), number_font, colour, Qt.AlignmentFlag.AlignRight)
            self._draw_dots(painter, QRectF(number_width, middle, dots_width, self.row_height()),
                            result.count, most)
            lines = self.label_lines(result)
            _name, suffix = self._label_parts(result)
            line_height = metrics.lineSpacing()
            line_top = top + (height - len(lines) * line_height) / 2
            for number, line in enumerate(lines):
                box = QRectF(text_left, line_top + number * line_height, width - text_left, line_height)
                last = number == len(lines) - 1
                if last and suffix and line.endswith(suffix):
                    # The " · N cards" that says it is a cluster, quieter than the name.
                    head = line[:-len(suffix)]
                    self.draw_line(painter, box, head, text_font, colour)
                    after = text_left + metrics.horizontalAdvance(head + " ")  # draw_line trims the space
                    self.draw_line(painter, QRectF(after, box.top(), width - after, line_height),
                                   suffix, text_font, theme.muted)
                else:
                    self.draw_line(painter, box, line, text_font, colour)
            top += height
        more = self.more_text()
        if more:
            self.draw_line(painter, QRectF(text_left, self.more_top(), width - text_left, height),
                           more, self.font_px(self.base_px * 0.9), theme.muted)
        painter.end()

    def _draw_dots(self, painter: QPainter, rect: QRectF, count: int, most: int) -> None:
        if count <= 0:
            return
        accent = QColor(self.theme.accent)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(accent)
        diameter = rect.height() * 0.55
        step = diameter * 1.25
        if most > 1:  # closer together when the most dots would not fit their room
            step = min(step, (rect.width() - diameter) / (most - 1))
        if most <= MAX_ROUND_DOTS and step >= diameter * TIGHTEST_DOTS:
            for n in range(count):
                centre = QPointF(rect.left() + diameter / 2 + n * step, rect.center().y())
                painter.drawEllipse(centre, diameter / 2, diameter / 2)
            return
        length = rect.width() * count / max(1, most)
        painter.drawRoundedRect(QRectF(rect.left(), rect.center().y() - diameter / 2, length, diameter),
                                diameter / 2, diameter / 2)
