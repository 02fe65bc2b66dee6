"""Actions: what will be done, who does it, by when."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime

from workshop.core.commands.base import Command
from workshop.core.session import (
    MAX_NAME_LENGTH,
    Action,
    InputError,
    SessionState,
    clean_text,
)
from workshop.core.templates import InputKind
from workshop.core.worded import said


def check_due(due: date | None) -> date | None:
    # A datetime is a date to Python; a due time of day is not something we keep.
    if due is not None and (not isinstance(due, date) or isinstance(due, datetime)):
        raise InputError("A due date is a day (see workshop.core.dates.parse_date).")
    return due


def find_action(state: SessionState, action_id: int) -> Action:
    action = state.action(action_id)
    if action is None:
        raise InputError("That action is no longer there.")
    return action


@dataclass(frozen=True)
class AddAction(Command):
    """A new action on an actions step. Parse typed dates with `dates.parse_date` first."""

    item: int
    step: str
    what: str
    who: str = ""
    due: date | None = None

    label = "Add action"

    def apply(self, state: SessionState) -> Command:
        state.spec_at(self.item, self.step, InputKind.ACTIONS)
        action = Action(state.next_id("actions"), self.item, self.step,
                        clean_text(self.what, said("What will be done"), required=True),
                        clean_text(self.who, said("Who"), limit=MAX_NAME_LENGTH), check_due(self.due))
        state.put("actions", action)
        return DeleteAction(action.id)


@dataclass(frozen=True)
class EditAction(Command):
    """Rewrite an action's what, who and due date."""

    action: int
    what: str
    who: str = ""
    due: date | None = None

    label = "Edit action"

    def apply(self, state: SessionState) -> Command:
        old = find_action(state, self.action)
        state.put("actions", replace(
            old, what=clean_text(self.what, said("What will be done"), required=True),
            who=clean_text(self.who, said("Who"), limit=MAX_NAME_LENGTH), due=check_due(self.due)))
        return EditAction(old.id, old.what, old.who, old.due)


@dataclass(frozen=True)
class DeleteAction(Command):
    """Remove an action."""

    action: int

    label = "Delete action"

    def apply(self, state: SessionState) -> Command:
        action = find_action(state, self.action)
        state.remove("actions", action.key)
        return RestoreAction(action)


@dataclass(frozen=True)
class RestoreAction(Command):
    """Put back a deleted action exactly as it was (same id)."""

    action: Action

    label = "Restore action"

    def apply(self, state: SessionState) -> Command:
        if state.action(self.action.id) is not None:
            raise InputError("That action is already there.")
        state.spec_at(self.action.item, self.action.step, InputKind.ACTIONS)
        state.put("actions", self.action)
        return DeleteAction(self.action.id)
