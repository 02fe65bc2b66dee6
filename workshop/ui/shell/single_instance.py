"""One Workshop window per user: a second start hands its file to the running app and ends.

A double-click on a session file starts `workshop day.workshop`. If the app
is already open, that second process connects to it through a local socket
(QLocalServer: a Unix socket, a named pipe on Windows), sends the file as one
JSON line, waits for "ok" and exits; the running window comes to the front
and opens the file. A facilitator who double-clicks the session already on
screen just sees it. (Two writers of one file are refused anyway, by the
session's own lock: this is about one window per user.)

Who is the app is settled under a lock file in the user's config folder
(`QLockFile`, QtCore: nothing to import before the window is painted):

- a start takes the lock (waiting up to `LOCK_TIMEOUT_MS`, then it starts a
  window of its own that does not listen: a stuck lock never stops the app);
- no socket: it is the app; it keeps the lock until it listens, which is
  just after its window's first paint (or `LISTEN_FALLBACK_MS`), so QtNetwork
  is loaded after the window is on screen and a start in that gap waits;
- a socket that answers: the file is handed over, this start ends;
- a socket nobody answers (an app that was killed): removed, and taken over;
- a socket that accepts but does not answer (an app busy or hung): it is
  alive, so its name is left alone; this start opens a window of its own.

The app stops listening as its window starts closing (Qt removes the socket
file), so a start from then on becomes the app rather than handing its file
to a window on its way out. On Windows a named pipe has no file to look at,
so every start there asks (and loads QtNetwork before its window).

Why not `listen()` first and see whether it fails: with
`QLocalServer.SocketOption.UserAccessOption` Qt binds in a temporary folder
and renames over the name, so `listen` succeeds even where a live app owns
the name (two launches both became the app, and the first to close deleted
the other's socket); and listening before the window costs QtNetwork's import
at cold start. The lock settles it without either.

The socket's name is derived from the user and the user's config folder, so
two users of one machine, and tests with folders of their own, never reach
each other's app. On Unix it lives in `$XDG_RUNTIME_DIR` (the user's own,
mode 0700) or else in a folder of the user's own, 0700, in the temporary
folder: a name in /tmp itself could be taken first by another local user.
A socket or folder owned by anyone else is never used, connected to or
removed.
"""

from __future__ import annotations

import json
import os
import stat
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Literal, NamedTuple

from PySide6.QtCore import QCoreApplication, QEvent, QLockFile, QObject, QTimer, Signal

from workshop.paths import user_config_dir

if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalServer, QLocalSocket
    from PySide6.QtWidgets import QWidget

LOCK_TIMEOUT_MS = 10_000  # the app holds the lock only until it listens: a second or two
CONNECT_MS = 1_000  # a live app's socket accepts at once (the kernel does); a dead one refuses at once
REPLY_MS = 5_000  # the running app may be busy for a moment (reading the library, a paint)
LISTEN_FALLBACK_MS = 2_000  # listen even if the window is never painted (started minimised)
IDLE_MS = 3_000  # a connection without a whole line by then is not a start of this app
MAX_MESSAGE = 64 * 1024  # one path, \u-escaped; anything longer is not ours
MAX_CONNECTIONS = 8  # starts come one at a time (the lock); more at once are not ours
LOCK_NAME = "instance.lock"

Found = Literal["free", "ours", "foreign"]
Answer = Literal["taken", "dead", "busy"]


class Request(NamedTuple):  # not a dataclass: making one costs about 0.6 ms at start
    """What a later start asks of the running app: open `path`, or (None) just come to the front."""

    path: Path | None


def instance_key() -> str:
    """16 hex digits naming this user's app for this config folder."""
    if hasattr(os, "getuid"):
        user = str(os.getuid())
    else:  # Windows: no uid; the account name (getpass is imported only here)
        import getpass

        user = getpass.getuser()
    text = f"{user}\0{user_config_dir()}".encode("utf-8", "surrogatepass")
    # FNV-1a, 64 bits: a name, not a secret (the folder is private), and hashlib would load
    # OpenSSL (about 4 ms) before the window is painted.
    value = 0xCBF29CE484222325
    for byte in text:
        value = ((value ^ byte) * 0x100000001B3) & 0xFFFFFFFFFFFFFFFF
    return f"{value:016x}"


def socket_address() -> str | None:
    """Where the app listens: a full path on Unix, a pipe name on Windows; None if nowhere safe."""
    if os.name == "nt":
        return f"workshop-facilitator-{instance_key()}"
    folder = _private_folder()
    return None if folder is None else str(folder / f"workshop-{instance_key()}.sock")


