"""Ratings: one participant's score for an item of a rating step, or the group's consensus."""

from __future__ import annotations

from dataclasses import dataclass

from workshop.core.commands.base import Command, whole_number
from workshop.core.session import InputError, Rating, SessionState, clean_name
from workshop.core.templates import InputKind, InputSpec
from workshop.core.worded import said


def subject_index(spec: InputSpec, subject: int | str) -> int:
    """The index of a rated item, given its index or its name."""
    if isinstance(subject, str):
        if subject in spec.items:
            return spec.items.index(subject)
        raise InputError("{subject!r} is not one of the items rated here.", subject=subject)
    index = whole_number(subject, said("An item"))
    if not 0 <= index < len(spec.items):
        raise InputError("This step rates {count} items; there is no item {number}.",
                         count=len(spec.items), number=index + 1)
    return index


@dataclass(frozen=True)
class SetRating(Command):
    """Score `subject` (index or name of one of the step's items) for `participant`.

    `participant` None is the group's consensus; `value` None clears the score.
    Either way of rating is open whatever the template's `mode` suggests: the
    facilitator decides on the day.
    """

    item: int
    step: str
    subject: int | str
    participant: str | None
    value: int | None

    label = "Rate"

    def apply(self, state: SessionState) -> Command:
        spec = state.spec_at(self.item, self.step, InputKind.RATING)
        subject = subject_index(spec, self.subject)
        participant = (None if self.participant is None
                       else clean_name(self.participant, said("The participant")))
        if self.value is not None:
            value = whole_number(self.value, said("A score"))
            if not spec.scale.min <= value <= spec.scale.max:
                raise InputError("Scores go from {low} to {high}; {value} is outside.",
                                 low=spec.scale.min, high=spec.scale.max, value=value)
        rating = Rating(self.item, self.step, subject, participant, self.value or 0)
        old = state.get("ratings", rating.key)
        if self.value is None:
            state.remove("ratings", rating.key)
        else:
            state.put("ratings", rating)
        return SetRating(self.item, self.step, subject, participant, old.value if old else None)
