"""A break on the wall: its name once, a countdown across the middle, and when to be back.

The room reads it from the coffee table, so the countdown takes half the
wall's height; "Back at 10:26" is the time the break's timer ends by the
wall clock (the time it would end if started now, before it is started).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFont, QHideEvent, QShowEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from workshop.core.timer import StepTimer
from workshop.ui.widgets.theme import AUDIENCE, Theme
from workshop.ui.widgets.timer_widget import TimerWidget

TITLE = 0.075  # of the wall's height
COUNTDOWN = 0.42
BACK_AT = 0.06


def back_at(now: datetime, timer: StepTimer) -> datetime | None:
    """When the break ends by the wall clock, to the nearest minute; None once it is over."""
    remaining = timer.remaining
    if remaining <= 0:
        return None
    end = now + timedelta(seconds=remaining)
    return (end + timedelta(seconds=30)).replace(second=0, microsecond=0)


class BreakPanel(QWidget):
    """The break's name, a large countdown centred on the wall, and "Back at 10:26" under it."""

    def __init__(self, timer: Callable[[], StepTimer | None], now: Callable[[], datetime | None],
                 theme: Theme = AUDIENCE, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("breakPanel")
        self._timer, self._now = timer, now
        self.title = self._label("breakTitle")
        self.countdown = TimerWidget(timer, theme, console=False, parent=self)
        self.countdown.setObjectName("breakCountdown")
        self.back = self._label("backAt")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addStretch(1)
        layout.addWidget(self.title)
        layout.addWidget(self.countdown, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.back)
        layout.addStretch(1)
        # The wall clock moves while the timer waits: "Back at" follows it once a second.
        self._ticker = QTimer(self)
        self._ticker.setInterval(1000)
        self._ticker.timeout.connect(self.refresh)

    def _label(self, name: str) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setWordWrap(True)
        return label

    def show_break(self, title: str) -> None:
        self.title.setText(title)
        self.refresh()

    def refresh(self) -> None:
        self.countdown.refresh()
        timer, now = self._timer(), self._now()
        end = back_at(now, timer) if timer is not None and now is not None else None
        self.back.setText(self.tr("Back at {time}").format(time=f"{end:%H:%M}") if end is not None
                          else self.tr("Welcome back"))

    def set_theme(self, theme: Theme) -> None:
        self.countdown.set_theme(theme)

    def set_height(self, height: int, width: int) -> None:
        """Sizes from the wall's height (and its width, which the countdown must fit)."""
        for label, share, weight in ((self.title, TITLE, QFont.Weight.Bold),
                                     (self.back, BACK_AT, QFont.Weight.DemiBold)):
            font = QFont(label.font())
            font.setPixelSize(max(16, round(height * share)))
            font.setWeight(weight)
            label.setFont(font)
        self.countdown.setFixedSize(min(width, round(height * COUNTDOWN * 2.2)), round(height * COUNTDOWN))

    def text(self) -> str:
        return "\n".join((self.title.text(), self.countdown.text, self.back.text()))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()
        self._ticker.start()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self._ticker.stop()
