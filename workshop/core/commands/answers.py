"""Answers: the group's answer to one question of a questions step."""

from __future__ import annotations

from dataclasses import dataclass

from workshop.core.commands.base import Command, whole_number
from workshop.core.session import Answer, InputError, SessionState, clean_text
from workshop.core.templates import InputKind


@dataclass(frozen=True)
class SetAnswer(Command):
    """Write (or rewrite) the answer to question `question` (0-based); "" clears it.

    The text may run over several lines; only its ends are trimmed.
    """

    item: int
    step: str
    question: int
    text: str

    label = "Answer"

    @property
    def merge_key(self) -> str:
        # An answer is saved after each pause in the typing; undo takes back the answer
        # typed in one go, not its last few words.
        return f"answer:{self.item}:{self.step}:{self.question}"

    def apply(self, state: SessionState) -> Command:
        spec = state.spec_at(self.item, self.step, InputKind.QUESTIONS)
        question = whole_number(self.question, "A question")
        if not 0 <= question < len(spec.questions):
            raise InputError(f"This step asks {len(spec.questions)} questions; "
                             f"there is no question {question + 1}.")
        text = clean_text(self.text, "An answer")
        old = state.answer(self.item, self.step, question)
        if text:
            state.put("answers", Answer(self.item, self.step, question, text))
        else:
            state.remove("answers", (self.item, self.step, question))
        return SetAnswer(self.item, self.step, question, old)
