"""A session made elsewhere (an imported file), put together again by the app's own rules.

Data from a file is trusted no more than typing. So nothing of it is taken
as it is: every card, cluster, dot, score, statement, answer and action goes
through the command a facilitator's change goes through (`AddCard`,
`SetVotes`, `SetRating`...), on an empty session of the same plan. What the
app would refuse at the keyboard (an empty card, a score of 99 on a 1-5
scale, an answer to a question that does not exist) is refused here, with
the row that holds it; what it accepts can always be shown, stored and
exported. The rows keep their ids and positions, so a round trip through
JSON gives the same session.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any, TypeVar

from workshop.core.commands import (
    AddAction,
    AddCandidate,
    AddCard,
    ChooseCandidate,
    CreateCluster,
    MoveCard,
    SetAnswer,
    SetRating,
    SetVotes,
)
from workshop.core.commands.base import finite_number, whole_number
from workshop.core.session import (
    Action,
    Answer,
    Card,
    Cluster,
    EventKind,
    InputError,
    Rating,
    SessionHeader,
    SessionState,
    Statement,
    StepEvent,
    Vote,
    check_header,
)
from workshop.core.templates import ExerciseTemplate, Plan
from workshop.core.worded import Phrase, Worded, phrased, said

# SQLite keeps whole numbers in 64 bits; an id needs far fewer, and a bigger one is a forged file.
MAX_ID = 2**31 - 1
# A step's timer: a day is more than any step runs or is extended by.
MAX_SECONDS = 24 * 3600

T = TypeVar("T")


class RebuildError(Worded, ValueError):
    """A row the app would not accept; the message starts with where it is (``cards[3]: ...``),
    kept as a template and its values (`core.worded`)."""

    def __init__(self, template: str, **values: object) -> None:
        super().__init__(self.word(template, values))


@dataclass
class RawSession:
    """A session as a file holds it: unchecked, each list in the file's own order (for the messages)."""

    header: SessionHeader
    plan: Plan
    templates: dict[str, ExerciseTemplate]
    cards: list[Card] = field(default_factory=list)
    events: list[StepEvent] = field(default_factory=list)
    current: int = 0
    clusters: list[Cluster] = field(default_factory=list)
    votes: list[Vote] = field(default_factory=list)
    ratings: list[Rating] = field(default_factory=list)
    statements: list[Statement] = field(default_factory=list)
    answers: list[Answer] = field(default_factory=list)
    actions: list[Action] = field(default_factory=list)
    phones: int = 0


def rebuild(raw: RawSession) -> SessionState:
    """`raw` (read from a file, unchecked) as a session the app could have made; RebuildError if not.

    Raises `MissingExercise` when the plan names an exercise the templates lack.
    """
    with _at("header"):
        header = check_header(raw.header)
    state = SessionState(header=header, plan=raw.plan, templates=dict(raw.templates))
    state.journal = None
    _clusters(state, raw.clusters)
    _cards(state, raw.cards)
    _votes(state, raw.votes)
    _ratings(state, raw.ratings)
    _statements(state, raw.statements)
    _answers(state, raw.answers)
    _actions(state, raw.actions)
    state.events = [_event(state, event, f"events[{n}]") for n, event in enumerate(raw.events)]
    with _at("current"):
        current = whole_number(raw.current, said("The current step"))
        if not 0 <= current < len(state.stops):
            raise InputError("The agenda has {count} steps; there is no step {number}.",
                             count=len(state.stops), number=current)
        state.current = current
    with _at("room.phones"):
        phones = whole_number(raw.phones, said("A number of phones"))
        if not 0 <= phones <= 100_000:
            raise InputError("{phones} is not a number of phones.", phones=phones)
        state.phones = phones
    return state


@contextmanager
def _at(where: str) -> Iterator[None]:
    try:
        yield
    except InputError as error:
        raise RebuildError("{where}: {problem}", where=where, problem=phrased(error)) from None


def _rows(rows: Sequence[T], table: str, key: Callable[[T], Any]) -> Iterator[tuple[str, T]]:
    """Each row with its place ("cards[3]"); a second row with the same key is refused."""
    seen: dict[Any, int] = {}
    for index, row in enumerate(rows):
        where = f"{table}[{index}]"
        known = seen.setdefault(key(row), index)
        if known != index:
            raise RebuildError("{where}: the same as {table}[{known}] ({key}); each may be there once",
                               where=where, table=table, known=known, key=_say_key(key(row)))
        yield where, row


def _say_key(key: Any) -> Phrase:
    return said("id {id}", id=key) if isinstance(key, int) else said("same step and subject")


def _id(value: Any) -> int:
    number = whole_number(value, said("An id"))
    if not 1 <= number <= MAX_ID:
        raise InputError("An id is a number from 1 to {limit}, not {number}.", limit=MAX_ID, number=number)
    return number


