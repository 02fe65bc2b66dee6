"""`workshop serve`: the room's server without the window, for a second laptop, scripts and tests.

The session is opened by a thread of its own (`OwnerThread`), exactly as the
window would hold it; the server hands it every change. Ctrl+C or SIGTERM
stops the server, then closes the session: every change a phone was told
"received" is in the file already.
"""

from __future__ import annotations

import signal
import sys
import threading
from pathlib import Path

from workshop.session import OwnerThread, Session
from workshop.web.addresses import likely_address
from workshop.web.server import RoomServer


def serve(path: Path, address: str | None = None, port: int = 0, step: int | None = None) -> int:
    """Serve `path` to the room's phones until told to stop. Raises `SessionFileError`, `ServerError`."""
    owner_thread = OwnerThread(lambda: Session.open(path))
    session: Session = owner_thread.start()
    server: RoomServer | None = None
    try:
        if step is not None:
            if not 1 <= step <= len(session.state.stops):
                raise ValueError(f"the session has {len(session.state.stops)} steps; there is no step {step}")
            owner_thread.owner.submit(lambda: session.go_to(step - 1)).result()
        # Two busy threads share Python's lock here too (the session's and the server's).
        sys.setswitchinterval(0.0005)
        server = RoomServer(owner_thread.owner, session, address or likely_address(), port)
        server.start()
        print(f"Join: {server.url}", flush=True)
        print(f"Serving {path.name} to the room's phones; Ctrl+C stops.", file=sys.stderr, flush=True)
        _wait_for_a_stop_signal()
    finally:
        if server is not None:
            server.stop()
        owner_thread.stop(session.close)
    print("Stopped; everything the phones sent is in the session file.", file=sys.stderr, flush=True)
    return 0


def _wait_for_a_stop_signal() -> None:
    stop = threading.Event()
    previous = {number: signal.signal(number, lambda *_: stop.set())
                for number in (signal.SIGINT, signal.SIGTERM)}
    try:
        while not stop.wait(0.5):
            pass
    finally:
        for number, handler in previous.items():
            signal.signal(number, handler)
