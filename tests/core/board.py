"""A small session with one step of every input kind, built in code for the command tests.

Shared by tests/core and tests/store (import it; fixtures live in each conftest).
"""

from __future__ import annotations

import pytest

from workshop.core.commands import Command
from workshop.core.session import InputError, SessionHeader, SessionState
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

ITEM = 0  # the board exercise's place in the agenda
BOARD = ExerciseTemplate(
    id="board",
    title="Every kind of input",
    summary="One step of each kind.",
    steps=(
        Step("talk", "Tell the story", 60),
        Step("write", "Write cards", 300, input=InputSpec(
            InputKind.NOTES, columns=(Column("keep", "Keep"), Column("drop", "Drop")))),
        Step("plain", "Free cards", 120, input=InputSpec(InputKind.NOTES)),
        Step("vote", "Dot vote", 180, input=InputSpec(InputKind.VOTE, on="write", dots=3)),
        Step("rate", "Rate the words", 240, input=InputSpec(
            InputKind.RATING, items=("Pride", "Engage", "Delight"),
            scale=RatingScale(1, 5, "never", "often"), reveal="on-cue")),
        Step("commit", "Our purpose", 300, input=InputSpec(
            InputKind.STATEMENT,
            fields=(StatementField("why", "Why we exist"),
                    StatementField("everything", "Over everything else")),
            compose="We {why}, over {everything}.")),
        Step("ask", "Questions", 300, input=InputSpec(
            InputKind.QUESTIONS, questions=("What surprised you?", "What will you try?"))),
        Step("act", "Actions", 300, input=InputSpec(InputKind.ACTIONS)),
    ),
)
PLAN = Plan(id="all-kinds", title="All kinds", start="09:00",
            items=(PlanExercise("board"), PlanBreak(600, "Coffee")))
HEADER = SessionHeader("Board day", "Harbour Street Library", "Dana Okafor", "2026-11-22",
                       ("Ana", "Ben", "Chen"))


def board_state() -> SessionState:
    """A fresh, empty session of the board plan."""
    return SessionState(header=HEADER, plan=PLAN, templates={BOARD.id: BOARD})


def undoes(state: SessionState, command: Command) -> Command:
    """Apply `command`; check its inverse restores `state` exactly and redoing gets the change back.

    Returns the inverse (the state is left changed).
    """
    before = state.copy()
    inverse = command.apply(state)
    after = state.copy()
    redo = inverse.apply(state)
    assert state == before, f"undoing {command} did not restore the state"
    again = redo.apply(state)
    assert state == after, f"redoing {command} did not repeat the change"
    return again


def refuses(state: SessionState, command: Command, match: str) -> None:
    """`command` raises InputError matching `match` and leaves `state` as it was."""
    before = state.copy()
    with pytest.raises(InputError, match=match):
        command.apply(state)
    assert state == before
