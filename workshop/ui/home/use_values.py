"""The values a plan's exercises take for this group (their parameters), asked when a session is made.

Each exercise of the plan with parameters gets a row per parameter, filled
with the plan's value or the default; a parameter with neither must be
given before the session can be made. The values go into the session's copy
of the plan, so the file keeps them and every screen and export shows them.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QLineEdit, QWidget

from workshop.core.exercise_use import plan_with_values
from workshop.core.templates import ExerciseTemplate, Plan, PlanExercise

MAX_VALUE_LENGTH = 300  # a question or a topic, never an essay


class UseValues(QGroupBox):
    """One field per parameter of the plan's exercises; `changed` as they are typed."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("useValues")
        self.setTitle(self.tr("For this group"))
        self._form = QFormLayout(self)
        self._fields: dict[tuple[int, str], tuple[QLineEdit, str, str]] = {}  # -> field, label, exercise
        self._plan_id: str | None = None  # the plan asked for: asked again, it keeps what was typed
        self.hide()

    def show_plan(self, plan: Plan | None, templates: Mapping[str, ExerciseTemplate]) -> None:
        """Ask for the parameters of `plan`'s exercises (nothing to ask: the box is hidden).

        The same plan asked again (in another language) keeps what was typed.
        """
        same_plan = plan is not None and plan.id == self._plan_id
        typed = {key: field.text() for key, (field, _name, _state) in self._fields.items()
                 if same_plan and field.isModified()}
        self._plan_id = plan.id if plan is not None else None
        while self._form.rowCount():
            self._form.removeRow(0)
        self._fields.clear()
        for index, item in enumerate(plan.items if plan is not None else ()):
            template = templates.get(item.exercise) if isinstance(item, PlanExercise) else None
            if template is None or not isinstance(item, PlanExercise):
                continue
            for parameter in template.parameters:
                field = QLineEdit(self)
                field.setObjectName(f"value-{index}-{parameter.key}")
                field.setMaxLength(MAX_VALUE_LENGTH)
                field.setText(item.parameters.get(parameter.key, "") or parameter.default)
                if (index, parameter.key) in typed:
                    field.setText(typed[(index, parameter.key)])
                    field.setModified(True)
                field.setPlaceholderText(parameter.description or parameter.label)
                field.setToolTip(parameter.description)
                required = not parameter.default
                name = self.tr("{exercise}: {label}").format(exercise=template.title.split(":")[0],
                                                             label=parameter.label)
                field.setAccessibleName(name)
                label = QLabel(name + (" *" if required else ""), self)
                label.setTextFormat(Qt.TextFormat.PlainText)
                label.setWordWrap(True)
                label.setBuddy(field)
                self._form.addRow(label, field)
                field.textChanged.connect(self.changed)
                self._fields[(index, parameter.key)] = (field, name, "required" if required else "")
        self.setVisible(bool(self._fields))

    def field(self, index: int, key: str) -> QLineEdit:
        return self._fields[(index, key)][0]

    def missing(self) -> list[str]:
        """The names of the values that must be given and are still blank."""
        return [name for field, name, required in self._fields.values()
                if required and not field.text().strip()]

    def applied_to(self, plan: Plan) -> Plan:
        return plan_with_values(plan, {key: field.text() for key, (field, _, _) in self._fields.items()})
