"""Noticing the moment a step's time runs out.

`TimeUpWatcher` reads the current step's timer five times a second (the
timer itself is computed from the monotonic clock, so a late read is only
late, never wrong) and says `timeUp` once when the remaining time reaches
zero. Opening a session, or going back to a step, that is already past zero
says nothing: only the crossing counts. +1 min after zero arms it again.

A step with phases is watched the same way: `phaseSwitched` says once when
the running timer crosses into the next phase (never on opening a step
mid-phase, nor when a reset takes it back).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from workshop.core.timer import StepTimer, TimerState
from workshop.ui.shell.controller import SessionController
from workshop.ui.widgets.step_header import current_phase

CHECK_MS = 200


class TimeUpWatcher(QObject):
    """Emits `timeUp` when the current step's timer reaches zero."""

    timeUp = Signal()
    phaseSwitched = Signal(int)  # the index of the phase just begun

    def __init__(self, parent: QObject | None = None, interval_ms: int = CHECK_MS) -> None:
        super().__init__(parent)
        self._controller: SessionController | None = None
        self._watched: StepTimer | None = None  # held, so a new step's timer is never mistaken for it
        self._was_up = True
        self._phase: int | None = None
        self._ticker = QTimer(self)
        self._ticker.setInterval(interval_ms)
        self._ticker.timeout.connect(self.check)

    def set_controller(self, controller: SessionController | None) -> None:
        self._controller = controller
        self._watched = None
        if controller is None:
            self._ticker.stop()
        else:
            self._ticker.start()
            self.check()

    def is_watching(self) -> bool:
        return self._ticker.isActive()

    def stop(self) -> None:
        self.set_controller(None)

    def check(self) -> None:
        """Compare with the last reading; emit `timeUp` on crossing zero."""
        controller = self._controller
        if controller is None:
            return
        timer = controller.timer
        up = timer.is_up
        phase = current_phase(controller.current_stop.step, timer)
        if timer is not self._watched:
            # Another step (or a reopened session): take its state as it is.
            self._watched, self._was_up, self._phase = timer, up, phase
            return
        if phase is not None and self._phase is not None and phase > self._phase \
                and timer.state is TimerState.RUNNING:
            self.phaseSwitched.emit(phase)
        self._phase = phase
        if up and not self._was_up:
            self._was_up = True
            self.timeUp.emit()
        elif not up:
            self._was_up = False
