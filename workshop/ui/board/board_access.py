"""The card board for screen readers: each heading and card an accessible child of its view.

`NotesView` paints its cards itself, so Qt's accessibility sees one widget
with no children. Here the view answers as a list: one child per row, a
cluster's heading as a heading ("Cluster “Speed”, 3 cards") and a card as a
list item named by its text, its description saying its column, its cluster
and whether the room sees it. Selection and the current card are states, so
a screen reader follows the keyboard through the board.

The interfaces are made only when something asks for them (a screen reader,
or the tests): a board that nobody reads costs nothing. Qt keeps each card's
interface in its cache under an id; they are let go when their card leaves the
board and all at once when the view goes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QObject, QPoint, QRect
from PySide6.QtGui import QAccessible, QAccessibleEvent, QAccessibleInterface, QWindow
from PySide6.QtWidgets import QAccessibleWidget

from workshop.ui.board.notes_model import NotesModel, Row, RowKind
from workshop.ui.language import ensure_language

if TYPE_CHECKING:
    from workshop.ui.board.notes_view import NotesView

_installed = False


def install() -> None:
    """Make Qt ask us for a board's accessible interface (once per process)."""
    global _installed
    if not _installed:
        QAccessible.installFactory(_factory)
        _installed = True
    ensure_language()  # "1 card", not "1 card(s)", on a board built on its own


def _factory(class_name: str, thing: QObject) -> QAccessibleInterface | None:
    from workshop.ui.board.notes_view import NotesView

    if class_name == "NotesView" and isinstance(thing, NotesView):
        return BoardAccessible(thing)
    return None


def heading_above(model: NotesModel, row_number: int) -> Row | None:
    """The heading of the group a row is in (None on a board with no headings)."""
    for number in range(row_number - 1, -1, -1):
        row = model.row_at(number)
        if row is not None and row.kind is not RowKind.CARD:
            return row
    return None


class BoardAccessible(QAccessibleWidget):
    """A `NotesView` as a list whose children are its rows."""

    def __init__(self, view: NotesView) -> None:
        super().__init__(view, QAccessible.Role.List)
        self._view = view

    def _model(self) -> NotesModel | None:
        model = self._view.model()
        return model if isinstance(model, NotesModel) else None

    def childCount(self) -> int:
        model = self._model()
        return model.rowCount() if model is not None else 0

    def child(self, index: int) -> QAccessibleInterface | None:
        return self._view.row_accessible(index)

    def indexOfChild(self, child: QAccessibleInterface) -> int:
        return child.row_number() if isinstance(child, RowAccessible) and child.view is self._view else -1

    def childAt(self, x: int, y: int) -> QAccessibleInterface | None:
        point = self._view.viewport().mapFromGlobal(QPoint(x, y))
        index = self._view.indexAt(point)
        return self._view.row_accessible(index.row()) if index.isValid() else None

    def focusChild(self) -> QAccessibleInterface | None:
        current = self._view.currentIndex()
        if not self._view.hasFocus() or not current.isValid():
            return None
        return self._view.row_accessible(current.row())


class RowAccessible(QAccessibleInterface):
    """One row of a board (a card or a heading); no QObject of its own."""

    def __init__(self, view: NotesView, key: tuple[int, int]) -> None:
        super().__init__()
        self.view = view
        self.key = key

    def row_number(self) -> int:
        model = self.view.model()
        return model.row_of_key(self.key) if isinstance(model, NotesModel) else -1

    def _row(self) -> tuple[int, Row | None]:
        number = self.row_number()
        model = self.view.model()
        return number, model.row_at(number) if isinstance(model, NotesModel) and number >= 0 else None

    def isValid(self) -> bool:
        return self.row_number() >= 0

    def object(self) -> QObject | None:
        return None

    def window(self) -> QWindow | None:
        return self.view.window().windowHandle()

    def parent(self) -> QAccessibleInterface | None:
        return QAccessible.queryAccessibleInterface(self.view)

    def child(self, _index: int) -> QAccessibleInterface | None:
        return None

    def childCount(self) -> int:
        return 0

    def indexOfChild(self, _child: QAccessibleInterface) -> int:
        return -1

    def childAt(self, _x: int, _y: int) -> QAccessibleInterface | None:
        return None

    def focusChild(self) -> QAccessibleInterface | None:
        return None

    def role(self) -> QAccessible.Role:
        return QAccessible.Role.ListItem if self.key[0] == RowKind.CARD else QAccessible.Role.Heading

    def text(self, which: QAccessible.Text) -> str:
        number, row = self._row()
        if row is None:
            return ""
        if which == QAccessible.Text.Name:
            return self.view.accessible_name(row)
        if which == QAccessible.Text.Description:
            return self.view.accessible_description(number, row)
        return ""

    def setText(self, _which: QAccessible.Text, _text: str) -> None:
        pass  # a card is edited in place (F2), as the facilitator does it

    def rect(self) -> QRect:
        number = self.row_number()
        model = self.view.model()
        if number < 0 or model is None:
            return QRect()
        shown = self.view.visualRect(model.index(number, 0))
        if shown.isEmpty():
            return QRect()
        return QRect(self.view.viewport().mapToGlobal(shown.topLeft()), shown.size())

    def state(self) -> QAccessible.State:
        state = QAccessible.State()
        number = self.row_number()
        model = self.view.model()
        if number < 0 or model is None:
            state.invalid = True
            return state
        index = model.index(number, 0)
        shown = self.view.visualRect(index)
        if shown.isEmpty() or not shown.intersects(self.view.viewport().rect()):
            state.offscreen = True
        if self.key[0] == RowKind.CARD and self.view.selectionMode() != self.view.SelectionMode.NoSelection:
            state.selectable = True
            state.focusable = True
            selection = self.view.selectionModel()
            state.selected = selection is not None and selection.isSelected(index)
            state.focused = self.view.hasFocus() and self.view.currentIndex() == index
        no_edits = self.view.editTriggers() == self.view.EditTrigger.NoEditTriggers
        state.readOnly = self.key[0] != RowKind.CARD or no_edits
        return state


def let_go(held: dict[tuple[int, int], tuple[RowAccessible, int]]) -> None:
    """Give every row's interface back to Qt, which deletes it (the view is going)."""
    for _interface, number in held.values():
        QAccessible.deleteAccessibleInterface(number)
    held.clear()


def let_go_of_gone(held: dict[tuple[int, int], tuple[RowAccessible, int]], model: object) -> None:
    """Let go of the interfaces of rows no longer on the board."""
    gone = [key for key in held if not isinstance(model, NotesModel) or model.row_of_key(key) < 0]
    for key in gone:
        QAccessible.deleteAccessibleInterface(held.pop(key)[1])


def announce_focus(view: NotesView, current: QModelIndex) -> None:
    """Tell a screen reader which card the keyboard is on now."""
    if not QAccessible.isActive() or not current.isValid() or not view.hasFocus():
        return
    event = QAccessibleEvent(view, QAccessible.Event.Focus)
    event.setChild(current.row())
    QAccessible.updateAccessibility(event)
