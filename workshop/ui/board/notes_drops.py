"""Cards dropped on a board: where they land, the mark that shows it, and the model's part.

Over a card, its left or right edge puts the cards before or after it and
its middle onto it (a cluster of both); over a heading, onto that cluster;
below the last row, at the end. The model makes the move (`NotesModel`
`dropMimeData`), so the view that started the drag removes nothing itself.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QRect, Qt
from PySide6.QtGui import QColor, QPen

from workshop.ui.board.notes_model import CARD_MIME, NotesModel

if TYPE_CHECKING:
    from PySide6.QtCore import QAbstractItemModel, QMimeData
    from PySide6.QtGui import QPainter

    from workshop.ui.board.notes_delegate import BoardStyle
    from workshop.ui.board.notes_flow import FlowLayout

# Where a drop would land: on a row, just before it, just after it, or at the end.
ON, BEFORE, AFTER, END = "on", "before", "after", "end"


def place_on(x: int, row: int, rect: QRect, tile: bool) -> tuple[str, int]:
    """Where cards dropped at `x` over `row` (its `rect`; a card if `tile`) go."""
    if not tile:
        return ON, row
    edge = max(8, rect.width() // 5)
    if x < rect.left() + edge:
        return BEFORE, row
    if x > rect.right() - edge:
        return AFTER, row
    return ON, row


def accepts(model: QAbstractItemModel | None, data: QMimeData) -> bool:
    """Whether `model`'s board takes the dragged `data` (cards, onto a board that has a column)."""
    return isinstance(model, NotesModel) and model.drop_column is not None and data.hasFormat(CARD_MIME)


def drop_cards(model: NotesModel, data: QMimeData, where: str, row: int) -> None:
    """Hand the dropped cards to the model, at the place `drop_place` found."""
    if where == ON:
        model.dropMimeData(data, Qt.DropAction.MoveAction, -1, 0, model.index(row, 0))
    else:
        gap = row + 1 if where == AFTER else row if where == BEFORE else -1
        model.dropMimeData(data, Qt.DropAction.MoveAction, gap, 0, QModelIndex())


def paint_drop_mark(painter: QPainter, drop: tuple[str, int], flow: FlowLayout, offset: int,
                    style: BoardStyle) -> None:
    """A line between cards, a frame round the card or heading, or a line under the last row."""
    where, row = drop
    painter.setPen(QPen(QColor(style.theme.accent), 4))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    if where == END or row >= len(flow.rects):
        last = flow.rects[-1] if flow.rects else QRect(0, 0, flow.width, 0)
        y = last.bottom() + style.spacing - offset
        painter.drawLine(8, y, flow.width, y)
        return
    rect = flow.rects[row].translated(0, -offset)
    if where == ON:
        painter.drawRoundedRect(rect.adjusted(2, 2, -2, -2), 6, 6)
    else:
        x = rect.left() - 3 if where == BEFORE else rect.right() + 3
        painter.drawLine(x, rect.top(), x, rect.bottom())
