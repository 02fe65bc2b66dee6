"""The console's actions: what, who, by when, with dates read the way people say them.

The due date is read as it is typed ("fri", "next week", "1/12",
"2026-12-01") and shown beside the field as a date nobody misreads ("Fri 4
Dec 2026"), or with the reason it cannot be read; an action is not added
with a date that could not be read. Enter in any field adds the action (or
saves the one being edited); Delete in the list removes one.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from workshop.core.commands import AddAction, DeleteAction, EditAction
from workshop.core.dates import DateReading, parse_date
from workshop.core.session import Action
from workshop.ui.inputs.door import Change, SessionDoor
from workshop.ui.inputs.panel import InputPanel, describe
from workshop.ui.language import current_language, day_text, refusal

Index = QModelIndex | QPersistentModelIndex
Today = Callable[[], date]


class ActionsModel(QAbstractTableModel):
    """The actions of a step: what, who, by when (plain text)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._actions: list[Action] = []

    def set_actions(self, actions: list[Action]) -> None:
        if [a.id for a in actions] == [a.id for a in self._actions]:
            self._actions = list(actions)
            if actions:
                self.dataChanged.emit(self.index(0, 0), self.index(len(actions) - 1, 2))
            return
        self.beginResetModel()
        self._actions = list(actions)
        self.endResetModel()

    def action_at(self, row: int) -> Action | None:
        return self._actions[row] if 0 <= row < len(self._actions) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._actions)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("What"), self.tr("Who"), self.tr("By when"))[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        action = self.action_at(index.row()) if index.isValid() else None
        if action is None or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return None
        if index.column() == 0:
            return " ".join(action.what.split())
        if index.column() == 1:
            return action.who
        return day_text(action.due) if action.due else ""


class DueField(QLineEdit):
    """The date as typed; `reading` is what it was read as."""

    def __init__(self, today: Today, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._today = today

    @property
    def reading(self) -> DateReading:
        return parse_date(self.text(), self._today(), current_language())


class ActionsPanel(InputPanel):
    """What will be done, by whom, by when."""

    tables = frozenset({"actions"})

    def __init__(self, door: SessionDoor, today: Today = date.today,
                 parent: QWidget | None = None) -> None:
        super().__init__(door, parent)
        self.setObjectName("actionsPanel")
        self.editing: int | None = None
        self.what = QLineEdit(self)
        self.what.setObjectName("actionWhat")
        self.what.setPlaceholderText(self.tr("What will be done"))
        self.who = QLineEdit(self)
        self.who.setObjectName("actionWho")
        self.who.setPlaceholderText(self.tr("Who does it"))
        self.due = DueField(today, self)
        self.due.setObjectName("actionDue")
        self.due.setPlaceholderText(self.tr("By when: fri, next week, 1/12 …"))
        self.due_reading = QLabel(self)
        self.due_reading.setObjectName("dueReading")
        self.due_reading.setTextFormat(Qt.TextFormat.PlainText)  # quotes what was typed
        self.due_reading.setWordWrap(True)
        self.due_reading.setProperty("role", "hint")
        bold = QFont(self.due_reading.font())
        bold.setWeight(QFont.Weight.DemiBold)
        self.due_reading.setFont(bold)
        self.due.textChanged.connect(self._show_reading)
        for line in (self.what, self.who, self.due):
            line.returnPressed.connect(self.submit)
        describe(self.what, self.tr("What will be done"),
                 self.tr("What will be done (Enter adds the action)"))
        describe(self.who, self.tr("Who does it"), self.tr("Who does it (Enter adds the action)"))
        describe(self.due, self.tr("By when"),
                 self.tr("By when: fri, tomorrow, next week, in 2 weeks, 1/12 (day first) or 2026-12-01"))

        self.add_button = QPushButton(self.tr("Add action"), self)
        self.add_button.setObjectName("addAction")
        self.add_button.setProperty("role", "primary")
        self.add_button.clicked.connect(self.submit)
        self.new_button = QPushButton(self.tr("New"), self)
        self.new_button.setObjectName("newAction")
        self.new_button.clicked.connect(self.clear_form)
        self.delete_button = QPushButton(self.tr("Delete"), self)
        self.delete_button.setObjectName("deleteAction")
        self.delete_button.clicked.connect(self.delete_selected)

        self.model = ActionsModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("actionsTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.table.selectionModel().currentRowChanged.connect(self._load_selected)
        self.table.installEventFilter(self)
        for widget, name, tip in (
                (self.add_button, self.tr("Add action"),
                 self.tr("Add the action, or save the changes (Enter)")),
                (self.new_button, self.tr("New action"), self.tr("Empty the fields for a new action")),
                (self.delete_button, self.tr("Delete action"),
                 self.tr("Delete the selected action (Delete)")),
                (self.table, self.tr("Actions"), self.tr("Select an action to edit it; Delete removes it"))):
            describe(widget, name, tip)

        form = QGridLayout()
        form.addWidget(self.what, 0, 0, 1, 3)
        form.addWidget(self.who, 1, 0)
        form.addWidget(self.due, 1, 1)
        form.addWidget(self.due_reading, 1, 2)
        form.setColumnStretch(0, 2)
        form.setColumnStretch(1, 2)
        form.setColumnStretch(2, 3)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.new_button)
        buttons.addStretch(1)
        buttons.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.hint)
        layout.addWidget(self.table, 1)
        self._show_reading()

    def show_step(self, item: int, step: str) -> None:
        self.item, self.step = item, step
        self.editing = None
        self.hint.say("")
        self.refresh(None)
        self.clear_form()

    def focus_input(self) -> None:
        self.what.setFocus()

    def refresh(self, change: Change | None) -> None:
        self.model.set_actions(self.state.actions_for(self.item, self.step))
        if self.editing is not None and self.state.action(self.editing) is None:
            self.clear_form()
        self._update_buttons()

    # -- the date ---------------------------------------------------------------------------------

    def _show_reading(self) -> None:
        reading = self.due.reading
        if reading.problem:
            text, problem = refusal(reading.problem), True
        elif reading.date is None:
            text, problem = self.tr("No due date"), False
        else:
            note = refusal(reading.note) if reading.note else ""
            text, problem = " · ".join(filter(None, (day_text(reading.date), note))), False
        self.due_reading.setText(text)
        self.due_reading.setProperty("problem", problem)
        # The theme's style sheet colours a problem (QLabel[role="hint"][problem="true"]).
        self.due_reading.style().unpolish(self.due_reading)
        self.due_reading.style().polish(self.due_reading)

    # -- adding and editing ------------------------------------------------------------------------

    def submit(self) -> bool:
        """Add the action in the form, or save it over the one being edited."""
        reading = self.due.reading
        if reading.problem:
            self.hint.say(refusal(reading.problem), problem=True)
            self.due.setFocus()
            return False
        what, who = self.what.text(), self.who.text()
        if self.editing is None:
            done = self.execute(AddAction(self.item, self.step, what, who, reading.date))
            if done:
                self.hint.say(self.tr("Action added."))
                self.clear_form()
            return done
        done = self.execute(EditAction(self.editing, what, who, reading.date))
        if done:
            self.hint.say(self.tr("Action saved."))
        return done

    def clear_form(self) -> None:
        self.editing = None
        self.table.selectionModel().clearSelection()
        self.table.setCurrentIndex(QModelIndex())
        for line in (self.what, self.who, self.due):
            line.clear()
        self._update_buttons()
        self.what.setFocus()

    def _load_selected(self, current: QModelIndex, _previous: QModelIndex) -> None:
        action = self.model.action_at(current.row()) if current.isValid() else None
        if action is None:
            return
        self.editing = action.id
        self.what.setText(action.what)
        self.who.setText(action.who)
        # Shown in the unambiguous form, which reads back as the same day.
        self.due.setText(day_text(action.due) if action.due else "")
        self._update_buttons()

    def delete_selected(self) -> None:
        action = self.model.action_at(self.table.currentIndex().row())
        if action is not None and self.execute(DeleteAction(action.id)):
            self.hint.say(self.tr("Deleted. Undo (Ctrl+Z) brings it back."))
            self.clear_form()

    def _update_buttons(self) -> None:
        self.add_button.setText(self.tr("Add action") if self.editing is None else self.tr("Save changes"))
        self.delete_button.setEnabled(self.editing is not None)

    def eventFilter(self, watched: QObject, event: object) -> bool:
        if watched is self.table and isinstance(event, QKeyEvent) \
                and event.type() == QKeyEvent.Type.KeyPress and event.key() == Qt.Key.Key_Delete:
            self.delete_selected()
            return True
        return super().eventFilter(watched, event)  # type: ignore[arg-type]
