"""One writer per session file: a lock that dies with the process holding it.

Two windows or two processes writing one file each keep their own copy of
the session and write whole rows from it, so one silently undoes the other.
The writer therefore holds an exclusive lock on a small file beside the
session (`.day.workshop.lock`), taken with the operating system's own file
locks (flock on Unix, msvcrt on Windows). The kernel releases such a lock when
the process ends however it ends, so a killed app never leaves a session
locked; the file left behind is harmless and is reused.

The lock file also says who holds it (process, machine, since when), so the
second opener can say so in words. It is not the session file itself: SQLite
takes its own POSIX locks on that, and on network file systems flock is
emulated with the same kind of lock, which would then collide with SQLite's.

Readers need no lock: an export or a read-only view reads a consistent
snapshot (`SessionFile.snapshot`) while the writer goes on.
"""

from __future__ import annotations

import contextlib
import json
import os
import socket
import sys
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from workshop.core.worded import Phrase, said


@dataclass(frozen=True)
class LockHolder:
    """Who has a session open for writing, as far as the lock file says."""

    pid: int = 0
    host: str = ""
    since: str = ""  # ISO time with offset
    app: str = ""

    @property
    def on_this_machine(self) -> bool:
        return not self.host or self.host == socket.gethostname()

    def describe(self) -> Phrase:
        """"open in Workshop on this machine since 10:42", or on another machine by name."""
        where = said("on this machine") if self.on_this_machine else said("on {host}", host=self.host)
        try:
            opened = datetime.fromisoformat(self.since)
        except ValueError:
            return said("open in Workshop {where}", where=where)
        today = datetime.now(opened.tzinfo).date()
        when = f"{opened:%H:%M}" if opened.date() == today else f"{opened:%Y-%m-%d %H:%M}"
        return said("open in Workshop {where} since {when}", where=where, when=when)


class SessionLocked(Exception):
    """The session is open for writing elsewhere; `holder` says where."""

    def __init__(self, path: Path, holder: LockHolder) -> None:
        super().__init__(f"{path}: {holder.describe()}")
        self.path = path
        self.holder = holder


def lock_path(session: Path) -> Path:
    return session.with_name(f".{session.name}.lock")


class SessionLock:
    """An exclusive lock on one session file, held until `release()` or the process ends."""

    def __init__(self, session: Path, handle: int, holder: LockHolder) -> None:
        self.session = session
        self.path = lock_path(session)
        self.holder = holder
        self._handle: int | None = handle

    @classmethod
    def acquire(cls, session: Path, since: str | None = None) -> SessionLock:
        """Take the lock, or raise `SessionLocked` naming the holder (OSError when it cannot be made)."""
        session = Path(session)
        path = lock_path(session)
        while True:
            handle = os.open(path, os.O_RDWR | os.O_CREAT, 0o666)
            if not _try_lock(handle):
                holder = _read_holder(handle)
                os.close(handle)
                raise SessionLocked(session, holder)
            # The previous holder may have removed the file between our open
            # and our lock: then we hold a lock on a name nobody sees. Retry.
            try:
                same = os.path.samestat(os.fstat(handle), os.stat(path))
            except FileNotFoundError:
                same = False
            if same:
                break
            os.close(handle)
        holder = LockHolder(os.getpid(), socket.gethostname(),
                            since or datetime.now().astimezone().isoformat(timespec="seconds"),
                            _app_name())
        _write_holder(handle, holder)
        return cls(session, handle, holder)

    @property
    def held(self) -> bool:
        return self._handle is not None

    def release(self) -> None:
        """Give the lock up and remove the lock file; harmless when already released."""
        if self._handle is None:
            return
        handle, self._handle = self._handle, None
        # Removed while still locked, so nobody can lock the old file in between;
        # an opener that raced us notices the name has gone and retries.
        with contextlib.suppress(OSError):
            os.unlink(self.path)
        os.close(handle)  # closing the descriptor releases the lock


def holder_of(session: Path) -> LockHolder | None:
    """Who holds the lock on `session`, or None when nobody does (a stale file is nobody)."""
    path = lock_path(Path(session))
    try:
        handle = os.open(path, os.O_RDWR)
    except OSError:
        return None
    try:
        if _try_lock(handle):
            _unlock(handle)
            return None
        return _read_holder(handle)
    finally:
        os.close(handle)


def _app_name() -> str:
    from workshop import __version__

    return f"Workshop {__version__}"


def _read_holder(handle: int) -> LockHolder:
    try:
        os.lseek(handle, _WORDS_AT, os.SEEK_SET)
        data = json.loads(os.read(handle, 4096).decode("utf-8"))
        return LockHolder(int(data["pid"]), str(data["host"]), str(data["since"]), str(data["app"]))
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return LockHolder()


def _write_holder(handle: int, holder: LockHolder) -> None:
    text = json.dumps({"pid": holder.pid, "host": holder.host, "since": holder.since,
                       "app": holder.app}).encode("utf-8")
    with contextlib.suppress(OSError):
        os.ftruncate(handle, _WORDS_AT)
        os.lseek(handle, _WORDS_AT, os.SEEK_SET)
        os.write(handle, text)


# On Windows the lock covers the first byte, which nobody else may read while it
# is held; the holder's words start after it there.
_WORDS_AT = 1 if sys.platform == "win32" else 0


if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _try_lock(handle: int) -> bool:
        os.lseek(handle, 0, os.SEEK_SET)
        try:
            msvcrt.locking(handle, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(handle: int) -> None:
        os.lseek(handle, 0, os.SEEK_SET)
        with contextlib.suppress(OSError):
            msvcrt.locking(handle, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(handle: int) -> bool:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _unlock(handle: int) -> None:
        fcntl.flock(handle, fcntl.LOCK_UN)
