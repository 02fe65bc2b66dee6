"""The window's bridge to the session layer: Qt signals for its events, words for its failures.

Everything a session does is `workshop.session.Session`'s (Qt-free: the
command line and the room's phones use it too). This bridge turns the
session's events into signals the widgets connect to, turns `StoreFailed`
into a sentence for the facilitator (emitted through `failed`, so it can be
translated here, at the edge), and gives other threads a way in: work they
`submit` through `owner` is run on the GUI thread, which owns the session,
when a queued signal wakes it.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from workshop.core.agenda import Stop
from workshop.core.commands import AddCard, Command, InputError
from workshop.core.schedule import Forecast, StepRun
from workshop.core.session import Card, SessionState
from workshop.core.timer import Clock, StepTimer
from workshop.core.worded import Worded
from workshop.session import (
    CONSOLE,
    Action,
    Changed,
    Event,
    Saved,
    Session,
    SessionOwner,
    StopChanged,
    StoreFailed,
    TimerChanged,
    local_now,
)
from workshop.ui.language import refusal
from workshop.ui.shell.change_labels import change_label

WallClock = Callable[[], datetime]
T = TypeVar("T")

MINUTE = 60.0
QUEUE_SLICE = 0.006  # seconds of other threads' work per turn of the event loop

__all__ = ["MINUTE", "SessionController", "WallClock", "local_now"]


class SessionController(QObject):
    """An open session, as the window sees it: the service, its signals, and its failures in words."""

    cardAdded = Signal(object)  # Card, after it is committed
    changed = Signal(object)  # a Change to the group's input, after it is committed (do, undo, redo)
    stopChanged = Signal(int)  # index of the new current stop
    timerChanged = Signal()  # started, paused, extended or reset
    undoChanged = Signal()  # what Undo and Redo would do has changed
    saved = Signal()  # after every successful commit
    failed = Signal(str)  # a change could not be saved; the text says why
    _woken = Signal()  # another thread queued work for the session

    def __init__(self, session: Session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.owner = SessionOwner(self._woken.emit)
        # Emitted from any thread; delivered on this one, which owns the session.
        self._woken.connect(self._run_queued, Qt.ConnectionType.QueuedConnection)
        # The rest of a burst, after the paints and timers already due (a zero timer, not
        # another posted event, so the window's own timers always get their turn).
        self._next_slice = QTimer(self)
        self._next_slice.setSingleShot(True)
        self._next_slice.setInterval(0)
        self._next_slice.timeout.connect(self._run_queued)
        self._unsubscribe = session.subscribe(self._hear)

    # -- opening and closing -----------------------------------------------------------

    @classmethod
    def open(cls, path: Path, clock: Clock = time.monotonic, now: WallClock = local_now,
             parent: QObject | None = None, *, read_only: bool = False) -> SessionController:
        """Open a session file; raises `SessionFileError` with a message for a person.

        `SessionInUse` (a `SessionFileError`) when another window or process has
        it open; `read_only=True` then opens a read-only view of it. A file that
        cannot be written opens read-only by itself (`read_only` says why).
        """
        return cls(Session.open(path, clock, now, read_only=read_only), parent)

    @classmethod
    def create(cls, path: Path, state: SessionState, clock: Clock = time.monotonic,
               now: WallClock = local_now, parent: QObject | None = None) -> SessionController:
        """Write a new session file for `state` and open it; never replaces a file."""
        return cls(Session.create(path, state, clock, now), parent)

    def _run_queued(self) -> None:
        # A slice at a time (each change is a commit to disk): a room's burst of cards
        # never holds the window still for longer than about a frame.
        self.owner.run_pending(QUEUE_SLICE)
        if self.owner.has_pending:
            self._next_slice.start()

    @property
    def path(self) -> Path:
        return self.session.path

    @property
    def state(self) -> SessionState:
        """The session as committed (read it; change it by `execute`)."""
        return self.session.state

    @property
    def read_only(self) -> str:
        """Why this session can only be looked at and exported here; "" when it can be changed."""
        return self.session.read_only

    @property
    def timer(self) -> StepTimer:
        return self.session.timer

    def close(self) -> None:
        """Close the file. A running timer stays running in the record, as on the wall."""
        self._next_slice.stop()
        self.owner.run_pending()  # what other threads asked for before the close still happens
        self._unsubscribe()
        self.session.close()

    def _hear(self, event: Event) -> None:
        if isinstance(event, Saved):
            self.saved.emit()
        elif isinstance(event, Changed):
            self.changed.emit(event.change)
            self.undoChanged.emit()
            if isinstance(event.change.command, AddCard):
                card = self.state.card(getattr(event.change.inverse, "card", -1))
                if card is not None:
                    self.cardAdded.emit(card)
        elif isinstance(event, StopChanged):
            self.stopChanged.emit(event.index)
        elif isinstance(event, TimerChanged):
            self.timerChanged.emit()

    # -- drafts: typed, not added yet ---------------------------------------------------

    def draft(self, place: str) -> str:
        """What was left typed in `place` ("card": the card entry) when the file was last open."""
        return self.session.draft(place)

    def save_draft(self, place: str, text: str) -> bool:
        """Keep what is being typed in `place` in the file; False (and said why) if it could not be."""
        return self._try(lambda: self.session.save_draft(place, text)) is not _FAILED

    # -- where we are ------------------------------------------------------------

    @property
    def current_index(self) -> int:
        return self.session.current_index

    @property
    def current_stop(self) -> Stop:
        return self.session.current_stop

    @property
    def has_next(self) -> bool:
        return self.session.has_next

    @property
    def has_previous(self) -> bool:
        return self.session.has_previous

    def wall_now(self) -> datetime:
        """The wall-clock time (the injected one in tests)."""
        return self.session.wall_now()

    def as_run(self) -> list[StepRun]:
        return self.session.as_run()

    def forecast(self) -> Forecast:
        return self.session.forecast()

    # -- the group's input, undo and redo ----------------------------------------------

    def add_card(self, text: str, column: str = "", stop: Stop | None = None) -> Card | None:
        """Commit a card to the current (or given) stop, undoably; None if the store failed.

        Raises `CardTextError` for text that cannot be a card (empty, too long),
        so the entry can say why without anything being written.
        """
        card = self._try(lambda: self.session.add_card(text, column, stop, CONSOLE), refusals=False)
        return None if card is _FAILED else card

    def execute(self, command: Command) -> bool:
        """Commit `command` to the file and its undo history, then tell the windows.

        Raises `InputError` (nothing written) when the session refuses it, with
        words for the facilitator; returns False when the store failed (said
        through `failed`), True when the change is on disk and on screen.
        """
        return self._try(lambda: self.session.execute(command, CONSOLE), refusals=False) is not _FAILED

    def undo(self) -> None:
        self._try(lambda: self.session.undo(CONSOLE))
        self.undoChanged.emit()

    def redo(self) -> None:
        self._try(lambda: self.session.redo(CONSOLE))
        self.undoChanged.emit()

    def undo_text(self) -> str | None:
        """The change Undo would take back ("Add card"), or None."""
        labels = self.session.undo_labels()
        return change_label(labels[0]) if labels else None

    def redo_text(self) -> str | None:
        labels = self.session.redo_labels()
        return change_label(labels[0]) if labels else None

    # -- the timer and the steps ----------------------------------------------------------

    def toggle_timer(self) -> bool:
        """Start, pause or resume the current step's timer; False (said why) if not kept."""
        return self._try(self.session.toggle_timer) is not _FAILED

    def start_timer(self) -> bool:
        return self._try(self.session.start_timer) is not _FAILED

    def pause_timer(self) -> bool:
        return self._try(self.session.pause_timer) is not _FAILED

    def extend_timer(self, seconds: float = MINUTE) -> bool:
        """Add time (negative: take it away), never below nothing left in all."""
        return self._try(lambda: self.session.extend_timer(seconds)) is not _FAILED

    def reset_timer(self) -> bool:
        """Back to the planned time, not started."""
        return self._try(self.session.reset_timer) is not _FAILED

    def next_step(self) -> bool:
        return self.go_to(self.current_index + 1)

    def previous_step(self) -> bool:
        return self.go_to(self.current_index - 1)

    def go_to(self, index: int) -> bool:
        """Make stop `index` current; False when there is none, it is current, or it was not kept."""
        moved = self._try(lambda: self.session.go_to(index))
        return moved is not _FAILED and bool(moved)

    # -- failures, in words -----------------------------------------------------------------

    def _try(self, work: Callable[[], T], *, refusals: bool = True) -> T | object:
        """Run `work`; a store failure is said through `failed` and gives `_FAILED`.

        An `InputError` is the caller's to show where the person typed, unless
        `refusals` (an undo of a change whose card has gone since): then it is
        said here too.
        """
        try:
            return work()
        except StoreFailed as failure:
            self.failed.emit(self._words(failure))
        except InputError as refused:
            if not refusals:
                raise
            why = refusal(refused)
            self.failed.emit(self.tr("Could not undo or redo that change: {reason}").format(reason=why))
            self.undoChanged.emit()
        return _FAILED

    def _words(self, failure: StoreFailed) -> str:
        sentence = {
            Action.CHANGE: self.tr("The change was not saved: {reason}"),
            Action.UNDO: self.tr("The undo was not saved: {reason}"),
            Action.REDO: self.tr("The redo was not saved: {reason}"),
            Action.TIMER: self.tr("The timer change was not saved: {reason}"),
            Action.STEP: self.tr("Could not move to the step: {reason}"),
            Action.DRAFT: self.tr("What you are typing could not be kept in the file: {reason}"),
        }.get(failure.action, self.tr("Not saved: {reason}"))
        cause = failure.__cause__  # the store's own words, which the window can say in its language
        return sentence.format(reason=refusal(cause) if isinstance(cause, Worded) else failure.reason)


_FAILED = object()  # what `_try` gives back when the store failed (None can be a result)
