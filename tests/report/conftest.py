"""A small, complete session for the report tests, built here in code.

It does not read resources/exercises, so the report tests say nothing about
(and break on nothing in) the shipped exercise files.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any

import pytest

from workshop.core.session import Card, EventKind, SessionHeader, SessionState, StepEvent
from workshop.core.templates import (
    Column,
    ExerciseTemplate,
    InputKind,
    InputSpec,
    Plan,
    PlanBreak,
    PlanExercise,
    Step,
)

HOSTILE_CARD = '<img src="file:///etc/passwd">'
GENERATED_AT = datetime(2026, 11, 22, 17, 5)

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
PLAN = Plan(
    id="culture",
    title="Customer service culture",
    summary="A morning on what our customers feel.",
    start="09:00",
    items=(PlanExercise("fog", {"write": 600}), PlanBreak(900, "Coffee"), PlanExercise("circle")),
)
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
        (0, "vote", "", "Nobody can say yes to a refund"),
        (2, "map", "staff", "Trusted to fix things on the spot"),
        (2, "map", "customers", "Greeted by name at the desk"),
        (2, "map", "gone", "A card from a column renamed since"),
    ]
    return [Card(i + 1, item, step, text, column, f"2026-11-22T09:{i:02d}:00")
            for i, (item, step, column, text) in enumerate(texts)]


def _events() -> list[StepEvent]:
    # Fog ran from 09:02; "write" took 12 min against 10 planned.
    return [
        StepEvent(0, "tell", EventKind.START, "2026-11-22T09:02:00"),
        StepEvent(0, "tell", EventKind.END, "2026-11-22T09:04:00", elapsed=120),
        StepEvent(0, "write", EventKind.START, "2026-11-22T09:04:00"),
        StepEvent(0, "write", EventKind.EXTEND, "2026-11-22T09:13:00", elapsed=540, amount=60),
        StepEvent(0, "write", EventKind.END, "2026-11-22T09:16:00", elapsed=720),
        StepEvent(0, "vote", EventKind.START, "2026-11-22T09:16:00"),
        StepEvent(0, "vote", EventKind.END, "2026-11-22T09:18:30", elapsed=150),
    ]


MakeSession = Callable[..., SessionState]


@pytest.fixture(scope="session")
def make_session() -> MakeSession:
    """A factory, so hypothesis tests can build a fresh session per example."""

    def make(cards: Sequence[Card] | None = None, **header: Any) -> SessionState:
        return SessionState(
            header=SessionHeader(**{**HEADER.__dict__, **header}),
            plan=PLAN,
            templates={FOG.id: FOG, CIRCLE.id: CIRCLE},
            cards=list(_cards() if cards is None else cards),
            events=_events(),
            current=3,
        )

    return make


@pytest.fixture
def session(make_session: MakeSession) -> SessionState:
    return make_session()
