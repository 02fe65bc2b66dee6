"""A workshop session in memory: header, agenda, the group's input, the as-run record.

The store loads a `SessionState` from the session file and writes each change
before the state (and so the screen) shows it. Changes are made by the
commands in `workshop.core.commands`; they go through `put` and `remove`
here, which keep every list sorted by its key, so two states holding the same
things compare equal whatever order the changes came in.
"""

from __future__ import annotations

import copy
from bisect import bisect_left
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from workshop.core.agenda import Agenda, Stop, build_agenda
from workshop.core.templates import ExerciseTemplate, InputKind, InputSpec, Plan, Step

MAX_CARD_LENGTH = 10_000
MAX_NAME_LENGTH = 200  # a person, a cluster, a colour: one short line
# A workshop's title and its organisation: a line on the wall and on the PDF's cover.
MAX_TITLE_LENGTH = 200
MAX_PARTICIPANTS = 500


@dataclass(frozen=True)
class SessionHeader:
    """What the cover of the PDF says about the workshop."""

    title: str
    organisation: str = ""
    facilitator: str = ""
    date: str = ""  # ISO date, "2026-11-22"
    participants: tuple[str, ...] = ()


class InputError(ValueError):
    """A change the session cannot take; the message says why, in words for the facilitator.

    Every command raises this (and only this) for bad input, before changing anything.
    """


class CardTextError(InputError):
    """Text that cannot become a card; the message says why, for the entry line."""


def _mend(text: str) -> str:
    # A lone surrogate (a broken paste) cannot be written as UTF-8; show it as
    # the replacement character rather than refuse the whole card.
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return "".join("\ufffd" if 0xD800 <= ord(c) <= 0xDFFF else c for c in text)
    return text


def clean_card_text(text: str) -> str:
    """The text a card keeps: trailing space trimmed, nothing else touched.

    Raises `CardTextError` for an empty card or one longer than `MAX_CARD_LENGTH`.
    """
    cleaned = _mend(text).strip()
    if not cleaned:
        raise CardTextError("A card needs some text: type an idea, then press Enter.")
    if len(cleaned) > MAX_CARD_LENGTH:
        raise CardTextError(
            f"A card holds at most {MAX_CARD_LENGTH:,} characters; this one has {len(cleaned):,}."
        )
    return cleaned


def clean_text(text: str, what: str, *, required: bool = False,
               limit: int = MAX_CARD_LENGTH) -> str:
    """Free text (an answer, an action, a statement blank) trimmed; `what` names it in errors."""
    if not isinstance(text, str):
        raise InputError(f"{what} must be text.")
    cleaned = _mend(text).strip()
    if required and not cleaned:
        raise InputError(f"{what} needs some text.")
    if len(cleaned) > limit:
        raise InputError(f"{what} holds at most {limit:,} characters; this has {len(cleaned):,}.")
    return cleaned


def clean_name(name: str, what: str) -> str:
    """A person's name (author, voter, participant): one short line, never empty."""
    cleaned = clean_text(name, what, limit=MAX_NAME_LENGTH)
    if not cleaned:
        raise InputError(f"{what} needs a name.")
    if "\n" in cleaned or "\r" in cleaned:
        raise InputError(f"{what} must fit on one line.")
    return cleaned


def check_header(header: SessionHeader) -> SessionHeader:
    """The header as the app keeps it: a title, short one-line names, a real date.

    The same rules for the New session dialog, `workshop new` and an import,
    so a title that ran off the PDF's cover (or took a minute to lay out) can
    come in by none of them. Raises `InputError`.
    """
    title = _one_line(clean_text(header.title, "The title", required=True, limit=MAX_TITLE_LENGTH),
                      "The title")
    organisation = _one_line(clean_text(header.organisation, "The organisation",
                                        limit=MAX_TITLE_LENGTH), "The organisation")
    facilitator = clean_name(header.facilitator, "The facilitator") if header.facilitator.strip() else ""
    if header.date:
        try:
            date.fromisoformat(header.date)
        except (TypeError, ValueError):
            raise InputError(f"The date must look like 2026-11-22, not {header.date!r:.40}.") from None
    if len(header.participants) > MAX_PARTICIPANTS:
        raise InputError(f"At most {MAX_PARTICIPANTS} participants; this has {len(header.participants)}.")
    participants = tuple(clean_name(name, "A participant") for name in header.participants)
    return SessionHeader(title, organisation, facilitator, header.date, participants)


def _one_line(text: str, what: str) -> str:
    if "\n" in text or "\r" in text:
        raise InputError(f"{what} must fit on one line.")
    return text


