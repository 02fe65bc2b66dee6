"""The one door through which anything changes an open session: no Qt, one owning thread.

`Session` holds the open `SessionFile` (and so the `SessionState`), the
current step's `StepTimer` and the list of listeners. Every change is
committed to the file first; only then does the state change and do the
listeners hear of it, so no screen (and no phone) ever shows a change that
is not on disk. The window, the command line and the room's phones all come
through here: the same commands, the same undo history (the file's own, so
it survives closing the app), the same events.

Failures come back typed, never as words: `InputError` when the session
refuses a change (its message is for the person who typed it), and
`StoreFailed` when the disk or the file lets the change down, naming what
was being done (`Action`). The edge (the window, the command line) turns
those into sentences, where they can be translated.

A session belongs to one thread, the one that opened it (SQLite's connection
does). Other threads use `SessionOwner.submit`; a call from elsewhere raises.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from workshop.core.agenda import Stop
from workshop.core.commands import AddCard, Command, SetDayStart
from workshop.core.schedule import (
    Forecast,
    StepRun,
    as_run,
    forecast,
    late_start,
    schedule_start,
    with_live_elapsed,
)
from workshop.core.session import Card, EventKind, SessionState, StepEvent, seconds_between
from workshop.core.timer import Clock, StepTimer, TimerState
from workshop.store.phones import PhoneBook
from workshop.store.session_file import CONSOLE, Applied, SessionFile, SessionFileError

WallClock = Callable[[], datetime]
MINUTE = 60.0


def local_now() -> datetime:
    """The wall-clock time, with the local offset, for the as-run record."""
    return datetime.now().astimezone()


class How:
    """Why a change is being applied: made now, or walked back / forward in the history."""

    DO = "do"
    UNDO = "undo"
    REDO = "redo"


class Action:
    """What was being done when the store failed (the edge words it)."""

    CHANGE = "change"
    UNDO = "undo"
    REDO = "redo"
    TIMER = "timer"
    STEP = "step"
    DRAFT = "draft"


class StoreFailed(Exception):
    """The file did not take a change; `action` says which kind, `reason` why (from the store)."""

    def __init__(self, action: str, reason: str) -> None:
        super().__init__(f"{action}: {reason}")
        self.action = action
        self.reason = reason


@dataclass(frozen=True)
class Change:
    """A change to the group's input, committed to the file and in `Session.state`.

    `command` is what was applied (for an undo, the inverse of the change
    undone); `tables` the lists of the state it wrote, as the store says, so
    a view can skip changes that are none of its business; `how` is do, undo
    or redo; `inverse` what would take it back (names a deleted card, say);
    `label` the change as the person made it ("Add card"), also when undone;
    `origin` where it came from ("console", "import", "phone:...").
    `before` names each row written, `(table, key)`, with what it held before
    (None: new); empty when not known, and a view then reads its tables again.
    """

    command: Command
    tables: frozenset[str]
    how: str = How.DO
    inverse: Command | None = None
    label: str = ""
    origin: str = CONSOLE
    before: Mapping[tuple[str, tuple[Any, ...]], Any] = field(default_factory=dict, compare=False)

    @classmethod
    def of(cls, applied: Applied, how: str) -> Change:
        return cls(applied.command, applied.tables, how, applied.inverse, applied.label, applied.origin,
                   applied.before)


# What the listeners hear, after each committed change.
@dataclass(frozen=True)
class Changed:
    change: Change


@dataclass(frozen=True)
class StopChanged:
    index: int


@dataclass(frozen=True)
class TimerChanged:
    pass


@dataclass(frozen=True)
class PhonesChanged:
    """A phone joined or was sent away, or the join code changed."""


@dataclass(frozen=True)
class Saved:
    """Something reached the file (a change, a timer event, a step move)."""


Event = Changed | StopChanged | TimerChanged | PhonesChanged | Saved
Listener = Callable[[Event], None]


def write_new(path: Path, state: SessionState) -> Path:
    """Write a new session file holding `state` (never over a file); `SessionFileError` if it cannot be."""
    SessionFile.create(path, state).close()
    return path


def snapshot(path: Path) -> SessionState:
    """The session a file holds now, read without changing it (open elsewhere, read-only, older)."""
    return SessionFile.snapshot(path)


class Session:
    """An open session: its file, its state, the current step's timer, and who listens."""

    def __init__(self, session_file: SessionFile, clock: Clock = time.monotonic,
                 now: WallClock = local_now) -> None:
        self._file = session_file
        self._clock = clock
        self._now = now
        self._listeners: list[Listener] = []
        self._thread = threading.get_ident()
        self.timer = self._timer_for(self.state.current_stop, resume_running=True)

    # -- opening and closing ---------------------------------------------------------

    @classmethod
    def open(cls, path: Path, clock: Clock = time.monotonic, now: WallClock = local_now, *,
             read_only: bool = False) -> Session:
        """Open a session file; `SessionFileError` (with `SessionInUse`) when it cannot be."""
        session_file = SessionFile.open(path, read_only=read_only)
        try:
            return cls(session_file, clock, now)
        except BaseException:
            session_file.close()
            raise

    @classmethod
    def create(cls, path: Path, state: SessionState, clock: Clock = time.monotonic,
               now: WallClock = local_now) -> Session:
        """Write a new session file for `state` and open it; never replaces a file."""
        session_file = SessionFile.create(path, state)
        try:
            return cls(session_file, clock, now)
        except BaseException:
            session_file.close()
            raise

    @property
    def path(self) -> Path:
        return self._file.path

    @property
    def state(self) -> SessionState:
        """The session as committed: the file's own state (read it; change it through here)."""
        return self._file.state

    @property
    def phone_book(self) -> PhoneBook:
        """The file's record of the room's phones; `session.room.Room` is its door."""
        return self._file.phones

    @property
    def read_only(self) -> str:
        """Why this session can only be looked at and exported; "" when it can be changed."""
        return self._file.read_only

    def close(self) -> None:
        """Close the file. A running timer stays running in the record, as on the wall."""
        self._check_thread()
        self._listeners.clear()
        self._file.close()

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        """Call `listener` with each event from now on; returns the call that stops it."""
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener) if listener in self._listeners else None

    def tell(self, event: Event) -> None:
        """Tell the listeners (the room's door tells them of phones)."""
        self._tell(event)

    def _tell(self, event: Event) -> None:
        for listener in list(self._listeners):
            listener(event)

    def _check_thread(self) -> None:
        if threading.get_ident() != self._thread:
            raise RuntimeError("a session is used only by the thread that opened it; "
                               "other threads go through SessionOwner.submit")

    # -- the group's input, undo and redo ------------------------------------------------

    def execute(self, command: Command, origin: str = CONSOLE, receipt: str = "") -> Change:
        """Commit `command` to the file and its undo history, then tell the listeners.

        Raises `InputError` (nothing written) when the session refuses it and
        `StoreFailed` when the file did not take it. A `receipt` is kept with
        the change, in its transaction (see `Room.submit`).
        """
        self._check_thread()
        try:
            applied = self._file.do(command, origin, receipt)
        except SessionFileError as error:
            raise StoreFailed(Action.CHANGE, error.message) from error
        return self._changed(Change.of(applied, How.DO))

    def undo(self, origin: str = CONSOLE) -> Change | None:
        """Take back the newest change (None: nothing to undo). `InputError` if it no longer can be."""
        return self._walk(How.UNDO, origin)

    def redo(self, origin: str = CONSOLE) -> Change | None:
        """Make the newest undone change again (None: nothing to redo)."""
        return self._walk(How.REDO, origin)

    def undo_labels(self) -> list[str]:
        """The changes undo would take back, newest first (they survive closing the app)."""
        return self._file.history("undo")

    def redo_labels(self) -> list[str]:
        return self._file.history("redo")

    def add_card(self, text: str, column: str = "", stop: Stop | None = None,
                 origin: str = CONSOLE) -> Card:
        """Commit a card to the current (or given) stop's board; `CardTextError` if it cannot be one."""
        stop = stop or self.current_stop
        change = self.execute(AddCard(*stop.input_key, text, column), origin)
        card = self.state.card(getattr(change.inverse, "card", -1))
        assert card is not None, "an added card is on the board"
        return card

    def _walk(self, how: str, origin: str) -> Change | None:
        self._check_thread()
        try:
            applied = self._file.undo(origin) if how == How.UNDO else self._file.redo(origin)
        except SessionFileError as error:
            raise StoreFailed(Action.UNDO if how == How.UNDO else Action.REDO, error.message) from error
        return self._changed(Change.of(applied, how)) if applied is not None else None

    def _changed(self, change: Change) -> Change:
        self._tell(Saved())
        self._tell(Changed(change))
        return change

    # -- drafts: typed, not added yet ----------------------------------------------------

    def draft(self, place: str) -> str:
        """What was left typed in `place` ("card": the card entry) when the file was last open."""
        try:
            return self._file.drafts().get(place, "")
        except SessionFileError:
            return ""

    def save_draft(self, place: str, text: str) -> None:
        """Keep what is being typed in `place` in the file; `StoreFailed` if it could not be."""
        self._check_thread()
        if self.read_only and not text.strip():
            return  # nothing typed, nothing to keep
        try:
            self._file.save_draft(place, text)
        except SessionFileError as error:
            raise StoreFailed(Action.DRAFT, error.message) from error

    # -- where we are ---------------------------------------------------------------------

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

    def next_step(self) -> bool:
        return self.go_to(self.current_index + 1)

    def previous_step(self) -> bool:
        return self.go_to(self.current_index - 1)

    def go_to(self, index: int) -> bool:
        """Make stop `index` current: end the step that ran, keep it, restore the new timer.

        False when there is no such stop or it is current already; `StoreFailed`
        when the file did not take the move.
        """
        self._check_thread()
        if not 0 <= index < len(self.state.stops) or index == self.current_index:
            return False
        if not self.read_only and self._needs_end():
            self._record(EventKind.END, self.timer.elapsed)
        try:
            self._file.set_current(index)
        except SessionFileError as error:
            raise StoreFailed(Action.STEP, error.message) from error
        self.timer = self._timer_for(self.state.current_stop, resume_running=False)
        if not self.read_only:
            self._tell(Saved())
        self._tell(StopChanged(index))
        return True

    # -- the day as it runs ------------------------------------------------------------------

    def wall_now(self) -> datetime:
        """The wall-clock time (the injected one in tests)."""
        return self._now()

    def as_run(self) -> list[StepRun]:
        """Every stop as planned and as it ran, the current one read from its live timer."""
        state = self.state
        start = schedule_start(state.plan.start, state.events, self._now(), state.header.date,
                               state.day_start)
        runs = as_run(state.agenda, state.events, start)
        timer = self.timer
        return with_live_elapsed(runs, self.current_index, timer.elapsed, timer.extension,
                                 timer.state is TimerState.RUNNING)

    def forecast(self) -> Forecast:
        """Ahead or behind the planned clock times, and what to cut to end in time."""
        state = self.state
        now = self._now()
        start = schedule_start(state.plan.start, state.events, now, state.header.date, state.day_start)
        return forecast(state.agenda, self.as_run(), self.current_index, now, start, state.plan.available)

    # -- the timer -------------------------------------------------------------------------

    def toggle_timer(self) -> None:
        """Start, pause or resume the current step's timer."""
        if self.timer.state is TimerState.RUNNING:
            self.pause_timer()
        else:
            self.start_timer()

    def start_timer(self) -> None:
        if self.timer.state is TimerState.RUNNING:
            return
        kind = EventKind.START if self.timer.state is TimerState.IDLE else EventKind.RESUME
        state, now = self.state, self._now()
        # The day's first start, long after its planned start: the day begins now (one undoable change).
        # Planned as the day will be once this start is recorded: the plan's time today, not on the
        # session's date (a session made for Monday and run on Tuesday is Tuesday's).
        anchor = late_start(schedule_start(state.plan.start, state.events, now, "", state.day_start),
                            state.events, now)
        self._record(kind, self.timer.elapsed)
        self.timer.start()
        self._tell(TimerChanged())
        if anchor is not None:
            self.execute(SetDayStart(anchor.isoformat(timespec="seconds")))

    def pause_timer(self) -> None:
        if self.timer.state is not TimerState.RUNNING:
            return
        self._record(EventKind.PAUSE, self.timer.elapsed)
        self.timer.pause()
        self._tell(TimerChanged())

    def extend_timer(self, seconds: float = MINUTE) -> None:
        """Add time (negative: take it away), never below nothing left in all."""
        amount = max(-self.timer.duration, seconds)
        if amount == 0:
            return
        self._record(EventKind.EXTEND, self.timer.elapsed, amount)
        self.timer.extend(amount)
        self._tell(TimerChanged())

    def reset_timer(self) -> None:
        """Back to the planned time, not started.

        The file has no "reset" event, so a reset is recorded as what it means
        for the as-run record: the extension taken back, then a pause with
        nothing elapsed.
        """
        if self.timer.state is TimerState.IDLE and self.timer.extension == 0:
            return
        if self.timer.extension:
            self._record(EventKind.EXTEND, self.timer.elapsed, -self.timer.extension)
        self._record(EventKind.PAUSE, 0.0)
        self.timer.reset()
        self._tell(TimerChanged())

    # -- inside ------------------------------------------------------------------------------

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

    def _record(self, kind: str, elapsed: float, amount: float = 0.0) -> None:
        self._check_thread()
        item, step = self.current_stop.key
        event = StepEvent(item, step, kind, self._now_iso(), round(elapsed, 3), amount)
        try:
            self._file.record_event(event)
        except SessionFileError as error:
            raise StoreFailed(Action.TIMER, error.message) from error
        self._tell(Saved())

    def _now_iso(self) -> str:
        return self._now().isoformat(timespec="milliseconds")
