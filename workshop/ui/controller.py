"""The one door through which the windows change a session.

`SessionController` holds the open `SessionFile`, the `SessionState` loaded
from it and the `StepTimer` of the current stop. Each change is committed to
the file first; only then is the state updated and a signal sent, so a window
never shows a card or a timer action that is not on disk. A failure of the
store (disk full, file gone, locked) is reported through `failed` with words
for the facilitator, and nothing changes on screen.

The group's input (cards, clusters, votes, ratings, statements, answers,
actions) changes through `execute(command)`: the core command is committed by
`SessionFile.apply`, pushed on the session's undo stack (`history`), and then
announced by `changed`, which the input panels of the console and the room
follow. Undo and redo walk the same door. The state is the session file's
own (`SessionFile.state`), never a copy of it.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from workshop.core.agenda import Stop
from workshop.core.commands import AddCard, Command
from workshop.core.schedule import Forecast, StepRun, as_run, forecast, schedule_start, with_live_elapsed
from workshop.core.session import (
    Card,
    EventKind,
    SessionState,
    StepEvent,
    seconds_between,
)
from workshop.core.timer import Clock, StepTimer, TimerState
from workshop.store.session_file import SessionFile, SessionFileError
from workshop.ui.inputs.door import Change, tables_touched
from workshop.ui.undo import How, UndoHistory

WallClock = Callable[[], datetime]

# What the store raises when the disk or the file lets it down.
STORE_ERRORS = (sqlite3.Error, OSError, SessionFileError)

MINUTE = 60.0


def local_now() -> datetime:
    """The wall-clock time, with the local offset, for the as-run record."""
    return datetime.now().astimezone()


class SessionController(QObject):
    """An open session: its file, its state and the current stop's timer."""

    cardAdded = Signal(object)  # Card, after it is committed
    changed = Signal(object)  # a Change to the group's input, after it is committed (do, undo, redo)
    stopChanged = Signal(int)  # index of the new current stop
    timerChanged = Signal()  # started, paused, extended or reset
    saved = Signal()  # after every successful commit
    failed = Signal(str)  # a change could not be saved; the text says why

    def __init__(self, session_file: SessionFile, clock: Clock = time.monotonic,
                 now: WallClock = local_now, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._file = session_file
        self._clock = clock
        self._now = now
        # Undo reaches across steps; it lives as long as the session is open.
        self.history = UndoHistory(self._apply, self)
        self.history.refused.connect(self._undo_refused)
        self.timer = self._timer_for(self.state.current_stop, resume_running=True)

    # -- opening and closing ---------------------------------------------------

    @classmethod
    def open(cls, path: Path, clock: Clock = time.monotonic, now: WallClock = local_now,
             parent: QObject | None = None, *, read_only: bool = False) -> SessionController:
        """Open a session file; raises `SessionFileError` with a message for a person.

        `SessionInUse` (a `SessionFileError`) when another window or process has
        it open; `read_only=True` then opens a read-only view of it. A file that
        cannot be written opens read-only by itself (`read_only` says why).
        """
        session_file = SessionFile.open(path, read_only=read_only)
        try:
            return cls(session_file, clock, now, parent)
        except BaseException:
            session_file.close()
            raise

    @classmethod
    def create(cls, path: Path, state: SessionState, clock: Clock = time.monotonic,
               now: WallClock = local_now, parent: QObject | None = None) -> SessionController:
        """Write a new session file for `state` and open it; never replaces a file."""
        session_file = SessionFile.create(path, state)
        try:
            return cls(session_file, clock, now, parent)
        except BaseException:
            session_file.close()
            raise

    @property
    def path(self) -> Path:
        return self._file.path

    @property
    def state(self) -> SessionState:
        """The session as committed: the file's own state (read it; change it by `execute`)."""
        return self._file.state

    @property
    def read_only(self) -> str:
        """Why this session can only be looked at and exported here; "" when it can be changed."""
        return self._file.read_only

    def close(self) -> None:
        """Close the file. A running timer stays running in the record, as on the wall."""
        self._file.close()

    # -- drafts: typed, not added yet ---------------------------------------------------

    def draft(self, place: str) -> str:
        """What was left typed in `place` ("card": the card entry) when the file was last open."""
        try:
            return self._file.drafts().get(place, "")
        except STORE_ERRORS:
            return ""

    def save_draft(self, place: str, text: str) -> bool:
        """Keep what is being typed in `place` in the file; False (and said why) if it could not be."""
        if self.read_only and not text.strip():
            return True  # nothing typed, nothing to keep: a read-only view never says otherwise
        try:
            self._file.save_draft(place, text)
        except STORE_ERRORS as error:
            self._fail(self.tr("What you are typing could not be kept in the file: {reason}").format(
                reason=_reason(error)))
            return False
        return True

    # -- where we are ------------------------------------------------------------

    @property
    def current_index(self) -> int:
        return max(0, min(self.state.current, len(self.state.stops) - 1))

    @property
    def current_stop(self) -> Stop:
        return self.state.current_stop

    @property
    def has_next(self) -> bool:
        return self.current_index < len(self.state.stops) - 1

    @property
    def has_previous(self) -> bool:
        return self.current_index > 0

    def cards_of(self, stop: Stop) -> list[Card]:
        return self.state.cards_for(stop.item.index, stop.step.key)

    # -- the day as it runs ------------------------------------------------------

    def wall_now(self) -> datetime:
        """The wall-clock time (the injected one in tests)."""
        return self._now()

    def as_run(self) -> list[StepRun]:
        """Every stop as planned and as it ran, the current one read from its live timer."""
        state = self.state
        start = schedule_start(state.plan.start, state.events, self._now(), state.header.date)
        runs = as_run(state.agenda, state.events, start)
        timer = self.timer
        return with_live_elapsed(runs, self.current_index, timer.elapsed, timer.extension,
                                 timer.state is TimerState.RUNNING)

    def forecast(self) -> Forecast:
        """Ahead or behind the planned clock times, and what to cut to end in time."""
        state = self.state
        now = self._now()
        start = schedule_start(state.plan.start, state.events, now, state.header.date)
        return forecast(state.agenda, self.as_run(), self.current_index, now, start, state.plan.available)

    # -- cards ---------------------------------------------------------------------

    def add_card(self, text: str, column: str = "", stop: Stop | None = None) -> Card | None:
        """Commit a card to the current (or given) stop, undoably; None if the store failed.

        Raises `CardTextError` for text that cannot be a card (empty, too long),
        so the entry can say why without anything being written.
        """
        stop = stop or self.current_stop
        card_id = self.state.next_id("cards")
        if not self.execute(AddCard(*stop.input_key, text, column)):
            return None
        return self.state.card(card_id)

    # -- the group's input, undo and redo ----------------------------------------------

    def execute(self, command: Command) -> bool:
        """Commit `command` to the file, put it on the undo stack, then tell the windows.

        Raises `InputError` (nothing written) when the session refuses it, with
        words for the facilitator; returns False when the store failed (said
        through `failed`), True when the change is on disk and on screen.
        """
        return self.history.do(command)

    def undo(self) -> None:
        self.history.undo()

    def redo(self) -> None:
        self.history.redo()

    def _apply(self, command: Command, how: str, label: str = "") -> Command | None:
        """The one place the group's input changes: the file first, then the screens."""
        try:
            inverse = self._file.apply(command)
        except STORE_ERRORS as error:
            what = {How.UNDO: self.tr("The undo was not saved: {reason}"),
                    How.REDO: self.tr("The redo was not saved: {reason}")}.get(
                how, self.tr("The change was not saved: {reason}"))
            self._fail(what.format(reason=_reason(error)))
            return None
        self.saved.emit()
        self.changed.emit(Change(command, tables_touched(command), how, inverse, label or str(command.label)))
        if isinstance(command, AddCard):
            card = self.state.card(getattr(inverse, "card", -1))
            if card is not None:
                self.cardAdded.emit(card)
        return inverse

    def _undo_refused(self, reason: str) -> None:
        self._fail(self.tr("Could not undo or redo that change: {reason}").format(reason=reason))

    # -- the timer ----------------------------------------------------------------

    def toggle_timer(self) -> bool:
        """Start, pause or resume the current step's timer."""
        if self.timer.state is TimerState.RUNNING:
            return self.pause_timer()
        return self.start_timer()

    def start_timer(self) -> bool:
        if self.timer.state is TimerState.RUNNING:
            return True
        kind = EventKind.START if self.timer.state is TimerState.IDLE else EventKind.RESUME
        if not self._record(kind, self.timer.elapsed):
            return False
        self.timer.start()
        self.timerChanged.emit()
        return True

    def pause_timer(self) -> bool:
        if self.timer.state is not TimerState.RUNNING:
            return True
        elapsed = self.timer.elapsed
        if not self._record(EventKind.PAUSE, elapsed):
            return False
        self.timer.pause()
        self.timerChanged.emit()
        return True

    def extend_timer(self, seconds: float = MINUTE) -> bool:
        """Add time (negative: take it away), never below nothing left in all."""
        amount = max(-self.timer.duration, seconds)
        if amount == 0:
            return True
        if not self._record(EventKind.EXTEND, self.timer.elapsed, amount):
            return False
        self.timer.extend(amount)
        self.timerChanged.emit()
        return True

    def reset_timer(self) -> bool:
        """Back to the planned time, not started.

        The file has no "reset" event, so a reset is recorded as what it
        means for the as-run record: the extension taken back, then a pause
        with nothing elapsed (see the report for the API change asked for).
        """
        if self.timer.state is TimerState.IDLE and self.timer.extension == 0:
            return True
        if self.timer.extension and not self._record(
                EventKind.EXTEND, self.timer.elapsed, -self.timer.extension):
            return False
        if not self._record(EventKind.PAUSE, 0.0):
            return False
        self.timer.reset()
        self.timerChanged.emit()
        return True

    # -- moving through the agenda -------------------------------------------------

    def next_step(self) -> bool:
        return self.go_to(self.current_index + 1)

    def previous_step(self) -> bool:
        return self.go_to(self.current_index - 1)

    def go_to(self, index: int) -> bool:
        """Make stop `index` current: end the step that ran, persist, restore the new timer."""
        if not 0 <= index < len(self.state.stops) or index == self.current_index:
            return False
        if not self.read_only and self._needs_end() and not self._record(EventKind.END, self.timer.elapsed):
            return False
        try:
            self._file.set_current(index)
        except STORE_ERRORS as error:
            self._fail(self.tr("Could not move to the step: {reason}").format(reason=_reason(error)))
            return False
        self.timer = self._timer_for(self.state.current_stop, resume_running=False)
        if not self.read_only:
            self.saved.emit()
        self.stopChanged.emit(index)
        return True

    # -- inside ---------------------------------------------------------------------

    def _needs_end(self) -> bool:
        if self.timer.state is TimerState.IDLE:
            return False
        last = self._last_event(self.current_stop)
        return last is None or last.kind != EventKind.END

    def _last_event(self, stop: Stop) -> StepEvent | None:
        item, step = stop.key
        return next((event for event in reversed(self.state.events)
                     if event.item == item and event.step == step), None)

    def _timer_for(self, stop: Stop, resume_running: bool) -> StepTimer:
        """The stop's timer as its record left it.

        On opening a file, a step that was running when the app closed keeps
        running, with the wall time that passed added. A step revisited later
        in the same session shows how long it ran, paused.
        """
        timer = StepTimer(stop.step.duration, self._clock)
        record = self.state.record_for(*stop.key)
        if not record.has_run:
            return timer
        elapsed = record.elapsed
        running = record.running and resume_running
        if running:
            last = self._last_event(stop)
            if last is not None:
                elapsed += max(0.0, seconds_between(last.at, self._now_iso()))
        timer.restore(elapsed, record.extension, running)
        return timer

    def _record(self, kind: str, elapsed: float, amount: float = 0.0) -> bool:
        item, step = self.current_stop.key
        event = StepEvent(item, step, kind, self._now_iso(), round(elapsed, 3), amount)
        try:
            self._file.record_event(event)
        except STORE_ERRORS as error:
            self._fail(self.tr("The timer change was not saved: {reason}").format(reason=_reason(error)))
            return False
        self.saved.emit()
        return True

    def _now_iso(self) -> str:
        return self._now().isoformat(timespec="milliseconds")

    def _fail(self, message: str) -> None:
        self.failed.emit(message)


def _reason(error: BaseException) -> str:
    if isinstance(error, SessionFileError):
        return error.message
    if isinstance(error, OSError) and error.strerror:
        return error.strerror
    return str(error) or type(error).__name__
