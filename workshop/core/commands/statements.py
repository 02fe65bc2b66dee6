"""Statement candidates: the blanks of a statement step filled in; one may be chosen."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace

from workshop.core.commands.base import Command
from workshop.core.session import InputError, SessionState, Statement, clean_text
from workshop.core.templates import InputKind, InputSpec


def clean_values(spec: InputSpec, values: Mapping[str, str]) -> dict[str, str]:
    """Every blank of the step, in the template's order, trimmed; at least one filled."""
    if not isinstance(values, Mapping):
        raise InputError("A statement is given as its blanks and their text.")
    labels = {f.key: f.label for f in spec.fields}
    for key in values:
        if key not in labels:
            raise InputError("{key!r} is not a blank of this statement (it has: {blanks}).",
                             key=key, blanks=", ".join(labels.values()))
    cleaned = {key: clean_text(values.get(key, ""), repr(label)) for key, label in labels.items()}
    if not any(cleaned.values()):
        raise InputError("Fill in at least one blank of the statement.")
    return cleaned


def find_statement(state: SessionState, statement_id: int) -> Statement:
    statement = state.statement(statement_id)
    if statement is None:
        raise InputError("That statement is no longer there.")
    return statement


@dataclass(frozen=True)
class AddCandidate(Command):
    """A new candidate statement for a statement step (not chosen)."""

    item: int
    step: str
    values: Mapping[str, str]

    label = "Add statement"

    def apply(self, state: SessionState) -> Command:
        spec = state.spec_at(self.item, self.step, InputKind.STATEMENT)
        statement = Statement(state.next_id("statements"), self.item, self.step,
                              clean_values(spec, self.values))
        state.put("statements", statement)
        return DeleteCandidate(statement.id)


@dataclass(frozen=True)
class EditCandidate(Command):
    """Rewrite the blanks of a candidate."""

    statement: int
    values: Mapping[str, str]

    label = "Edit statement"

    def apply(self, state: SessionState) -> Command:
        old = find_statement(state, self.statement)
        spec = state.spec_at(old.item, old.step, InputKind.STATEMENT)
        state.put("statements", replace(old, values=clean_values(spec, self.values)))
        return EditCandidate(old.id, dict(old.values))


@dataclass(frozen=True)
class DeleteCandidate(Command):
    """Remove a candidate (chosen or not)."""

    statement: int

    label = "Delete statement"

    def apply(self, state: SessionState) -> Command:
        statement = find_statement(state, self.statement)
        state.remove("statements", statement.key)
        return RestoreCandidate(statement)


@dataclass(frozen=True)
class RestoreCandidate(Command):
    """Put back a deleted candidate exactly as it was (same id, chosen or not)."""

    statement: Statement

    label = "Restore statement"

    def apply(self, state: SessionState) -> Command:
        statement = self.statement
        if state.statement(statement.id) is not None:
            raise InputError("That statement is already there.")
        state.spec_at(statement.item, statement.step, InputKind.STATEMENT)
        if statement.chosen and state.chosen_statement(statement.item, statement.step):
            raise InputError("Another statement has been chosen meanwhile.")
        state.put("statements", statement)
        return DeleteCandidate(statement.id)


@dataclass(frozen=True)
class ChooseCandidate(Command):
    """Mark one candidate of a step as the chosen statement (`statement` None: none)."""

    item: int
    step: str
    statement: int | None

    label = "Choose statement"

    def apply(self, state: SessionState) -> Command:
        state.spec_at(self.item, self.step, InputKind.STATEMENT)
        if self.statement is not None:
            chosen = find_statement(state, self.statement)
            if (chosen.item, chosen.step) != (self.item, self.step):
                raise InputError("That statement belongs to another step.")
        before = state.chosen_statement(self.item, self.step)
        for candidate in state.statements_for(self.item, self.step):
            should = candidate.id == self.statement
            if candidate.chosen != should:
                state.put("statements", replace(candidate, chosen=should))
        return ChooseCandidate(self.item, self.step, before.id if before else None)