def _private_folder() -> Path | None:
    """$XDG_RUNTIME_DIR, or a folder of this user's own in the temporary folder; only if 0700 and ours."""
    runtime = os.environ.get("XDG_RUNTIME_DIR", "")
    if runtime and os.path.isabs(runtime) and _is_private(Path(runtime)):
        return Path(runtime)
    import tempfile  # loaded already in the app; named here so nothing else pays for it

    folder = Path(tempfile.gettempdir()) / f"workshop-{os.getuid()}"
    try:
        folder.mkdir(mode=0o700)
    except FileExistsError:
        pass  # made by an earlier start, or by someone else: _is_private tells
    except OSError:
        return None
    return folder if _is_private(folder) else None


def _is_private(folder: Path) -> bool:
    """A real folder (not a link), owned by this user, that nobody else may enter or write."""
    try:
        info = os.lstat(folder)
    except OSError:
        return False
    return stat.S_ISDIR(info.st_mode) and info.st_uid == os.getuid() and not info.st_mode & 0o077


def probe(address: str, uid: int | None = None) -> Found:
    """Is there a socket at `address`, and is it this user's (`uid`, default ours)?"""
    if os.name == "nt":
        return "ours"  # a named pipe has no file to look at: the connection tells
    try:
        info = os.lstat(address)
    except FileNotFoundError:
        return "free"
    except OSError:
        return "foreign"
    return "ours" if info.st_uid == (os.getuid() if uid is None else uid) else "foreign"


def encode_request(path: Path | None) -> bytes:
    """The line a start sends: the absolute path (made in the folder it was started from)."""
    target = None if path is None else os.path.abspath(path)
    # ensure_ascii: a file name that is not UTF-8 travels as \udcXX escapes and comes back whole.
    return json.dumps({"open": target}, ensure_ascii=True).encode("ascii") + b"\n"


