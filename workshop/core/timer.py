"""The step timer: remaining time always computed from a monotonic clock.

Nothing here counts ticks. A display may refresh ten times a second or once a
minute; `remaining` is the same, because it is derived from the clock readings
at start, pause and resume. The clock is injected, so tests drive it by hand.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from enum import StrEnum

Clock = Callable[[], float]


class TimerState(StrEnum):
    IDLE = "idle"
    RUNNING = "running"
    PAUSED = "paused"


class StepTimer:
    """A countdown for one step that can pause, be extended and run into overtime."""

    def __init__(self, duration: float, clock: Clock = time.monotonic) -> None:
        self._clock = clock
        self.planned = float(duration)
        self.extension = 0.0
        self._banked = 0.0  # elapsed seconds before the current run
        self._running_since: float | None = None
        self._started = False

    @property
    def state(self) -> TimerState:
        if self._running_since is not None:
            return TimerState.RUNNING
        return TimerState.PAUSED if self._started else TimerState.IDLE

    @property
    def duration(self) -> float:
        return max(0.0, self.planned + self.extension)

    @property
    def elapsed(self) -> float:
        if self._running_since is None:
            return self._banked
        return self._banked + max(0.0, self._clock() - self._running_since)

    @property
    def remaining(self) -> float:
        """Seconds left; negative once in overtime."""
        return self.duration - self.elapsed

    @property
    def is_overtime(self) -> bool:
        return self._started and self.remaining < 0

    @property
    def overtime(self) -> float:
        """Seconds past zero (0 while time is left)."""
        return max(0.0, -self.remaining) if self._started else 0.0

    @property
    def is_up(self) -> bool:
        """Started and nothing left: the moment the room should be told."""
        return self._started and self.remaining <= 0

    @property
    def fraction_left(self) -> float:
        """From 1.0 at the start to 0.0 at zero (never below)."""
        if self.duration <= 0:
            return 0.0
        return max(0.0, min(1.0, self.remaining / self.duration))

    def start(self) -> None:
        """Start, or resume after a pause. Starting a running timer changes nothing."""
        if self._running_since is None:
            self._running_since = self._clock()
            self._started = True

    resume = start

    def pause(self) -> None:
        if self._running_since is not None:
            self._banked = self.elapsed
            self._running_since = None

    def extend(self, seconds: float) -> None:
        """Add (or with a negative number, take away) time; never below zero in all."""
        self.extension = max(-self.planned, self.extension + seconds)

    def reset(self) -> None:
        self.extension = 0.0
        self._banked = 0.0
        self._running_since = None
        self._started = False

    def restore(self, elapsed: float, extension: float, running: bool) -> None:
        """Put the timer back as a session file recorded it."""
        self.reset()
        self.extension = extension
        self._banked = max(0.0, elapsed)
        self._started = running or elapsed > 0
        if running:
            self._running_since = self._clock()
