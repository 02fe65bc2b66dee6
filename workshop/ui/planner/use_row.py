"""Under the planner's agenda: the chosen exercise's values for this use and its rounds.

A field per parameter (the plan's value, or empty for the default, which
shows as the placeholder) and a box per run done in rounds; each change is
asked for by signal, so the page keeps it undoable like any other edit.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QSpinBox, QWidget

from workshop.core.exercise_use import MAX_ROUNDS
from workshop.core.templates import ExerciseTemplate, PlanExercise

# `translate("Context", "...")` written out, so pyside6-lupdate finds each string.
translate = QCoreApplication.translate


class UseRow(QWidget):
    """The chosen exercise's parameters and round counts; hidden for anything else."""

    valueChanged = Signal(str, str)  # parameter key, value as typed
    roundsChanged = Signal(str, int)  # run key, count

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("plannerUse")
        self._form = QFormLayout(self)
        self._form.setContentsMargins(0, 0, 0, 0)
        self.fields: dict[str, QLineEdit] = {}
        self.counts: dict[str, QSpinBox] = {}
        self.hide()

    def show_use(self, item: PlanExercise | None, template: ExerciseTemplate | None) -> None:
        while self._form.rowCount():
            self._form.removeRow(0)
        self.fields, self.counts = {}, {}
        if item is None or template is None:
            self.hide()
            return
        # How the room works and what to have ready: for the trainer planning the day, read-only here.
        for name, value in (
            (translate("PlannerPage", "Groups"), template.groups),
            (translate("PlannerPage", "Room"), template.space),
            (translate("PlannerPage", "Materials"), ", ".join(template.materials)),
        ):
            if value:
                shown = QLabel(value, self)
                shown.setObjectName("useSetting")
                shown.setTextFormat(Qt.TextFormat.PlainText)
                shown.setWordWrap(True)
                self._form.addRow(QLabel(name, self), shown)
        for parameter in template.parameters:
            field = QLineEdit(self)
            field.setObjectName(f"use-{parameter.key}")
            field.setText(item.parameters.get(parameter.key, ""))
            field.setPlaceholderText(
                parameter.default or translate("PlannerPage", "(asked when the session is made)")
            )
            field.setToolTip(parameter.description)
            field.setAccessibleName(parameter.label)
            field.editingFinished.connect(
                lambda key=parameter.key, f=field: self.valueChanged.emit(key, f.text())
            )
            self._row(parameter.label, field)
            self.fields[parameter.key] = field
        for run in template.rounds:
            count = QSpinBox(self)
            count.setObjectName(f"rounds-{run.key}")
            count.setRange(1, MAX_ROUNDS)
            count.setValue(item.rounds.get(run.key, run.count))
            count.setSuffix(translate("PlannerPage", " rounds"))
            count.setKeyboardTracking(False)
            count.setAccessibleName(translate("PlannerPage", "Rounds of {title}").format(title=run.title))
            count.valueChanged.connect(lambda value, key=run.key: self.roundsChanged.emit(key, value))
            self._row(translate("PlannerPage", "{title}: rounds").format(title=run.title), count)
            self.counts[run.key] = count
        self.setVisible(self._form.rowCount() > 0)

    def _row(self, text: str, field: QWidget) -> None:
        label = QLabel(text, self)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setBuddy(field)
        self._form.addRow(label, field)
