"""What a phone sends, turned into the session's own commands: the same the console runs.

A phone sends JSON: `{"id": ..., "step": N, "kind": "card" | "dots" | "score" | "answer", ...}`.
`id` is the phone's own name for the change (it sends it again, with the
same id, when the connection dropped before it heard back); `step` is the
step the phone showed when the person acted, so a card written as the
facilitator moves on still lands where it was written. Anything malformed
is refused with a sentence for the phone, never a traceback.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from workshop.core.commands import AddCard, Command, SetAnswer, SetRating, SetVotes
from workshop.core.phones import Phone
from workshop.core.rules import InputError
from workshop.core.session import SessionState, Target
from workshop.core.templates import InputKind


@dataclass(frozen=True)
class Submission:
    client_id: str
    command: Command


def parse(data: Any, state: SessionState, phone: Phone, hold: bool) -> Submission:
    """The command a phone's message asks for; `InputError` saying why not."""
    if not isinstance(data, dict):
        raise InputError("The phone sent something that is not a change.")
    client_id = data.get("id")
    if not isinstance(client_id, str) or not 0 < len(client_id) <= 64:
        raise InputError("The change has no usable id.")
    index = data.get("step")
    if not isinstance(index, int) or isinstance(index, bool) or not 0 <= index < len(state.stops):
        raise InputError("That step is not in this session.")
    stop = state.stops[index]
    item, board = stop.input_key
    kind = data.get("kind")
    spec = stop.step.input
    if kind == "card" and spec.kind is InputKind.NOTES:
        text, column = data.get("text"), data.get("column", "")
        if not isinstance(text, str) or not isinstance(column, str):
            raise InputError("A card is text.")
        return Submission(client_id, AddCard(item, board, text, column, author=phone.name, hidden=hold,
                                             device=phone.device))
    if kind == "dots" and spec.kind is InputKind.VOTE:
        return Submission(client_id, SetVotes(*stop.key, _target(data.get("target")), phone.label,
                                              _number(data.get("count"), "A number of dots")))
    if kind == "score" and spec.kind is InputKind.RATING:
        value = data.get("value")
        return Submission(client_id, SetRating(*stop.key, _number(data.get("item"), "An item"), phone.label,
                                               None if value is None else _number(value, "A score")))
    if kind == "answer" and spec.kind is InputKind.QUESTIONS:
        # The phone's own answer ("" clears it), beside the group's: never in its place.
        text = data.get("text")
        if not isinstance(text, str):
            raise InputError("An answer is text.")
        return Submission(client_id, SetAnswer(*stop.key, _number(data.get("question"), "A question"),
                                               text, participant=phone.label))
    raise InputError("This step does not take that from phones.")


def _number(value: Any, what: str) -> int:
    if not isinstance(value, int) or isinstance(value, bool):
        raise InputError("{what} must be a whole number.", what=what)
    return value


def _target(value: Any) -> Target:
    if isinstance(value, str) and ":" in value:
        kind, _, number = value.partition(":")
        if kind in (Target.CARD, Target.CLUSTER) and number.isdigit() and len(number) < 10:
            return Target(kind, int(number))
    raise InputError("Dots go on a card or a cluster of the board.")
