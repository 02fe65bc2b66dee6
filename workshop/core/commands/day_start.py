"""The day's own start: when the schedule's clock times begin, if not at the plan's start time."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from workshop.core.commands.base import Command
from workshop.core.session import DayStart, InputError, SessionState


def check_day_start(at: object) -> str:
    """`at` as the session keeps it: an ISO date and time, or "" (the plan's start); InputError if not."""
    if not isinstance(at, str):
        raise InputError("The day's start is a date and time, not {at!r:.40}.", at=at)
    if not at:
        return at
    try:
        # A date alone would read as midnight: the day's start names its time.
        if len(at) < len("2026-12-04T16:25"):
            raise ValueError(at)
        datetime.fromisoformat(at)
    except ValueError:
        raise InputError("The day's start must look like 2026-12-04T16:25, not {at!r:.40}.", at=at) from None
    return at


@dataclass(frozen=True)
class SetDayStart(Command):
    """Start the day at `at` (ISO date and time); "" goes back to the plan's start time.

    The session does this itself when the first timer of the day starts well
    after the planned start (`core.schedule.late_start`), so that ahead and
    behind are measured from when the day really began; undo takes it back.
    """

    at: str

    label = "Move the day's start"

    def apply(self, state: SessionState) -> Command:
        at = check_day_start(self.at)
        before = state.day_start
        if at:
            state.put("day_starts", DayStart(at))
        else:
            state.remove("day_starts", ())
        return SetDayStart(before)
