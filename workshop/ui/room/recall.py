"""An earlier step's result, shown with the step that recalls it: on the wall and on the console.

One painted panel for both windows: a heading saying where the result
comes from, then the result (a vote's winning cluster with its cards, the
chosen statement, a board's cards, the best-rated items). Before there is
a result it says so in one quiet line. It stays within the height its
window gives it, so the step's own content keeps the wall; what does not
fit is counted ("+ 2 more"). Everything is plain text the group typed.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPaintEvent, QPen, QResizeEvent, QTextLayout
from PySide6.QtWidgets import QSizePolicy, QWidget

from workshop.core.agenda import Stop
from workshop.core.recall import Recalled, RecallLine, recall_for
from workshop.core.templates import InputKind
from workshop.ui.inputs.door import Change, SessionDoor
from workshop.ui.widgets.theme import AUDIENCE, Theme

# The lists a recalled result is made of.
TABLES = frozenset({"cards", "clusters", "votes", "statements", "ratings"})
ELLIPSIS = "…"


@dataclass(frozen=True)
class _Piece:
    """One run of text to paint: where, in which font and colour."""

    rect: QRectF
    text: str
    font: QFont
    colour: str


def wrapped(text: str, font: QFont, width: float, max_lines: int) -> list[str]:
    """`text` broken into lines of `width`, at most `max_lines`, the last cut with "…" if need be."""
    text = " ".join(text.split())
    if not text or width <= 0:
        return []
    layout = QTextLayout(text, font)
    layout.beginLayout()
    starts = []
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        starts.append((line.textStart(), line.textLength()))
    layout.endLayout()
    lines = [text[start:start + length].strip() for start, length in starts[:max_lines]]
    if len(starts) > max_lines:
        rest = text[starts[max_lines - 1][0]:]
        lines[-1] = QFontMetricsF(font).elidedText(rest, Qt.TextElideMode.ElideRight, width)
    return lines


class RecallPanel(QWidget):
    """What a step shows of an earlier step's result; hidden for steps that recall nothing."""

    def __init__(self, theme: Theme = AUDIENCE, *, room: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("roomRecall" if room else "consoleRecall")
        self.room = room
        self.theme = theme
        self.door: SessionDoor | None = None
        self.stop: Stop | None = None
        self.recalled: Recalled | None = None
        self.base_px = 28 if room else 15
        self.most_height = 10_000 if room else 110  # the step's own content keeps the rest
        self._pieces: list[_Piece] = []
        self._laid_out_width = -1
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.hide()

    # -- following the session ---------------------------------------------------------------

    def set_door(self, door: SessionDoor | None) -> None:
        if self.door is not None:
            self.door.changed.disconnect(self._on_changed)
        self.door = door
        if door is not None:
            door.changed.connect(self._on_changed)
        self.show_stop(None)

    def show_stop(self, stop: Stop | None) -> None:
        self.stop = stop if stop is not None and not stop.item.is_break else None
        self.refresh()

    def _on_changed(self, change: Change) -> None:
        if self.stop is not None and change.tables & TABLES:
            self.refresh()

    def refresh(self) -> None:
        door, stop = self.door, self.stop
        recalled = None if door is None or stop is None else recall_for(
            door.state, stop.item.index, stop.step)
        if recalled == self.recalled and self.isHidden() == (recalled is None):
            return  # a room's burst of cards elsewhere: no layout pass for the window
        self.recalled = recalled
        self.setVisible(recalled is not None)
        self._relayout()

    # -- sizes and colours ---------------------------------------------------------------------

    def set_sizes(self, base_px: int, most_height: int) -> None:
        """The size of the result's text, and the most of the window's height the panel may take."""
        self.base_px, self.most_height = max(10, base_px), max(40, most_height)
        self._relayout()

    def set_theme(self, theme: Theme) -> None:
        self.theme = theme
        self._relayout()

    # -- what it says ------------------------------------------------------------------------------

    def heading(self) -> str:
        recalled = self.recalled
        if recalled is None:
            return ""
        step = recalled.step_title
        if not recalled.has_result:
            text = self.tr("No result yet from “{step}”").format(step=step)
        elif recalled.label:
            return recalled.label
        elif recalled.kind is InputKind.VOTE and recalled.show == "winner":
            text = (self.tr("Most dots in “{step}”: a tie") if recalled.tie
                    else self.tr("Most dots in “{step}”")).format(step=step)
        elif recalled.kind is InputKind.VOTE:
            text = self.tr("The vote in “{step}”").format(step=step)
        elif recalled.kind is InputKind.STATEMENT:
            text = self.tr("Chosen in “{step}”").format(step=step)
        elif recalled.kind is InputKind.RATING:
            text = self.tr("Rated highest in “{step}”").format(step=step)
        else:
            text = self.tr("From “{step}”").format(step=step)
        if recalled.exercise_title:
            text = self.tr("{heading} · {exercise}").format(heading=text, exercise=recalled.exercise_title)
        return text

    def detail(self, line: RecallLine) -> str:
        """The quieter line under a result: a cluster's cards, its dots, a rated item's score."""
        parts = []
        if line.dots:
            parts.append(self.tr("%n dot(s)", "", line.dots))
        if line.consensus is not None:
            parts.append(self.tr("agreed: {score}").format(score=line.consensus))
        elif line.average is not None:
            parts.append(self.tr("average {score}").format(score=f"{line.average:.1f}"))
        if line.cards:
            parts.append(" · ".join(line.cards))
        return " — ".join(parts)

    def visible_text(self) -> str:
        """What the panel shows, one piece per line (for checks); "" when it shows nothing."""
        return "" if self.recalled is None else "\n".join(piece.text for piece in self._pieces)

    # -- laying out and painting ----------------------------------------------------------------------

    def _relayout(self) -> None:
        self._laid_out_width = -1
        self._layout(self.width())
        self.updateGeometry()
        self.update()

    def _layout(self, width: int) -> None:
        """Place every piece of text for `width`; stop at the height the window allows."""
        self._pieces = []
        recalled = self.recalled
        if recalled is None:
            return
        parent = self.parentWidget()
        if not self.isVisible() and parent is not None:  # not placed yet: its window's width until it is
            width = parent.width()
        self._laid_out_width = width
        px = self.base_px
        pad = round(px * 0.45)
        bar = max(4, round(px * 0.18))
        left = bar + pad
        inner = max(10.0, width - left - pad)
        heading_font = self._font(px * 0.8, QFont.Weight.DemiBold)
        single = len(recalled.lines) == 1 and not recalled.more
        main_font = self._font(px * (1.2 if single else 1.0), QFont.Weight.Bold)
        detail_font = self._font(px * 0.8, QFont.Weight.Normal)
        limit = self.most_height
        y = float(pad)
        y = self._add(wrapped(self.heading(), heading_font, inner, 1), heading_font, self.theme.muted,
                      left, y, inner)
        shown = 0
        for index, line in enumerate(recalled.lines):
            texts = wrapped(line.text, main_font, inner, 2 if single else 1)
            detail = wrapped(self.detail(line), detail_font, inner, 2 if single else 1)
            needed = (len(texts) * QFontMetricsF(main_font).lineSpacing()
                      + len(detail) * QFontMetricsF(detail_font).lineSpacing())
            left_over = len(recalled.lines) - index - 1 + recalled.more
            reserve = QFontMetricsF(detail_font).lineSpacing() if left_over else 0
            if shown and y + needed + reserve + pad > limit:
                break
            y = self._add(texts, main_font, self.theme.text, left, y, inner)
            y = self._add(detail, detail_font, self.theme.muted, left, y, inner)
            shown += 1
        hidden = len(recalled.lines) - shown + recalled.more
        if hidden:
            y = self._add([self.tr("+ %n more", "", hidden)], detail_font, self.theme.muted, left, y, inner)
        self.setFixedHeight(min(limit, round(y + pad)))

    def _add(self, texts: list[str], font: QFont, colour: str, left: float, y: float, width: float) -> float:
        spacing = QFontMetricsF(font).lineSpacing()
        for text in texts:
            self._pieces.append(_Piece(QRectF(left, y, width, spacing), text, font, colour))
            y += spacing
        return y

    def _font(self, pixels: float, weight: QFont.Weight) -> QFont:
        font = QFont(self.font())
        font.setPixelSize(max(8, round(pixels)))
        font.setWeight(weight)
        return font

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.recalled is not None and self.width() != self._laid_out_width:
            self._layout(self.width())

    def paintEvent(self, event: QPaintEvent) -> None:
        if self.recalled is None:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        theme = self.theme
        rect = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
        radius = max(4.0, self.base_px * 0.25)
        painter.setPen(QPen(QColor(theme.border), 1))
        painter.setBrush(QColor(theme.surface))
        painter.drawRoundedRect(rect, radius, radius)
        bar = max(4, round(self.base_px * 0.18))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(theme.accent if self.recalled.has_result else theme.border))
        painter.drawRoundedRect(QRectF(rect.left(), rect.top(), bar, rect.height()), bar / 2, bar / 2)
        for piece in self._pieces:
            painter.setFont(piece.font)
            painter.setPen(QColor(piece.colour))
            painter.drawText(piece.rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
                                             | Qt.TextFlag.TextSingleLine), piece.text)
        painter.end()
