"""The planner's left side: the library's exercises to add, and what the chosen one is about."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from workshop.core.durations import format_minutes
from workshop.core.templates import ExerciseTemplate

# `translate("Context", "...")` written out, so pyside6-lupdate finds each string.
translate = QCoreApplication.translate

ExerciseRole = Qt.ItemDataRole.UserRole + 1


class ExercisePicker(QWidget):
    """The library's valid exercises by title, the chosen one's summary under them.

    Enter or a double-click on one asks to add it (`addRequested`).
    """

    addRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._exercises: dict[str, ExerciseTemplate] = {}
        self.list = QListWidget(self)
        self.list.setObjectName("plannerExercises")
        self.list.setAccessibleName(translate("PlannerPage", "Exercises in the library"))
        self.list.setToolTip(
            translate("PlannerPage", "Double-click or press Enter to add an exercise after the chosen line")
        )
        self.list.setWordWrap(True)
        self.list.itemActivated.connect(lambda _item: self.addRequested.emit())
        self.summary = QLabel(self)
        self.summary.setObjectName("plannerExerciseSummary")
        self.summary.setProperty("role", "muted")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.list.currentItemChanged.connect(self._show_summary)

        eyebrow = QLabel(translate("PlannerPage", "Exercises"), self)
        eyebrow.setProperty("role", "eyebrow")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(eyebrow)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.summary)

    def show_exercises(self, exercises: Mapping[str, ExerciseTemplate]) -> None:
        """List `exercises` by title, the first one chosen."""
        self._exercises = dict(exercises)
        self.list.clear()
        for template in sorted(exercises.values(), key=lambda t: t.title.lower()):
            item = QListWidgetItem(
                translate("PlannerPage", "{title} · {length}").format(
                    title=template.title, length=format_minutes(template.duration)
                )
            )
            item.setData(ExerciseRole, template.id)
            item.setToolTip(template.summary)
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)

    def chosen_id(self) -> str | None:
        """The id of the exercise chosen in the list; None when the list is empty."""
        item = self.list.currentItem()
        return None if item is None else str(item.data(ExerciseRole))

    def _show_summary(self, current: QListWidgetItem | None, _previous: object = None) -> None:
        template = self._exercises.get(current.data(ExerciseRole)) if current else None
        self.summary.setText(template.summary if template else "")
