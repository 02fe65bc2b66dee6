"""Cards painted as large readable tiles that wrap into a grid.

A delegate paints each card (plain text, word-wrapped, long text cut with an
ellipsis) so a thousand cards cost a thousand paint calls, not a thousand
widgets. The view picks how many tiles fit across and tells the delegate
their width, so tiles fill each row exactly as the window is resized.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPointF, QRectF, QSize, Qt, QTimer
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen, QResizeEvent, QTextLayout, QTextOption
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from workshop.ui.theme import CONSOLE, Theme

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class CardStyle:
    """How big cards are drawn; the audience view derives it from its height."""

    font_px: int = 18
    tile_width: int = 260  # wished-for width; the view stretches tiles to fill a row
    max_lines: int = 6
    theme: Theme = CONSOLE
    scroll_bar: bool = True  # the projector shows the newest cards, with no bar to click

    @property
    def padding(self) -> int:
        return max(8, self.font_px // 2)

    @property
    def spacing(self) -> int:
        return max(8, self.font_px // 2)

    def scaled(self, factor: float) -> CardStyle:
        return replace(self, font_px=max(10, round(self.font_px * factor)),
                       tile_width=max(120, round(self.tile_width * factor)))


def _font(style: CardStyle, base: QFont) -> QFont:
    font = QFont(base)
    font.setPixelSize(style.font_px)
    font.setWeight(QFont.Weight.DemiBold)
    return font


@dataclass
class _Laid:
    """A card's text broken into lines that fit a tile."""

    layouts: list[QTextLayout]
    height: float
    cut: bool  # more text than lines: the last line is drawn with an ellipsis


def _utf16_tail(text: str, start: int) -> str:
    """`text` from UTF-16 position `start` (Qt counts in UTF-16 units)."""
    return text.encode("utf-16-le")[2 * start:].decode("utf-16-le", errors="ignore")


def _lay_out(text: str, font: QFont, width: float, max_lines: int) -> _Laid:
    """Word-wrap `text`'s paragraphs into at most `max_lines` lines in all, one under another."""
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    leading = QFontMetricsF(font).leading()
    laid = _Laid([], 0.0, False)
    lines = 0
    paragraphs = text.split("\n")
    for number, paragraph in enumerate(paragraphs):
        layout = QTextLayout(paragraph, font)
        layout.setTextOption(option)
        layout.beginLayout()
        placed = 0  # UTF-16 units placed so far, as Qt counts them
        while lines < max_lines:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(width)
            line.setPosition(QPointF(0, laid.height))
            laid.height += line.height() + leading
            lines += 1
            placed = line.textStart() + line.textLength()
        layout.endLayout()
        laid.layouts.append(layout)
        more_here = placed < len(paragraph.encode("utf-16-le")) // 2
        if lines >= max_lines and (more_here or number < len(paragraphs) - 1):
            laid.cut = True
            break
    return laid


def _text_width(tile_width: int, padding: int) -> float:
    """The width text wraps at, the same when measuring and when painting."""
    return float(tile_width - 2 * padding - 2)


