"""The card board's columns side by side: a header over a `NotesView` of each column's `NotesModel`.

A step without columns has one column and no header. A step with columns
gets one more, "Other", for the cards of a column the template no longer
has: shown while it holds any, so no card is ever lost. The columns are
built again only when the step's columns differ. Each view takes the card
actions' keys and right-click menu; what is selected is read across them all.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from workshop.core.session import Card, Cluster
from workshop.core.templates import Column
from workshop.ui.board.notes_delegate import BoardStyle
from workshop.ui.board.notes_model import NotesModel, RowKind
from workshop.ui.board.notes_view import NotesView
from workshop.ui.inputs.door import SessionDoor
from workshop.ui.inputs.notes_tools import CardActions
from workshop.ui.inputs.panel import Hint, describe

# `translate("Context", "...")` written out, so pyside6-lupdate finds each string.
translate = QCoreApplication.translate


def lock_view(view: NotesView) -> None:
    """A column only looked at: no edits, no drags, no drops; it still scrolls and selects."""
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setDragEnabled(False)
    view.setAcceptDrops(False)
    view.setDragDropMode(QAbstractItemView.DragDropMode.NoDragDrop)


class BoardColumns:
    """The columns of `board` in one row widget (`row`): their models, views and headers."""

    def __init__(self, door: SessionDoor, board: QWidget, actions: CardActions, hint: Hint,
                 style: BoardStyle) -> None:
        self._door = door
        self._board = board  # the parent of the row and of the models
        self._actions = actions
        self._hint = hint
        self.style = style
        self.read_only = False
        self.models: list[NotesModel] = []
        self.views: list[NotesView] = []
        self.headers: list[QLabel] = []
        self._key: tuple[str, ...] | None = None
        self.row = QWidget(board)
        self._layout = QHBoxLayout(self.row)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(12)

    def show(self, columns: tuple[Column, ...]) -> bool:
        """The columns of a step; True when they had to be built anew (new headers and views)."""
        key = tuple(c.key for c in columns)
        if key == self._key:
            return False
        self._build(columns)
        self._key = key
        return True

    def _build(self, columns: tuple[Column, ...]) -> None:
        while self._layout.count():
            child = self._layout.takeAt(0).widget()
            if child is not None:
                child.hide()
                child.deleteLater()
        for model in self.models:
            self._door.changed.disconnect(model.on_changed)
            model.deleteLater()
        self.models, self.views, self.headers = [], [], []
        if not columns:
            self._add("", NotesModel(self._door, None, (), parent=self._board))
            return
        keys_ = [c.key for c in columns]
        for column in columns:
            self._add(column.label, NotesModel(self._door, column.key, keys_, parent=self._board),
                      hint=column.hint)
        # Cards of a column the template no longer has: shown, never lost.
        self._add(
            translate("NotesBoard", "Other"),
            NotesModel(self._door, None, keys_, parent=self._board),
            stray=True,
        )

    def _add(self, title: str, model: NotesModel, stray: bool = False, hint: str = "") -> None:
        box = QWidget(self.row)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        if title:
            header = QLabel(title, box)
            header.setTextFormat(Qt.TextFormat.PlainText)
            header.setWordWrap(True)
            header.setProperty("role", "columnHeader")
            header.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
            layout.addWidget(header)
            self.headers.append(header)
        if hint:  # the trainer's line of help under the column's name
            help_line = QLabel(hint, box)
            help_line.setObjectName("columnHint")
            help_line.setTextFormat(Qt.TextFormat.PlainText)
            help_line.setWordWrap(True)
            help_line.setProperty("role", "hint")
            help_line.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
            layout.addWidget(help_line)
        view = NotesView(self.style, box)
        describe(
            view,
            translate("NotesBoard", "Cards: {column}").format(column=title)
            if title
            else translate("NotesBoard", "Cards"),
            translate(
                "NotesBoard",
                "Double-click or F2 edits; drag a card onto another to cluster them; "
                "Ctrl+G groups, Ctrl+H hides, 0-6 colour, Backspace removes",
            ),
        )
        view.setProperty("columnTitle", title)  # a card's column, as a screen reader says it
        view.setModel(model)
        self._actions.add_to(view)
        layout.addWidget(view, 1)
        model.problem.connect(lambda text: self._hint.say(text, problem=True))
        self._door.changed.connect(model.on_changed)
        if stray:
            model.synced.connect(lambda b=box, m=model: b.setVisible(m.rowCount() > 0))
        self._layout.addWidget(box, 1)
        self.models.append(model)
        self.views.append(view)
        if self.read_only:
            lock_view(view)

    def titles(self) -> list[str]:
        """The headers shown (the "Other" column's only while it holds cards)."""
        return [label.text() for label in self.headers if label.isVisibleTo(self._board)]

    def set_style(self, style: BoardStyle) -> None:
        """How the tiles are drawn (zoom and theme), in every column now and in columns built later."""
        self.style = style
        for view in self.views:
            view.set_board_style(style)

    def set_header_px(self, pixels: int) -> None:
        for header in self.headers:
            font = QFont(header.font())
            font.setPixelSize(pixels)
            font.setWeight(QFont.Weight.Bold)
            header.setFont(font)

    def lock(self) -> None:
        """Every column, and every column built later, only looked at."""
        self.read_only = True
        for view in self.views:
            lock_view(view)

    # -- what is selected ----------------------------------------------------------------------

    def view_for_column(self, column: str) -> NotesView | None:
        """The view a new card of `column` lands in."""
        for model, view in zip(self.models, self.views, strict=True):
            if model.column == column or (model.column is None and not model.others):
                return view
        return None

    def selected_cards(self) -> list[Card]:
        found = []
        for model, view in zip(self.models, self.views, strict=True):
            for index in sorted(view.selectionModel().selectedIndexes(), key=lambda i: i.row()):
                row = model.row_at(index.row())
                if row is not None and row.card is not None:
                    found.append(row.card)
        return found

    def selected_clusters(self) -> list[Cluster]:
        found = []
        for model, view in zip(self.models, self.views, strict=True):
            for index in view.selectionModel().selectedIndexes():
                row = model.row_at(index.row())
                if row is not None and row.kind is RowKind.CLUSTER and row.cluster is not None:
                    found.append(row.cluster)
        return found

    def active_view(self) -> NotesView | None:
        """The column with the keyboard, else the first with a selection."""
        return next((view for view in self.views if view.hasFocus()), None) or next(
            (view for view in self.views if view.selectionModel().hasSelection()), None
        )

    def edit_cluster(self, cluster_id: int) -> None:
        """Open the name of a cluster for typing."""
        for model, view in zip(self.models, self.views, strict=True):
            row = model.row_of_cluster(cluster_id)
            if row >= 0:
                index = model.index(row)
                view.setFocus()
                view.setCurrentIndex(index)
                view.scrollTo(index)
                view.edit(index)
                return
