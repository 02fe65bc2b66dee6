"""Ahead or behind: the whole agenda against its planned clock times, on the console.

Two lines above the agenda: how far ahead or behind the day is ("4 min
behind"), and when it will end, with what the remaining steps would need to
lose to end in time. The maths is `core.schedule`; this widget only words it
and refreshes it every second while it is on screen.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFont, QHideEvent, QShowEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from workshop.core.durations import format_minutes
from workshop.core.schedule import Forecast, waiting
from workshop.ui.shell.controller import SessionController

REFRESH_MS = 1000


def _clock(when: datetime) -> str:
    return when.strftime("%H:%M")


def _minutes(seconds: float) -> str:
    # Round up: "behind by 30 s" reads as "1 min", never as "0 min".
    return format_minutes(int(-(-abs(seconds) // 60) * 60))


class ScheduleStatus(QWidget):
    """The drift (bold, coloured) and the end time with the cut needed (muted)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scheduleStatus")
        self._controller: SessionController | None = None
        self.drift_label = QLabel(self)
        self.drift_label.setObjectName("driftLabel")
        self.drift_label.setAccessibleName(self.tr("Ahead or behind the agenda"))
        self.drift_label.setTextFormat(Qt.TextFormat.PlainText)
        font = QFont(self.drift_label.font())
        font.setPixelSize(20)
        font.setWeight(QFont.Weight.Bold)
        self.drift_label.setFont(font)
        self.detail_label = QLabel(self)
        self.detail_label.setObjectName("scheduleDetail")
        self.detail_label.setAccessibleName(self.tr("When the agenda ends, and what to cut"))
        self.detail_label.setProperty("role", "muted")
        self.detail_label.setTextFormat(Qt.TextFormat.PlainText)
        self.detail_label.setWordWrap(True)
        tip = self.tr("Compared with the planned clock times from the day's start (the session's own, else "
                      "the plan's): what is left of this step, plus every step still to come at its planned "
                      "length.")
        for label in (self.drift_label, self.detail_label):
            label.setToolTip(tip)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 4)
        layout.setSpacing(2)
        layout.addWidget(self.drift_label)
        layout.addWidget(self.detail_label)
        self._ticker = QTimer(self)
        self._ticker.setInterval(REFRESH_MS)
        self._ticker.timeout.connect(self.refresh)

    def set_controller(self, controller: SessionController | None) -> None:
        self._controller = controller
        self.refresh()

    @property
    def text(self) -> str:
        return f"{self.drift_label.text()}\n{self.detail_label.text()}".strip()

    def refresh(self) -> None:
        controller = self._controller
        if controller is None:
            self.drift_label.clear()
            self.detail_label.clear()
            return
        result = controller.forecast()
        if waiting(controller.state.events, controller.wall_now(), result.planned_end):
            drift, level, detail = self.describe_waiting(result, controller.state.agenda.total)
        else:
            drift, level, detail = self.describe(result, bool(controller.state.events))
        self.drift_label.setText(drift)
        if self.drift_label.property("level") != level:
            self.drift_label.setProperty("level", level)
            self.drift_label.style().unpolish(self.drift_label)
            self.drift_label.style().polish(self.drift_label)
        self.detail_label.setText(detail)

    def describe_waiting(self, result: Forecast, total: int) -> tuple[str, str, str]:
        """Nothing has run and the planned day is over (set-up, a rehearsal): the plan, no alarm."""
        start = result.planned_end - timedelta(seconds=total)
        detail = self.tr("Planned {start}–{end}").format(start=_clock(start), end=_clock(result.planned_end))
        if result.deadline != result.planned_end:
            detail += " · " + self.tr("room until {deadline}").format(deadline=_clock(result.deadline))
        return self.tr("Not started yet"), "neutral", detail

    def describe(self, result: Forecast, started: bool) -> tuple[str, str, str]:
        """(the drift in words, its level: good / warning / neutral, the detail line)."""
        end = _clock(result.projected_end)
        if result.finished:
            drift = self.tr("Finished at {time}").format(time=end)
            if result.on_time:
                return drift, "good", self.tr("On time")
            how = self.tr("{minutes} late") if result.drift > 0 else self.tr("{minutes} early")
            level = "warning" if result.drift > 0 else "good"
            return drift, level, how.format(minutes=_minutes(result.drift))
        if result.on_time:
            drift, level = ((self.tr("On time"), "good") if started
                            else (self.tr("Not started yet"), "neutral"))
        elif result.drift > 0 and not started:  # the day should have begun: late, not "behind"
            drift, level = (
                self.tr("Not started: {minutes} late").format(minutes=_minutes(result.drift)),
                "warning",
            )
        elif result.drift > 0:
            drift, level = self.tr("{minutes} behind").format(minutes=_minutes(result.drift)), "warning"
        else:
            drift, level = self.tr("{minutes} ahead").format(minutes=_minutes(result.drift)), "good"
        deadline = _clock(result.deadline)
        detail = self.tr("Ends about {end} · planned {planned}").format(
            end=end, planned=_clock(result.planned_end)
        )
        if result.deadline != result.planned_end:
            detail = self.tr("Ends about {end} · room until {deadline}").format(end=end, deadline=deadline)
        if result.cut > 0 and result.can_recover:
            detail += "\n" + self.tr(
                "To end by {deadline}, cut {cut} from the {left} left ({share} %)"
            ).format(
                deadline=deadline,
                cut=_minutes(result.cut),
                left=format_minutes(int(result.remaining)),
                share=max(1, round(result.cut_fraction * 100)),
            )
        elif result.cut > 0:
            detail += "\n" + self.tr("Even skipping every remaining step ends after {deadline}").format(
                deadline=deadline
            )
        return drift, level, detail

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()
        self._ticker.start()

    def hideEvent(self, event: QHideEvent) -> None:
        self._ticker.stop()
        super().hideEvent(event)

    def is_ticking(self) -> bool:
        return self._ticker.isActive()
