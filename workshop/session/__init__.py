"""The session layer: the one door, without Qt, through which the window, the command line and
the room's phones open, change and follow a session (see `service` and `owner`)."""

from workshop.session.owner import OwnerThread, SessionOwner
from workshop.session.service import (
    Action,
    Change,
    Changed,
    Event,
    How,
    Saved,
    Session,
    StopChanged,
    StoreFailed,
    TimerChanged,
    local_now,
    snapshot,
    write_new,
)
from workshop.store.session_file import CONSOLE, SessionFileError, SessionInUse

# The store's errors and origin, for the edges (ui, cli, web): they never import the store.
__all__ = ["CONSOLE", "Action", "Change", "Changed", "Event", "How", "OwnerThread", "Saved", "Session",
           "SessionFileError", "SessionInUse", "SessionOwner", "StopChanged", "StoreFailed",
           "TimerChanged", "local_now", "snapshot", "write_new"]
