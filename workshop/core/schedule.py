"""The agenda as it ran, and where the day is heading: ahead, behind, what to cut.

Pure arithmetic on the session's timer events and wall-clock times (passed
in; nothing here reads a clock):

- `as_run` folds each stop's events into what really happened: when it
  started, its pauses, the minutes added, when it ended, how far it ran over.
- `forecast` compares the projected end of the day (now, plus what is left
  of the current step, plus every step still to run as planned) with the
  planned end (start time + planned total) and the end of the time available,
  and says how much the remaining steps would have to be cut by.

Planned clock times come from the day's own start when the session has one
(set in the New session dialog or `workshop new --start`, or re-anchored when
the first timer started well after the planned start: `late_start`), else
from the plan's start time on the day the session runs (the day of its first
timer start, or today), so a session created days before the workshop is
measured against the right morning.
"""

from __future__ import annotations

from collections.abc import Sequence
from contextlib import suppress
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta

from workshop.core.agenda import Agenda, clock_minutes
from workshop.core.session import EventKind, StepEvent

ON_TIME = 60.0  # seconds either way that still count as "on time"
# A first timer start later than this after the planned start re-anchors the day to it: a day
# begun in the afternoon is measured from the afternoon, not hours "behind" the plan's morning.
LATE_START = 20 * 60.0


@dataclass(frozen=True)
class Pause:
    """A pause of a step: when it began and when the timer ran again (None: still paused)."""

    at: datetime
    resumed: datetime | None = None

    @property
    def seconds(self) -> float | None:
        return None if self.resumed is None else (self.resumed - self.at).total_seconds()


@dataclass(frozen=True)
class StepRun:
    """One stop of the agenda, planned and as it ran."""

    index: int
    planned: int  # seconds the agenda gave it
    planned_start: datetime | None
    started: datetime | None = None
    ended: datetime | None = None
    elapsed: float = 0.0  # seconds the timer ran (pauses excluded)
    extension: float = 0.0  # seconds added (+1 min) or taken away during the step
    pauses: tuple[Pause, ...] = ()
    running: bool = False

    @property
    def has_run(self) -> bool:
        return self.started is not None

    @property
    def overrun(self) -> float:
        """Seconds the step ran past its planned length (negative: it finished early)."""
        return self.elapsed - self.planned if self.has_run else 0.0

    @property
    def remaining(self) -> float:
        """Seconds of the step still to run, as planned plus what was added (0 once ended)."""
        if self.ended is not None:
            return 0.0
        return max(0.0, self.planned + self.extension - self.elapsed)


def _when(text: str) -> datetime | None:
    return datetime.fromisoformat(text) if text else None


def as_run(agenda: Agenda, events: Sequence[StepEvent], start: datetime | None = None) -> list[StepRun]:
    """Every stop of `agenda` with what its timer events say happened.

    A step that was restarted after an END (the facilitator went back to it)
    keeps its first start and takes its last end; a reset (recorded as an
    extension taken back and a pause with nothing elapsed) leaves it at 0.
    """
    offsets = agenda.stop_offsets()
    by_key: dict[tuple[int, str], list[StepEvent]] = {}
    for event in events:
        by_key.setdefault((event.item, event.step), []).append(event)
    runs = []
    for index, stop in enumerate(agenda.stops):
        planned_start = start + timedelta(seconds=offsets[index]) if start is not None else None
        started = ended = None
        elapsed = extension = 0.0
        running = False
        pauses: list[Pause] = []
        for event in by_key.get(stop.key, ()):
            at = _when(event.at)
            if event.kind == EventKind.START and started is None:
                started = at
            if event.kind in (EventKind.START, EventKind.RESUME):
                running = True
                ended = None
                if pauses and pauses[-1].resumed is None and at is not None:
                    pauses[-1] = Pause(pauses[-1].at, at)
            elif event.kind == EventKind.PAUSE:
                if running and at is not None:
                    pauses.append(Pause(at))
                running = False
            elif event.kind == EventKind.END:
                running = False
                ended = at
            elif event.kind == EventKind.EXTEND:
                extension += event.amount
            elapsed = event.elapsed
        runs.append(StepRun(index, stop.step.duration, planned_start, started, ended, elapsed,
                            extension, tuple(pauses), running))
    return runs


