"""What the group's input looks like on screen for each kind of step.

This version captures cards. A `notes` step collects cards (in its columns,
if it has any); a step whose own input arrives in a later version (rating,
statement, questions, actions) still takes cards, so nothing the room says is
lost; a `vote` step shows the cards being voted on; talk and breaks show the
prompt alone.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from workshop.core.agenda import Stop
from workshop.core.templates import Column, InputKind


class CaptureMode(StrEnum):
    NONE = "none"  # talk, a story, a break: prompt and timer only
    CARDS = "cards"  # the step's own cards, typed in the entry
    SHOW = "show"  # another step's cards, read only (a dot vote)


@dataclass(frozen=True)
class Capture:
    """Where the card board of a stop reads from and whether the entry is open."""

    mode: CaptureMode
    item: int = -1
    step: str = ""
    columns: tuple[Column, ...] = ()
    source_title: str = ""  # the step whose cards are shown, for SHOW

    @property
    def takes_cards(self) -> bool:
        return self.mode is CaptureMode.CARDS

    @property
    def shows_cards(self) -> bool:
        return self.mode is not CaptureMode.NONE


def capture_for(stop: Stop) -> Capture:
    """The capture of a stop (see the module docstring)."""
    kind = stop.step.input.kind
    item = stop.item.index
    if stop.item.is_break or kind is InputKind.NONE:
        return Capture(CaptureMode.NONE)
    if kind is InputKind.VOTE and stop.item.exercise is not None:
        try:
            source = stop.item.exercise.step(stop.step.input.on)
        except KeyError:
            return Capture(CaptureMode.NONE)
        # The item's own (possibly plan-shortened) step carries the columns too.
        return Capture(CaptureMode.SHOW, item, source.key, source.input.columns, source.title)
    return Capture(CaptureMode.CARDS, item, stop.step.key, stop.step.input.columns)
