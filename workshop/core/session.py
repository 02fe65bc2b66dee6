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
from datetime import datetime
from typing import Any

from workshop.core.agenda import Agenda, Stop, build_agenda
from workshop.core.entities import (
    CARD_COLOURS,
    TABLES,
    Action,
    Answer,
    Card,
    Cluster,
    DayStart,
    Entity,
    EventKind,
    Rating,
    Reveal,
    Statement,
    StepEvent,
    StepRecord,
    Target,
    Vote,
)
from workshop.core.rules import (
    MAX_CARD_LENGTH,
    MAX_NAME_LENGTH,
    MAX_PARTICIPANTS,
    MAX_TITLE_LENGTH,
    CardTextError,
    InputError,
    SessionHeader,
    check_header,
    clean_card_text,
    clean_name,
    clean_text,
)
from workshop.core.templates import ExerciseTemplate, InputKind, InputSpec, Plan, Step
from workshop.core.worded import Phrase, said

# The session's parts are defined beside it (`rules`, `entities`); the names stay importable here.
__all__ = ["CARD_COLOURS", "MAX_CARD_LENGTH", "MAX_NAME_LENGTH", "MAX_PARTICIPANTS", "MAX_TITLE_LENGTH",
           "TABLES", "Action", "Answer", "Card", "CardTextError", "Cluster", "DayStart", "EventKind",
           "InputError",
           "Rating", "Reveal", "SessionHeader", "SessionState", "Statement", "StepEvent", "StepRecord",
           "Target",
           "Vote", "build_state", "check_header", "clean_card_text", "clean_name", "clean_text",
           "seconds_between"]


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
    day_starts: list[DayStart] = field(default_factory=list)  # none, or the day's own start (`day_start`)
    reveals: list[Reveal] = field(default_factory=list)  # steps held for a cue whose results are shown
    # How many of the room's phones sent something the session took (the report says so).
    phones: int = 0
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
        raise InputError("This agenda has no step {step!r} in part {item}.", step=step, item=item)

    def spec_at(self, item: int, step: str, kind: InputKind | None = None) -> InputSpec:
        """The input settings of a step, checked to be of `kind` when given."""
        spec = self.step_at(item, step).input
        if kind is not None and spec.kind is not kind:
            raise InputError("The step {step!r} takes {takes}, not {kind}.", step=step, takes=spec.kind.value,
                             kind=kind.value)
        return spec

    # -- reading what the group produced ---------------------------------------------

    def results_shown(self, item: int, step: str) -> bool:
        """Whether the wall shows a step's votes, scores or answers: at once, or once revealed on cue."""
        if not self.step_at(item, step).input.on_cue:
            return True
        return self.get("reveals", (item, step)) is not None


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

    def answer(self, item: int, step: str, question: int, participant: str | None = None) -> str:
        """The group's answer to a question ("" if none yet), or `participant`'s."""
        found = self.get("answers", (item, step, question, participant is not None, participant or ""))
        return found.text if found else ""

    def room_answers(self, item: int, step: str) -> list[Answer]:
        """What the participants answered from their phones (never the group's answer),
        by question."""
        return [a for a in self.answers
                if a.item == item and a.step == step and a.participant is not None]

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

    def broken_links(self) -> list[Phrase]:
        """What in the state points at something that is not there (empty when all is well).

        Commands never leave a link broken; this checks data from elsewhere
        (an imported file) before it is written.
        """
        problems: list[Phrase] = []
        cards, clusters = {c.id for c in self.cards}, {c.id for c in self.clusters}
        problems += [said("card {card} is in cluster {cluster}, which does not exist", card=c.id,
                          cluster=c.cluster)
                     for c in self.cards if c.cluster is not None and c.cluster not in clusters]
        for vote in self.votes:
            known = cards if vote.target.kind == Target.CARD else clusters
            if vote.target.kind not in (Target.CARD, Target.CLUSTER) or vote.target.id not in known:
                problems.append(said("a vote is on {kind} {id}, which does not exist", kind=vote.target.kind,
                                     id=vote.target.id))
        chosen: dict[tuple[int, str], int] = {}
        for statement in self.statements:
            if statement.chosen:
                chosen[(statement.item, statement.step)] = chosen.get(
                    (statement.item, statement.step), 0) + 1
        problems += [said("step {step!r} of part {item} has {count} chosen statements", step=step, item=item,
                          count=count)
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
                    problems.append(said("step {step!r} of part {item} names {on!r}, which is not a board "
                                         "of cards", step=step.key, item=agenda_item.index, on=on))
        return problems

    # -- the as-run record -------------------------------------------------------------

    @property
    def day_start(self) -> str:
        """The day's own start (ISO date and time); "" for the plan's start time on the session's day."""
        return self.day_starts[0].at if self.day_starts else ""

    @property
    def start_clock(self) -> str:
        """The clock time the day starts ("HH:MM"): its own start's, else the plan's ("" for none)."""
        at = self.day_start
        if len(at) >= len("2026-12-04T16:25") and at[10] == "T":
            return at[11:16]
        return self.plan.start

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