class CardDelegate(QStyledItemDelegate):
    """Paints one card as a tile: filled rounded rectangle, plain text, wrapped."""

    def __init__(self, style: CardStyle, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.style = style
        self.tile_width = style.tile_width

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        pad = self.style.padding
        font = _font(self.style, option.font)  # type: ignore[attr-defined]
        laid = _lay_out(text, font, _text_width(self.tile_width, pad), self.style.max_lines)
        minimum = QFontMetricsF(font).lineSpacing() * 2
        return QSize(self.tile_width, int(max(laid.height, minimum) + 2 * pad + 2))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        theme = self.style.theme
        pad = self.style.padding
        tile = QRectF(option.rect)  # type: ignore[attr-defined]
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        border = QColor(theme.accent if option.state & QStyle.StateFlag.State_Selected  # type: ignore[attr-defined]
                        else theme.card_border)
        painter.setPen(QPen(border, 1.5))
        painter.setBrush(QColor(theme.card_fill))
        painter.drawRoundedRect(tile.adjusted(1, 1, -1, -1), 6, 6)
        font = _font(self.style, option.font)  # type: ignore[attr-defined]
        metrics = QFontMetricsF(font)
        width = _text_width(int(tile.width()), pad)
        # Lines that fit the tile's height (sizeHint made room for them; a
        # pixel or two of rounding must not cost a line).
        fitting = int((tile.height() - 2 * pad + 3) // metrics.lineSpacing())
        laid = _lay_out(text, font, width, max(1, min(self.style.max_lines, fitting)))
        origin = QPointF(tile.left() + pad + 1, tile.top() + pad + 1)
        painter.setPen(QColor(theme.card_text))
        painter.setFont(font)
        painter.setClipRect(tile)
        for number, layout in enumerate(laid.layouts):
            last_layout = number == len(laid.layouts) - 1
            for line_number in range(layout.lineCount()):
                line = layout.lineAt(line_number)
                if laid.cut and last_layout and line_number == layout.lineCount() - 1:
                    # The last line that fits ends in "…" so nobody reads a cut card as whole.
                    rest = _utf16_tail(layout.text(), line.textStart()).replace("\n", " ")
                    elided = metrics.elidedText(rest + " …", Qt.TextElideMode.ElideRight, width)
                    if not elided.endswith("…"):
                        elided += "…"
                    painter.drawText(origin + QPointF(0, line.y() + line.ascent()), elided)
                else:
                    line.draw(painter, origin)
        painter.restore()


class CardView(QListView):
    """A wrapping grid of card tiles over a card model (or a column's filter of it)."""

    def __init__(self, style: CardStyle, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cardView")
        self.setAccessibleName(self.tr("Cards"))
        self._delegate = CardDelegate(style, self)
        self.setItemDelegate(self._delegate)
        self.setViewMode(QListView.ViewMode.ListMode)
        self.setFlow(QListView.Flow.LeftToRight)
        self.setWrapping(True)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setUniformItemSizes(False)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # The board is read on the wall: keyboard focus stays in the entry.
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._follow_newest = False  # set once a card is added while on screen
        self._relayout = QTimer(self)
        self._relayout.setSingleShot(True)
        self._relayout.setInterval(0)
        self._relayout.timeout.connect(self._fit_tiles)
        self.set_card_style(style)

    @property
    def card_style(self) -> CardStyle:
        return self._delegate.style

    def set_card_style(self, style: CardStyle) -> None:
        self._delegate.style = style
        self.setSpacing(style.spacing // 2)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded if style.scroll_bar
                                        else Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._fit_tiles()

    def scroll_to_newest(self) -> None:
        """Bring the last card into view, and keep it there as the grid is laid out again."""
        self._follow_newest = True
        QTimer.singleShot(0, self, self._scroll_to_newest)

    def _scroll_to_newest(self) -> None:
        model = self.model()
        if model is not None and model.rowCount():
            self.executeDelayedItemsLayout()  # the newest tile's place is known only after layout
            self.scrollTo(model.index(model.rowCount() - 1, 0), QAbstractItemView.ScrollHint.PositionAtBottom)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._relayout.start()

    def _fit_tiles(self) -> None:
        """Stretch tiles so a whole number of them fills the row."""
        style = self._delegate.style
        # QListView puts `spacing` on both sides of every item and wraps as if
        # the vertical scroll bar were there, so both are left out of the row.
        gap = self.spacing() * 2
        scroll_bar = (self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
                      if style.scroll_bar else 0)
        available = self.viewport().width() - scroll_bar - gap
        across = max(1, available // (style.tile_width + gap))
        width = max(80, available // across - gap)
        if width != self._delegate.tile_width:
            self._delegate.tile_width = width
        self.scheduleDelayedItemsLayout()
        self.viewport().update()
        if self._follow_newest:
            QTimer.singleShot(0, self, self._scroll_to_newest)
