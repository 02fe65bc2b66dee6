"""The console's rating grid: one keystroke per score, average and spread live beside it.

On a scale of single digits (1-5, 0-9) typing a digit scores the cell and
moves down to the next item; after the last item it goes to the top of the
next person's column that has no scores yet (never into scores already
typed), so a facilitator reads out a person's card and types "4 3 5 2 ..."
without touching the mouse. Delete or Backspace clears a cell. Larger scales
open a small editor instead. Escape or Shift+Tab goes back to the name box
for the next person; Tab leaves the grid (neither walks into another
person's cells). In consensus mode only the group's column is shown; in
each-person mode the group's column is read-only.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from workshop.core.templates import RatingScale
from workshop.ui.inputs.door import Change, SessionDoor
from workshop.ui.inputs.panel import InputPanel, describe
from workshop.ui.inputs.rating_model import FIRST_PERSON, GROUP, RatingModel, scale_ends

CLEAR_KEYS = (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)
BACK_TO_NAME_KEYS = (Qt.Key.Key_Escape, Qt.Key.Key_Backtab)


class RatingTable(QTableView):
    """The grid; a digit scores the current cell at once when the scale has single digits."""

    backToName = Signal()  # Escape or Shift+Tab: the facilitator wants the name box
    columnDone = Signal(int)  # the last item of a column was scored and no empty column follows

    def __init__(self, model: RatingModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ratingTable")
        self.rating_model = model
        self.scale = RatingScale()
        self.setModel(model)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.AnyKeyPressed
                             | QAbstractItemView.EditTrigger.DoubleClicked
                             | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.setWordWrap(False)
        # Tab and Shift+Tab leave the grid instead of walking its cells: a digit typed after them
        # must never land in the cell of the person beside.
        self.setTabKeyNavigation(False)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.horizontalHeader().setMinimumSectionSize(56)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)

    @property
    def one_key(self) -> bool:
        """True when every score on the scale is one digit."""
        return self.scale.min >= 0 and self.scale.max <= 9

    def keyPressEvent(self, event: QKeyEvent) -> None:
        index = self.currentIndex()
        model = self.rating_model
        if event.key() in BACK_TO_NAME_KEYS and self.state() != QAbstractItemView.State.EditingState:
            self.backToName.emit()
            return
        if index.isValid() and model.is_score(index) and self.state() != QAbstractItemView.State.EditingState:
            if event.key() in CLEAR_KEYS:
                model.setData(index, "", Qt.ItemDataRole.EditRole)
                return
            if self.one_key and event.text().isdigit() and len(event.text()) == 1:
                if model.setData(index, event.text(), Qt.ItemDataRole.EditRole):
                    self.setCurrentIndex(self.next_cell(index))
                return
        elif index.isValid() and event.text().isdigit() and not model.consensus:
            model.problem.emit(self.tr("Scores go in a person's column: type their name in the box above, "
                                       "then Enter (Escape takes you there)."))
            return
        super().keyPressEvent(event)

    def focusNextPrevChild(self, next: bool) -> bool:
        # Shift+Tab reaches the widget before any key press: back to the name box from here too.
        if not next:
            self.backToName.emit()
            return True
        return super().focusNextPrevChild(next)

    def next_cell(self, index: QModelIndex) -> QModelIndex:
        """Down the column; from the last item to the top of the next visible score column."""
        model = self.rating_model
        if index.row() + 1 < model.rowCount():
            return model.index(index.row() + 1, index.column())
        for column in range(index.column() + 1, model.columnCount()):
            if not self.isColumnHidden(column) and model.column_is_empty(column):
                return model.index(0, column)
        self.columnDone.emit(index.column())
        return index


class RatingGrid(InputPanel):
    """Scores for the items of a rating step, per person or as the group's consensus."""

    tables = frozenset({"ratings"})

    def __init__(self, door: SessionDoor, parent: QWidget | None = None) -> None:
        super().__init__(door, parent)
        self.setObjectName("ratingGrid")
        self.model = RatingModel(door, self)
        self.model.problem.connect(lambda text: self.hint.say(text, problem=True))
        self.model.modelReset.connect(self._columns_changed)
        self.table = RatingTable(self.model, self)
        self.table.backToName.connect(self._back_to_name)
        self.table.columnDone.connect(self._column_done)
        describe(self.table, self.tr("Scores"),
                 self.tr("Type a score in a cell: it moves down to the next item; Delete clears"))

        self.people_button = QRadioButton(self.tr("Each person"), self)
        self.people_button.setObjectName("peopleMode")
        self.group_button = QRadioButton(self.tr("Group consensus"), self)
        self.group_button.setObjectName("consensusMode")
        modes = QButtonGroup(self)
        modes.addButton(self.people_button)
        modes.addButton(self.group_button)
        self.people_button.setChecked(True)
        self.people_button.toggled.connect(self._columns_changed)
        describe(self.people_button, self.tr("Each person"), self.tr("A column of scores per person"))
        describe(self.group_button, self.tr("Group consensus"),
                 self.tr("One score per item, agreed by the group"))

        self.new_person = QLineEdit(self)
        self.new_person.setObjectName("newPerson")
        self.new_person.setPlaceholderText(self.tr("Name (or initials) of someone rating"))
        self.new_person.returnPressed.connect(self.add_person)
        describe(self.new_person, self.tr("New person"),
                 self.tr("Type a name or initials and press Enter: a column for their scores"))
        self.add_button = QPushButton(self.tr("Add person"), self)
        self.add_button.setObjectName("addPerson")
        self.add_button.clicked.connect(self.add_person)
        describe(self.add_button, self.tr("Add person"), self.tr("Add a column for the name typed"))
        self.scale_label = QLabel(self)
        self.scale_label.setObjectName("scaleLabel")
        self.scale_label.setTextFormat(Qt.TextFormat.PlainText)
        self.scale_label.setWordWrap(True)

        top = QHBoxLayout()
        top.addWidget(self.people_button)
        top.addWidget(self.group_button)
        top.addSpacing(16)
        top.addWidget(self.new_person, 1)
        top.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.scale_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.hint)

    def show_step(self, item: int, step: str) -> None:
        self.item, self.step = item, step
        spec = self.spec
        self.table.scale = spec.scale
        self.group_button.setChecked(spec.mode == "consensus")
        self.people_button.setChecked(spec.mode != "consensus")
        self.model.show_step(item, step)
        scale = spec.scale
        ends = scale_ends(scale)
        keys = (self.tr("type a digit to score and move down; Delete clears") if self.table.one_key
                else self.tr("type a score and press Enter; Delete clears"))
        self.scale_label.setText(self.tr("Scores from {low} to {high}{ends}: {keys}.").format(
            low=scale.min, high=scale.max, ends=f" ({ends})" if ends else "", keys=keys))
        self.hint.say("")
        self._columns_changed()
        self.refresh(None)

    def refresh(self, change: Change | None) -> None:
        self.model.refresh()

    def focus_input(self) -> None:
        self.table.setFocus()

    @property
    def consensus_mode(self) -> bool:
        return self.group_button.isChecked()

    def set_consensus(self, on: bool) -> None:
        (self.group_button if on else self.people_button).setChecked(True)

    def add_person(self) -> None:
        column = self.model.add_person(self.new_person.text())
        self.new_person.clear()
        if column >= 0:
            self.set_consensus(False)
            self.table.setFocus()
            self.table.setCurrentIndex(self.model.index(0, column))

    def _back_to_name(self) -> None:
        if self.new_person.isEnabled():
            self.new_person.setFocus(Qt.FocusReason.BacktabFocusReason)
        else:
            self.focusPreviousChild()

    def _column_done(self, column: int) -> None:
        if self.consensus_mode:
            self.hint.say(self.tr("The group's scores are in."))
            return
        self.hint.say(self.tr("{name}'s scores are in. Escape goes to the name box for the next person.")
                      .format(name=self.model.person_at(column)))

    def _columns_changed(self) -> None:
        consensus = self.consensus_mode
        self.model.consensus = consensus
        for column in range(FIRST_PERSON, self.model.columnCount()):
            self.table.setColumnHidden(column, consensus)
        self.new_person.setEnabled(not consensus)
        self.add_button.setEnabled(not consensus)
        start = GROUP if consensus or self.model.columnCount() == FIRST_PERSON else FIRST_PERSON
        if not self.table.currentIndex().isValid() or self.table.isColumnHidden(
                self.table.currentIndex().column()):
            self.table.setCurrentIndex(self.model.index(0, start))
