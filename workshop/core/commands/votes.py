"""Dot votes: one person's dots on a card or cluster, or the facilitator's tally."""

from __future__ import annotations

from dataclasses import dataclass

from workshop.core.aggregate import dots_used
from workshop.core.commands.base import Command, whole_number
from workshop.core.session import InputError, SessionState, Target, Vote, clean_name
from workshop.core.templates import InputKind
from workshop.core.worded import said

MAX_TALLY = 999  # dots the room can put on one card; more is a typing slip


@dataclass(frozen=True)
class SetVotes(Command):
    """Set how many dots `voter` has on `target` in a vote step (0 takes them off).

    `voter` None is the tally: the facilitator types the room's count for a
    card. A named voter may not use more than the step's `dots` in all.
    """

    item: int
    step: str
    target: Target
    voter: str | None
    count: int

    label = "Vote"

    def apply(self, state: SessionState) -> Command:
        spec = state.spec_at(self.item, self.step, InputKind.VOTE)
        count = whole_number(self.count, said("A number of dots"))
        if count < 0:
            raise InputError("A number of dots cannot be below zero.")
        self._check_target(state, spec.on)
        voter = None if self.voter is None else clean_name(self.voter, said("The voter"))
        if voter is None:
            if count > MAX_TALLY:
                raise InputError("At most {count} dots fit on one card.", count=MAX_TALLY)
        else:
            elsewhere = dots_used(state, self.item, self.step, voter, besides=self.target)
            if elsewhere + count > spec.dots:
                # (One message per count, each a literal: the catalogues read them from here.)
                left = spec.dots - elsewhere
                if left <= 0 and spec.dots == 1:
                    raise InputError("{voter} has used their one dot.", voter=voter)
                if left <= 0:
                    raise InputError("{voter} has used all {count} dots.", voter=voter, count=spec.dots)
                if left == 1:
                    raise InputError("{voter} has 1 dot left of {count}; {asked} is too many.",
                                     voter=voter, count=spec.dots, asked=count)
                raise InputError("{voter} has {left} dots left of {count}; {asked} is too many.",
                                 voter=voter, left=left, count=spec.dots, asked=count)
        vote = Vote(self.item, self.step, self.target, voter, count)
        old = state.get("votes", vote.key)
        if count:
            state.put("votes", vote)
        else:
            state.remove("votes", vote.key)
        return SetVotes(self.item, self.step, self.target, voter, old.count if old else 0)

    def _check_target(self, state: SessionState, on: str) -> None:
        target = self.target
        if not isinstance(target, Target):
            raise InputError("Dots go on a card or a cluster.")
        found = (state.card(target.id) if target.kind == Target.CARD
                 else state.cluster(target.id) if target.kind == Target.CLUSTER else None)
        if found is None or (found.item, found.step) != (self.item, on):
            if target.kind == Target.CARD:
                raise InputError("That card is not on the board being voted on.")
            raise InputError("That cluster is not on the board being voted on.")
