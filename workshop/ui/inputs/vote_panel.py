"""The console's dot vote: the room's tally typed per card, or each person's dots one by one.

Tally: select a row and type the number of dots the room put on it, Enter
(the next row is selected, ready for the next number). One by one: choose
who is voting, then click (or Space / +) the cards they pick; minus or a
right-click takes a dot back. The template's limit per person is checked by
the session; its refusal ("Ana has used all 3 dots.") shows under the list.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QRadioButton,
    QSpinBox,
    QStyledItemDelegate,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from workshop.core.aggregate import dots_left
from workshop.core.commands import MAX_TALLY
from workshop.ui.inputs.door import Change, SessionDoor
from workshop.ui.inputs.panel import InputPanel, describe
from workshop.ui.inputs.vote_model import TALLY, TEXT, TOTAL, VOTER, SortRole, VoteModel
from workshop.ui.language import ensure_language

ADD_KEYS = (Qt.Key.Key_Plus, Qt.Key.Key_Space, Qt.Key.Key_Equal)
REMOVE_KEYS = (Qt.Key.Key_Minus,)


class TallyDelegate(QStyledItemDelegate):
    """A number box from 0 to the most one card can hold."""

    def createEditor(self, parent: QWidget, option: object, index: QModelIndex) -> QWidget:
        editor = QSpinBox(parent)
        editor.setObjectName("tallyEditor")
        editor.setRange(0, MAX_TALLY)
        editor.setButtonSymbols(QSpinBox.ButtonSymbols.NoButtons)
        editor.setAlignment(Qt.AlignmentFlag.AlignCenter)
        return editor


class VoteTable(QTableView):
    """The targets; digits go into the Tally cell of the selected row, Enter moves on."""

    rightClicked = Signal(QModelIndex)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("voteTable")
        self.tally_mode = True
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.AnyKeyPressed
                             | QAbstractItemView.EditTrigger.DoubleClicked
                             | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.setItemDelegateForColumn(TALLY, TallyDelegate(self))
        self.setWordWrap(False)
        self.setAlternatingRowColors(True)
        self.verticalHeader().hide()
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)

    def event(self, event: QEvent) -> bool:
        # One by one, Space / + / - give and take dots here: the window's Space
        # (start / pause the timer) must not have them while the list has the keyboard.
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent) \
                and not self.tally_mode and event.key() in (*ADD_KEYS, *REMOVE_KEYS):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.tally_mode and event.text().isdigit() and self.currentIndex().isValid():
            # Whatever cell is current, a number is the tally of its row.
            self.setCurrentIndex(self.model().index(self.currentIndex().row(), TALLY))
        super().keyPressEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.RightButton:
            index = self.indexAt(event.position().toPoint())
            if index.isValid():
                self.setCurrentIndex(index)
                self.rightClicked.emit(index)
            return
        super().mousePressEvent(event)

    def closeEditor(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:
        super().closeEditor(editor, hint)
        if hint == QAbstractItemDelegate.EndEditHint.SubmitModelCache:
            # Enter: on to the next row, ready for the next number.
            current = self.currentIndex()
            below = self.model().index(current.row() + 1, TALLY)
            if below.isValid():
                self.setCurrentIndex(below)


class VotePanel(InputPanel):
    """Dots on the cards and clusters of an earlier step."""

    tables = frozenset({"votes", "cards", "clusters"})

    def __init__(self, door: SessionDoor, parent: QWidget | None = None) -> None:
        super().__init__(door, parent)
        ensure_language()
        self.setObjectName("votePanel")
        self.model = VoteModel(door, self)
        self.model.problem.connect(lambda text: self.hint.say(text, problem=True))
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SortRole)

        self.tally_button = QRadioButton(self.tr("Tally: type the room's dots per card"), self)
        self.tally_button.setObjectName("tallyMode")
        self.person_button = QRadioButton(self.tr("One by one: each person's dots"), self)
        self.person_button.setObjectName("personMode")
        modes = QButtonGroup(self)
        modes.addButton(self.tally_button)
        modes.addButton(self.person_button)
        self.tally_button.setChecked(True)
        self.tally_button.toggled.connect(self._mode_changed)
        describe(self.tally_button, self.tr("Tally mode"),
                 self.tr("Count the room's dots per card, select it and type the number"))
        describe(self.person_button, self.tr("One-by-one mode"),
                 self.tr("Each person's dots, within the limit per person"))

        self.voter = QComboBox(self)
        self.voter.setObjectName("voterPicker")
        self.voter.setEditable(True)
        self.voter.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.voter.setMinimumContentsLength(14)
        self.voter.lineEdit().setPlaceholderText(self.tr("Who is voting?"))
        self.voter.currentTextChanged.connect(self._voter_changed)
        describe(self.voter, self.tr("Voter"),
                 self.tr("Who is voting now: choose a participant or type a name"))
        self.left_label = QLabel(self)
        self.left_label.setObjectName("dotsLeft")
        self.left_label.setTextFormat(Qt.TextFormat.PlainText)
        self.sort_box = QCheckBox(self.tr("Most dots first"), self)
        self.sort_box.setObjectName("sortByDots")
        self.sort_box.toggled.connect(self._sort_changed)
        describe(self.sort_box, self.tr("Most dots first"),
                 self.tr("Sort by dots here too (the projector always shows the most dots first)"))
        self.summary = QLabel(self)
        self.summary.setObjectName("voteSummary")
        self.summary.setTextFormat(Qt.TextFormat.PlainText)

        self.table = VoteTable(self)
        describe(self.table, self.tr("Cards and clusters voted on"),
                 self.tr("Tally: type a number on a row, Enter. One by one: click, Space or + adds a dot, "
                         "- or a right-click takes one back"))
        self.table.setModel(self.proxy)
        header = self.table.horizontalHeader()
        for column in (TOTAL, TALLY, VOTER):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TEXT, QHeaderView.ResizeMode.Stretch)
        self.table.clicked.connect(self._clicked)
        self.table.rightClicked.connect(self._right_clicked)
        self.table.installEventFilter(self)

        modes_row = QHBoxLayout()
        modes_row.addWidget(self.tally_button)
        modes_row.addWidget(self.person_button)
        modes_row.addStretch(1)
        modes_row.addWidget(self.sort_box)
        voter_row = QHBoxLayout()
        voter_row.addWidget(QLabel(self.tr("Voter:"), self))
        voter_row.addWidget(self.voter)
        voter_row.addWidget(self.left_label, 1)
        self._voter_row = QWidget(self)
        self._voter_row.setLayout(voter_row)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(modes_row)
        layout.addWidget(self._voter_row)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.hint)
        self._mode_changed()

    # -- the step on screen -------------------------------------------------------------------

    def show_step(self, item: int, step: str) -> None:
        self.item, self.step = item, step
        self.model.show_step(item, step)
        self._fill_voters()
        self.hint.say("")
        self.refresh(None)
        if self.proxy.rowCount():
            self.table.setCurrentIndex(self.proxy.index(0, TALLY))

    def refresh(self, change: Change | None) -> None:
        self.model.refresh()
        if self.sort_box.isChecked():
            self.proxy.sort(TOTAL, Qt.SortOrder.DescendingOrder)
        dots = sum(vote.count for vote in self.state.votes_for(self.item, self.step))
        voters = {vote.voter for vote in self.state.votes_for(self.item, self.step) if vote.voter}
        self.summary.setText(" · ".join((self.tr("%n dot(s) placed", "", dots),
                                         self.tr("%n person(s) voted one by one", "", len(voters)),
                                         self.tr("%n dot(s) each", "", self.spec.dots))))
        self._show_left()

    def _fill_voters(self) -> None:
        names = list(self.state.header.participants)
        for vote in self.state.votes_for(self.item, self.step):
            if vote.voter and vote.voter not in names:
                names.append(vote.voter)
        current = self.voter.currentText()
        self.voter.blockSignals(True)
        self.voter.clear()
        self.voter.addItems(names)
        self.voter.setEditText(current)
        self.voter.blockSignals(False)

    def focus_input(self) -> None:
        (self.table if self.tally_mode else self.voter).setFocus()

    # -- modes ----------------------------------------------------------------------------------

    @property
    def tally_mode(self) -> bool:
        return self.tally_button.isChecked()

    def set_mode(self, tally: bool) -> None:
        (self.tally_button if tally else self.person_button).setChecked(True)

    def _mode_changed(self) -> None:
        tally = self.tally_mode
        self.table.tally_mode = tally
        self._voter_row.setVisible(not tally)
        self.table.setColumnHidden(VOTER, tally)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.AnyKeyPressed
                                   | QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed if tally
                                   else QAbstractItemView.EditTrigger.NoEditTriggers)
        self.hint.say(self.tr("Select a card and type the number of dots on it, then Enter.") if tally
                      else self.tr("Choose who is voting, then click the cards they pick "
                                   "(Space or + adds a dot, - takes one back)."))
        if not tally:
            self.voter.setFocus()

    def _sort_changed(self, on: bool) -> None:
        if on:
            self.proxy.sort(TOTAL, Qt.SortOrder.DescendingOrder)
        else:
            self.proxy.sort(-1)

    def _voter_changed(self, name: str) -> None:
        self.model.set_voter(name.strip() or None)
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, VOTER, VOTER)
        self._show_left()

    def _show_left(self) -> None:
        name = self.voter.currentText().strip()
        if self.item < 0 or not name:
            self.left_label.setText("")
            return
        left = dots_left(self.state, self.item, self.step, name)
        self.left_label.setText(self.tr("{name}: {left} of {dots} dots left").format(
            name=name, left=left, dots=self.spec.dots))

    # -- one by one ------------------------------------------------------------------------------

    def add_dot(self, row: int, amount: int = 1) -> bool:
        """Give (or take back, `amount` -1) one of the current voter's dots on a proxy row."""
        name = self.voter.currentText().strip()
        if not name:
            self.hint.say(self.tr("Choose who is voting first."), problem=True)
            self.voter.setFocus()
            return False
        source = self.model.row_at(self.proxy.mapToSource(self.proxy.index(row, 0)).row())
        if source is None:
            return False
        count = source.voter + amount
        if count < 0:
            return False
        if amount > 0 and dots_left(self.state, self.item, self.step, name) == 0:
            # Said here in the words of a click, not of a count ("3 is too many").
            self.hint.say(self.tr("{name} has used all {dots} dots; - or a right-click on a card "
                                  "takes one back.").format(name=name, dots=self.spec.dots), problem=True)
            return False
        if self.model.set_votes(source.target, name, count):
            self.hint.say(self.tr("Saved."))
            return True
        return False

    def _clicked(self, index: QModelIndex) -> None:
        if not self.tally_mode and index.isValid():
            self.add_dot(index.row())

    def _right_clicked(self, index: QModelIndex) -> None:
        if not self.tally_mode:
            self.add_dot(index.row(), -1)

    def eventFilter(self, watched: object, event: object) -> bool:
        if watched is self.table and isinstance(event, QKeyEvent) and not self.tally_mode \
                and event.type() == QKeyEvent.Type.KeyPress and self.table.currentIndex().isValid():
            if event.key() in ADD_KEYS:
                self.add_dot(self.table.currentIndex().row())
                return True
            if event.key() in REMOVE_KEYS:
                self.add_dot(self.table.currentIndex().row(), -1)
                return True
        return super().eventFilter(watched, event)  # type: ignore[arg-type]
