"""Plain text laid out in tiles: wrapped, cut with an ellipsis, measured once.

People's text is painted with QTextLayout, which never reads markup, so
``<b>`` shows as typed; right-to-left scripts and emoji are shaped by Qt.
Measuring a tile means laying its text out, which is the expensive part of a
board of a thousand cards: `TextSizer` remembers each text's height per
width, so a new card costs one layout, not a thousand.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QTextLayout, QTextOption
from PySide6.QtWidgets import QPlainTextEdit

from workshop.core.session import CARD_COLOURS
from workshop.ui.widgets.theme import Theme, relative_luminance

ELLIPSIS = "…"

# Card colours by name; the shade depends on the window (pastel on the light
# console, saturated on the dark projector) so dark card text always reads.
LIGHT_FILLS = {"yellow": "#fff3b8", "pink": "#ffd6e7", "green": "#d4f5d0", "blue": "#d6e8ff",
               "orange": "#ffe0c2", "purple": "#e9dcff"}
DARK_FILLS = {"yellow": "#ffe680", "pink": "#ffb3d1", "green": "#a8e6a1", "blue": "#a9d1ff",
              "orange": "#ffc58f", "purple": "#d5c2ff"}
assert set(LIGHT_FILLS) == set(DARK_FILLS) == set(CARD_COLOURS)


def typed_text(edit: QPlainTextEdit) -> str:
    """What was typed in a text box, exactly.

    `toPlainText()` turns non-breaking spaces into plain ones (a pasted
    "10\u00a0%" would come back changed); the raw text keeps them and marks
    line breaks with Unicode separators, which are new lines here.
    """
    raw = edit.document().toRawText()
    return raw.replace("\u2029", "\n").replace("\u2028", "\n")


def is_dark(theme: Theme) -> bool:
    return relative_luminance(theme.background) < 0.2


def card_fill(theme: Theme, colour: str) -> QColor:
    """The fill of a card of `colour` ("" = the theme's own card colour)."""
    fills = DARK_FILLS if is_dark(theme) else LIGHT_FILLS
    return QColor(fills.get(colour, theme.card_fill))


def text_font(base: QFont, pixels: int, weight: QFont.Weight = QFont.Weight.DemiBold) -> QFont:
    font = QFont(base)
    font.setPixelSize(max(1, pixels))
    font.setWeight(weight)
    return font


@dataclass
class Laid:
    """Text broken into lines that fit a width: one QTextLayout per paragraph."""

    layouts: list[QTextLayout]
    height: float
    cut: bool  # more text than lines: the last line is drawn with an ellipsis


def lay_out(text: str, font: QFont, width: float, max_lines: int) -> Laid:
    """Word-wrap `text`'s paragraphs into at most `max_lines` lines in all."""
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    # Each paragraph finds its own direction: an Arabic card reads right to left.
    option.setTextDirection(Qt.LayoutDirection.LayoutDirectionAuto)
    leading = max(0.0, QFontMetricsF(font).leading())
    laid = Laid([], 0.0, False)
    lines = 0
    paragraphs = text.split("\n")
    for number, paragraph in enumerate(paragraphs):
        layout = QTextLayout(paragraph, font)
        layout.setTextOption(option)
        layout.beginLayout()
        placed = 0
        while lines < max_lines:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(max(1.0, width))
            line.setPosition(QPointF(0, laid.height))
            laid.height += line.height() + leading
            lines += 1
            placed = line.textStart() + line.textLength()
        layout.endLayout()
        laid.layouts.append(layout)
        # Qt counts in UTF-16 units: an emoji is two of them.
        more_here = placed < len(paragraph.encode("utf-16-le")) // 2
        if lines >= max_lines and (more_here or number < len(paragraphs) - 1):
            laid.cut = True
            break
    return laid


def _utf16_tail(text: str, start: int) -> str:
    return text.encode("utf-16-le")[2 * start:].decode("utf-16-le", errors="ignore")


def draw_laid(painter: QPainter, laid: Laid, origin: QPointF, width: float) -> None:
    """Paint laid-out text at `origin`; a cut text ends in "…" so nobody reads it as whole."""
    metrics = QFontMetricsF(painter.font())
    for number, layout in enumerate(laid.layouts):
        last_layout = number == len(laid.layouts) - 1
        for line_number in range(layout.lineCount()):
            line = layout.lineAt(line_number)
            if laid.cut and last_layout and line_number == layout.lineCount() - 1:
                rest = _utf16_tail(layout.text(), line.textStart())
                elided = metrics.elidedText(rest + " " + ELLIPSIS, Qt.TextElideMode.ElideRight, width)
                if not elided.endswith(ELLIPSIS):
                    elided += ELLIPSIS
                # Plain drawText of a one-line string: no markup is ever read.
                painter.drawText(QRectF(origin.x(), origin.y() + line.y(), width, line.height()),
                                 int(Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextSingleLine), elided)
            else:
                line.draw(painter, origin)


class TextSizer:
    """Texts laid out once: heights for measuring, layouts for painting.

    Heights are remembered by (text, font, width, lines); the layouts
    themselves (which cost memory) only for the last `PAINTED` painted,
    enough for the console and the wall full of tiles scrolled back and forth.
    One sizer serves every board (`shared_sizer`): the console, the wall, the
    wall's trial sizes and the boards of a session opened again all measure
    the same texts.
    """

    LIMIT = 40_000  # heights; a long day has a few thousand cards at a few widths on two screens
    PAINTED = 1_200  # layouts

    def __init__(self) -> None:
        self._heights: dict[tuple[str, str, int, int], float] = {}
        self._layouts: dict[tuple[str, str, int, int], Laid] = {}

    def height(self, text: str, font: QFont, width: float, max_lines: int, font_key: str = "") -> float:
        """`font_key` is `font.key()`, when the caller has it already (it costs microseconds)."""
        key = (text, font_key or font.key(), int(width), max_lines)
        found = self._heights.get(key)
        if found is None:
            if len(self._heights) >= self.LIMIT:
                self._heights.clear()
            laid = lay_out(text, font, width, max_lines)
            found = self._heights[key] = laid.height
            self._keep(key, laid)  # a card measured is usually painted next: laid out once
        return found

    def laid(self, text: str, font: QFont, width: float, max_lines: int) -> Laid:
        """`lay_out(...)`, from the cache when this text was painted or measured at this size lately."""
        key = (text, font.key(), int(width), max_lines)
        found = self._layouts.pop(key, None)
        if found is None:
            found = lay_out(text, font, width, max_lines)
        self._keep(key, found)
        return found

    def _keep(self, key: tuple[str, str, int, int], laid: Laid) -> None:
        self._layouts.pop(key, None)
        if len(self._layouts) >= self.PAINTED:
            del self._layouts[next(iter(self._layouts))]  # the least lately used
        self._layouts[key] = laid  # last in: most lately used


_SHARED = TextSizer()


def shared_sizer() -> TextSizer:
    """The sizer every board measures and paints its texts with."""
    return _SHARED
