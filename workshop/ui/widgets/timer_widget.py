"""The big countdown, for the console and the projector alike.

The number always comes from `StepTimer.remaining`; the QTimer only decides
how often it is read (five times a second, while the widget is visible), so
a slow or sleeping machine never makes the clock drift.

When time is up the widget pulses: a ring around the digits swells and fades
three times, once a second. Slow on purpose: flashing more than three times a
second can trigger seizures, and a calm pulse is enough to catch the eye.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import QEasingCurve, QRectF, Qt, QTimer, QVariantAnimation
from PySide6.QtGui import (
    QAccessible,
    QAccessibleAnnouncementEvent,
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from workshop.core.durations import format_clock
from workshop.core.templates import Step
from workshop.core.timer import StepTimer, TimerState
from workshop.ui.shell import hotkeys
from workshop.ui.widgets.theme import CONSOLE, LOW_FRACTION, VERY_LOW_FRACTION, Theme, TimerLevel

REFRESH_MS = 200
PULSE_MS = 3000  # three pulses at 1 Hz: well under the three-flashes-a-second limit
PULSES = 3

TimerSource = Callable[[], StepTimer | None]


def timer_level(timer: StepTimer) -> TimerLevel:
    """The colour cue for how much time is left."""
    if timer.is_overtime:
        return TimerLevel.OVERTIME
    fraction = timer.fraction_left
    if timer.state is not TimerState.IDLE and fraction < VERY_LOW_FRACTION:
        return TimerLevel.VERY_LOW
    if timer.state is not TimerState.IDLE and fraction < LOW_FRACTION:
        return TimerLevel.LOW
    return TimerLevel.NORMAL


class TimerWidget(QWidget):
    """Draws the remaining time as large as its rectangle allows, with a cue and a bar.

    `source` returns the current stop's timer (it changes with the step).
    `show_caption` adds a line under the digits ("Paused", "Overtime",
    "Press Space to start"), meant for the console; the projector keeps it short.
    """

    def __init__(self, source: TimerSource, theme: Theme = CONSOLE, *,
                 console: bool = True, step: Callable[[], Step | None] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timerWidget")
        self.setAccessibleName(self.tr("Step timer"))
        self._source = source
        self._step = step  # the step timed, for the time left in its phase
        self._theme = theme
        self._console = console
        self._text = ""
        self._caption = ""
        self._level = TimerLevel.NORMAL
        self._fraction = 1.0
        # What the timer told a screen reader: each whole minute left, and the end (console only).
        self.announcements: list[str] = []
        self._minutes_said: int | None = None
        self._ticker = QTimer(self)
        self._ticker.setInterval(REFRESH_MS)
        self._ticker.timeout.connect(self.refresh)
        self._pulse = 0.0  # 0..1, the ring's strength right now
        self._pulser = QVariantAnimation(self)
        self._pulser.setStartValue(0.0)
        self._pulser.setEndValue(1.0)
        self._pulser.setDuration(PULSE_MS)
        self._pulser.setEasingCurve(QEasingCurve.Type.Linear)
        self._pulser.valueChanged.connect(self._pulse_step)
        self._pulser.finished.connect(self._pulse_done)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(160, 70)
        self.refresh()

    # -- what a person sees ------------------------------------------------------

    @property
    def text(self) -> str:
        """The digits on screen, e.g. "3:55" or "+0:12"."""
        return self._text

    @property
    def caption(self) -> str:
        return self._caption

    @property
    def level(self) -> TimerLevel:
        return self._level

    @property
    def theme(self) -> Theme:
        return self._theme

    def set_theme(self, theme: Theme) -> None:
        self._theme = theme
        self.update()

    def text_colour(self) -> QColor:
        return QColor(self._theme.timer_colour(self._level))

    def fill_colour(self) -> QColor:
        return QColor(self._theme.timer_fill(self._level))

    # -- updating ----------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the timer now and repaint if anything visible changed."""
        timer = self._source()
        if timer is None:
            shown = ("", "", TimerLevel.NORMAL, 1.0)
        else:
            shown = (format_clock(timer.remaining), self._caption_for(timer),
                     timer_level(timer), timer.fraction_left)
        if shown != (self._text, self._caption, self._level, self._fraction):
            self._text, self._caption, self._level, self._fraction = shown
            self.setAccessibleDescription(f"{self._text} {self._caption}".strip())
            self.update()
        if self._console:
            self._announce_minutes(timer)

    def _announce_minutes(self, timer: StepTimer | None) -> None:
        """Tell a screen reader each whole minute left and the end, politely: never each second."""
        if timer is None or timer.state is not TimerState.RUNNING:
            if timer is None or timer.state is not TimerState.PAUSED:
                self._minutes_said = None  # a new step, or not started: start counting afresh
            return
        minutes = math.ceil(timer.remaining / 60) if timer.remaining > 0 else 0
        if self._minutes_said is None:
            self._minutes_said = minutes  # started (or shown) now: the digits say it already
            return
        if minutes >= self._minutes_said:
            self._minutes_said = minutes  # time added: nothing to say
            return
        self._minutes_said = minutes
        self._announce(self.tr("Time is up") if minutes == 0
                       else self.tr("%n minute(s) left", "", minutes))

    def _announce(self, text: str) -> None:
        self.announcements.append(text)
        event = QAccessibleAnnouncementEvent(self, text)
        event.setPoliteness(QAccessible.AnnouncementPoliteness.Polite)
        QAccessible.updateAccessibility(event)

    def _caption_for(self, timer: StepTimer) -> str:
        if timer.is_overtime:
            return self.tr("Overtime · paused") if timer.state is TimerState.PAUSED else self.tr("Overtime")
        if timer.state is TimerState.PAUSED:
            return self.tr("Paused")
        step = self._step() if self._step is not None else None
        if step is not None and step.phases and timer.state is TimerState.RUNNING:
            index, left = step.phase_at(timer.elapsed)
            if index < len(step.phases) - 1:
                return self.tr("{phase}: {left} left").format(phase=step.phases[index].title,
                                                              left=format_clock(left))
        if timer.state is TimerState.IDLE:
            if not self._console:
                return ""
            # F5 works everywhere; Space types a space while the cursor is in the card entry.
            return self.tr("{key} to start").format(key=hotkeys.shortcut_text(hotkeys.START_PAUSE[-1:]))
        return ""

    def showEvent(self, event: object) -> None:
        self.refresh()
        self._ticker.start()
        super().showEvent(event)  # type: ignore[arg-type]

    def hideEvent(self, event: object) -> None:
        self._ticker.stop()
        self.stop_pulse()
        super().hideEvent(event)  # type: ignore[arg-type]

    def is_ticking(self) -> bool:
        return self._ticker.isActive()

    # -- time is up -----------------------------------------------------------------------

    def pulse(self) -> None:
        """Catch the room's eye: three slow pulses of a ring around the timer."""
        self._pulser.stop()
        self._pulser.start()

    def stop_pulse(self) -> None:
        self._pulser.stop()
        self._pulse_done()

    def is_pulsing(self) -> bool:
        return self._pulser.state() is QVariantAnimation.State.Running

    def _pulse_step(self, progress: object) -> None:
        # 0 -> 1 -> 0 PULSES times, smoothly (a raised cosine, no hard on/off).
        self._pulse = 0.5 - 0.5 * math.cos(2 * math.pi * PULSES * float(progress))  # type: ignore[arg-type]
        self.update()

    def _pulse_done(self) -> None:
        self._pulse = 0.0
        self.update()

    # -- painting --------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(self.rect())
        level = self._level
        if self._theme.timer_fill(level) != self._theme.background:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(self.fill_colour())
            painter.drawRoundedRect(rect, 12, 12)
        bar_height = max(4.0, rect.height() * 0.05)
        caption_height = rect.height() * 0.2 if self._caption else 0.0
        digits_rect = rect.adjusted(8, 4, -8, -(bar_height + caption_height + 8))
        colour = self.text_colour()
        painter.setPen(colour)
        painter.setFont(self._fitted_font(digits_rect))
        painter.drawText(digits_rect, Qt.AlignmentFlag.AlignCenter, self._text)
        if self._caption:
            caption_font = QFont(self.font())
            caption_font.setPixelSize(max(10, int(caption_height * 0.7)))
            caption_font.setWeight(QFont.Weight.DemiBold)
            painter.setFont(caption_font)
            caption_rect = QRectF(rect.left(), digits_rect.bottom(), rect.width(), caption_height)
            painter.drawText(caption_rect, Qt.AlignmentFlag.AlignCenter, self._caption)
        if level is not TimerLevel.OVERTIME:
            track = QRectF(rect.left() + 8, rect.bottom() - bar_height - 2, rect.width() - 16, bar_height)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(self._theme.border))
            painter.drawRoundedRect(track, bar_height / 2, bar_height / 2)
            left = QRectF(track)
            left.setWidth(track.width() * self._fraction)
            painter.setBrush(colour)
            painter.drawRoundedRect(left, bar_height / 2, bar_height / 2)
        if self._pulse > 0:
            ring = QColor(self._theme.pulse)
            ring.setAlphaF(self._pulse)
            width = max(4.0, rect.height() * 0.06)
            painter.setPen(QPen(ring, width))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            half = width / 2
            painter.drawRoundedRect(rect.adjusted(half, half, -half, -half), 12, 12)
        painter.end()

    def _fitted_font(self, rect: QRectF) -> QFont:
        """The largest bold font in which the widest time of this length fits `rect`."""
        font = QFont(self.font())
        font.setWeight(QFont.Weight.Bold)
        # Tabular figures: the digits keep their place as they change.
        font.setFeature(QFont.Tag("tnum"), 1)
        # Measure a string of the same shape with the widest digits, so the
        # size does not jump from second to second.
        sample = "".join("8" if ch.isdigit() else ch for ch in self._text) or "8:88"
        font.setPixelSize(100)
        metrics = QFontMetricsF(font)
        width = max(1.0, metrics.horizontalAdvance(sample))
        height = max(1.0, metrics.capHeight() * 1.35)
        scale = min(rect.width() / width, rect.height() / height)
        font.setPixelSize(max(12, int(100 * scale)))
        return font
