"""The planner's line at the top: whether the agenda fits the time the room is booked for, and by how much."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QWidget

from workshop.core.agenda import Agenda, format_clock_minutes
from workshop.core.durations import format_minutes
from workshop.core.templates import Plan

# `translate("Context", "...")` written out, so pyside6-lupdate finds each string.
translate = QCoreApplication.translate


def clock_after(start: str, seconds: int) -> str:
    """The clock time ("HH:mm") `seconds` after `start`."""
    hours, minutes = (int(part) for part in start.split(":"))
    return format_clock_minutes(hours * 60 + minutes + seconds // 60)


def budget_text(agenda: Agenda, plan: Plan) -> tuple[str, str]:
    """What the line says of `agenda` against the plan's time, and its level: neutral, warning or good."""
    if not agenda.items:
        return translate(
            "PlannerPage", "Add exercises from the list on the left: Enter or double-click adds one."
        ), "neutral"
    total = agenda.total
    end = agenda.end_time(plan.start)
    room_end = clock_after(plan.start, plan.available)
    over = agenda.overrun(plan.available)
    if not plan.available:
        return translate("PlannerPage", "{total} planned, {start}–{end}.").format(
            total=format_minutes(total), start=plan.start, end=end
        ), "neutral"
    if over > 0:
        return translate(
            "PlannerPage",
            "Does not fit: {total} planned for the {available} from {start} to "
            "{room_end}, {over} over. Shorten steps or remove something.",
        ).format(
            total=format_minutes(total),
            available=format_minutes(plan.available),
            start=plan.start,
            room_end=room_end,
            over=format_minutes(over),
        ), "warning"
    return translate(
        "PlannerPage", "Fits: {total} planned, {start}–{end}, {spare} to spare before {room_end}."
    ).format(
        total=format_minutes(total), start=plan.start, end=end, spare=format_minutes(-over), room_end=room_end
    ), "good"


class BudgetLine(QLabel):
    """The agenda's total against the time from the start to the end of the room, in a sentence.

    Its `level` property (neutral, warning, good) is what the style sheet colours it by.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("plannerBudget")
        self.setAccessibleName(translate("PlannerPage", "Does the agenda fit"))
        self.setToolTip(
            translate(
                "PlannerPage", "The agenda's total against the time from the start to the end of the room"
            )
        )
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        font = QFont(self.font())
        font.setPixelSize(20)
        self.setFont(font)

    def show_agenda(self, agenda: Agenda, plan: Plan) -> None:
        self.say(*budget_text(agenda, plan))

    def say(self, text: str, level: str) -> None:
        self.setText(text)
        self.setProperty("level", level)
        # The style sheet picks the colour by `level`: polish again to apply it.
        self.style().unpolish(self)
        self.style().polish(self)
