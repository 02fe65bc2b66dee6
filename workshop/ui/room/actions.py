"""The actions on the wall: what, who and by when, the date written so nobody misreads it.

Painted rather than laid out with labels: every row takes the lines its text
needs (up to three, then "…"), rows that do not fit the wall end in "… and N
more", and nothing the room reads can push the window taller than its screen.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPainter, QPaintEvent, QTextLayout
from PySide6.QtWidgets import QWidget

from workshop.ui.inputs.door import Change, SessionDoor
from workshop.ui.language import day_text
from workshop.ui.room.base import RoomView
from workshop.ui.widgets.theme import AUDIENCE, Theme

MAX_LINES = 3  # of one action's "what"; more is cut with "…"


@dataclass(frozen=True)
class ActionRow:
    what: str
    who: str  # "" when nobody was named
    due: str  # "" when there is no date


class RoomActions(RoomView):
    """One row per action: what (large, wrapped), who, by when; missing ones asked for."""

    tables = frozenset({"actions"})

    def __init__(self, door: SessionDoor, theme: Theme = AUDIENCE, parent: QWidget | None = None) -> None:
        super().__init__(door, theme, parent)
        self.setObjectName("roomActions")
        self.actions: list[ActionRow] = []

    def refresh(self, change: Change | None) -> None:
        if self.item >= 0:
            self.actions = [ActionRow(" ".join(a.what.split()), a.who, day_text(a.due) if a.due else "")
                            for a in self.door.state.actions_for(self.item, self.step)]
        self.update()

    # -- sizes ----------------------------------------------------------------------------

    def _fonts(self) -> tuple[QFont, QFont, QFont]:
        px = self.base_px
        return (self.font_px(px, QFont.Weight.DemiBold), self.font_px(px * 0.85),
                self.font_px(px * 0.8, QFont.Weight.Bold))

    def _columns(self) -> tuple[float, float, float]:
        """Width of "what", then the left edges of "who" and "by when"."""
        _, side, heading = self._fonts()
        metrics, head = QFontMetricsF(side), QFontMetricsF(heading)
        gap = self.base_px * 0.8
        who_width = max([head.horizontalAdvance(self.tr("Who")), metrics.horizontalAdvance(self.tr("who?")),
                         *(metrics.horizontalAdvance(a.who) for a in self.actions)])
        who_width = min(who_width, self.width() * 0.2)
        due_width = max([head.horizontalAdvance(self.tr("By when")),
                         metrics.horizontalAdvance("Wed 30 Sep 2026"),
                         *(metrics.horizontalAdvance(a.due) for a in self.actions)])
        due_left = self.width() - due_width
        who_left = due_left - gap - who_width
        return max(self.base_px * 6, who_left - gap), who_left, due_left

    def _what_lines(self, text: str, width: float) -> list[str]:
        """`text` wrapped at `width`, at most MAX_LINES lines, the last cut with "…" if needed."""
        body, _, _ = self._fonts()
        layout = QTextLayout(text, body)
        layout.beginLayout()
        lines = []
        while len(lines) < MAX_LINES:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(width)
            lines.append((line.textStart(), line.textLength()))
        layout.endLayout()
        texts = [text[start:start + length].strip() for start, length in lines]
        if lines and sum(length for _, length in lines) < len(text):
            last_start = lines[-1][0]
            texts[-1] = QFontMetricsF(body).elidedText(text[last_start:], Qt.TextElideMode.ElideRight, width)
        return texts or [""]

    def layout_rows(self) -> tuple[list[tuple[ActionRow, list[str], float]], int]:
        """The rows that fit, each with its lines and top; and how many did not fit."""
        body, _, heading = self._fonts()
        line_height = QFontMetricsF(body).lineSpacing()
        what_width, _, _ = self._columns()
        top = QFontMetricsF(heading).lineSpacing() * 1.4
        gap = self.base_px * 0.45
        more_height = line_height
        placed: list[tuple[ActionRow, list[str], float]] = []
        for number, action in enumerate(self.actions):
            lines = self._what_lines(action.what, what_width)
            height = line_height * len(lines)
            room_below = 0 if number == len(self.actions) - 1 else more_height
            if placed and top + height + room_below > self.height():
                return placed, len(self.actions) - len(placed)
            placed.append((action, lines, top))
            top += height + gap
        return placed, 0

    # -- what the room reads ----------------------------------------------------------------

    def overflows(self) -> bool:
        return self.layout_rows()[1] > 0

    def more_text(self, left: int) -> str:
        return self.tr("… and 1 more") if left == 1 else self.tr("… and {n} more").format(n=left)

    def visible_text(self) -> str:
        placed, left = self.layout_rows() if self.height() > 0 else (
            [(a, [a.what], 0.0) for a in self.actions], 0)
        rows = [" · ".join(part for part in (" ".join(lines), action.who or self.tr("who?"),
                                              action.due or self.tr("when?")) if part)
                for action, lines, _ in placed]
        return "\n".join([*rows, self.more_text(left)] if left else rows)

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self.actions:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        body, side, heading = self._fonts()
        theme = self.theme
        what_width, who_left, due_left = self._columns()
        head_height = QFontMetricsF(heading).lineSpacing()
        for left, width, title in ((0.0, what_width, self.tr("What")),
                                   (who_left, due_left - who_left, self.tr("Who")),
                                   (due_left, self.width() - due_left, self.tr("By when"))):
            self.draw_line(painter, QRectF(left, 0, width, head_height), title, heading, theme.muted)
        line_height = QFontMetricsF(body).lineSpacing()
        placed, left_over = self.layout_rows()
        for action, lines, top in placed:
            for number, line in enumerate(lines):
                self.draw_line(painter, QRectF(0, top + number * line_height, what_width, line_height),
                               line, body, theme.text)
            # Nobody named, no date: asked on the wall, where the room can still settle it.
            self.draw_line(painter, QRectF(who_left, top, due_left - who_left, line_height),
                           action.who or self.tr("who?"), side, theme.text if action.who else theme.muted)
            self.draw_line(painter, QRectF(due_left, top, self.width() - due_left, line_height),
                           action.due or self.tr("when?"), side, theme.text if action.due else theme.muted)
        if left_over:
            _, last_lines, last_top = placed[-1]
            top = last_top + line_height * len(last_lines) + self.base_px * 0.45
            self.draw_line(painter, QRectF(0, top, self.width(), line_height), self.more_text(left_over),
                           self.font_px(self.base_px * 0.9), theme.muted)
        painter.end()