def _time(value: Any, what: str, *, required: bool) -> str:
    if not isinstance(value, str) or (required and not value):
        raise InputError("{what} must be a date and time like 2026-11-22T09:05:00+01:00.", what=what)
    if value:
        try:
            datetime.fromisoformat(value)
        except ValueError:
            raise InputError("{what} must be a date and time like 2026-11-22T09:05:00+01:00, "
                             "not {value!r:.40}.", what=what, value=value) from None
    return value


def _clusters(state: SessionState, clusters: Sequence[Any]) -> None:
    for where, cluster in _rows(clusters, "clusters", lambda c: c.id):
        with _at(where):
            number = _id(cluster.id)
            made = CreateCluster(cluster.item, cluster.step, cluster.name, cluster.column).apply(state)
            new = state.remove("clusters", (made.cluster,))  # type: ignore[attr-defined]
            state.put("clusters", replace(new, id=number,
                                          position=finite_number(cluster.position, said("A position"))))


def _device(device: object) -> str:
    """A phone's public id as the room's door makes it: a few hex digits, or "" for the console."""
    if not isinstance(device, str) or len(device) > 16 or any(c not in "0123456789abcdef" for c in device):
        raise InputError("The phone a card came from is named by up to 16 hex digits.")
    return device


def _cards(state: SessionState, cards: Sequence[Any]) -> None:
    for where, card in _rows(cards, "cards", lambda c: c.id):
        with _at(where):
            number = _id(card.id)
            made = AddCard(card.item, card.step, card.text, card.column, card.colour, card.author,
                           card.hidden, _time(card.created_at, said("When it was written"),
                                              required=False), _device(card.device)).apply(state)
            new = state.remove("cards", (made.card,))  # type: ignore[attr-defined]
            position = finite_number(card.position, said("A position"))
            state.put("cards", replace(new, id=number, position=position))
            if card.cluster is not None:
                MoveCard(number, new.column, _id(card.cluster), position).apply(state)


def _votes(state: SessionState, votes: Sequence[Any]) -> None:
    for where, vote in _rows(votes, "votes", lambda v: v.key):
        with _at(where):
            if whole_number(vote.count, said("A number of dots")) < 1:
                raise InputError("A vote has at least one dot.")
            SetVotes(vote.item, vote.step, vote.target, vote.voter, vote.count).apply(state)


def _ratings(state: SessionState, ratings: Sequence[Any]) -> None:
    for where, rating in _rows(ratings, "ratings", lambda r: r.key):
        with _at(where):
            SetRating(rating.item, rating.step, rating.subject, rating.participant,
                      whole_number(rating.value, said("A score"))).apply(state)


def _statements(state: SessionState, statements: Sequence[Any]) -> None:
    chosen: dict[tuple[int, str], str] = {}
    for where, statement in _rows(statements, "statements", lambda s: s.id):
        with _at(where):
            number = _id(statement.id)
            made = AddCandidate(statement.item, statement.step, statement.values).apply(state)
            new = state.remove("statements", (made.statement,))  # type: ignore[attr-defined]
            state.put("statements", replace(new, id=number))
            if statement.chosen:
                step = (statement.item, statement.step)
                if step in chosen:
                    raise InputError("Only one statement of a step is chosen; {other} is too.",
                                     other=chosen[step])
                chosen[step] = where
                ChooseCandidate(statement.item, statement.step, number).apply(state)


def _answers(state: SessionState, answers: Sequence[Any]) -> None:
    for where, answer in _rows(answers, "answers", lambda a: a.key):
        with _at(where):
            SetAnswer(answer.item, answer.step, answer.question, answer.text,
                      answer.participant).apply(state)


def _actions(state: SessionState, actions: Sequence[Any]) -> None:
    for where, action in _rows(actions, "actions", lambda a: a.id):
        with _at(where):
            number = _id(action.id)
            made = AddAction(action.item, action.step, action.what, action.who, action.due).apply(state)
            new = state.remove("actions", (made.action,))  # type: ignore[attr-defined]
            state.put("actions", replace(new, id=number))


def _event(state: SessionState, event: StepEvent, where: str) -> StepEvent:
    with _at(where):
        state.step_at(whole_number(event.item, said("A part of the agenda")), event.step)
        if event.kind not in EventKind.ALL:
            raise InputError("A timer event is one of {kinds}, not {kind!r:.20}.",
                             kinds=", ".join(EventKind.ALL), kind=event.kind)
        _time(event.at, said("The time of a timer event"), required=True)
        elapsed = finite_number(event.elapsed, said("The time on the timer"))
        amount = finite_number(event.amount, said("The minutes added"))
        if not 0 <= elapsed <= MAX_SECONDS or not abs(amount) <= MAX_SECONDS:
            raise InputError("A step's timer runs for less than a day ({elapsed:g} s, {amount:g} s added).",
                             elapsed=elapsed, amount=amount)
        return event
