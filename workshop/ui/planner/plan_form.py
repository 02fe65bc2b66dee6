"""Above the planner's agenda: the plan it starts from, its title, its start and the end of the room."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication, QTime, Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QHBoxLayout, QLineEdit, QTimeEdit, QWidget

from workshop.core.templates import Plan
from workshop.ui.planner.budget_line import clock_after

# `translate("Context", "...")` written out, so pyside6-lupdate finds each string.
translate = QCoreApplication.translate


class PlanForm(QWidget):
    """Start from, the title, the start time and the end of the room; a change is asked for by signal."""

    startFromChosen = Signal(str)  # a library plan's id, "" for an empty agenda
    timesChanged = Signal(str, str)  # the start and the end of the room, "HH:mm"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.start_from = QComboBox(self)
        self.start_from.setObjectName("plannerStartFrom")
        self.start_from.setAccessibleName(translate("PlannerPage", "Start from"))
        self.start_from.setToolTip(
            translate("PlannerPage", "Begin with an empty agenda or a copy of a plan from the library")
        )
        self.start_from.activated.connect(
            lambda _index: self.startFromChosen.emit(self.start_from.currentData() or "")
        )
        self.title = QLineEdit(self)
        self.title.setObjectName("plannerTitle")
        self.title.setAccessibleName(translate("PlannerPage", "Agenda title"))
        self.title.setToolTip(translate("PlannerPage", "The plan's name; its file name is made from it"))
        self.starts_at = self._time_edit(
            "plannerStart",
            translate("PlannerPage", "Starts at"),
            translate("PlannerPage", "When the workshop begins: each clock time counts from it"),
        )
        self.room_until = self._time_edit(
            "plannerEnd",
            translate("PlannerPage", "Room until"),
            translate("PlannerPage", "When the time available ends: the agenda must fit before it"),
        )
        self.starts_at.timeChanged.connect(self._times_changed)
        self.room_until.timeChanged.connect(self._times_changed)

        fields = QFormLayout()
        fields.addRow(translate("PlannerPage", "Start &from"), self.start_from)
        fields.addRow(translate("PlannerPage", "&Title"), self.title)
        times = QFormLayout()
        times.addRow(translate("PlannerPage", "Starts &at"), self.starts_at)
        times.addRow(translate("PlannerPage", "Room &until"), self.room_until)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)  # the page's: the rows inside take it too
        layout.addLayout(fields, 3)
        layout.addSpacing(24)
        layout.addLayout(times, 1)

    def _time_edit(self, name: str, accessible: str, tip: str) -> QTimeEdit:
        edit = QTimeEdit(self)
        edit.setObjectName(name)
        edit.setAccessibleName(accessible)
        edit.setToolTip(tip)
        edit.setDisplayFormat("HH:mm")
        edit.setWrapping(True)
        edit.setMinimumWidth(110)
        return edit

    def _times_changed(self) -> None:
        self.timesChanged.emit(
            self.starts_at.time().toString("HH:mm"), self.room_until.time().toString("HH:mm")
        )

    def show_plans(self, plans: Mapping[str, Plan], current: str) -> None:
        """Offer the empty agenda and `plans` by title; `current`: the id of the plan the draft came from."""
        self.start_from.clear()
        self.start_from.addItem(translate("PlannerPage", "Empty agenda"), "")
        for plan_id, plan in sorted(plans.items(), key=lambda kv: kv[1].title.lower()):
            self.start_from.addItem(plan.title, plan_id)
        self.show_origin(current)

    def show_origin(self, plan_id: str) -> None:
        """Start from names the library's plan the draft came from; any other draft, the empty agenda."""
        self.start_from.setCurrentIndex(max(0, self.start_from.findData(plan_id)))

    def show_times(self, start: str, available: int) -> None:
        """Show a start and the time available from it; nothing is asked for (no `timesChanged`)."""
        for edit, text in ((self.starts_at, start), (self.room_until, clock_after(start, available))):
            edit.blockSignals(True)
            edit.setTime(QTime.fromString(text, "HH:mm"))
            edit.blockSignals(False)
