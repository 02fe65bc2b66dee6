"""Results held back for the facilitator's cue: shown on the wall, or held back again."""

from __future__ import annotations

from dataclasses import dataclass

from workshop.core.commands.base import Command
from workshop.core.session import InputError, Reveal, SessionState


@dataclass(frozen=True)
class SetResultsShown(Command):
    """Show (or hold back again) the wall's votes, scores or answers of a step that waits for a cue.

    Only a step whose template says `reveal: on-cue` waits; the console and the
    PDF always show the results, whatever this says.
    """

    item: int
    step: str
    shown: bool

    label = "Reveal the results"

    def apply(self, state: SessionState) -> Command:
        if not state.step_at(self.item, self.step).input.on_cue:
            raise InputError("This step shows its results on the wall as they come; "
                             "there is nothing to reveal.")
        if not isinstance(self.shown, bool):
            raise InputError("Shown is true or false, not {shown!r:.40}.", shown=self.shown)
        before = state.get("reveals", (self.item, self.step)) is not None
        if self.shown:
            state.put("reveals", Reveal(self.item, self.step))
        else:
            state.remove("reveals", (self.item, self.step))
        return SetResultsShown(self.item, self.step, before)
