"""Blank exercises to start from, one per input kind, and where a trainer's own copy goes."""

from __future__ import annotations

from collections.abc import Callable, Collection
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
from workshop.core.worded import ENGLISH, Catalogue, Phrase, said
from workshop.library.catalog import EXERCISES_DIR, PLANS_DIR
from workshop.library.writer import dump_exercise

HEADER = said("""\
# A new exercise. Change the id (the file is saved under that name), the
# title, the summary and the steps. docs/templates.md describes every field.
""")

_PROMPT = said("What do we want the group to think about? **Markdown** works here.\n")

# What a trainer calls each kind in an id ("new-cards-exercise") and a tag: file words, never translated.
NAMES = {InputKind.NONE: "talk", InputKind.NOTES: "cards", InputKind.VOTE: "vote",
         InputKind.RATING: "rating", InputKind.STATEMENT: "statement", InputKind.QUESTIONS: "questions",
         InputKind.ACTIONS: "actions"}
# ... and in a title, in the trainer's words (the editor's "New exercise" menu says the same).
_TITLES = {InputKind.NONE: said("New talk exercise"), InputKind.NOTES: said("New cards exercise"),
           InputKind.VOTE: said("New vote exercise"), InputKind.RATING: said("New rating exercise"),
           InputKind.STATEMENT: said("New statement exercise"),
           InputKind.QUESTIONS: said("New questions exercise"),
           InputKind.ACTIONS: said("New actions exercise")}
_STEP_TITLES = {InputKind.NONE: said("Frame the exercise"), InputKind.NOTES: said("Silent writing"),
                InputKind.VOTE: said("Dot vote"), InputKind.RATING: said("Rate"),
                InputKind.STATEMENT: said("Our statement"), InputKind.QUESTIONS: said("Questions"),
                InputKind.ACTIONS: said("Actions")}
_VOTE_PROMPT = said("Which of the cards matter most? Three dots each.\n")


def new_id(kind: InputKind) -> str:
    """The id a new exercise of `kind` starts with ("new-cards-exercise")."""
    return f"new-{NAMES[kind]}-exercise"


def _main_step(kind: InputKind, say: Callable[[Phrase], str]) -> Step:
    """The step that shows off `kind`, with settings to overwrite."""
    spec = {
        InputKind.NONE: InputSpec(),
        InputKind.NOTES: InputSpec(InputKind.NOTES),
        InputKind.VOTE: InputSpec(InputKind.VOTE, on="write", dots=3),
        InputKind.RATING: InputSpec(
            InputKind.RATING, items=(say(said("First thing to rate")), say(said("Second thing to rate"))),
            scale=RatingScale(1, 5, say(said("not at all")), say(said("completely"))),
            question=say(said("How well do we do this today?"))),
        InputKind.STATEMENT: InputSpec(
            InputKind.STATEMENT,
            fields=(StatementField("who", say(said("Who we serve"))),
                    StatementField("how", say(said("How we serve them")))),
            compose=say(said("We serve {who} by {how}."))),
        InputKind.QUESTIONS: InputSpec(
            InputKind.QUESTIONS, questions=(say(said("A first question?")), say(said("A second question?")))),
        InputKind.ACTIONS: InputSpec(InputKind.ACTIONS),
    }[kind]
    key = {InputKind.NONE: "frame", InputKind.NOTES: "write"}.get(kind, kind.value)
    prompt = _VOTE_PROMPT if kind is InputKind.VOTE else _PROMPT
    return Step(key, say(_STEP_TITLES[kind]), 5 * 60, say(prompt),
                say(said("Notes for you only, never projected.\n")), spec)


def skeleton(kind: InputKind, exercise_id: str, catalogue: Catalogue = ENGLISH, language: str = "") -> str:
    """A valid exercise file whose main step collects `kind`, ready to edit, in the words of
    `catalogue`; a `language` other than English is written in the file."""
    def say(phrase: Phrase) -> str:
        return phrase.translated(catalogue)

    steps = [_main_step(kind, say)]
    if kind is InputKind.VOTE:  # a vote needs cards to vote on
        steps.insert(0, _main_step(InputKind.NOTES, say))
    template = ExerciseTemplate(
        exercise_id, say(_TITLES[kind]), say(said("What this exercise is for, in one line.")),
        tuple(steps), tags=() if kind is InputKind.NONE else (NAMES[kind],),
        facilitator_notes=say(said("Why this exercise, how to run it, what to watch out for.\n")),
        language="" if language == SOURCE else language)
    return say(HEADER) + dump_exercise(template)


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
