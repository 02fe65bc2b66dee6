"""What the group produces, and the as-run record: immutable values, each with its key."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

# -- what the group produces ---------------------------------------------------------


@dataclass(frozen=True)
class Card:
    """One idea the group said, typed by the facilitator or sent from a phone in the room.

    `position` orders the cards of a step's board (lower first); `cluster` is
    the id of the `Cluster` the card sits in, or None.
    """

    id: int
    item: int
    step: str
    text: str
    column: str = ""
    created_at: str = ""
    colour: str = ""  # "" = the theme's default; else one of CARD_COLOURS
    hidden: bool = False  # hidden from the room until the facilitator reveals it
    author: str = ""  # "" = anonymous
    cluster: int | None = None
    position: float = 0.0
    device: str = ""  # the phone it came from ("" = typed at the console, or imported)

    @property
    def key(self) -> tuple[int]:
        return (self.id,)


# Names, not RGB: the theme picks the shade, so high contrast stays readable.
CARD_COLOURS = ("yellow", "pink", "green", "blue", "orange", "purple")


@dataclass(frozen=True)
class Cluster:
    """A named group of cards on a step's board (in one column, if the board has columns)."""

    id: int
    item: int
    step: str
    name: str
    column: str = ""
    position: float = 0.0

    @property
    def key(self) -> tuple[int]:
        return (self.id,)


@dataclass(frozen=True, order=True)
class Target:
    """What a dot goes on: a card or a cluster of the step being voted on."""

    kind: str  # "card" or "cluster"
    id: int

    CARD = "card"
    CLUSTER = "cluster"

    @classmethod
    def card(cls, card_id: int) -> Target:
        return cls(cls.CARD, card_id)

    @classmethod
    def cluster(cls, cluster_id: int) -> Target:
        return cls(cls.CLUSTER, cluster_id)


@dataclass(frozen=True)
class Vote:
    """Dots on one target in a vote step: one person's, or a tally (`voter` None)."""

    item: int
    step: str
    target: Target
    voter: str | None
    count: int

    @property
    def key(self) -> tuple[Any, ...]:
        return (self.item, self.step, self.target.kind, self.target.id,
                self.voter is not None, self.voter or "")


@dataclass(frozen=True)
class Rating:
    """One score of a rating step: `subject` indexes the step's items; `participant`
    None is the group's consensus."""

    item: int
    step: str
    subject: int
    participant: str | None
    value: int

    @property
    def key(self) -> tuple[Any, ...]:
        return (self.item, self.step, self.subject, self.participant is not None,
                self.participant or "")


@dataclass(frozen=True)
class Statement:
    """A candidate statement: the blanks of the step filled in; one per step may be chosen."""

    id: int
    item: int
    step: str
    values: Mapping[str, str]  # field key -> text, in the template's field order
    chosen: bool = False

    @property
    def key(self) -> tuple[int]:
        return (self.id,)


@dataclass(frozen=True)
class Answer:
    """An answer to one question (`question` indexes the step's questions): the group's
    (`participant` None), or one person's, sent from their phone."""

    item: int
    step: str
    question: int
    text: str
    participant: str | None = None

    @property
    def key(self) -> tuple[Any, ...]:
        return (self.item, self.step, self.question, self.participant is not None,
                self.participant or "")


@dataclass(frozen=True)
class Action:
    """Something someone will do: what, who, by when."""

    id: int
    item: int
    step: str
    what: str
    who: str = ""
    due: date | None = None

    @property
    def key(self) -> tuple[int]:
        return (self.id,)


@dataclass(frozen=True)
class DayStart:
    """When the day starts, where that is not the plan's start time on the session's day.

    `at` is an ISO date and time (with its offset): set when the session is
    made, or when the day is re-anchored to its first timer start. A session
    holds at most one (its key is empty); none means the plan's start.
    """

    at: str

    @property
    def key(self) -> tuple[()]:
        return ()


@dataclass(frozen=True)
class Reveal:
    """A step whose results were held back for the facilitator's cue, now shown on the wall.

    Only steps whose template says `reveal: on-cue` wait; a step without one
    of these keeps its votes, scores or answers off the wall.
    """

    item: int
    step: str

    @property
    def key(self) -> tuple[int, str]:
        return (self.item, self.step)


Entity = Card | Cluster | Vote | Rating | Statement | Answer | Action | DayStart | Reveal

# The lists of a SessionState that commands change, and what each holds.
TABLES: dict[str, type] = {
    "cards": Card, "clusters": Cluster, "votes": Vote, "ratings": Rating,
    "statements": Statement, "answers": Answer, "actions": Action,
    "day_starts": DayStart, "reveals": Reveal,
}


# -- the as-run record -------------------------------------------------------------------


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
