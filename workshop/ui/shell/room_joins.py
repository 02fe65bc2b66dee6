"""Room joins in the window: the phones' server for the open session, and the facilitator's say over it.

The server (`workshop.web.RoomServer`) runs on a thread of its own and
reaches the session only through the controller's owner, so everything it
commits arrives on the console and the wall by the same signals as a key
press. This object starts and stops it with the session, turns what it
reports from its thread into a queued signal, and gives the window the
facilitator's controls: lock joining, a new join code, holding a step's
cards, sending a phone away.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Qt, Signal

from workshop.core.phones import Phone
from workshop.session import StoreFailed
from workshop.session.room import Room, shown_token
from workshop.session.service import Event, PhonesChanged
from workshop.ui.shell.controller import SessionController
from workshop.web.addresses import candidates, likely_address
from workshop.web.server import RoomServer, ServerError

# While the server's thread is busy with the room, the window's thread waits for Python's
# lock each time it comes back from Qt (every tile it paints): at the default 5 ms a
# board's paint could wait 100 ms and more. Half a millisecond keeps the wall smooth
# (benchmarks/phones.py: the longest stall 161 -> 96 ms with 300 phones).
SWITCH_INTERVAL = 0.0005


class RoomJoins(QObject):
    """Whether the room may join from their phones, and where."""

    changed = Signal()  # started, stopped, a phone joined or left, the code changed
    failed = Signal(str)  # the server could not start, or a setting could not be saved
    _connected = Signal(int)  # from the server's thread: phones with the page open

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._controller: SessionController | None = None
        self._server: RoomServer | None = None
        self._unsubscribe = None
        self.address = ""  # the facilitator's choice; "" for the likely one
        self.connected = 0
        self._switch_interval = sys.getswitchinterval()
        self._connected.connect(self._set_connected, Qt.ConnectionType.QueuedConnection)

    # -- the session ------------------------------------------------------------------------

    def set_controller(self, controller: SessionController | None) -> None:
        """Follow another session (or none): joins stop with the session they were for."""
        self.stop()
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None
        self._controller = controller
        if controller is not None:
            self._unsubscribe = controller.session.subscribe(self._heard)
        self.changed.emit()

    @property
    def available(self) -> bool:
        """A session that can take phones is open (not read-only)."""
        return self._controller is not None and not self._controller.read_only

    @property
    def running(self) -> bool:
        return self._server is not None

    @property
    def room(self) -> Room | None:
        return Room(self._controller.session) if self._controller is not None else None

    # -- on and off --------------------------------------------------------------------------

    def start(self) -> bool:
        """Let the room join: start the server on the chosen (or likely) address."""
        if self._server is not None or self._controller is None:
            return self._server is not None
        server = RoomServer(self._controller.owner, self._controller.session,
                            self.address or likely_address(), 0, on_phones=self._connected.emit)
        try:
            server.start()
        except (ServerError, StoreFailed) as error:
            self.failed.emit(self.tr("Phones cannot join: %1").replace("%1", str(error)))
            return False
        self._server = server
        self._switch_interval = sys.getswitchinterval()
        sys.setswitchinterval(min(self._switch_interval, SWITCH_INTERVAL))
        self.changed.emit()
        return True

    def stop(self) -> None:
        if self._server is not None:
            server, self._server = self._server, None
            server.stop()
            sys.setswitchinterval(self._switch_interval)
            self.connected = 0
            self.changed.emit()

    def set_running(self, running: bool) -> None:
        if running:
            self.start()
        else:
            self.stop()

    def addresses(self) -> list[str]:
        """Where phones might reach this laptop, the likely one first."""
        return candidates() or ["127.0.0.1"]

    def use_address(self, address: str) -> None:
        """Serve on `address` from now on (restarting the server if it runs)."""
        self.address = address
        if self._server is not None:
            self.stop()
            self.start()

    # -- what the wall and the console show ------------------------------------------------------

    # The code is read from the session (its file), not from the server's copy: a listener
    # told of a new code may run before the server's own listener has taken it.
    @property
    def url(self) -> str:
        room = self.room
        if self._server is None or room is None:
            return ""
        return f"http://{self._server.short_url}/j/{room.token()}/"

    @property
    def short_address(self) -> str:
        return self._server.short_url if self._server is not None else ""

    @property
    def code(self) -> str:
        room = self.room
        return shown_token(room.token()) if self._server is not None and room is not None else ""

    def phones(self) -> list[Phone]:
        room = self.room
        return room.phones() if room is not None else []

    # -- the facilitator's say -----------------------------------------------------------------------

    @property
    def locked(self) -> bool:
        room = self.room
        return room.locked if room is not None else False

    def set_locked(self, locked: bool) -> None:
        self._guarded(lambda room: room.set_locked(locked))

    def new_code(self) -> None:
        """A new join code: every phone must scan again."""
        self._guarded(lambda room: room.rotate_token())

    def remove(self, device: str) -> None:
        self._guarded(lambda room: room.remove(device))

    def holds(self) -> bool:
        room, controller = self.room, self._controller
        return room is not None and controller is not None and room.holds(controller.current_stop)

    def set_hold(self, hold: bool) -> None:
        controller = self._controller
        if controller is not None:
            self._guarded(lambda room: room.set_hold(controller.current_stop, hold))

    def _guarded(self, change) -> None:  # type: ignore[no-untyped-def]
        room = self.room
        if room is None:
            return
        try:
            change(room)
        except StoreFailed as error:
            self.failed.emit(self.tr("The room's setting could not be saved: %1").replace("%1", error.reason))

    # -- heard ---------------------------------------------------------------------------------------

    def _heard(self, event: Event) -> None:
        if isinstance(event, PhonesChanged):
            self.changed.emit()

    def _set_connected(self, count: int) -> None:
        if count != self.connected:
            self.connected = count
            self.changed.emit()