def schedule_start(plan_start: str, events: Sequence[StepEvent], now: datetime,
                   session_date: str = "", day_start: str = "") -> datetime | None:
    """The planned start of the day: its own start, else the plan's start time on the day it runs.

    `day_start` (ISO date and time) is the session's own start; without an
    offset it is in `now`'s zone. Else the plan's start time on the day of
    the first timer start; before one, the session's own date (YYYY-MM-DD),
    else today. None when there is neither: the day is then measured from its
    first timer start (see `forecast`).
    """
    if day_start:
        with suppress(ValueError):  # the session checks it; a bad one falls back to the plan's
            own = datetime.fromisoformat(day_start)
            if own.tzinfo is None:
                return own.replace(tzinfo=now.tzinfo)
            # A clock without a zone is the local one: compare like with like.
            return own if now.tzinfo is not None else own.astimezone().replace(tzinfo=None)
    if not plan_start:
        return None
    first = next((_when(e.at) for e in events if e.kind == EventKind.START and e.at), None)
    day: date = (first or now).date()
    if first is None and session_date:
        with suppress(ValueError):  # a date that is not a day: today, as before
            day = date.fromisoformat(session_date)
    tz = (first or now).tzinfo
    minutes = clock_minutes(plan_start)
    return datetime.combine(day, time(minutes // 60, minutes % 60), tzinfo=tz)


def day_start_on(day: date, clock: str) -> str:
    """The day's own start at `clock` ("16:25") on `day`, as the session keeps it: "2026-11-22T16:25:00".

    Without an offset: it is the time on the wall clock of that day, read in
    the zone of the day itself (see `schedule_start`), so a session made in
    winter for a summer's day keeps its 09:00. ValueError when `clock` is not
    a time of day.
    """
    minutes = clock_minutes(clock)
    return datetime.combine(day, time(minutes // 60, minutes % 60)).isoformat(timespec="seconds")


START_STEP = 5  # minutes: a day started "now" starts at the next multiple of this
NO_PLAN_START = "09:00"  # offered for another day when the plan names no start time


def offered_start(plan_start: str, day: date, now: datetime) -> str:
    """The start time ("HH:MM") to offer for a new session on `day`, made at `now`.

    The plan's start time, unless the session is for today and that time is
    more than `LATE_START` gone (or the plan names none): then `now` rounded
    up to the next five minutes. Within the margin the plan's time stays: a
    day a few minutes late is behind, and says so.
    """
    if day != now.date():
        return plan_start or NO_PLAN_START
    into_day = now.hour * 3600 + now.minute * 60 + now.second + now.microsecond / 1e6
    if plan_start and into_day - clock_minutes(plan_start) * 60 <= LATE_START:
        return plan_start
    minutes = int(-(-into_day // 60))
    minutes = min(-(-minutes // START_STEP) * START_STEP, 24 * 60 - START_STEP)  # never past midnight
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def late_start(planned: datetime | None, events: Sequence[StepEvent], now: datetime) -> datetime | None:
    """Where to re-anchor the day when its first timer starts `now`: `now`, if that is late.

    Only for the first start of the day (no timer has started before) and
    only more than `LATE_START` after the `planned` start: a few minutes late
    is the day running behind, and says so; hours late is a day that began
    later than planned. None: keep the start as it is. `now` is cut to the
    whole minute, as the clock times are shown.
    """
    if planned is None or any(event.kind == EventKind.START for event in events):
        return None
    if (now - planned).total_seconds() <= LATE_START:
        return None
    return now.replace(second=0, microsecond=0)


def waiting(events: Sequence[StepEvent], now: datetime, planned_end: datetime) -> bool:
    """Nothing has run yet and the day's planned end is past: set-up or a rehearsal, not lateness.

    (Before the planned end, a day that should have started is behind, and says so.)
    """
    return not any(event.kind == EventKind.START for event in events) and now >= planned_end


@dataclass(frozen=True)
class Forecast:
    """Where the day is heading, against the plan and the time available."""

    planned_end: datetime
    projected_end: datetime
    deadline: datetime  # the end of the time available, else the planned end
    remaining: float  # seconds of planned work still to run (the current step's rest included)
    finished: bool = False

    @property
    def drift(self) -> float:
        """Seconds behind the planned clock times (negative: ahead)."""
        return (self.projected_end - self.planned_end).total_seconds()

    @property
    def late(self) -> float:
        """Seconds past the deadline the day would end (negative: spare)."""
        return (self.projected_end - self.deadline).total_seconds()

    @property
    def cut(self) -> float:
        """Seconds the remaining steps must lose, in all, to end by the deadline."""
        return max(0.0, self.late)

    @property
    def cut_fraction(self) -> float:
        """The cut as a share of what remains (above 1: cannot be done by cutting alone)."""
        if self.cut == 0:
            return 0.0
        return self.cut / self.remaining if self.remaining > 0 else float("inf")

    @property
    def can_recover(self) -> bool:
        return self.cut <= self.remaining

    @property
    def on_time(self) -> bool:
        return abs(self.drift) < ON_TIME


def forecast(agenda: Agenda, runs: Sequence[StepRun], current: int, now: datetime,
             start: datetime | None, available: int = 0) -> Forecast:
    """Project the end of the day from `now`.

    `runs` come from `as_run`; the UI replaces the current one's `elapsed`
    with the live timer's before calling, so the forecast moves by the
    second. Steps before `current` that never ran were skipped and cost
    nothing; steps after it count what they have left, in full if they have
    not started. Before any step has run, every step counts in full.
    """
    total = agenda.total
    any_started = any(run.has_run for run in runs)
    if start is None:
        first = min((run.started for run in runs if run.started is not None), default=None)
        start = first or now
    # Until a timer has run, moving through the steps is only looking ahead: the whole
    # agenda is still to come, and nothing counts as skipped yet.
    remaining = sum(run.remaining for run in (runs[current:] if any_started else runs))
    last_end = max((run.ended for run in runs if run.ended is not None), default=None)
    # Finished only on the last step once it has ended: paused back on an earlier step, the day goes on.
    finished = bool(runs) and current == len(runs) - 1 and remaining == 0 \
        and runs[current].ended is not None and all(run.ended is not None or not run.has_run for run in runs)
    if finished and last_end is not None:
        projected = last_end
    else:
        # Before anything has started the day cannot be ahead: it begins at its start time.
        anchor = now if any_started else max(now, start)
        projected = anchor + timedelta(seconds=remaining)
    planned_end = start + timedelta(seconds=total)
    deadline = start + timedelta(seconds=available) if available else planned_end
    return Forecast(planned_end, projected, deadline, remaining, finished)


def with_live_elapsed(runs: Sequence[StepRun], current: int, elapsed: float, extension: float,
                      running: bool) -> list[StepRun]:
    """`runs` with the current step's elapsed time and extension read from its live timer."""
    runs = list(runs)
    if 0 <= current < len(runs):
        run = runs[current]
        runs[current] = replace(run, elapsed=elapsed, extension=extension, running=running,
                                ended=None if running else run.ended)
    return runs


