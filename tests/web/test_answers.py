"""Answers from phones: each phone answers each question of a questions step for itself,
beside the group's answer and never in its place."""

from __future__ import annotations

from typing import Any

import pytest

from tests.core.board import ITEM
from tests.web.conftest import ASK, RATE, WRITE, Served
from workshop.core.commands import SetAnswer
from workshop.store import SessionFile

HOSTILE = '<img src=x onerror="alert(1)"><script>alert(2)</script>&amp;'


def _answers(served: Served) -> list[tuple[int, str | None, str]]:
    """What the file holds, read by a separate reader: (question, participant, text)."""
    return [(a.question, a.participant, a.text) for a in SessionFile.snapshot(served.path).answers]


def test_a_phone_sees_the_questions_and_its_own_answers(served: Served) -> None:
    served.go_to(ASK)
    phone = served.phone()
    joined = phone.join()
    step = joined.data["view"]["step"]
    assert step["kind"] == "questions" and step["title"] == "Questions"
    assert step["questions"] == ["What surprised you?", "What will you try?"]
    assert joined.data["mine"] == {"label": "Phone 1", "named": False, "answers": {}}

    sent = phone.send({"id": "a1", "step": ASK, "kind": "answer", "question": 1,
                       "text": "  Ask first,\nthen write.  "})
    assert sent.status == 200 and sent.data["received"] == "a1"
    assert sent.data["mine"]["answers"] == {"1": "Ask first,\nthen write."}
    # Committed before "received": the file holds it, as this phone's, not the group's.
    assert _answers(served) == [(1, "Phone 1", "Ask first,\nthen write.")]
    assert phone.request("GET", "api/state").data["mine"]["answers"] == {"1": "Ask first,\nthen write."}


def test_a_phones_answer_never_touches_the_groups(served: Served) -> None:
    served.on_owner(lambda: served.session.execute(SetAnswer(ITEM, "ask", 0, "The queue at nine")))
    served.go_to(ASK)
    ana, other = served.phone(), served.phone()
    ana.join("Ana")
    other.join()
    assert ana.send({"id": "x", "step": ASK, "kind": "answer", "question": 0,
                     "text": HOSTILE}).status == 200
    assert other.send({"id": "x", "step": ASK, "kind": "answer", "question": 0,
                       "text": "The calm"}).status == 200
    assert _answers(served) == [(0, None, "The queue at nine"), (0, "Ana", HOSTILE),
                                (0, "Phone 2", "The calm")]
    # Each phone sees its own answer only: never the group's, never another phone's.
    assert other.request("GET", "api/state").data["mine"]["answers"] == {"0": "The calm"}
    state = ana.request("GET", "api/state")
    assert state.data["mine"]["answers"] == {"0": HOSTILE}
    assert "The queue at nine" not in state.body.decode() and "The calm" not in state.body.decode()
    assert served.on_owner(lambda: served.session.state.answer(ITEM, "ask", 0)) == "The queue at nine"


def test_an_answer_is_rewritten_cleared_and_taken_once(served: Served) -> None:
    served.go_to(ASK)
    phone = served.phone()
    phone.join()
    first = {"id": "a1", "step": ASK, "kind": "answer", "question": 0, "text": "Short"}
    assert phone.send(first).status == 200
    assert phone.send({**first, "id": "a2", "text": "Longer now"}).status == 200
    # The first change sent again (its answer was lost on the way): not applied twice.
    assert phone.send(first).status == 200
    assert _answers(served) == [(0, "Phone 1", "Longer now")]
    cleared = phone.send({"id": "a3", "step": ASK, "kind": "answer", "question": 0, "text": ""})
    assert cleared.status == 200 and cleared.data["mine"]["answers"] == {}
    assert _answers(served) == []


def test_an_answer_written_as_the_step_changes_lands_where_it_was_written(served: Served) -> None:
    served.go_to(ASK)
    phone = served.phone()
    phone.join()
    served.go_to(WRITE)
    late = phone.send({"id": "late", "step": ASK, "kind": "answer", "question": 1, "text": "Late"})
    assert late.status == 200 and "answers" not in late.data["mine"]  # the phone shows the cards now
    assert _answers(served) == [(1, "Phone 1", "Late")]


def test_the_console_undoes_a_phones_answer_alone(served: Served) -> None:
    served.go_to(ASK)
    served.on_owner(lambda: served.session.execute(SetAnswer(ITEM, "ask", 0, "Ours")))
    phone = served.phone()
    phone.join()
    phone.send({"id": "a1", "step": ASK, "kind": "answer", "question": 0, "text": "Mi"})
    phone.send({"id": "a2", "step": ASK, "kind": "answer", "question": 0, "text": "Mine"})
    served.on_owner(served.session.undo)  # the phone's answer typed in one go: one step
    assert _answers(served) == [(0, None, "Ours")]
    assert phone.request("GET", "api/state").data["mine"]["answers"] == {}


@pytest.mark.parametrize("body", [
    {"id": "x", "step": ASK, "kind": "answer", "question": 2, "text": "no third question"},
    {"id": "x", "step": ASK, "kind": "answer", "question": -1, "text": "before the first"},
    {"id": "x", "step": ASK, "kind": "answer", "question": "0", "text": "a string is not a number"},
    {"id": "x", "step": ASK, "kind": "answer", "question": True, "text": "a bool is not a number"},
    {"id": "x", "step": ASK, "kind": "answer", "text": "no question"},
    {"id": "x", "step": ASK, "kind": "answer", "question": 0},
    {"id": "x", "step": ASK, "kind": "answer", "question": 0, "text": ["not", "text"]},
    {"id": "x", "step": WRITE, "kind": "answer", "question": 0, "text": "not a questions step"},
    {"id": "x", "step": RATE, "kind": "answer", "question": 0, "text": "nor this"},
    {"id": "x", "step": ASK, "kind": "card", "text": "a card is not an answer"},
])
def test_malformed_answers_are_refused_in_words(served: Served, body: dict[str, Any]) -> None:
    served.go_to(ASK)
    phone = served.phone()
    phone.join()
    answer = phone.send(body)
    assert answer.status == 422, answer.body
    assert answer.data["error"] and "Traceback" not in answer.data["error"]
    assert _answers(served) == []
