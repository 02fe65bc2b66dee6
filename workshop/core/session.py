"""A workshop session in memory: header, agenda, cards, the as-run record.

The store loads a `SessionState` from the session file and writes each change
before the state (and so the screen) shows it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime

from workshop.core.agenda import Agenda, Stop, build_agenda
from workshop.core.templates import ExerciseTemplate, Plan

MAX_CARD_LENGTH = 10_000


@dataclass(frozen=True)
class SessionHeader:
    """What the cover of the PDF says about the workshop."""

    title: str
    organisation: str = ""
    facilitator: str = ""
    date: str = ""  # ISO date, "2026-11-22"
    participants: tuple[str, ...] = ()


class CardTextError(ValueError):
    """Text that cannot become a card; the message says why, for the entry line."""


def clean_card_text(text: str) -> str:
    """The text a card keeps: trailing space trimmed, nothing else touched.

    Raises `CardTextError` for an empty card or one longer than `MAX_CARD_LENGTH`.
    """
    cleaned = text.strip()
    if not cleaned:
        raise CardTextError("A card needs some text: type an idea, then press Enter.")
    if len(cleaned) > MAX_CARD_LENGTH:
        raise CardTextError(
            f"A card holds at most {MAX_CARD_LENGTH:,} characters; this one has {len(cleaned):,}."
        )
    return cleaned


@dataclass(frozen=True)
class Card:
    """One idea the group said, typed by the facilitator."""

    id: int
    item: int
    step: str
    text: str
    column: str = ""
    created_at: str = ""


class EventKind:
    """What happened to a step's timer; the as-run agenda is built from these."""

    START = "start"
    PAUSE = "pause"
    RESUME = "resume"
    EXTEND = "extend"
    END = "end"
    ALL = (START, PAUSE, RESUME, EXTEND, END)


@dataclass(frozen=True)
class StepEvent:
    """A timer event of one step, with the wall time and the timer's elapsed seconds."""

    item: int
    step: str
    kind: str
    at: str  # ISO wall-clock time
    elapsed: float = 0.0
    amount: float = 0.0  # seconds added by EXTEND


@dataclass(frozen=True)
class StepRecord:
    """A step as it actually ran."""

    started: str = ""
    ended: str = ""
    elapsed: float = 0.0
    extension: float = 0.0
    running: bool = False

    @property
    def has_run(self) -> bool:
        return bool(self.started)


@dataclass
class SessionState:
    """Everything a session holds, as the console and the report see it."""

    header: SessionHeader
    plan: Plan
    templates: Mapping[str, ExerciseTemplate]
    cards: list[Card] = field(default_factory=list)
    events: list[StepEvent] = field(default_factory=list)
    current: int = 0
    agenda: Agenda = field(init=False)

    def __post_init__(self) -> None:
        self.agenda = build_agenda(self.plan, self.templates)

    @property
    def stops(self) -> tuple[Stop, ...]:
        return self.agenda.stops

    @property
    def current_stop(self) -> Stop:
        stops = self.stops
        return stops[max(0, min(self.current, len(stops) - 1))]

    def cards_for(self, item: int, step: str) -> list[Card]:
        return [card for card in self.cards if card.item == item and card.step == step]

    def record_for(self, item: int, step: str) -> StepRecord:
        """Fold the events of one step into its as-run record."""
        started = ended = ""
        elapsed = extension = 0.0
        running = False
        for event in self.events:
            if event.item != item or event.step != step:
                continue
            if event.kind == EventKind.START and not started:
                started = event.at
            if event.kind in (EventKind.START, EventKind.RESUME):
                running = True
            elif event.kind in (EventKind.PAUSE, EventKind.END):
                running = False
            if event.kind == EventKind.EXTEND:
                extension += event.amount
            if event.kind == EventKind.END:
                ended = event.at
            elapsed = event.elapsed
        return StepRecord(started, ended, elapsed, extension, running)


def seconds_between(earlier: str, later: str) -> float:
    """Seconds from one ISO time to another (0 if either is missing)."""
    if not earlier or not later:
        return 0.0
    return (datetime.fromisoformat(later) - datetime.fromisoformat(earlier)).total_seconds()


def build_state(header: SessionHeader, plan: Plan,
                templates: Mapping[str, ExerciseTemplate]) -> SessionState:
    """A new, empty session for a plan."""
    return SessionState(header=header, plan=plan, templates=dict(templates))
