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
)

__all__ = ["Action", "Change", "Changed", "Event", "How", "OwnerThread", "Saved", "Session",
           "SessionOwner", "StopChanged", "StoreFailed", "TimerChanged", "local_now"]
