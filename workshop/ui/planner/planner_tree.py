"""The agenda being planned: exercises and breaks with their steps, clock times and lengths.

Rebuilt from the plan after every change (an agenda has tens of rows, not
thousands). Top-level rows are dragged to reorder; the drop only asks for
the move (`moveRequested`) and the page rebuilds the rows, so the view never
holds an order the plan does not.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QDragMoveEvent, QDropEvent, QFont
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeWidget, QTreeWidgetItem, QWidget

from workshop.core.agenda import Agenda
from workshop.core.durations import format_minutes
from workshop.ui.widgets.theme import CONSOLE, Theme

TIME, TITLE, LENGTH = range(3)
ItemRole = Qt.ItemDataRole.UserRole + 1  # index of the plan item a row belongs to
StepRole = Qt.ItemDataRole.UserRole + 2  # the step key of a step row ("" for an item row)


class PlannerTree(QTreeWidget):
    """Rows for the plan's items (bold) and their steps; drag an item row to move it."""

    moveRequested = Signal(int, int)  # from index, to index (final position)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("plannerAgenda")
        self.setAccessibleName(self.tr("Agenda being planned"))
        self.setToolTip(self.tr("Drag an exercise or break to move it (or Alt+Up / Alt+Down); "
                                "choose a step to change its length below"))
        self.setColumnCount(3)
        self.setHeaderLabels([self.tr("Time"), self.tr("Exercise or step"), self.tr("Length")])
        self.setRootIsDecorated(False)
        self.setIndentation(18)
        self.setUniformRowHeights(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(TIME, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(LENGTH, QHeaderView.ResizeMode.ResizeToContents)
        self._theme = CONSOLE

    def set_theme(self, theme: Theme) -> None:
        self._theme = theme

    # -- filling ---------------------------------------------------------------------

    def show_agenda(self, agenda: Agenda, start: str, select: tuple[int, str] | None = None) -> None:
        """Rows for `agenda` with clock times from `start`; `select` = (item index, step key or "")."""
        self.clear()
        bold = QFont(self.font())
        bold.setWeight(QFont.Weight.Bold)
        muted = QBrush(QColor(self._theme.muted))
        chosen: QTreeWidgetItem | None = None
        for item in agenda.items:
            title = self.tr("{title} (break)").format(title=item.title) if item.is_break else item.title
            row = QTreeWidgetItem([agenda.clock_time(item.offset, start), title,
                                   format_minutes(item.duration)])
            row.setFont(TITLE, bold)
            if item.is_break:
                row.setForeground(TITLE, muted)
            row.setData(TITLE, ItemRole, item.index)
            row.setData(TITLE, StepRole, "")
            row.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                         | Qt.ItemFlag.ItemIsDragEnabled)
            self.addTopLevelItem(row)
            if select == (item.index, ""):
                chosen = row
            if item.is_break:
                continue
            offset = item.offset
            for step in item.steps:
                if step.round is not None and step.round.number > 1:
                    offset += step.duration  # planned once: a run's later rounds are its first again
                    continue
                title, length = step.title, format_minutes(step.duration)
                if step.round is not None:
                    title = self.tr("{step} (%n round(s))", "", step.round.count).format(step=step.title)
                    length = self.tr("{length} each").format(length=length)
                child = QTreeWidgetItem([agenda.clock_time(offset, start), title, length])
                child.setData(TITLE, ItemRole, item.index)
                child.setData(TITLE, StepRole, step.key)
                child.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                child.setForeground(TIME, muted)
                row.addChild(child)
                if select == (item.index, step.key):
                    chosen = child
                offset += step.duration
        self.expandAll()
        if chosen is not None:
            self.setCurrentItem(chosen)
            self.scrollToItem(chosen)

    # -- what is chosen ----------------------------------------------------------------

    def chosen(self) -> tuple[int, str] | None:
        """(item index, step key or "") of the current row, or None."""
        row = self.currentItem()
        if row is None:
            return None
        return int(row.data(TITLE, ItemRole)), str(row.data(TITLE, StepRole) or "")

    def rows(self) -> list[tuple[str, str, str]]:
        """(time, title, length) of every row, top to bottom, as shown."""
        found = []
        for n in range(self.topLevelItemCount()):
            row = self.topLevelItem(n)
            found.append((row.text(TIME), row.text(TITLE), row.text(LENGTH)))
            found += [(row.child(i).text(TIME), row.child(i).text(TITLE), row.child(i).text(LENGTH))
                      for i in range(row.childCount())]
        return found

    def item_row(self, index: int) -> QTreeWidgetItem:
        return self.topLevelItem(index)

    # -- dragging ------------------------------------------------------------------------

    def drop_target(self, position: QPoint) -> int:
        """The position an item dropped at `position` should take, before anything is removed."""
        row = self.itemAt(position)
        if row is None:
            return self.topLevelItemCount()
        top = row.parent() or row
        index = self.indexOfTopLevelItem(top)
        block = self.visualItemRect(top)
        last = top.child(top.childCount() - 1) if top.childCount() and top.isExpanded() else None
        if last is not None:
            block = block.united(self.visualItemRect(last))
        return index + 1 if position.y() > block.center().y() else index

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if event.source() is self:
            event.setDropAction(Qt.DropAction.MoveAction)
            event.accept()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        if not self.handle_drop(event.position().toPoint(), event.source()):
            event.ignore()
            return
        # Qt must not move (or, for a move, delete) rows itself: the plan decides the order.
        event.setDropAction(Qt.DropAction.IgnoreAction)
        event.accept()

    def handle_drop(self, position: QPoint, source: object) -> bool:
        """A row of ours dropped at `position`: ask to move its item there. False if not ours."""
        dragged = self.currentItem()
        if source is not self or dragged is None:
            return False
        top = dragged.parent() or dragged
        origin = self.indexOfTopLevelItem(top)
        target = self.drop_target(position)
        final = target - 1 if target > origin else target
        if final != origin:
            # After the drag has finished: the rows are rebuilt, and the drag still holds this one.
            QTimer.singleShot(0, self, lambda: self.moveRequested.emit(origin, final))
        return True
