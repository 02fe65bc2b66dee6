"""The console's statement: fill the template's blanks, see the sentence, keep candidates, choose one.

The sentence is composed as it is typed (`aggregate.compose`: only the
trainer's template is read as a pattern; what people type stays literal).
Enter in the last blank (or Ctrl+Enter anywhere) keeps it as a candidate,
or saves the changes to the candidate being edited. The chosen one is
shown large at the top, as the room sees it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from workshop.core.aggregate import compose
from workshop.core.commands import AddCandidate, ChooseCandidate, DeleteCandidate, EditCandidate
from workshop.core.session import Statement
from workshop.ui.inputs.door import Change, SessionDoor
from workshop.ui.inputs.panel import InputPanel, describe
from workshop.ui.shell import hotkeys

IdRole = Qt.ItemDataRole.UserRole + 1


class StatementPanel(InputPanel):
    """Candidate statements of a statement step; one may be chosen."""

    tables = frozenset({"statements"})

    def __init__(self, door: SessionDoor, parent: QWidget | None = None) -> None:
        super().__init__(door, parent)
        self.setObjectName("statementPanel")
        self.fields: dict[str, QLineEdit] = {}
        self.editing: int | None = None  # the candidate loaded in the form

        self.chosen = QLabel(self)
        self.chosen.setObjectName("chosenStatement")
        self.chosen.setTextFormat(Qt.TextFormat.PlainText)
        self.chosen.setWordWrap(True)
        self.preview = QLabel(self)
        self.preview.setObjectName("statementPreview")
        self.preview.setTextFormat(Qt.TextFormat.PlainText)
        self.preview.setWordWrap(True)
        self.preview.setProperty("role", "muted")
        self._form_box = QWidget(self)
        self._form = QFormLayout(self._form_box)
        self._form.setContentsMargins(0, 0, 0, 0)

        self.add_button = QPushButton(self.tr("Keep as a candidate"), self)
        self.add_button.setObjectName("addCandidate")
        self.add_button.setProperty("role", "primary")
        self.add_button.clicked.connect(self.submit)
        self.new_button = QPushButton(self.tr("New"), self)
        self.new_button.setObjectName("newCandidate")
        self.new_button.clicked.connect(self.clear_form)
        self.choose_button = QPushButton(self.tr("Choose this one"), self)
        self.choose_button.setObjectName("chooseCandidate")
        self.choose_button.clicked.connect(self.choose_selected)
        self.delete_button = QPushButton(self.tr("Delete"), self)
        self.delete_button.setObjectName("deleteCandidate")
        self.delete_button.clicked.connect(self.delete_selected)
        self.candidates = QListWidget(self)
        self.candidates.setObjectName("candidates")
        self.candidates.setWordWrap(True)
        self.candidates.currentItemChanged.connect(self._load_selected)
        self.candidates.itemDoubleClicked.connect(lambda _item: self.choose_selected())
        for widget, name, tip in (
                (self.add_button, self.tr("Keep as a candidate"),
                 self.tr("Keep the statement as a candidate, or save the changes (Ctrl+Enter)")),
                (self.new_button, self.tr("New candidate"), self.tr("Empty the blanks for a new candidate")),
                (self.choose_button, self.tr("Choose this one"),
                 self.tr("Mark the selected candidate as the group's statement (or double-click it)")),
                (self.delete_button, self.tr("Delete candidate"), self.tr("Delete the selected candidate")),
                (self.candidates, self.tr("Candidates"),
                 self.tr("Select one to edit it; double-click to choose it"))):
            describe(widget, name, tip)

        for key in hotkeys.SAVE_FORM:
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.submit)

        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.new_button)
        buttons.addStretch(1)
        buttons.addWidget(self.choose_button)
        buttons.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.chosen)
        layout.addWidget(self._form_box)
        layout.addWidget(self.preview)
        layout.addLayout(buttons)
        layout.addWidget(self.candidates, 1)
        layout.addWidget(self.hint)
        self.set_zoom(1.0)

    # -- the step on screen ------------------------------------------------------------------

    def show_step(self, item: int, step: str) -> None:
        self.item, self.step = item, step
        while self._form.rowCount():
            self._form.removeRow(0)
        self.fields = {}
        fields = self.spec.fields
        for number, field in enumerate(fields):
            line = QLineEdit(self._form_box)
            line.setObjectName(f"field_{field.key}")
            describe(line, field.label, self.tr("{blank}: Enter goes to the next blank; in the last one it "
                                                "keeps the statement").format(blank=field.label))
            line.setPlaceholderText(field.hint)  # the trainer's help for this blank
            line.textChanged.connect(self._update_preview)
            if number == len(fields) - 1:
                line.returnPressed.connect(self.submit)
            else:
                line.returnPressed.connect(self.focusNextChild)
            label = QLabel(field.label, self._form_box)
            label.setTextFormat(Qt.TextFormat.PlainText)
            self._form.addRow(label, line)
            self.fields[field.key] = line
        self.editing = None
        self.hint.say("")
        self.refresh(None)
        self._update_preview()
        self.set_zoom(self._zoom)  # the blanks just made

    def refresh(self, change: Change | None) -> None:
        if change is not None and self.hint.text():
            # A message belongs to the action that made it; this change's action says its own after.
            self.hint.say("")
        statements = self.state.statements_for(self.item, self.step)
        chosen = next((s for s in statements if s.chosen), None)
        template = self.spec.compose
        self.chosen.setText(compose(template, chosen.values) if chosen
                            else self.tr("No statement chosen yet."))
        self.chosen.setProperty("role", "heading" if chosen else "muted")
        selected = self.selected_id()
        self.candidates.blockSignals(True)
        self.candidates.clear()
        for statement in statements:
            text = compose(template, statement.values)
            item = QListWidgetItem(("★ " + text + "  " + self.tr("(chosen)")) if statement.chosen else text)
            item.setData(IdRole, statement.id)
            if statement.chosen:
                font = QFont(self.candidates.font())
                font.setBold(True)
                item.setFont(font)
            self.candidates.addItem(item)
            if statement.id == selected:
                self.candidates.setCurrentItem(item)
        self.candidates.blockSignals(False)
        if self.editing is not None and self.state.statement(self.editing) is None:
            self.clear_form()  # the candidate being edited was deleted (or undone away)
        self._update_buttons()

    def set_zoom(self, factor: float) -> None:
        super().set_zoom(factor)
        font = QFont(self.chosen.font())
        font.setPixelSize(max(14, round(30 * factor)))
        font.setWeight(QFont.Weight.Bold)
        self.chosen.setFont(font)
        preview = QFont(self.preview.font())
        preview.setPixelSize(max(12, round(20 * factor)))
        self.preview.setFont(preview)
        self.candidates.setFont(preview)  # sentences: read at the size they will be on the wall

    def focus_input(self) -> None:
        first = next(iter(self.fields.values()), None)
        if first is not None:
            first.setFocus()

    # -- the form --------------------------------------------------------------------------------

    def values(self) -> dict[str, str]:
        return {key: line.text() for key, line in self.fields.items()}

    def set_values(self, values: dict[str, str]) -> None:
        for key, line in self.fields.items():
            line.setText(values.get(key, ""))

    def composed(self) -> str:
        return compose(self.spec.compose, self.values())

    def _update_preview(self) -> None:
        if self.item >= 0:
            self.preview.setText(self.composed())

    def clear_form(self) -> None:
        self.editing = None
        self.candidates.blockSignals(True)
        self.candidates.setCurrentItem(None)
        self.candidates.clearSelection()
        self.candidates.blockSignals(False)
        self.set_values({})
        self._update_buttons()
        first = next(iter(self.fields.values()), None)
        if first is not None:
            first.setFocus()

    def submit(self) -> bool:
        """Keep the form as a new candidate, or save it over the one being edited."""
        values = self.values()
        if self.editing is None:
            done = self.execute(AddCandidate(self.item, self.step, values))
            if done:
                self.hint.say(self.tr("Kept as a candidate. Choose one when the room agrees."))
                self.clear_form()
            return done
        done = self.execute(EditCandidate(self.editing, values))
        if done:
            self.hint.say(self.tr("Candidate saved."))
        return done

    # -- the candidates ---------------------------------------------------------------------------

    def selected_id(self) -> int | None:
        item = self.candidates.currentItem()
        return int(item.data(IdRole)) if item is not None else None

    def _load_selected(self) -> None:
        statement = self._selected()
        if statement is None:
            return
        if self.hint.text():
            self.hint.say("")  # picking another candidate is the next action: the last one's words go
        self.editing = statement.id
        self.set_values(dict(statement.values))
        self._update_buttons()

    def _selected(self) -> Statement | None:
        found = self.selected_id()
        return self.state.statement(found) if found is not None else None

    def choose_selected(self) -> None:
        statement = self._selected()
        if statement is None:
            self.hint.say(self.tr("Select a candidate first."), problem=True)
            return
        chosen = None if statement.chosen else statement.id  # choosing the chosen one un-chooses it
        if self.execute(ChooseCandidate(self.item, self.step, chosen)):
            self.hint.say(self.tr("Chosen: this is the group's statement, on the wall.") if chosen is not None
                          else self.tr("Un-chosen: no statement is the group's now."))

    def delete_selected(self) -> None:
        statement = self._selected()
        if statement is not None and self.execute(DeleteCandidate(statement.id)):
            self.clear_form()
            self.hint.say(self.tr("Deleted. Undo (Ctrl+Z) brings it back."))

    def _update_buttons(self) -> None:
        self.add_button.setText(self.tr("Keep as a candidate") if self.editing is None
                                else self.tr("Save changes"))
        statement = self._selected()
        self.choose_button.setEnabled(statement is not None)
        self.delete_button.setEnabled(statement is not None)
        self.choose_button.setText(self.tr("Un-choose") if statement is not None and statement.chosen
                                   else self.tr("Choose this one"))
