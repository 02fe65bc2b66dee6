"""How a board's rows look: card tiles and cluster headings, painted and edited in place.

Double-click or F2 edits a card (Enter keeps it, Shift+Enter breaks the
line, Esc leaves it as it was) or names a cluster. Text is laid out by
`tiles`, never read as markup.
"""

from __future__ import annotations

import math
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, replace

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QPersistentModelIndex,
    QPointF,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QKeyEvent, QPainter, QPen, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QLineEdit,
    QPlainTextEdit,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from workshop.ui.board.notes_model import NotesModel, Row, RowKind
from workshop.ui.board.tiles import card_fill, draw_laid, shared_sizer, text_font, typed_text
from workshop.ui.widgets.theme import CONSOLE, Theme

Index = QModelIndex | QPersistentModelIndex
ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


@dataclass(frozen=True)
class BoardStyle:
    """How big a board is drawn; the projector derives it from its height."""

    font_px: int = 18
    tile_width: int = 240  # wished-for width; tiles stretch to fill a row
    max_lines: int = 6
    theme: Theme = CONSOLE
    room: bool = False  # the projector: nothing to click, no scroll bar

    @property
    def padding(self) -> int:
        if self.room:  # nothing to click on the wall: the room goes to the text
            return max(6, round(self.font_px * 0.3))
        return max(8, self.font_px // 2)

    @property
    def spacing(self) -> int:
        return max(4, self.font_px // 4)

    @property
    def meta_px(self) -> int:
        return max(11, round(self.font_px * 0.72))

    @property
    def heading_px(self) -> int:
        return max(13, round(self.font_px * 1.05))

    def scaled(self, factor: float) -> BoardStyle:
        return replace(self, font_px=max(10, round(self.font_px * factor)),
                       tile_width=max(120, round(self.tile_width * factor)))


class TileEditor(QPlainTextEdit):
    """Edits a card in place: Enter keeps the text, Shift+Enter starts a new line."""

    done = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in ENTER_KEYS:
            if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                self.insertPlainText("\n")
            else:
                self.done.emit()
            return
        super().keyPressEvent(event)


# About two screens of tiles (a wall's tiles are large: 16 MB is some forty of them at
# 1080p, a hundred on the console): what repaints and a scroll back show again.
TILE_BYTES = 16 * 1024 * 1024


class NotesDelegate(QStyledItemDelegate):
    """Paints cards and headings; measures them once per text and width."""

    def __init__(self, style: BoardStyle, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.style = style
        self.tile_width = style.tile_width
        self.full_width = style.tile_width
        # Lines every heading takes (0: each its own): clusters side by side on the wall start
        # their cards level, however their names wrap.
        self.heading_lines = 0
        self.sizer = shared_sizer()
        self._fonts: tuple[str, BoardStyle, tuple[QFont, QFont, QFont]] | None = None
        # Each card's tile as last drawn, by everything that shapes it: a board that scrolls
        # by one card, or repaints as the room's cards arrive, draws its other tiles again
        # from here instead of laying out their text and outlines anew.
        self._tiles: OrderedDict[tuple[object, ...], QPixmap] = OrderedDict()
        self._tile_bytes = 0

    # -- fonts and sizes --------------------------------------------------------------

    def fonts(self, base: QFont) -> tuple[QFont, QFont, QFont]:
        """Card text, the line under it, headings: built once per style and base font."""
        style, key = self.style, base.key()
        if self._fonts is None or self._fonts[0] != key or self._fonts[1] != style:
            fonts = (text_font(base, style.font_px), text_font(base, style.meta_px, QFont.Weight.Normal),
                     text_font(base, style.heading_px, QFont.Weight.Bold))
            self._fonts = (key, style, fonts)
        return self._fonts[2]

    def _meta(self, row: Row) -> str:
        card = row.card
        if card is None:
            return ""
        parts = []
        if card.hidden and not self.style.room:
            parts.append(self.tr("Hidden from the room"))
        if card.device and not self.style.room:
            parts.append(self.tr("From a phone"))
        if card.author:
            parts.append(card.author)
        return " · ".join(parts)

    def text_width(self) -> float:
        return float(self.tile_width - 2 * self.style.padding - 2)

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        return self.measurer(option.font)(_row(index))  # type: ignore[attr-defined]

    def measurer(self, base: QFont) -> Callable[[Row | None], QSize]:
        """Each row's size, for a board laid out in `base`'s family.

        The fonts, their metrics and the widths are worked out once here, not
        for each of a thousand cards: a board laid out again (the wall's new
        size, a session opened again) costs the cards' lookups, little more.
        """
        text_f, meta_f, heading_f = self.fonts(base)
        text_key = text_f.key()
        style, pad = self.style, self.style.padding
        room, max_lines = style.room, style.max_lines
        text_width, tile_width, full_width = self.text_width(), self.tile_width, self.full_width
        # A console card is a target to drop on, two lines at least; the wall fits more one-liners.
        least = 0.0 if room else QFontMetricsF(text_f).lineSpacing() * 2
        meta_line = QFontMetricsF(meta_f).lineSpacing() + 2
        heading_line = QFontMetricsF(heading_f).lineSpacing()
        height_of = self.sizer.height

        def size(row: Row | None) -> QSize:
            if row is None:
                return QSize(0, 0)
            card = row.card
            if card is None:
                lines = (self.heading_lines or self._heading_lines(row, heading_f, meta_f)) if room else 1
                return QSize(full_width, int(heading_line * lines + pad * 1.5))
            height = max(height_of(card.text, text_f, text_width, max_lines, text_key), least)
            if card.author or (not room and (card.hidden or card.device)):  # a line under the text
                height += meta_line
            return QSize(tile_width, int(height + 2 * pad + 2))

        return size

    # -- painting -----------------------------------------------------------------------

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        row = _row(index)
        if row is None:
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)  # type: ignore[attr-defined]
        rect = QRectF(option.rect)  # type: ignore[attr-defined]
        if row.card is not None:
            painter.drawPixmap(option.rect.topLeft(),  # type: ignore[attr-defined]
                               self._tile(painter, row, selected, option))
            painter.restore()
            return
        if row.card is None:
            self._paint_heading(painter, rect, row, selected, option.font)  # type: ignore[attr-defined]
        else:
            self._paint_card(painter, rect, row, selected, option.font)  # type: ignore[attr-defined]
        painter.restore()

    def _tile(self, painter: QPainter, row: Row, selected: bool, option: QStyleOptionViewItem) -> QPixmap:
        size = option.rect.size()  # type: ignore[attr-defined]
        device = painter.device()
        ratio = device.devicePixelRatioF() if device is not None else 1.0
        font: QFont = option.font  # type: ignore[attr-defined]
        key = (row.card, selected, size.width(), size.height(), self.style, font.key(), ratio)
        tile = self._tiles.get(key)
        if tile is not None:
            self._tiles.move_to_end(key)
            return tile
        tile = QPixmap(math.ceil(size.width() * ratio), math.ceil(size.height() * ratio))
        tile.setDevicePixelRatio(ratio)
        tile.fill(Qt.GlobalColor.transparent)
        tile_painter = QPainter(tile)
        tile_painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._paint_card(tile_painter, QRectF(0, 0, size.width(), size.height()), row, selected, font)
        tile_painter.end()
        self._tiles[key] = tile
        self._tile_bytes += _bytes(tile)
        while self._tile_bytes > TILE_BYTES and len(self._tiles) > 1:
            _key, dropped = self._tiles.popitem(last=False)
            self._tile_bytes -= _bytes(dropped)
        return tile

    def _paint_card(self, painter: QPainter, rect: QRectF, row: Row, selected: bool, base: QFont) -> None:
        card = row.card
        assert card is not None
        theme, pad = self.style.theme, self.style.padding
        text_f, meta_f, _heading = self.fonts(base)
        hidden = card.hidden and not self.style.room
        fill = card_fill(theme, card.colour)
        if hidden:
            fill = fill.lighter(112)
        pen = QPen(QColor(theme.accent if selected else theme.card_border), 3.0 if selected else 1.5)
        if hidden:
            pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.setBrush(fill)
        painter.drawRoundedRect(rect.adjusted(1.5, 1.5, -1.5, -1.5), 6, 6)
        painter.setClipRect(rect)
        width = self.text_width()
        meta = self._meta(row)
        meta_height = QFontMetricsF(meta_f).lineSpacing() + 2 if meta else 0.0
        lines = int((rect.height() - 2 * pad - meta_height + 3) // QFontMetricsF(text_f).lineSpacing())
        fits = max(1, min(self.style.max_lines, lines))
        laid = self.sizer.laid(card.text, text_f, width, self.style.max_lines)  # as it was measured
        if sum(layout.lineCount() for layout in laid.layouts) > fits:  # (a tile made shorter)
            laid = self.sizer.laid(card.text, text_f, width, fits)
        painter.setFont(text_f)
        painter.setPen(QColor(theme.card_text if not hidden else "#5b6470"))
        draw_laid(painter, laid, QPointF(rect.left() + pad + 1, rect.top() + pad + 1), width)
        if meta:
            painter.setFont(meta_f)
            painter.setPen(QColor("#3d4550" if not hidden else "#8a1c12"))
            box = QRectF(rect.left() + pad + 1, rect.bottom() - pad - meta_height + 2, width, meta_height)
            elided = QFontMetricsF(meta_f).elidedText(meta, Qt.TextElideMode.ElideRight, width)
            painter.drawText(box, int(Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextSingleLine), elided)

    def _paint_heading(self, painter: QPainter, rect: QRectF, row: Row, selected: bool, base: QFont) -> None:
        theme, pad = self.style.theme, self.style.padding
        _text, meta_f, heading_f = self.fonts(base)
        if selected:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(theme.surface) if self.style.room else QColor(theme.accent).lighter(185))
            painter.drawRoundedRect(rect.adjusted(1, 1, -1, -1), 4, 4)
        painter.setPen(QPen(QColor(theme.border), 2))
        bottom = rect.bottom() - 2
        painter.drawLine(QPointF(rect.left() + 2, bottom), QPointF(rect.right() - 2, bottom))
        title, muted = self._heading_title(row)
        count = self._count_text(row)
        if not self._shows_count(row, heading_f, meta_f):
            count = ""
        count_width = QFontMetricsF(meta_f).horizontalAdvance(count) + pad if count else 0.0
        box = rect.adjusted(pad / 2, 0, -pad / 2, -4)
        painter.setFont(heading_f)
        painter.setPen(QColor(theme.muted if muted else theme.text))
        if self._heading_lines(row, heading_f, meta_f) > 1 and self.style.room:
            # A narrow column on the wall: the name on two lines rather than cut after a word.
            laid = self.sizer.laid(title, heading_f, box.width(), 2)
            draw_laid(painter, laid, QPointF(box.left(), box.top() + (box.height() - laid.height) / 2),
                      box.width())
            return
        elided = QFontMetricsF(heading_f).elidedText(title, Qt.TextElideMode.ElideRight,
                                                     max(10.0, box.width() - count_width))
        flags = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextSingleLine)
        painter.drawText(box, flags, elided)
        painter.setFont(meta_f)
        painter.setPen(QColor(theme.muted))
        painter.drawText(box, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), count)

    def _heading_title(self, row: Row) -> tuple[str, bool]:
        """A heading's words, and whether they are muted (no name of its own)."""
        if row.kind is RowKind.LOOSE:
            return self.tr("Not in a cluster"), True
        if row.cluster is not None and row.cluster.name:
            return row.cluster.name, False
        return (self.tr("Unnamed cluster") if self.style.room
                else self.tr("Unnamed cluster (F2 names it)")), True

    def _count_text(self, row: Row) -> str:
        return self.tr("1 card") if row.count == 1 else self.tr("{n} cards").format(n=row.count)

    def most_heading_lines(self, rows: list[Row], base: QFont) -> int:
        """The most lines any of `rows`' headings needs at the width now."""
        _text, meta_f, heading_f = self.fonts(base)
        return max((self._heading_lines(row, heading_f, meta_f) for row in rows if row.card is None),
                   default=1)

    def _heading_lines(self, row: Row, heading_f: QFont, meta_f: QFont) -> int:
        """1, or 2 when the name does not fit on one line even without its count (on the wall)."""
        width = self.full_width - self.style.padding
        return 1 if QFontMetricsF(heading_f).horizontalAdvance(self._heading_title(row)[0]) <= width else 2

    def _shows_count(self, row: Row, heading_f: QFont, meta_f: QFont) -> bool:
        """Whether the count fits beside the name; in a narrow column on the wall the name comes first."""
        if not self.style.room:
            return True
        pad = self.style.padding
        width = self.full_width - pad - QFontMetricsF(meta_f).horizontalAdvance(self._count_text(row)) - pad
        return QFontMetricsF(heading_f).horizontalAdvance(self._heading_title(row)[0]) <= width

    # -- editing in place -------------------------------------------------------------------

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        row = _row(index)
        text_f, _meta, heading_f = self.fonts(option.font)  # type: ignore[attr-defined]
        if row is not None and row.card is not None:
            editor = TileEditor(parent)
            editor.setObjectName("cardEditor")
            editor.setFont(text_f)
            editor.setTabChangesFocus(True)
            editor.done.connect(lambda: self._finish(editor))
            return editor
        line = QLineEdit(parent)
        line.setObjectName("clusterNameEditor")
        line.setFont(heading_f)
        line.setPlaceholderText(self.tr("Name the cluster, then press Enter"))
        return line

    def _finish(self, editor: QWidget) -> None:
        self.commitData.emit(editor)
        self.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.NoHint)

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        # The view calls this again whenever the row changes: never overwrite typing.
        if editor.property("loaded"):
            return
        editor.setProperty("loaded", True)
        text = str(index.data(Qt.ItemDataRole.EditRole) or "")
        if isinstance(editor, QPlainTextEdit):
            editor.setPlainText(text)
            editor.selectAll()
        elif isinstance(editor, QLineEdit):
            editor.setText(text)
            editor.selectAll()

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        if isinstance(editor, QPlainTextEdit):
            model.setData(index, typed_text(editor), Qt.ItemDataRole.EditRole)
        elif isinstance(editor, QLineEdit):
            model.setData(index, editor.text(), Qt.ItemDataRole.EditRole)

    def updateEditorGeometry(self, editor: QWidget, option: QStyleOptionViewItem, index: Index) -> None:
        rect = option.rect  # type: ignore[attr-defined]
        if isinstance(editor, QPlainTextEdit):
            minimum = int(QFontMetricsF(editor.font()).lineSpacing() * 4 + 16)
            rect = rect.adjusted(0, 0, 0, max(0, minimum - rect.height()))
        editor.setGeometry(rect)


def _row(index: Index) -> Row | None:
    # Straight to the model's list: sizeHint runs for every row on each layout.
    model = index.model()
    if isinstance(model, NotesModel):
        return model.row_at(index.row())
    return None


def _bytes(pixmap: QPixmap) -> int:
    return pixmap.width() * pixmap.height() * 4
