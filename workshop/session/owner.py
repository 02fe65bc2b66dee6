"""Work from other threads, done on the thread that owns the session.

SQLite's connection, and so the session, belongs to the thread that opened
it. The room's phones are served from another thread; they do not touch the
session, they `submit` a function to its owner and wait on the returned
future (as git-cola's command bus queues work to the thread that owns the
data). The owner runs what is queued when it is woken: in the app, the
window's bridge wakes the GUI thread through a queued signal; without a
window, `OwnerThread` is a thread of its own that does.
"""

from __future__ import annotations

import queue
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future
from typing import Any, TypeVar

T = TypeVar("T")


class SessionOwner:
    """The one thread-safe entry to a session: `submit(work)` from anywhere, a future back."""

    def __init__(self, wake: Callable[[], None] | None = None) -> None:
        self._queue: queue.SimpleQueue[tuple[Callable[[], Any], Future[Any]]] = queue.SimpleQueue()
        self._wake = wake or (lambda: None)
        self._thread = threading.get_ident()
        # One wake-up per batch, not one per piece of work: a room's burst must not
        # flood the owner's event queue with wake-ups it has already answered.
        self._woken = False
        self._woken_lock = threading.Lock()

    @property
    def on_owner_thread(self) -> bool:
        return threading.get_ident() == self._thread

    def adopt(self) -> None:
        """The calling thread owns the session from now on (the thread that opened it)."""
        self._thread = threading.get_ident()

    def submit(self, work: Callable[[], T]) -> Future[T]:
        """Run `work` on the owning thread; its result (or exception) comes back in the future.

        From the owning thread itself it runs at once: waiting on the future
        there would wait forever.
        """
        future: Future[T] = Future()
        if self.on_owner_thread:
            _run(work, future)
            return future
        self._queue.put((work, future))
        with self._woken_lock:
            wake, self._woken = not self._woken, True
        if wake:
            self._wake()
        return future

    def run_pending(self, budget: float | None = None) -> int:
        """On the owning thread: run what is queued; how many ran.

        With a `budget` (seconds), stop once it is spent and leave the rest
        queued: a window runs a room's burst of changes in slices, painting
        and ticking its timer in between (`has_pending` says to come back).
        """
        with self._woken_lock:
            self._woken = False  # work queued from now on wakes the owner again
        done = 0
        deadline = None if budget is None else time.perf_counter() + budget
        while deadline is None or time.perf_counter() < deadline or done == 0:
            try:
                work, future = self._queue.get_nowait()
            except queue.Empty:
                return done
            _run(work, future)
            done += 1
        return done

    @property
    def has_pending(self) -> bool:
        return not self._queue.empty()

    @property
    def pending(self) -> int:
        """About how much work waits (for a server to say "busy" rather than queue without end)."""
        return self._queue.qsize()


def _run(work: Callable[[], Any], future: Future[Any]) -> None:
    if not future.set_running_or_notify_cancel():
        return
    try:
        future.set_result(work())
    except BaseException as error:  # the caller's to handle, on its own thread
        future.set_exception(error)


class OwnerThread:
    """A thread that owns a session when there is no window: it opens it and serves the queue."""

    def __init__(self, open_session: Callable[[], Any]) -> None:
        self._woken = threading.Event()
        self._stopping = False
        self.owner = SessionOwner(self._woken.set)
        self._ready: Future[Any] = Future()
        self._thread = threading.Thread(target=self._serve, args=(open_session,), name="session-owner",
                                        daemon=True)

    def start(self) -> Any:
        """Start the thread; returns the opened session once it is open (or raises why not)."""
        self._thread.start()
        return self._ready.result()

    def stop(self, close: Callable[[], None] | None = None) -> None:
        """Run `close` on the owning thread (if given), then end it."""
        if close is not None:
            self.owner.submit(close).result()
        self._stopping = True
        self._woken.set()
        self._thread.join()

    def _serve(self, open_session: Callable[[], Any]) -> None:
        self.owner.adopt()
        try:
            self._ready.set_result(open_session())
        except BaseException as error:
            self._ready.set_exception(error)
            return
        while not self._stopping:
            self._woken.wait()
            self._woken.clear()
            self.owner.run_pending()
        self.owner.run_pending()