def parse_request(line: bytes) -> Request | None:
    """The request in `line`, or None when it is not one this app sends (then it is ignored)."""
    try:
        message = json.loads(line.decode("ascii"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        return None
    if not isinstance(message, dict) or set(message) != {"open"}:
        return None
    target = message["open"]
    if target is None:
        return Request(None)
    # Relative to what? The running app's folder is not the sender's. And a NUL ends a path early.
    if not isinstance(target, str) or "\0" in target or not os.path.isabs(target):
        return None
    try:
        os.fsencode(target)  # a lone surrogate no file system can name
    except UnicodeEncodeError:
        return None
    return Request(Path(target))


def send_request(address: str, path: Path | None) -> Answer:
    """Hand `path` to the app at `address`: "taken", "dead" (nobody there) or "busy" (no answer)."""
    from PySide6.QtNetwork import QLocalSocket

    socket = QLocalSocket()
    socket.connectToServer(address)
    if not socket.waitForConnected(CONNECT_MS):
        gone = (QLocalSocket.LocalSocketError.ConnectionRefusedError,
                QLocalSocket.LocalSocketError.ServerNotFoundError)
        return "dead" if socket.error() in gone else "busy"
    socket.write(encode_request(path))
    deadline = time.monotonic() + REPLY_MS / 1000
    socket.waitForBytesWritten(REPLY_MS)
    reply = b""
    while b"\n" not in reply and len(reply) < 16:
        left = int((deadline - time.monotonic()) * 1000)
        if left <= 0 or not socket.waitForReadyRead(left):
            break
        reply += bytes(socket.readAll().data())
    socket.abort()
    return "taken" if reply.partition(b"\n")[0] == b"ok" else "busy"


def handed_off_line(path: Path | None) -> str:
    """What a start that handed its file over prints before it ends."""
    said = f"{Path(path).name} is opened there." if path is not None else "it is in front."
    return f"Workshop is already open: {said}"


class SingleInstance(QObject):
    """This start's part: hand off to the app already open (`begin`), or be the app (`serve`).

    `openRequested(path or None)` is emitted for each later start handed to this one.
    """

    openRequested = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._lock: QLockFile | None = None
        self._address: str | None = None  # set while this start owns the name
        self._server: QLocalServer | None = None
        self._window: QWidget | None = None
        self._listen_queued = False
        # Each connection and what it has sent so far (None: answered, waiting for it to close).
        self._peers: dict[QLocalSocket, bytes | None] = {}

    @property
    def address(self) -> str | None:
        return self._address

    @property
    def claimed(self) -> bool:
        """This start owns the name: it listens (or will, once its window is painted)."""
        return self._address is not None

    @property
    def listening(self) -> bool:
        return self._server is not None and self._server.isListening()

    def begin(self, path: Path | None, *, hand_off: bool = True) -> bool:
        """Give `path` to the app already open and return True (this start is done), or claim the name.

        False: this start builds its window. It owns the name (and holds the lock
        until `listen`), unless the name could not be had: no private folder for
        the socket, someone else's socket, a lock not freed in time, an app that
        is there but does not answer. Then its window simply does not listen.
        With `hand_off` False (smoke runs) nothing is sent: a free name is claimed,
        a taken one left alone.
        """
        address = socket_address()
        lock = self._take_lock() if address is not None else None
        if address is None or lock is None:
            return False
        found = probe(address)
        if found == "foreign" or (found == "ours" and not hand_off):
            lock.unlock()
            return False
        if found == "ours":
            answer = send_request(address, path)
            if answer != "dead":
                lock.unlock()
                if answer == "busy":
                    print("Workshop is open but does not answer: starting another window.", file=sys.stderr)
                return answer == "taken"
            # Left by an app that was killed: nobody answers on it. Under the lock, nobody else
            # is deciding the same right now, so removing it cannot remove a live app's socket.
            from PySide6.QtNetwork import QLocalServer

            QLocalServer.removeServer(address)
        self._lock, self._address = lock, address
        return False

    def serve(self, window: QWidget, deliver: Callable[[Path | None], object]) -> None:
        """Listen once `window` is painted (or after `LISTEN_FALLBACK_MS`); stop when it starts closing.

        Each start handed over is given to `deliver`.
        """
        self.openRequested.connect(deliver)
        if self._address is None:
            return
        self._window = window
        window.installEventFilter(self)
        QTimer.singleShot(LISTEN_FALLBACK_MS, self, self.listen)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.close)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window:
            kind = event.type()
            if kind == QEvent.Type.Paint and not self._listen_queued:
                # From the event loop, once this paint is done: the window is on screen first.
                self._listen_queued = True
                QTimer.singleShot(0, self, self.listen)
            elif kind == QEvent.Type.Close:
                # Before the window's own close handler: a start from now on becomes the app,
                # rather than handing its file to a window on its way out.
                self.close()
        return False

    def listen(self) -> bool:
        """Own the name (QtNetwork is loaded now), then let waiting starts in; True if listening."""
        if self._server is None and self._address is not None:
            from PySide6.QtNetwork import QLocalServer

            server = QLocalServer(self)
            if os.name == "nt":
                # A pipe's access list: this user only. (On Unix the folder is private already, and
                # this option makes Qt bind elsewhere and rename over the name: see the module.)
                server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
            server.newConnection.connect(self._accept)
            if server.listen(self._address):
                self._server = server
            else:
                print(f"Workshop: later starts will open windows of their own ({server.errorString()}).",
                      file=sys.stderr)
                self._address = None
                server.deleteLater()
        self._release()
        return self.listening

    def close(self) -> None:
        """Stop answering and give up the name (Qt removes the socket file); safe to call again."""
        self._address = None  # a listen still to come (the fallback timer) does nothing
        if self._window is not None:
            self._window.removeEventFilter(self)
            self._window = None
        if self._server is not None:
            self._server.close()
            self._server.deleteLater()
            self._server = None
        for socket in list(self._peers):
            self._drop(socket)
        self._release()

    def _take_lock(self) -> QLockFile | None:
        folder = user_config_dir()
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError:
            return None
        lock = QLockFile(str(folder / LOCK_NAME))
        # Never stale by age: a slow start keeps it longer than Qt's 30 s default would allow.
        # A lock of a process that died is still stale (Qt checks the process).
        lock.setStaleLockTime(0)
        return lock if lock.tryLock(LOCK_TIMEOUT_MS) else None

    def _release(self) -> None:
        if self._lock is not None:
            self._lock.unlock()
            self._lock = None

    def _accept(self) -> None:
        assert self._server is not None
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            if len(self._peers) >= MAX_CONNECTIONS:
                socket.abort()
                socket.deleteLater()
                continue
            self._peers[socket] = b""
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(lambda s=socket: self._drop(s))
            # A connection that never sends is not a start of this app; not let to linger.
            QTimer.singleShot(IDLE_MS, socket, lambda s=socket: self._drop(s))

    def _read(self, socket: QLocalSocket) -> None:
        data = self._peers.get(socket)
        if data is None:  # answered already (or dropped): anything more is not ours
            self._drop(socket)
            return
        data += bytes(socket.readAll().data())
        line, newline, _rest = data.partition(b"\n")
        if not newline:
            if len(data) > MAX_MESSAGE:
                self._drop(socket)  # never read without end
            else:
                self._peers[socket] = data
            return
        request = parse_request(line) if len(line) <= MAX_MESSAGE else None
        if request is None:
            self._drop(socket)  # not ours: no answer, no traceback
            return
        self._peers[socket] = None
        socket.write(b"ok\n")
        socket.disconnectFromServer()  # after "ok" is written
        # Delivered from the event loop, after this handler: opening a session may ask in a dialog.
        QTimer.singleShot(0, self, lambda: self.openRequested.emit(request.path))

    def _drop(self, socket: QLocalSocket) -> None:
        if socket not in self._peers:
            return
        del self._peers[socket]
        socket.abort()
        socket.deleteLater()
