"""A made-up but lifelike session of the shipped plan, with every input kind filled.

For a trainer previewing a theme without running a workshop first, for the
benchmarks (150 or 1,000 cards) and for the tests that look at the pages.
The same arguments give the same session every time.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, datetime, timedelta

from workshop.core.session import (
    Action,
    Answer,
    Card,
    Cluster,
    EventKind,
    Rating,
    SessionHeader,
    SessionState,
    Statement,
    StepEvent,
    Target,
    Vote,
)
from workshop.core.templates import InputKind

PLAN_ID = "customer-service-culture"
PEOPLE = ("Sam", "Priya", "Jonas", "Aisha", "Tomás", "Mei", "Olu", "Zoë")

_IDEAS = (
    "Greet every guest by name at the desk",
    "Signs that scold: \"No refunds without receipt\"",
    "Call back within one working day, always",
    "Let front-line staff refund up to €50 without asking",
    "The hold music on the phone line",
    "Forms full of jargon only we understand",
    "Check-in takes longer than the queue deserves",
    "Nobody owns a complaint from start to finish",
    "Remember what regulars order",
    "Say yes first, then work out how",
    "Staff rota changes at short notice: people arrive stressed",
    "A welcome note in the room, handwritten",
    "Ask what the visit is for, not only the booking number",
    "Share one customer story at every team meeting",
    "Walk the guest to the lift instead of pointing",
    "Our website and our brochure disagree on prices",
    "Thank people for complaints: they are free advice",
    "Managers work one shift a month on the desk",
    "Too many steps to book a table for six",
    "Follow up after a problem, a week later",
)
_CLUSTERS = ("Being known", "Rules that get in the way", "Speed", "Ownership", "Small surprises")
_ANSWERS = (
    "Mostly yes: the desk team knows it by heart, the kitchen not yet.",
    "We would see it in the follow-up calls; today we do not measure it.",
    "Fewer forms would move us nearer; the new booking system moves us away.\n"
    "We agreed to raise it with IT on Monday.",
    "Half of the room said no: we say 'cost' in every budget meeting.",
)
# What people sent from their phones to a step's first question, beside the group's answer.
_ROOM_ANSWERS = (
    "Not the night shift: nobody told us.",
    "Yes, at the team meeting, but nobody was excited.",
    "Only the managers know it word for word.",
)
_ACTIONS = (
    ("Draft the one-page directive and pin it in every staff room", "Priya"),
    ("Remove the three scolding signs at reception", "Jonas"),
    ("Raise the refund limit for front-line staff to €50", "Aisha"),
    ("Start the monthly 'story of the month' at team meetings", "Sam"),
    ("Call back every complaint within one day, for a month, and count", "Mei"),
    ("Rewrite the booking confirmation e-mail in plain words", "Olu"),
)


def sample_session(cards: int = 150, seed: int = 7, language: str = "en") -> SessionState:
    """The shipped plan, run on 22 November 2026, with `cards` cards and everything else filled in.

    In `language`, the plan and exercises are the library's versions in it (the group's own
    words stay as they are).
    """
    from workshop.library.catalog import load_library
    from workshop.paths import shipped_library

    library = load_library([shipped_library()])
    plan = library.plans_in(language)[PLAN_ID]
    empty = SessionState(
        header=SessionHeader("Service culture day", "Greenleaf Hotels", "Sam Rivera",
                             "2026-11-22", PEOPLE, language),
        plan=plan, templates=dict(library.templates_for(plan, language)))
    return filled(empty, cards, random.Random(seed))


def filled(empty: SessionState, cards: int, rng: random.Random) -> SessionState:
    """`empty` with cards, clusters, votes, ratings, statements, answers, actions and timings."""
    state = empty.copy()
    _events(state, rng)
    boards = [stop for stop in state.stops
              if stop.step.input.kind is InputKind.NOTES and stop.step.board_key == stop.step.key]
    new_cards: list[Card] = []
    for number in range(cards):
        stop = boards[number % len(boards)]
        columns = stop.step.input.columns
        column = columns[number % len(columns)].key if columns else ""
        text = _IDEAS[number % len(_IDEAS)]
        if number >= len(_IDEAS):
            text += f" ({number // len(_IDEAS) + 1})"
        new_cards.append(Card(number + 1, stop.item.index, stop.step.key, text, column,
                              f"2026-11-22T10:{number % 60:02d}:00+00:00",
                              hidden=number % 97 == 5, position=float(number)))
    clusters: list[Cluster] = []
    for stop in boards:
        on_board = [c for c in new_cards if (c.item, c.step) == (stop.item.index, stop.step.key)]
        if len(on_board) < 6 or stop.step.input.columns:
            continue
        for index, name in enumerate(_CLUSTERS[:3]):
            cluster = Cluster(len(clusters) + 1, stop.item.index, stop.step.key, name,
                              position=float(index))
            clusters.append(cluster)
            for card in on_board[index::4]:
                new_cards[card.id - 1] = replace(card, cluster=cluster.id)
    state.cards[:] = sorted(new_cards, key=lambda c: c.id)
    state.clusters[:] = clusters
    for stop in state.stops:
        kind, item, key = stop.step.input.kind, stop.item.index, stop.step.key
        if kind is InputKind.VOTE:
            state.votes.extend(_votes(state, item, key, stop.step.input.on, rng))
        elif kind is InputKind.RATING:
            state.ratings.extend(
                Rating(item, key, subject, person,
                       max(stop.step.input.scale.min, min(stop.step.input.scale.max,
                                                          round(rng.gauss(2 + subject % 3, 0.9)))))
                for subject in range(len(stop.step.input.items)) for person in PEOPLE)
        elif kind is InputKind.STATEMENT:
            for number in range(3):
                values = {f.key: rng.choice(_STATEMENT_WORDS) for f in stop.step.input.fields}
                state.statements.append(Statement(len(state.statements) + 1, item, key, values,
                                                  chosen=number == 1))
        elif kind is InputKind.QUESTIONS:
            state.answers.extend(Answer(item, key, index, _ANSWERS[(index + item) % len(_ANSWERS)])
                                 for index in range(len(stop.step.input.questions)))
            state.answers.extend(Answer(item, key, 0, text, f"Phone {number}")
                                 for number, text in enumerate(_ROOM_ANSWERS, start=1))
        elif kind is InputKind.ACTIONS:
            for _ in range(2):
                what, who = _ACTIONS[len(state.actions) % len(_ACTIONS)]
                due = date(2026, 11, 22) + timedelta(days=rng.choice((3, 7, 14, 30)))
                state.actions.append(Action(len(state.actions) + 1, item, key, what, who,
                                            None if len(state.actions) == 5 else due))
    # Built anew, so every list is in key order as the commands keep it.
    return SessionState(**{name: getattr(state, name) for name in (
        "header", "plan", "templates", "cards", "events", "current", "clusters", "votes",
        "ratings", "statements", "answers", "actions")})


_STATEMENT_WORDS = (
    "make every guest feel expected, not processed",
    "fix it on the spot",
    "being the quickest",
    "the lowest price in town",
    "leave people better off than they came",
)


def _votes(state: SessionState, item: int, step: str, on: str,
           rng: random.Random) -> list[Vote]:
    targets = [Target.cluster(c.id) for c in state.clusters if (c.item, c.step) == (item, on)]
    targets += [Target.card(c.id) for c in state.cards
                if (c.item, c.step) == (item, on) and c.cluster is None][:12]
    return [Vote(item, step, target, None, rng.randint(0, 9)) for target in targets]


def _events(state: SessionState, rng: random.Random) -> None:
    clock = datetime(2026, 11, 22, 9, 3)
    for stop in state.stops:
        # Most steps run near plan; about one in five runs over by a few minutes.
        length = stop.step.duration + rng.choice((-60, 0, 0, 30, 60, 180))
        start = clock
        clock += timedelta(seconds=max(60, length))
        state.events += [StepEvent(stop.item.index, stop.step.key, EventKind.START,
                                   start.isoformat()),
                         StepEvent(stop.item.index, stop.step.key, EventKind.END,
                                   clock.isoformat(), elapsed=(clock - start).total_seconds())]
        if stop.step is stop.item.steps[-1] and stop.item.index + 1 < len(state.agenda.items) \
                and state.agenda.items[stop.item.index + 1].is_break:
            clock += timedelta(minutes=16)  # the coffee break, a minute long as always