# -- what the group produces ---------------------------------------------------------


@dataclass(frozen=True)
class Card:
    """One idea the group said, typed by the facilitator.

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
    """The group's answer to one question (`question` indexes the step's questions)."""

    item: int
    step: str
    question: int
    text: str

    @property
    def key(self) -> tuple[int, str, int]:
        return (self.item, self.step, self.question)


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


Entity = Card | Cluster | Vote | Rating | Statement | Answer | Action

# The lists of a SessionState that commands change, and what each holds.
TABLES: dict[str, type] = {
    "cards": Card, "clusters": Cluster, "votes": Vote, "ratings": Rating,
    "statements": Statement, "answers": Answer, "actions": Action,
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


_UNSEEN = object()


@dataclass
class SessionState:
    """Everything a session holds, as the console and the report see it.

    The lists are kept sorted by their entities' `key` (cards by id, votes by
    step, target and voter, ...). Read them freely; change them only through
    commands, which call `put` and `remove`.
    """

    header: SessionHeader
    plan: Plan
    templates: Mapping[str, ExerciseTemplate]
    cards: list[Card] = field(default_factory=list)
    events: list[StepEvent] = field(default_factory=list)
    current: int = 0
    clusters: list[Cluster] = field(default_factory=list)
    votes: list[Vote] = field(default_factory=list)
    ratings: list[Rating] = field(default_factory=list)
    statements: list[Statement] = field(default_factory=list)
    answers: list[Answer] = field(default_factory=list)
    actions: list[Action] = field(default_factory=list)
    agenda: Agenda = field(init=False)
    # (table, key) -> the entity before the first change (None: there was none).
    # The store sets it on a scratch copy to learn which rows a command touched.
    journal: dict[tuple[str, tuple[Any, ...]], Any] | None = field(
        default=None, init=False, compare=False, repr=False)

    def __post_init__(self) -> None:
        self.agenda = build_agenda(self.plan, self.templates)
        for table in TABLES:
            getattr(self, table).sort(key=_key)

    # -- the agenda ------------------------------------------------------------------

    @property
    def stops(self) -> tuple[Stop, ...]:
        return self.agenda.stops

    @property
    def current_stop(self) -> Stop:
        stops = self.stops
        return stops[max(0, min(self.current, len(stops) - 1))]

    def step_at(self, item: int, step: str) -> Step:
        """The step `step` of agenda item `item`; InputError if the agenda has none."""
        items = self.agenda.items
        if isinstance(item, int) and not isinstance(item, bool) and 0 <= item < len(items):
            for candidate in items[item].steps:
                if candidate.key == step:
                    return candidate
        raise InputError(f"This agenda has no step {step!r} in part {item}.")

    def spec_at(self, item: int, step: str, kind: InputKind | None = None) -> InputSpec:
        """The input settings of a step, checked to be of `kind` when given."""
        spec = self.step_at(item, step).input
        if kind is not None and spec.kind is not kind:
            raise InputError(f"The step {step!r} takes {spec.kind.value}, not {kind.value}.")
        return spec

    # -- reading what the group produced ---------------------------------------------

    def cards_for(self, item: int, step: str) -> list[Card]:
        """The cards of a step in board order."""
        found = [card for card in self.cards if card.item == item and card.step == step]
        found.sort(key=lambda card: (card.position, card.id))
        return found

    def card(self, card_id: int) -> Card | None:
        return self.get("cards", (card_id,))

    def cluster(self, cluster_id: int) -> Cluster | None:
        return self.get("clusters", (cluster_id,))

    def clusters_for(self, item: int, step: str) -> list[Cluster]:
        found = [c for c in self.clusters if c.item == item and c.step == step]
        found.sort(key=lambda cluster: (cluster.position, cluster.id))
        return found

    def votes_for(self, item: int, step: str) -> list[Vote]:
        return [vote for vote in self.votes if vote.item == item and vote.step == step]

    def ratings_for(self, item: int, step: str) -> list[Rating]:
        return [r for r in self.ratings if r.item == item and r.step == step]

    def statements_for(self, item: int, step: str) -> list[Statement]:
        return [s for s in self.statements if s.item == item and s.step == step]

    def statement(self, statement_id: int) -> Statement | None:
        return self.get("statements", (statement_id,))

    def chosen_statement(self, item: int, step: str) -> Statement | None:
        return next((s for s in self.statements_for(item, step) if s.chosen), None)

    def answer(self, item: int, step: str, question: int) -> str:
        found = self.get("answers", (item, step, question))
        return found.text if found else ""

    def action(self, action_id: int) -> Action | None:
        return self.get("actions", (action_id,))

    def actions_for(self, item: int, step: str) -> list[Action]:
        return [a for a in self.actions if a.item == item and a.step == step]

    def next_id(self, table: str) -> int:
        """The id a new card, cluster, statement or action gets: one above the highest.

        Computed from the state alone, so redoing an undone addition gives the
        same id again.
        """
        rows = getattr(self, table)
        return rows[-1].id + 1 if rows else 1

    def broken_links(self) -> list[str]:
        """What in the state points at something that is not there (empty when all is well).

        Commands never leave a link broken; this checks data from elsewhere
        (an imported file) before it is written.
        """
        problems = []
        cards, clusters = {c.id for c in self.cards}, {c.id for c in self.clusters}
        problems += [f"card {c.id} is in cluster {c.cluster}, which does not exist"
                     for c in self.cards if c.cluster is not None and c.cluster not in clusters]
        for vote in self.votes:
            known = cards if vote.target.kind == Target.CARD else clusters
            if vote.target.kind not in (Target.CARD, Target.CLUSTER) or vote.target.id not in known:
                problems.append(f"a vote is on {vote.target.kind} {vote.target.id}, which does not exist")
        chosen: dict[tuple[int, str], int] = {}
        for statement in self.statements:
            if statement.chosen:
                chosen[(statement.item, statement.step)] = chosen.get(
                    (statement.item, statement.step), 0) + 1
        problems += [f"step {step!r} of part {item} has {count} chosen statements"
                     for (item, step), count in chosen.items() if count > 1]
        # A vote's board, or a board shown again, must be a notes step of the same exercise.
        for agenda_item in self.agenda.items:
            steps = {step.key: step for step in agenda_item.steps}
            for step in agenda_item.steps:
                on = step.input.on
                if step.input.kind not in (InputKind.VOTE, InputKind.NOTES) or not on:
                    continue
                board = steps.get(on)
                if board is None or board.input.kind is not InputKind.NOTES or board.board_key != on:
                    problems.append(f"step {step.key!r} of part {agenda_item.index} names {on!r}, "
                                    "which is not a board of cards")
        return problems

    # -- the as-run record -------------------------------------------------------------

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

    # -- changing (for commands) ---------------------------------------------------------

    def get(self, table: str, key: tuple[Any, ...]) -> Any:
        """The entity of `table` with `key`, or None."""
        rows = getattr(self, table)
        index = bisect_left(rows, key, key=_key)
        if index < len(rows) and rows[index].key == key:
            return rows[index]
        return None

    def put(self, table: str, entity: Entity) -> None:
        """Add `entity` to `table`, or replace the one with the same key."""
        rows = getattr(self, table)
        key = entity.key
        index = bisect_left(rows, key, key=_key)
        if index < len(rows) and rows[index].key == key:
            self._note(table, key, rows[index])
            rows[index] = entity
        else:
            self._note(table, key, None)
            rows.insert(index, entity)

    def remove(self, table: str, key: tuple[Any, ...]) -> Any:
        """Take the entity with `key` out of `table`; return it (None if there was none)."""
        rows = getattr(self, table)
        index = bisect_left(rows, key, key=_key)
        if index < len(rows) and rows[index].key == key:
            self._note(table, key, rows[index])
            return rows.pop(index)
        return None

    def _note(self, table: str, key: tuple[Any, ...], before: Any) -> None:
        if self.journal is not None:
            self.journal.setdefault((table, key), before)

    def copy(self) -> SessionState:
        """A copy whose lists are its own (the entities are immutable, so they are shared).

        Cheap (a list of pointers per table): the store changes a copy first,
        and an export thread reads one while the console carries on.
        """
        twin = copy.copy(self)
        twin.cards, twin.events = list(self.cards), list(self.events)
        for table in TABLES:
            setattr(twin, table, list(getattr(self, table)))
        twin.journal = None
        return twin

    def take_tables(self, other: SessionState, tables: set[str]) -> None:
        """Make `tables` hold what `other` holds, keeping the list objects."""
        for table in tables:
            getattr(self, table)[:] = getattr(other, table)


def _key(entity: Any) -> Any:
    return entity.key


def seconds_between(earlier: str, later: str) -> float:
    """Seconds from one ISO time to another (0 if either is missing)."""
    if not earlier or not later:
        return 0.0
    return (datetime.fromisoformat(later) - datetime.fromisoformat(earlier)).total_seconds()


def build_state(header: SessionHeader, plan: Plan,
                templates: Mapping[str, ExerciseTemplate]) -> SessionState:
    """A new, empty session for a plan."""
    return SessionState(header=header, plan=plan, templates=dict(templates))
