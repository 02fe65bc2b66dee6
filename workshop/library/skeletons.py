"""Blank exercises to start from, one per input kind, and where a trainer's own copy goes."""

from __future__ import annotations

from collections.abc import Collection
from pathlib import Path

from workshop.core.languages import SOURCE
from workshop.core.templates import (
    ExerciseTemplate,
    InputKind,
    InputSpec,
    RatingScale,
    StatementField,
    Step,
)
from workshop.library.catalog import EXERCISES_DIR, PLANS_DIR
from workshop.library.writer import dump_exercise

HEADER = """\
# A new exercise. Change the id (the file is saved under that name), the
# title, the summary and the steps. docs/templates.md describes every field.
"""

_PROMPT = "What do we want the group to think about? **Markdown** works here.\n"

# What a trainer calls each kind (the editor's "New exercise" menu says the same).
NAMES = {InputKind.NONE: "talk", InputKind.NOTES: "cards", InputKind.VOTE: "vote",
         InputKind.RATING: "rating", InputKind.STATEMENT: "statement", InputKind.QUESTIONS: "questions",
         InputKind.ACTIONS: "actions"}
_VOTE_PROMPT = "Which of the cards matter most? Three dots each.\n"


def new_id(kind: InputKind) -> str:
    """The id a new exercise of `kind` starts with ("new-cards-exercise")."""
    return f"new-{NAMES[kind]}-exercise"


def _main_step(kind: InputKind) -> Step:
    """The step that shows off `kind`, with settings to overwrite."""
    spec = {
        InputKind.NONE: InputSpec(),
        InputKind.NOTES: InputSpec(InputKind.NOTES),
        InputKind.VOTE: InputSpec(InputKind.VOTE, on="write", dots=3),
        InputKind.RATING: InputSpec(
            InputKind.RATING, items=("First thing to rate", "Second thing to rate"),
            scale=RatingScale(1, 5, "not at all", "completely"),
            question="How well do we do this today?"),
        InputKind.STATEMENT: InputSpec(
            InputKind.STATEMENT,
            fields=(StatementField("who", "Who we serve"), StatementField("how", "How we serve them")),
            compose="We serve {who} by {how}."),
        InputKind.QUESTIONS: InputSpec(
            InputKind.QUESTIONS, questions=("A first question?", "A second question?")),
        InputKind.ACTIONS: InputSpec(InputKind.ACTIONS),
    }[kind]
    titles = {InputKind.NONE: "Frame the exercise", InputKind.NOTES: "Silent writing",
              InputKind.VOTE: "Dot vote", InputKind.RATING: "Rate", InputKind.STATEMENT: "Our statement",
              InputKind.QUESTIONS: "Questions", InputKind.ACTIONS: "Actions"}
    key = {InputKind.NONE: "frame", InputKind.NOTES: "write"}.get(kind, kind.value)
    prompt = _VOTE_PROMPT if kind is InputKind.VOTE else _PROMPT
    return Step(key, titles[kind], 5 * 60, prompt, "Notes for you only, never projected.\n", spec)


def skeleton(kind: InputKind, exercise_id: str) -> str:
    """A valid exercise file whose main step collects `kind`, ready to edit."""
    steps = [_main_step(kind)]
    if kind is InputKind.VOTE:  # a vote needs cards to vote on
        steps.insert(0, _main_step(InputKind.NOTES))
    template = ExerciseTemplate(
        exercise_id, f"New {NAMES[kind]} exercise", "What this exercise is for, in one line.",
        tuple(steps), tags=() if kind is InputKind.NONE else (NAMES[kind],),
        facilitator_notes="Why this exercise, how to run it, what to watch out for.\n")
    return HEADER + dump_exercise(template)


def unused_id(base: str, taken: Collection[str]) -> str:
    """`base`, or `base-2`, `base-3`... whichever is not in `taken`."""
    if base not in taken:
        return base
    number = 2
    while f"{base}-{number}" in taken:
        number += 1
    return f"{base}-{number}"


def user_file(user_root: Path, kind: str, file_id: str, language: str = "") -> Path:
    """Where the trainer's own exercise or plan with `file_id` is kept (a version in a language
    other than English as ``<id>.<language>.yaml``, beside the English one)."""
    name = f"{file_id}.{language}" if language and language != SOURCE else file_id
    return user_root / (EXERCISES_DIR if kind == "exercise" else PLANS_DIR) / f"{name}.yaml"
