"""A small, complete session for the report tests, built here in code.

It does not read resources/exercises, so the report tests say nothing about
(and break on nothing in) the shipped exercise files.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import UTC, date, datetime
from typing import Any

import pytest

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
from workshop.core.templates import (
    Column,
    ExerciseTemplate,
    InputKind,
    InputSpec,
    Plan,
    PlanBreak,
    PlanExercise,
    RatingScale,
    StatementField,
    Step,
)

HOSTILE_CARD = '<img src="file:///etc/passwd">'
ROOM_ANSWER = "<b>Some</b> of us & the <script>x</script> desk"
GENERATED_AT = datetime(2026, 11, 22, 17, 5, tzinfo=UTC)

FOG = ExerciseTemplate(
    id="fog",
    title="Clear the fog",
    summary="Spot what puts **customers** on edge.",
    source="After a talk by someone, 2022",
    steps=(
        Step("tell", "The antiques story", 120, prompt="Listen to the *story*."),
        Step("write", "Find the antiques", 420,
             prompt="What puts people **on edge**?\n\n- one per card\n- say what to remove",
             input=InputSpec(InputKind.NOTES)),
        Step("vote", "Put away first", 180, prompt="Three dots each.",
             input=InputSpec(InputKind.VOTE, on="write", dots=3)),
    ),
)
CIRCLE = ExerciseTemplate(
    id="circle",
    title="The virtuous circle",
    summary="Map how staff and customers lift each other.",
    steps=(
        Step("map", "Map the circle", 480, prompt="Where do we stand?",
             input=InputSpec(InputKind.NOTES, columns=(Column("staff", "Staff feel"),
                                                       Column("customers", "Customers feel")))),
    ),
)
KEEP = ExerciseTemplate(
    id="keep",
    title="Keep it alive",
    summary="One directive to steer by.",
    steps=(
        Step("rate", "Rate the words", 300, prompt="How often would customers say it?",
             input=InputSpec(InputKind.RATING, items=("Pride", "Delight", "Unique"),
                             scale=RatingScale(1, 5, "never", "often"),
                             question="Would our customers use this word?")),
        Step("commit", "Commit", 300, prompt="Say it in one sentence.",
             input=InputSpec(InputKind.STATEMENT,
                             fields=(StatementField("why", "Why"), StatementField("over", "Over")),
                             compose="We {why}, over {over}.")),
        Step("check", "Test it", 300, prompt="Answer honestly.",
             input=InputSpec(InputKind.QUESTIONS,
                             questions=("Does everyone know it?", "Would we know we got it right?"))),
        Step("act", "Actions", 300, prompt="Who does what, by when?",
             input=InputSpec(InputKind.ACTIONS)),
    ),
)
PLAN = Plan(
    id="culture",
    title="Customer service culture",
    summary="A morning on what our customers feel.",
    start="09:00",
    items=(PlanExercise("fog", {"write": 600}), PlanBreak(900, "Coffee"), PlanExercise("circle"),
           PlanExercise("keep")),
)
HIDDEN_CARD = "Not yet revealed: the manager's pet project"
CHOSEN = {"why": "fix it on the spot", "over": "being the cheapest"}
HEADER = SessionHeader(
    title="Harbour Street team day",
    organisation="Harbour Street Library",
    facilitator="Dana Okafor",
    date="2026-11-22",
    participants=("Sam", "Priya"),
)


def _cards() -> list[Card]:
    texts = [
        (0, "write", "", "Signs that scold at the counter"),
        (0, "write", "", HOSTILE_CARD),
        (0, "write", "", "Forms full of jargon & {{ curly }} braces"),
        (0, "write", "", "Nobody can say yes to a refund"),
        (2, "map", "staff", "Trusted to fix things on the spot"),
        (2, "map", "customers", "Greeted by name at the desk"),
        (2, "map", "gone", "A card from a column renamed since"),
    ]
    cards = [Card(i + 1, item, step, text, column, f"2026-11-22T09:{i:02d}:00", position=i)
             for i, (item, step, column, text) in enumerate(texts)]
    # Cards 1 and 3 in the cluster "Rules"; a hidden card in it too, and one alone.
    cards[0] = replace(cards[0], cluster=1)
    cards[2] = replace(cards[2], cluster=1)
    cards.append(Card(8, 0, "write", HIDDEN_CARD, hidden=True, cluster=1, position=8))
    cards.append(Card(9, 0, "write", "Also hidden", hidden=True, cluster=2, position=9))
    return cards


def _group_input() -> dict[str, Any]:
    """Clusters, dots, ratings, statements, answers and actions for the fixture session."""
    return {
        "clusters": [Cluster(1, 0, "write", "Rules that scold", position=0),
                     Cluster(2, 0, "write", "Only hidden cards", position=1)],
        # Dots on "write" from the "vote" step: the refund card wins with 5,
        # the cluster has 3, the signs card 1; 4 dots on a hidden card never show.
        "votes": [Vote(0, "vote", Target.card(4), None, 5),
                  Vote(0, "vote", Target.cluster(1), "Sam", 2),
                  Vote(0, "vote", Target.cluster(1), "Priya", 1),
                  Vote(0, "vote", Target.card(1), "Priya", 1),
                  Vote(0, "vote", Target.card(8), None, 4)],
        "ratings": [Rating(3, "rate", 0, "Sam", 2), Rating(3, "rate", 0, "Priya", 4),
                    Rating(3, "rate", 1, "Sam", 5), Rating(3, "rate", 1, "Priya", 5),
                    Rating(3, "rate", 2, None, 3)],  # Unique: the group's consensus only
        "statements": [Statement(1, 3, "commit", {"why": "be quick", "over": "being right"}),
                       Statement(2, 3, "commit", CHOSEN, chosen=True)],
        "answers": [Answer(3, "check", 0, "Not yet:\nthe kitchen has not heard of it."),
                    # Two people's own answers from their phones, one of them hostile.
                    Answer(3, "check", 0, "Only the\nmorning shift", "Phone 2"),
                    Answer(3, "check", 0, ROOM_ANSWER, "Priya")],
        "actions": [Action(1, 3, "act", "Pin the directive in every staff room", "Priya",
                           date(2026, 12, 4)),
                    Action(2, 3, "act", "Tell the kitchen", "Sam", date(2026, 11, 27)),
                    Action(3, 3, "act", "Find a sponsor", "")],
    }


def _events() -> list[StepEvent]:
    # Fog ran 09:02-09:20 against 15 planned minutes: "write" took 12 min
    # against 10, "vote" 4 against 3.
    return [
        StepEvent(0, "tell", EventKind.START, "2026-11-22T09:02:00"),
        StepEvent(0, "tell", EventKind.END, "2026-11-22T09:04:00", elapsed=120),
        StepEvent(0, "write", EventKind.START, "2026-11-22T09:04:00"),
        StepEvent(0, "write", EventKind.EXTEND, "2026-11-22T09:13:00", elapsed=540, amount=60),
        StepEvent(0, "write", EventKind.END, "2026-11-22T09:16:00", elapsed=720),
        StepEvent(0, "vote", EventKind.START, "2026-11-22T09:16:00"),
        StepEvent(0, "vote", EventKind.END, "2026-11-22T09:20:00", elapsed=240),
    ]


MakeSession = Callable[..., SessionState]


@pytest.fixture(scope="session")
def make_session() -> MakeSession:
    """A factory, so hypothesis tests can build a fresh session per example."""

    def make(cards: Sequence[Card] | None = None, **header: Any) -> SessionState:
        return SessionState(
            header=SessionHeader(**{**HEADER.__dict__, **header}),
            plan=PLAN,
            templates={FOG.id: FOG, CIRCLE.id: CIRCLE, KEEP.id: KEEP},
            cards=list(_cards() if cards is None else cards),
            events=_events(),
            current=3,
            **(_group_input() if cards is None else {}),
        )

    return make


@pytest.fixture
def session(make_session: MakeSession) -> SessionState:
    return make_session()


@pytest.fixture
def hostile_card() -> str:
    """A card a participant could type that would read a local file if it were HTML."""
    return HOSTILE_CARD


@pytest.fixture
def generated_at() -> datetime:
    return GENERATED_AT


@pytest.fixture
def context(session: SessionState, generated_at: datetime) -> dict[str, Any]:
    from workshop.report.context import build_context

    return build_context(session, generated_at=generated_at)
