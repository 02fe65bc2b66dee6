"""A board column on screen: headings across the width, cards as tiles flowing after them.

A QAbstractItemView with its own flow layout (`notes_flow`), because
QListView lays every row out again whenever one is added (a thousand Python
`sizeHint` calls per card, 40 ms on a full board). Here each row's place is
worked out from the place of the row before it, so a card added at the end
costs one measurement, and a change in the middle re-flows only from its
line on. Only the tiles in sight are painted.

Selection, keyboard moves, editing (F2, double-click) and starting a drag
are QAbstractItemView's own; drops are read here and handed to the model
(`notes_drops`). On the wall a board too full to fit ends on its newest
cards (`notes_wall`), and a clustered board may stand in columns, one
cluster under another in each (`set_board_style(style, columns)`).
"""

from __future__ import annotations

import functools
from bisect import bisect_left
from collections.abc import Callable

from PySide6.QtCore import (
    QAbstractItemModel,
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QPoint,
    QRect,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QAccessible,
    QColor,
    QDragEnterEvent,
    QDragLeaveEvent,
    QDragMoveEvent,
    QDropEvent,
    QPainter,
    QPaintEvent,
    QRegion,
    QResizeEvent,
    QShowEvent,
)
from PySide6.QtWidgets import QAbstractItemView, QStyle, QStyleOptionViewItem, QWidget

from workshop.ui.board import board_access, notes_wall
from workshop.ui.board.board_access import RowAccessible
from workshop.ui.board.notes_delegate import BoardStyle, NotesDelegate
from workshop.ui.board.notes_drops import END, accepts, drop_cards, paint_drop_mark, place_on
from workshop.ui.board.notes_flow import FlowLayout, column_width, row_geometry
from workshop.ui.board.notes_model import NotesModel, Row, RowKind

Cursor = QAbstractItemView.CursorAction


