"""Answers: the group's answer to one question of a questions step, or one participant's."""

from __future__ import annotations

from dataclasses import dataclass

from workshop.core.commands.base import Command, whole_number
from workshop.core.session import Answer, InputError, SessionState, clean_name, clean_text
from workshop.core.templates import InputKind
from workshop.core.worded import said


@dataclass(frozen=True)
class SetAnswer(Command):
    """Write (or rewrite) the answer to question `question` (0-based); "" clears it.

    `participant` None is the group's answer; a name is that person's own answer
    (from their phone), kept beside the group's and never in its place.
    The text may run over several lines; only its ends are trimmed.
    """

    item: int
    step: str
    question: int
    text: str
    participant: str | None = None

    label = "Answer"

    @property
    def merge_key(self) -> str:
        # An answer is saved after each pause in the typing; undo takes back the answer
        # typed in one go, not its last few words. A phone's answer and the group's are
        # separate runs, however they interleave.
        key = f"answer:{self.item}:{self.step}:{self.question}"
        return key if self.participant is None else f"{key}:{self.participant}"

    def apply(self, state: SessionState) -> Command:
        spec = state.spec_at(self.item, self.step, InputKind.QUESTIONS)
        question = whole_number(self.question, said("A question"))
        if not 0 <= question < len(spec.questions):
            raise InputError("This step asks {count} questions; there is no question {number}.",
                             count=len(spec.questions), number=question + 1)
        participant = (None if self.participant is None
                       else clean_name(self.participant, said("The participant")))
        text = clean_text(self.text, said("An answer"))
        answer = Answer(self.item, self.step, question, text, participant)
        old = state.answer(self.item, self.step, question, participant)
        if text:
            state.put("answers", answer)
        else:
            state.remove("answers", answer.key)
        return SetAnswer(self.item, self.step, question, old, participant)
