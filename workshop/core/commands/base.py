"""What every command is: a frozen value that changes a session and returns its inverse.

`inverse = command.apply(state)` validates first and raises `InputError`
before touching anything; then it changes `state` and returns the command
that takes the change back. Undo applies the inverse; applying what *that*
returns redoes the change exactly (same ids, same times). The store calls the
same `apply` on a scratch copy of the state, so undo, redo and persistence go
through one door.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any, ClassVar

from workshop.core.session import InputError, SessionState
from workshop.core.templates import InputKind, InputSpec


class Command:
    """A change to a session. Subclasses are frozen dataclasses."""

    label: ClassVar[str] = "Change"  # for the Undo/Redo menu ("Undo Add card")

    def apply(self, state: SessionState) -> Command:
        """Change `state` and return the inverse; InputError (and no change) if refused.

        Never called by a store or a screen directly: the session layer applies
        commands, so the file and every listener see each change.
        """
        raise NotImplementedError

    @property
    def merge_key(self) -> str:
        """Changes with the same non-empty key, made one after another, are one step to undo."""
        return ""


@dataclass(frozen=True)
class Batch(Command):
    """Several commands as one change, undone together (e.g. drop a card on a card:
    create a cluster and move both into it)."""

    commands: tuple[Command, ...]
    title: str = "Change"

    @property
    def label(self) -> str:  # type: ignore[override]
        return self.title

    def apply(self, state: SessionState) -> Command:
        done: list[Command] = []
        try:
            for command in self.commands:
                done.append(command.apply(state))
        except InputError:
            # All or nothing: take back the part that went through.
            for inverse in reversed(done):
                inverse.apply(state)
            raise
        return Batch(tuple(reversed(done)), self.title)


# -- checks shared by the commands ---------------------------------------------------


def whole_number(value: Any, what: str) -> int:
    """`value` as an int; bools and other types are refused."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise InputError("{what} must be a whole number, not {value!r:.40}.", what=what, value=value)
    return value


def finite_number(value: Any, what: str) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise InputError("{what} must be a number, not {value!r:.40}.", what=what, value=value)
    return float(value)


def flag(value: Any, what: str) -> bool:
    if not isinstance(value, bool):
        raise InputError("{what} must be yes or no, not {value!r:.40}.", what=what, value=value)
    return value


# Cards (and their clusters) live on steps that collect something; a talk or
# a break takes none, and a vote step shows the cards of an earlier step.
CARD_KINDS = frozenset(InputKind) - {InputKind.NONE, InputKind.VOTE}


def card_step(state: SessionState, item: int, step: str) -> InputSpec:
    """The input of a step that takes cards; InputError otherwise."""
    spec = state.spec_at(item, step)
    if spec.kind not in CARD_KINDS:
        raise InputError("The step “{title}” does not collect cards.", title=state.step_at(item, step).title)
    if spec.kind is InputKind.NOTES and spec.on:
        raise InputError("The step “{title}” shows the board of “{board}”; its cards belong to that step.",
                         title=state.step_at(item, step).title, board=state.step_at(item, spec.on).title)
    return spec


def check_column(spec: InputSpec, column: str, keep: str | None = None) -> str:
    """A column key the step has ("" when it has none); `keep` (the card's own) always passes."""
    if not isinstance(column, str):
        raise InputError("A column is named by its key, not {column!r:.40}.", column=column)
    if column == keep:
        return column
    keys = [c.key for c in spec.columns]
    if not keys and column == "":
        return column
    if column not in keys:
        if not keys:
            raise InputError("This step has no columns.")
        names = ", ".join(c.label for c in spec.columns)
        raise InputError("Choose one of the columns: {names}.", names=names)
    return column