class NotesView(QAbstractItemView):
    """One column of a board (or the whole board) over a `NotesModel`."""

    shrunk = Signal()  # the board got shorter (a card edited shorter, or gone): room to grow, maybe

    def __init__(self, style: BoardStyle, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notesView")
        self.setAccessibleName(self.tr("Cards"))
        # Everything the overrides read is set before the first Qt call: Qt calls
        # indexAt() and scrollTo() from inside setVerticalScrollMode already.
        self.delegate = NotesDelegate(style, self)
        self._laid = FlowLayout()
        # A view out of sight is laid out when it is first looked at (shown, or asked where a
        # row is), not at each change: before its first showing it does not even have its
        # width, and a session opening would lay a thousand cards out at a width never seen.
        self._stale = False
        self._follow_newest = False
        self._columns = 0  # on the wall: clusters side by side in this many columns (0: one flow)
        self._drop: tuple[str, int] | None = None  # (where, row) while a drag is over us
        self._refit = QTimer(self)
        self._refit.setSingleShot(True)
        self._refit.setInterval(0)
        self._refit.timeout.connect(self._refit_to_width)
        self.setItemDelegate(self.delegate)
        # Each row as a screen reader holds it (made when one asks): row key -> (interface, id).
        self._row_access: dict[tuple[int, int], tuple[RowAccessible, int]] = {}
        board_access.install()
        self.destroyed.connect(functools.partial(board_access.let_go, self._row_access))
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.set_board_style(style)

    # -- style and model -------------------------------------------------------------------

    @property
    def board_style(self) -> BoardStyle:
        return self.delegate.style

    def set_board_style(self, style: BoardStyle, columns: int | None = None) -> None:
        """Draw the board in `style`; on the wall, `columns` (if given) lays its clusters side by side."""
        self.delegate.style = style
        if columns is not None:
            self._columns = columns if style.room else 0
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
        # The board paints its own background (the console's surface, the wall's own colour:
        # see paintEvent), so the viewport is opaque: scrolling a line moves the pixels and
        # paints only the line that came into sight, and nothing behind the board is painted
        # again with it. No frame either way.
        self.setFrameShape(QAbstractItemView.Shape.NoFrame)
        self.viewport().setAutoFillBackground(False)
        self.viewport().setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
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

    @property
    def _flow(self) -> FlowLayout:
        """Where each row is, laid out now if it was put off while the view was out of sight."""
        if self._stale:
            self._stale = False
            self._relayout_all()
        return self._laid

    @property
    def wall_columns(self) -> int:
        return self._columns

    def group_count(self) -> int:
        """How many clusters (and the cards in none) the board has: the rows that are not cards."""
        model = self.model()
        if not isinstance(model, NotesModel):
            return 0
        return model.rowCount() - model.cards_before(model.rowCount())

    def content_height(self) -> int:
        """How tall the laid-out board is (more than the viewport: it scrolls)."""
        return self._flow.height

    def fits_with(self, style: BoardStyle) -> bool:
        """Whether the board in `style`, as one flow, would fit the viewport; nothing on screen changes."""
        model = self.model()
        if model is None:
            return True
        delegate = NotesDelegate(style)
        width, delegate.tile_width = row_geometry(self.viewport().width(), style.tile_width, style.spacing)
        delegate.full_width = width
        scratch = FlowLayout()
        scratch.restart(width)
        page = self.viewport().height()
        # Measured only until it overflows: a full wall's thousand cards cost a screenful.
        scratch.flow_from(0, model.rowCount(), self._sizes(delegate), self._is_tile, style.spacing,
                          taller_than=page)
        return scratch.height <= page

    def follow_newest(self) -> None:
        """Keep the last card in sight as cards arrive."""
        self._follow_newest = True

    # -- keeping the layout up to date --------------------------------------------------------

    def _row_geometry(self) -> tuple[int, int]:
        """(row width, tile width) for the viewport's width now."""
        style = self.delegate.style
        width = self.viewport().width()
        bar = self.verticalScrollBar()
        if not style.room and not bar.isVisibleTo(self):
            # The console's bar comes as the board outgrows the view: its width is kept free
            # from the start, so the tiles keep their size and nothing is laid out again.
            width -= bar.sizeHint().width()
        return row_geometry(width, style.tile_width, style.spacing)

    def _column_gap(self) -> int:
        return self.delegate.style.spacing * 2  # wider than between cards: the clusters read apart

    def _relayout_all(self) -> None:
        if self._row_access:  # after a reset: the rows a screen reader held may be gone
            board_access.let_go_of_gone(self._row_access, self.model())
        if not self.isVisible():
            self._stale = True  # (laid out when shown, or when a place is asked for)
            return
        self._stale = False
        width, tile = self._row_geometry()
        self._flow.restart(width)
        self.delegate.tile_width, self.delegate.full_width = tile, width
        if self._columns:
            style = self.delegate.style
            column = column_width(width, self._columns, self._column_gap())
            _row, tile = row_geometry(column + 2 * style.spacing, style.tile_width, style.spacing)
            self.delegate.tile_width, self.delegate.full_width = min(tile, column), column
        self.delegate.heading_lines = 0
        self._flow_from(0)
        self.viewport().update()  # new sizes or a new model: everything, and the space between

    def _flow_from(self, first: int, shifted_from: int | None = None, changed: range = range(0)) -> None:
        """Place rows `first`... again, then paint only what moved or changed.

        Rows from `shifted_from` on are not the rows that were there before (a
        row was inserted or removed before them): they are painted wherever
        they are. `changed` rows look different in place. Any other row is
        painted only if its place changed. A card added at the end paints its
        own tile: not the line it joins, nor the thousand above it.
        """
        model = self.model()
        count = model.rowCount() if model is not None else 0
        if self._columns:  # clusters side by side: a wall's board, laid out whole
            self.delegate.heading_lines = 0
            if isinstance(model, NotesModel):
                self.delegate.heading_lines = self.delegate.most_heading_lines(model.rows(), self.font())
        size_of = self._sizes(self.delegate)  # (after the headings' lines: they shape the sizes)
        if self._columns:
            self._flow.flow_columns(count, size_of, self._is_tile, self.delegate.style.spacing,
                                    self._columns, self._column_gap())
            self.updateGeometries()
            self.viewport().update()
            return
        flow, page = self._flow, self.viewport().height()
        offset = self.verticalOffset()
        before = {row: flow.rects[row] for row in flow.rows_between(offset, offset + page) if row >= first}
        old_height = flow.height
        flow.flow_from(first, count, size_of, self._is_tile, self.delegate.style.spacing)
        self.updateGeometries()
        offset = self.verticalOffset()  # (the view may have scrolled: the old places moved with it)
        shifted = count if shifted_from is None else shifted_from
        region = QRegion()
        for row in flow.rows_between(offset, offset + page):
            if row >= first and (row >= shifted or row in changed or before.get(row) != flow.rects[row]):
                region += flow.rects[row].translated(0, -offset)
        for row, old in before.items():  # where rows were: painted over with what is there now
            if row >= shifted or row >= count or flow.rects[row] != old:
                region += old.translated(0, -offset)
        if flow.height < old_height:
            self.shrunk.emit()
            end = flow.height - offset  # the space below the board's new end is background again
            if end < page:
                region += QRect(0, max(0, end), self.viewport().width(), page - max(0, end))
        if not region.isEmpty():
            self.viewport().update(region)

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        # QAbstractScrollArea's own repaints the whole viewport. Moving the pixels paints only
        # the line that came into sight: a new line of cards costs its own tiles.
        viewport = self.viewport()
        viewport.scroll(dx, dy)
        if self.delegate.style.room and self._flow.rects:
            # The wall's "earlier cards above" line stays at the top and counts anew.
            offset = self.verticalOffset()
            top = notes_wall.first_shown_top(self._flow, offset, self.delegate.style) - offset
            viewport.update(QRect(0, 0, viewport.width(), max(top, self.banner_height())))

    def _sizes(self, delegate: NotesDelegate) -> Callable[[int], QSize]:
        """Each row's size as `delegate` draws it, by row number."""
        model = self.model()
        if not isinstance(model, NotesModel):
            return lambda _row: QSize(0, 0)
        measure, rows = delegate.measurer(self.font()), model.rows()
        return lambda row: measure(rows[row])

    def _is_tile(self, row: int) -> bool:
        model = self.model()
        found = model.row_at(row) if isinstance(model, NotesModel) else None
        return found is not None and found.kind is RowKind.CARD

    def _on_inserted(self, _parent: QModelIndex, first: int, last: int) -> None:
        if self._stale:
            return  # (laid out whole when shown)
        # Rows before `first` keep their places; at the end, nothing else moves.
        self._flow_from(first if first >= len(self._flow.rects) or self._columns
                        else self._flow.line_start(first), shifted_from=first)
        model = self.model()
        if self._follow_newest and model is not None and last == model.rowCount() - 1:
            if self.delegate.style.room:
                self._settle_wall()  # in whole rows: scrolling to the card first would move it twice
            else:  # the end of the board: its last line whole, and still when a shorter card joins it
                bar = self.verticalScrollBar()
                bar.setValue(bar.maximum())

    def _on_removed(self, _parent: QModelIndex, first: int, _last: int) -> None:
        if self._row_access:
            board_access.let_go_of_gone(self._row_access, self.model())
        if self._stale:
            return
        self._flow_from(self._flow.line_start(first) if first > 0 and not self._columns else 0,
                        shifted_from=first)

    def _on_data_changed(self, top_left: QModelIndex, bottom_right: QModelIndex,
                         _roles: object = None) -> None:
        if self._stale:
            return
        first, last = top_left.row(), bottom_right.row()
        rects = self._flow.rects
        if first >= len(rects):
            return
        size_of = self._sizes(self.delegate)
        for row in range(first, min(last, len(rects) - 1) + 1):
            if size_of(row) != rects[row].size():
                # A size changed: re-flow from its line (the whole board, in columns).
                self._flow_from(0 if self._columns else self._flow.line_start(row),
                                changed=range(first, last + 1))
                return
        offset = self.verticalOffset()
        for row in range(first, min(last, len(rects) - 1) + 1):  # the same size: those tiles only
            self.viewport().update(rects[row].translated(0, -offset))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if not self._stale and self._row_geometry()[0] != self._laid.width:
            self._refit.start()

    def _refit_to_width(self) -> None:
        if self._row_geometry()[0] != self._laid.width:
            self._relayout_all()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale or self._row_geometry()[0] != self._laid.width:
            self._relayout_all()  # at the size it is shown at: once

    def updateGeometries(self) -> None:
        bar = self.verticalScrollBar()
        page = self.viewport().height()
        if not (self.delegate.style.room and self._follow_newest):
            # (The wall's range is set once, by `_settle_wall`: a range set here first
            # would move its cards twice for each new one, and paint the wall twice.)
            bar.setRange(0, max(0, self._flow.height - page))
        bar.setPageStep(page)
        bar.setSingleStep(max(12, self.delegate.style.font_px * 2))
        super().updateGeometries()
        self._settle_wall()

    def _settle_wall(self) -> None:
        """On the wall, a board too full to fit shows its newest cards, whole rows only."""
        if not (self.delegate.style.room and self._follow_newest):
            return
        bar = self.verticalScrollBar()
        if self._columns:  # columns are chosen only when the whole board fits
            bar.setRange(0, 0)
            return
        offset = notes_wall.settled_offset(self._flow, self.viewport().height(), self.delegate.style)
        bar.setRange(0, offset)
        bar.setValue(offset)

    # -- screen readers -----------------------------------------------------------------------

    def row_accessible(self, row: int) -> RowAccessible | None:
        """The accessible interface of a row (a card or a heading), the same one each time."""
        model = self.model()
        found = model.row_at(row) if isinstance(model, NotesModel) else None
        if found is None:
            return None
        held = self._row_access.get(found.key)
        if held is None:
            interface = RowAccessible(self, found.key)
            held = (interface, QAccessible.registerAccessibleInterface(interface))
            self._row_access[found.key] = held
        return held[0]

    def accessible_name(self, row: Row) -> str:
        """What a screen reader says first: the text on a card, or which group a heading starts."""
        if row.card is not None:
            return row.card.text
        if row.kind is RowKind.CLUSTER and row.cluster is not None:
            if not row.cluster.name:
                return self.tr("Unnamed cluster, %n card(s)", "", row.count)
            return self.tr("Cluster “{name}”, %n card(s)", "", row.count).format(name=row.cluster.name)
        return self.tr("Not in a cluster, %n card(s)", "", row.count)

    def accessible_description(self, number: int, row: Row) -> str:
        """Where a card is and who sees it: its column, its cluster, hidden or shown in the room."""
        model = self.model()
        if row.card is None or not isinstance(model, NotesModel):
            return ""
        parts = []
        column = self.property("columnTitle")
        if column:
            parts.append(self.tr("Column: {column}").format(column=column))
        heading = board_access.heading_above(model, number)
        if heading is None or heading.cluster is None:
            parts.append(self.tr("In no cluster"))
        elif heading.cluster.name:
            parts.append(self.tr("In cluster “{name}”").format(name=heading.cluster.name))
        else:
            parts.append(self.tr("In an unnamed cluster"))
        parts.append(self.tr("Hidden from the room") if row.card.hidden else self.tr("Shown in the room"))
        return "; ".join(parts)

    def currentChanged(self, current: QModelIndex, previous: QModelIndex) -> None:
        super().currentChanged(current, previous)
        board_access.announce_focus(self, current)

    # -- what QAbstractItemView asks of a view ------------------------------------------------

    def visualRect(self, index: QModelIndex) -> QRect:
        if not index.isValid() or index.row() >= len(self._flow.rects):
            return QRect()
        return self._flow.rects[index.row()].translated(0, -self.verticalOffset())

    def indexAt(self, point: QPoint) -> QModelIndex:
        model = self.model()
        if model is None:
            return QModelIndex()
        row = self._flow.row_at(point.x(), point.y() + self.verticalOffset())
        return model.index(row, 0) if row is not None else QModelIndex()

    def scrollTo(self, index: QModelIndex, hint: QAbstractItemView.ScrollHint = QAbstractItemView.ScrollHint.EnsureVisible) -> None:  # noqa: E501
        if not index.isValid() or index.row() >= len(self._flow.rects):
            return
        rect = self._flow.rects[index.row()]
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
        count = len(self._flow.rects)
        if model is None or not count:
            return QModelIndex()
        current = self.currentIndex().row() if self.currentIndex().isValid() else -1
        if current < 0:
            return model.index(0, 0)
        row = self._flow.row_for_key(action, current, self.viewport().height())
        return model.index(row, 0)

    def setSelection(self, rect: QRect, command: QItemSelectionModel.SelectionFlag) -> None:
        model = self.model()
        selection = QItemSelection()
        for row in self._flow.rows_meeting(rect.normalized().translated(0, self.verticalOffset())):
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
        style = self.delegate.style
        painter.fillRect(event.rect(), QColor(style.theme.background if style.room else style.theme.surface))
        offset = self.verticalOffset()
        option = QStyleOptionViewItem()
        self.initViewItemOption(option)
        selection = self.selectionModel()
        current = self.currentIndex()
        # The region's own rectangles, not their bounding box: the wall's top line and a new
        # line at the bottom are two strips, and the tiles between them are already on screen.
        rows: set[int] = set()
        for area in event.region():
            rows.update(self._flow.rows_meeting(area.translated(0, offset)))
        for row in sorted(rows):
            index = model.index(row, 0)
            option.rect = self._flow.rects[row].translated(0, -offset)
            state = QStyle.StateFlag.State_Enabled
            if selection is not None and selection.isSelected(index):
                state |= QStyle.StateFlag.State_Selected
            if index == current and self.hasFocus():
                state |= QStyle.StateFlag.State_HasFocus
            option.state = state
            self.delegate.paint(painter, option, index)
        if self._drop is not None:
            paint_drop_mark(painter, self._drop, self._flow, offset, self.delegate.style)
        if self.delegate.style.room:
            self._paint_hidden_above(painter)
        painter.end()

    def banner_height(self) -> int:
        """The least room the "earlier cards" line takes at the top of a scrolled wall."""
        return notes_wall.banner_height(self.delegate.style)

    def hidden_above(self) -> int:
        """Cards of the room's board out of sight at the top (the newest stay in view)."""
        model = self.model()
        offset = self.verticalOffset()
        if not isinstance(model, NotesModel) or offset <= 0 or not self.isVisible() or self._columns:
            return 0  # (a hidden window's view has no size of its own yet)
        first = notes_wall.first_shown_top(self._flow, offset, self.delegate.style)
        return model.cards_before(bisect_left(self._flow.tops, first))

    def _paint_hidden_above(self, painter: QPainter) -> None:
        """On the wall, a board too full to fit says how many earlier cards are out of sight."""
        hidden = self.hidden_above()
        if not hidden:
            return
        style, offset = self.delegate.style, self.verticalOffset()
        bottom = notes_wall.first_shown_top(self._flow, offset, style) - offset - style.spacing // 2
        notes_wall.paint_banner(painter, self.above_text(hidden), width=self.viewport().width(),
                                bottom=bottom, style=style, font=self.font())

    def above_text(self, hidden: int) -> str:
        return self.tr("▲ 1 earlier card above") if hidden == 1 else \
            self.tr("▲ {n} earlier cards above").format(n=hidden)

    # -- dropping ------------------------------------------------------------------------------------

    def drop_place(self, point: QPoint) -> tuple[str, int]:
        """Where cards dropped at `point` go: (ON / BEFORE / AFTER / END, row)."""
        index = self.indexAt(point)
        if not index.isValid():
            return END, len(self._flow.rects)
        return place_on(point.x(), index.row(), self.visualRect(index), self._is_tile(index.row()))

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if accepts(self.model(), event.mimeData()):
            event.setDropAction(Qt.DropAction.MoveAction)
            event.accept()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        super().dragMoveEvent(event)  # auto-scroll near the edges
        if not accepts(self.model(), event.mimeData()):
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
        if not accepts(model, event.mimeData()) or not isinstance(model, NotesModel):
            event.ignore()
            return
        drop_cards(model, event.mimeData(), *self.drop_place(event.position().toPoint()))
        # The model moved the cards itself: the view that started the drag must not remove rows.
        event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()
