"""A board column on screen: headings across the width, cards as tiles flowing after them.

A QAbstractItemView with its own flow layout, because QListView lays every
row out again whenever one is added (a thousand Python `sizeHint` calls per
card, 40 ms on a full board). Here each row's place is worked out from the
place of the row before it, so a card added at the end costs one
measurement, and a change in the middle re-flows only from its line on.
Only the tiles in sight are painted.

Selection, keyboard moves, editing (F2, double-click) and starting a drag
are QAbstractItemView's own; drops are read here (left or right edge of a
card: before or after it; its middle: onto it) and handed to the model.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from PySide6.QtCore import (
    QAbstractItemModel,
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QPoint,
    QRect,
    Qt,
    QTimer,
)
from PySide6.QtGui import (
    QColor,
    QDragEnterEvent,
    QDragLeaveEvent,
    QDragMoveEvent,
    QDropEvent,
    QFont,
    QPainter,
    QPaintEvent,
    QPen,
    QRegion,
    QResizeEvent,
)
from PySide6.QtWidgets import QAbstractItemView, QStyle, QStyleOptionViewItem, QWidget

from workshop.ui.board.notes_delegate import BoardStyle, NotesDelegate
from workshop.ui.board.notes_model import CARD_MIME, NotesModel, RowKind

Cursor = QAbstractItemView.CursorAction

# Where a drop would land: on a row, just before it, just after it, or at the end.
ON, BEFORE, AFTER, END = "on", "before", "after", "end"


class NotesView(QAbstractItemView):
    """One column of a board (or the whole board) over a `NotesModel`."""

    def __init__(self, style: BoardStyle, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notesView")
        self.setAccessibleName(self.tr("Cards"))
        # Everything the overrides read is set before the first Qt call: Qt calls
        # indexAt() and scrollTo() from inside setVerticalScrollMode already.
        self.delegate = NotesDelegate(style, self)
        self._rects: list[QRect] = []  # each row's place, in content coordinates
        self._tops: list[int] = []  # their tops, for bisecting (never decreasing)
        self._before: list[tuple[int, int, int]] = []  # (x, y, line height) before each row
        self._tallest = 0
        self._height = 0  # of the content
        self._width = 0  # the row width the layout was made for
        self._follow_newest = False
        self._drop: tuple[str, int] | None = None  # (where, row) while a drag is over us
        self._refit = QTimer(self)
        self._refit.setSingleShot(True)
        self._refit.setInterval(0)
        self._refit.timeout.connect(self._relayout_all)
        self.setItemDelegate(self.delegate)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.set_board_style(style)

    # -- style and model -------------------------------------------------------------------

    @property
    def board_style(self) -> BoardStyle:
        return self.delegate.style

    def set_board_style(self, style: BoardStyle) -> None:
        self.delegate.style = style
        interactive = not style.room
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection if interactive
                              else QAbstractItemView.SelectionMode.NoSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                             | QAbstractItemView.EditTrigger.EditKeyPressed if interactive
                             else QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setDragEnabled(interactive)
        self.setAcceptDrops(interactive)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop if interactive
                             else QAbstractItemView.DragDropMode.NoDragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus if interactive else Qt.FocusPolicy.NoFocus)
        # The bar comes when the board outgrows the view (one re-flow, then), never on the wall.
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded if interactive
                                        else Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # The console paints its board in the theme's surface colour (see paintEvent); on
        # the wall the tiles sit on the window's own background. No frame either way.
        self.setFrameShape(QAbstractItemView.Shape.NoFrame)
        self.viewport().setAutoFillBackground(False)
        self.setStyleSheet("NotesView { background: transparent; border: none; }")
        self._relayout_all()

    def setModel(self, model: QAbstractItemModel | None) -> None:
        old = self.model()
        if isinstance(old, NotesModel):
            for signal, slot in self._subscriptions(old):
                signal.disconnect(slot)
        super().setModel(model)
        if isinstance(model, NotesModel):
            for signal, slot in self._subscriptions(model):
                signal.connect(slot)
        self._relayout_all()

    def _subscriptions(self, model: NotesModel) -> list[tuple[object, object]]:
        return [(model.rowsInserted, self._on_inserted), (model.rowsRemoved, self._on_removed),
                (model.dataChanged, self._on_data_changed), (model.modelReset, self._relayout_all),
                (model.layoutChanged, self._relayout_all)]

    def content_height(self) -> int:
        """How tall the laid-out board is (more than the viewport: it scrolls)."""
        return self._height

    def follow_newest(self) -> None:
        """Keep the last card in sight as cards arrive."""
        self._follow_newest = True

    # -- the flow layout ---------------------------------------------------------------------

    def _geometry(self) -> tuple[int, int, int]:
        """(row width, tile width, spacing) for the viewport's width now."""
        style = self.delegate.style
        spacing = style.spacing
        width = max(80, self.viewport().width() - 2 * spacing)
        across = max(1, (width + spacing) // (style.tile_width + spacing))
        tile = max(60, (width - (across - 1) * spacing) // across)
        return width, tile, spacing

    def _relayout_all(self) -> None:
        width, tile, _spacing = self._geometry()
        self._width = width
        self.delegate.tile_width, self.delegate.full_width = tile, width
        self._rects, self._tops, self._before = [], [], []
        self._tallest = 0
        self._flow_from(0)

    def _flow_from(self, first: int) -> None:
        """Place rows `first`... after the rows before them (which stay where they are)."""
        model = self.model()
        count = model.rowCount() if model is not None else 0
        del self._rects[first:], self._tops[first:], self._before[first:]
        spacing = self.delegate.style.spacing
        x = y = line = 0
        if first > 0:  # carry on from where the row before ends
            before_x, before_y, before_line = self._before[first - 1]
            size = self._rects[first - 1].size()
            if self._is_tile(first - 1):
                x, y, line = before_x + size.width() + spacing, before_y, max(before_line, size.height())
            else:
                y = before_y + size.height() + spacing
        width = self._width
        option = QStyleOptionViewItem()
        self.initViewItemOption(option)
        for row in range(first, count):
            size = self.delegate.sizeHint(option, model.index(row, 0))
            tile = self._is_tile(row)
            if x > 0 and (not tile or x + size.width() > width):
                x, y, line = 0, y + line + spacing, 0  # a new line
            self._before.append((x, y, line))
            rect = QRect(spacing + x, spacing + y, size.width(), size.height())
            self._rects.append(rect)
            self._tops.append(rect.top())
            self._tallest = max(self._tallest, size.height())
            if tile:
                x, line = x + size.width() + spacing, max(line, size.height())
            else:
                x, y, line = 0, y + size.height() + spacing, 0
        self._height = (y + line + 2 * spacing) if self._rects else 0
        self.updateGeometries()
        # Only what moved is painted again: from the first re-flowed row down (a
        # card added at the end repaints its own tile, not the thousand above it).
        if first < len(self._rects):
            top = self._rects[first].top()
        else:
            top = self._rects[-1].top() if self._rects else 0
        viewport = self.viewport()
        viewport.update(QRect(0, top - self.verticalOffset(), viewport.width(), viewport.height()))

    def _is_tile(self, row: int) -> bool:
        model = self.model()
        found = model.row_at(row) if isinstance(model, NotesModel) else None
        return found is not None and found.kind is RowKind.CARD

    def _line_start(self, row: int) -> int:
        """The first row of the line `row` is on."""
        while row > 0 and self._before[row][0] > 0:
            row -= 1
        return row

    def _on_inserted(self, _parent: QModelIndex, first: int, last: int) -> None:
        # Rows before `first` keep their places; at the end, nothing else moves.
        self._flow_from(first if first >= len(self._rects) else self._line_start(first))
        model = self.model()
        if self._follow_newest and model is not None and last == model.rowCount() - 1:
            self.scrollTo(model.index(last, 0), QAbstractItemView.ScrollHint.PositionAtBottom)
            self._settle_wall()

    def _on_removed(self, _parent: QModelIndex, first: int, _last: int) -> None:
        self._flow_from(self._line_start(first) if first > 0 else 0)

    def _on_data_changed(self, top_left: QModelIndex, bottom_right: QModelIndex,
                         _roles: object = None) -> None:
        first, last = top_left.row(), bottom_right.row()
        if first >= len(self._rects):
            return
        option = QStyleOptionViewItem()
        self.initViewItemOption(option)
        model = self.model()
        for row in range(first, min(last, len(self._rects) - 1) + 1):
            if self.delegate.sizeHint(option, model.index(row, 0)) != self._rects[row].size():
                self._flow_from(self._line_start(row))  # a size changed: re-flow from its line
                return
        self.viewport().update()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._geometry()[0] != self._width:
            self._refit.start()

    def updateGeometries(self) -> None:
        bar = self.verticalScrollBar()
        page = self.viewport().height()
        bar.setRange(0, max(0, self._height - page))
        bar.setPageStep(page)
        bar.setSingleStep(max(12, self.delegate.style.font_px * 2))
        super().updateGeometries()
        self._settle_wall()

    def _settle_wall(self) -> None:
        """On the wall, a board too full to fit shows its newest cards, whole rows only.

        The wall is read, not scrolled: whatever moved (a cluster made, a card hidden), the
        view ends on the newest cards, and starts on a whole row just under the line that
        counts the earlier ones. The range may run a little past the last row for that:
        the spare room goes to the bottom of the wall, not to half a card at the top.
        """
        if not (self.delegate.style.room and self._follow_newest):
            return
        bar = self.verticalScrollBar()
        page = self.viewport().height()
        lowest = self._height - page
        if lowest <= 0:
            bar.setRange(0, 0)
            return
        banner = self.banner_height()
        tops = sorted({rect.top() - self.delegate.style.spacing for rect in self._rects})
        target = next((top - banner for top in tops if top - banner >= lowest), lowest)
        bar.setRange(0, target)
        bar.setValue(target)

    # -- what QAbstractItemView asks of a view ------------------------------------------------

    def visualRect(self, index: QModelIndex) -> QRect:
        if not index.isValid() or index.row() >= len(self._rects):
            return QRect()
        return self._rects[index.row()].translated(0, -self.verticalOffset())

    def _rows_between(self, top: int, bottom: int) -> range:
        """Rows whose rectangles may reach into content heights `top`..`bottom`."""
        first = bisect_left(self._tops, top - self._tallest)
        last = bisect_right(self._tops, bottom)
        return range(first, last)

    def indexAt(self, point: QPoint) -> QModelIndex:
        model = self.model()
        if model is None:
            return QModelIndex()
        y = point.y() + self.verticalOffset()
        for row in self._rows_between(y, y):
            if self._rects[row].contains(point.x(), y):
                return model.index(row, 0)
        return QModelIndex()

    def scrollTo(self, index: QModelIndex, hint: QAbstractItemView.ScrollHint = QAbstractItemView.ScrollHint.EnsureVisible) -> None:  # noqa: E501
        if not index.isValid() or index.row() >= len(self._rects):
            return
        rect = self._rects[index.row()]
        bar, page = self.verticalScrollBar(), self.viewport().height()
        top = bar.value()
        if hint == QAbstractItemView.ScrollHint.PositionAtTop:
            bar.setValue(rect.top() - self.delegate.style.spacing)
        elif hint == QAbstractItemView.ScrollHint.PositionAtBottom:
            bar.setValue(rect.bottom() + self.delegate.style.spacing - page)
        elif hint == QAbstractItemView.ScrollHint.PositionAtCenter:
            bar.setValue(rect.center().y() - page // 2)
        elif rect.top() < top:
            bar.setValue(rect.top() - self.delegate.style.spacing)
        elif rect.bottom() > top + page:
            bar.setValue(rect.bottom() + self.delegate.style.spacing - page)

    def horizontalOffset(self) -> int:
        return 0

    def verticalOffset(self) -> int:
        return self.verticalScrollBar().value()

    def isIndexHidden(self, index: QModelIndex) -> bool:
        return False

    def moveCursor(self, action: Cursor, modifiers: Qt.KeyboardModifier) -> QModelIndex:
        model = self.model()
        count = len(self._rects)
        if model is None or not count:
            return QModelIndex()
        current = self.currentIndex().row() if self.currentIndex().isValid() else -1
        if current < 0:
            return model.index(0, 0)
        rect = self._rects[current]
        page = self.viewport().height()
        if action in (Cursor.MoveLeft, Cursor.MovePrevious):
            row = current - 1
        elif action in (Cursor.MoveRight, Cursor.MoveNext):
            row = current + 1
        elif action == Cursor.MoveHome:
            row = 0
        elif action == Cursor.MoveEnd:
            row = count - 1
        elif action in (Cursor.MoveUp, Cursor.MovePageUp):
            row = self._row_near(rect.center().x(), rect.top() - (page if action == Cursor.MovePageUp else 1),
                                 upwards=True, fallback=current)
        elif action in (Cursor.MoveDown, Cursor.MovePageDown):
            row = self._row_near(rect.center().x(), rect.bottom() + (page if action == Cursor.MovePageDown
                                                                      else 1),
                                 upwards=False, fallback=current)
        else:
            row = current
        return model.index(max(0, min(count - 1, row)), 0)

    def _row_near(self, x: int, y: int, *, upwards: bool, fallback: int) -> int:
        """The row of the line at height `y` (or the nearest line that way) closest to `x`."""
        if upwards:
            candidates = [r for r in range(len(self._rects)) if self._rects[r].top() <= y]
            if not candidates:
                return 0
            top = self._rects[candidates[-1]].top()
        else:
            start = bisect_left(self._tops, y)
            if start >= len(self._tops):
                return len(self._rects) - 1
            top = self._tops[start]
        line = [r for r in range(bisect_left(self._tops, top), bisect_right(self._tops, top))]
        if not line:
            return fallback
        return min(line, key=lambda r: abs(self._rects[r].center().x() - x))

    def setSelection(self, rect: QRect, command: QItemSelectionModel.SelectionFlag) -> None:
        model = self.model()
        area = rect.normalized().translated(0, self.verticalOffset())
        selection = QItemSelection()
        for row in self._rows_between(area.top(), area.bottom()):
            if self._rects[row].intersects(area):
                index = model.index(row, 0)
                selection.select(index, index)
        self.selectionModel().select(selection, command)

    def visualRegionForSelection(self, selection: QItemSelection) -> QRegion:
        region = QRegion()
        for selected in selection:
            for row in range(selected.top(), selected.bottom() + 1):
                region += self.visualRect(self.model().index(row, 0))
        return region

    # -- painting ---------------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        model = self.model()
        if model is None:
            return
        painter = QPainter(self.viewport())
        if not self.delegate.style.room:
            painter.fillRect(event.rect(), QColor(self.delegate.style.theme.surface))
        offset = self.verticalOffset()
        area = event.rect().translated(0, offset)
        option = QStyleOptionViewItem()
        self.initViewItemOption(option)
        selection = self.selectionModel()
        current = self.currentIndex()
        for row in self._rows_between(area.top(), area.bottom()):
            rect = self._rects[row]
            if not rect.intersects(area):
                continue
            index = model.index(row, 0)
            option.rect = rect.translated(0, -offset)
            state = QStyle.StateFlag.State_Enabled
            if selection is not None and selection.isSelected(index):
                state |= QStyle.StateFlag.State_Selected
            if index == current and self.hasFocus():
                state |= QStyle.StateFlag.State_HasFocus
            option.state = state
            self.delegate.paint(painter, option, index)
        self._paint_drop(painter, offset)
        if self.delegate.style.room:
            self._paint_hidden_above(painter)
        painter.end()

    def banner_height(self) -> int:
        """The least room the "earlier cards" line takes at the top of a scrolled wall."""
        return round(self.delegate.style.font_px * 1.7)

    def _first_shown_top(self) -> int:
        """Where the first row wholly below the banner starts (content coordinates)."""
        cut = self.verticalOffset() + self.banner_height() - self.delegate.style.spacing
        return min((rect.top() for rect in self._rects if rect.top() >= cut), default=cut)

    def hidden_above(self) -> int:
        """Cards of the room's board out of sight at the top (the newest stay in view)."""
        model = self.model()
        offset = self.verticalOffset()
        if not isinstance(model, NotesModel) or offset <= 0 or not self.isVisible():
            return 0  # (a hidden window's view has no size of its own yet)
        first = self._first_shown_top()
        rows = model.rows()
        return sum(1 for row, rect in enumerate(self._rects)
                   if rect.top() < first and row < len(rows) and rows[row].kind is RowKind.CARD)

    def _paint_hidden_above(self, painter: QPainter) -> None:
        """On the wall, a board too full to fit says how many earlier cards are out of sight.

        The line covers every row that would show only in part, so no card is cut in two.
        """
        hidden = self.hidden_above()
        if not hidden:
            return
        style = self.delegate.style
        bottom = self._first_shown_top() - self.verticalOffset() - style.spacing // 2
        band = QRect(0, 0, self.viewport().width(), max(self.banner_height(), bottom))
        painter.fillRect(band, QColor(style.theme.background))
        band.setTop(band.bottom() - self.banner_height())
        font = QFont(self.font())
        font.setPixelSize(max(16, round(style.font_px * 0.9)))
        font.setWeight(QFont.Weight.DemiBold)
        painter.setFont(font)
        painter.setPen(QColor(style.theme.muted))
        align = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        painter.drawText(band.adjusted(8, 0, -8, 0), int(align), self.above_text(hidden))

    def above_text(self, hidden: int) -> str:
        return self.tr("▲ 1 earlier card above") if hidden == 1 else \
            self.tr("▲ {n} earlier cards above").format(n=hidden)

    def _paint_drop(self, painter: QPainter, offset: int) -> None:
        if self._drop is None:
            return
        where, row = self._drop
        colour = QColor(self.delegate.style.theme.accent)
        painter.setPen(QPen(colour, 4))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        if where == END or row >= len(self._rects):
            last = self._rects[-1] if self._rects else QRect(0, 0, self._width, 0)
            y = last.bottom() + self.delegate.style.spacing - offset
            painter.drawLine(8, y, self._width, y)
            return
        rect = self._rects[row].translated(0, -offset)
        if where == ON:
            painter.drawRoundedRect(rect.adjusted(2, 2, -2, -2), 6, 6)
        else:
            x = rect.left() - 3 if where == BEFORE else rect.right() + 3
            painter.drawLine(x, rect.top(), x, rect.bottom())

    # -- dropping ------------------------------------------------------------------------------------

    def drop_place(self, point: QPoint) -> tuple[str, int]:
        """Where cards dropped at `point` go: (ON / BEFORE / AFTER / END, row)."""
        index = self.indexAt(point)
        if not index.isValid():
            return END, len(self._rects)
        rect = self.visualRect(index)
        if not self._is_tile(index.row()):
            return ON, index.row()
        edge = max(8, rect.width() // 5)
        if point.x() < rect.left() + edge:
            return BEFORE, index.row()
        if point.x() > rect.right() - edge:
            return AFTER, index.row()
        return ON, index.row()

    def _droppable(self, event: QDragEnterEvent | QDragMoveEvent | QDropEvent) -> bool:
        model = self.model()
        return (isinstance(model, NotesModel) and model.drop_column is not None
                and event.mimeData().hasFormat(CARD_MIME))

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._droppable(event):
            event.setDropAction(Qt.DropAction.MoveAction)
            event.accept()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        super().dragMoveEvent(event)  # auto-scroll near the edges
        if not self._droppable(event):
            self._drop = None
            event.ignore()
            return
        self._drop = self.drop_place(event.position().toPoint())
        event.setDropAction(Qt.DropAction.MoveAction)
        event.accept()
        self.viewport().update()

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:
        super().dragLeaveEvent(event)
        self._drop = None
        self.viewport().update()

    def dropEvent(self, event: QDropEvent) -> None:
        self.stopAutoScroll()
        self.setState(QAbstractItemView.State.NoState)
        self._drop = None
        self.viewport().update()
        model = self.model()
        if not self._droppable(event) or not isinstance(model, NotesModel):
            event.ignore()
            return
        where, row = self.drop_place(event.position().toPoint())
        if where == ON:
            model.dropMimeData(event.mimeData(), Qt.DropAction.MoveAction, -1, 0, model.index(row, 0))
        else:
            gap = row + 1 if where == AFTER else row if where == BEFORE else -1
            model.dropMimeData(event.mimeData(), Qt.DropAction.MoveAction, gap, 0, QModelIndex())
        # The model moved the cards itself: the view that started the drag must not remove rows.
        event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()
