"""Under the planner's agenda: the chosen row in words, its length, and the name of a break."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QSpinBox, QWidget

from workshop.core.agenda import Agenda

# `translate("Context", "...")` written out, so pyside6-lupdate finds each string.
translate = QCoreApplication.translate


class ChosenRow(QWidget):
    """The length box and the break name follow the agenda's chosen row; a change is asked for by signal."""

    lengthChanged = Signal(int)  # minutes, for the chosen step or break
    breakRenamed = Signal(str)  # the chosen break's name as typed

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel(self)
        self.label.setObjectName("plannerChosen")
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.length = QSpinBox(self)
        self.length.setObjectName("plannerLength")
        self.length.setAccessibleName(translate("PlannerPage", "Length in minutes"))
        self.length.setToolTip(translate("PlannerPage", "The length of the chosen step or break, in minutes"))
        self.length.setRange(0, 600)
        self.length.setSpecialValueText("—")  # 0: nothing chosen that has a length
        self.length.setSuffix(translate("PlannerPage", " min"))
        self.length.setMinimumWidth(110)
        self.length.setKeyboardTracking(False)  # typed digits apply on Enter; arrows at once
        self.length.valueChanged.connect(self._length_changed)
        self.break_title = QLineEdit(self)
        self.break_title.setObjectName("plannerBreakTitle")
        self.break_title.setAccessibleName(translate("PlannerPage", "Break title"))
        self.break_title.setToolTip(
            translate("PlannerPage", "What the agenda calls this break, e.g. Coffee or Lunch")
        )
        self.break_title.editingFinished.connect(lambda: self.breakRenamed.emit(self.break_title.text()))

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label, 1)
        self.length_label = QLabel(translate("PlannerPage", "&Length"), self)
        self.length_label.setBuddy(self.length)
        layout.addWidget(self.length_label)
        layout.addWidget(self.length)
        self.break_title_label = QLabel(translate("PlannerPage", "Break &name"), self)
        self.break_title_label.setBuddy(self.break_title)
        layout.addWidget(self.break_title_label)
        layout.addWidget(self.break_title)

    def _length_changed(self, minutes: int) -> None:
        if minutes > 0 and self.length.isEnabled():
            self.lengthChanged.emit(minutes)

    def show_row(self, agenda: Agenda, chosen: tuple[int, str] | None) -> None:
        """Show the row `chosen` (item index, step key or "") of `agenda`; None for no row."""
        length: int | None = None
        is_break = False
        text = translate("PlannerPage", "Choose a step or a break to change its length.")
        if chosen is not None and chosen[0] < len(agenda.items):
            item = agenda.items[chosen[0]]
            is_break = item.is_break
            if is_break:
                length, text = (
                    item.duration,
                    translate("PlannerPage", "Break: {title}").format(title=item.title),
                )
            elif chosen[1]:
                step = next(s for s in item.steps if s.key == chosen[1])
                length, text = (
                    step.duration,
                    translate("PlannerPage", "{exercise}: {step}").format(
                        exercise=item.title, step=step.title
                    ),
                )
            else:
                text = translate(
                    "PlannerPage", "{exercise}: choose one of its steps to change its length."
                ).format(exercise=item.title)
        self.label.setText(text)
        self.length.blockSignals(True)
        self.length.setEnabled(length is not None)
        self.length.setValue(max(1, round(length / 60)) if length else 0)
        self.length.blockSignals(False)
        for widget in (self.break_title, self.break_title_label):
            widget.setVisible(is_break)
        if is_break and chosen is not None:
            self.break_title.setText(agenda.items[chosen[0]].title)
