"""The session as JSON and back: nothing lost, bad input named by field."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from dataclasses import replace
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from workshop.core.session import Card, DayStart, SessionState
from workshop.report.json_io import FORMAT, VERSION, session_from_json, session_to_json


def _same(a: SessionState, b: SessionState) -> None:
    assert a.header == b.header
    assert a.plan == b.plan
    assert dict(a.templates) == dict(b.templates)
    assert a.cards == b.cards
    assert a.events == b.events
    assert a.current == b.current
    for table in ("clusters", "votes", "ratings", "statements", "answers", "actions", "day_starts"):
        assert getattr(a, table) == getattr(b, table), table


def _through_json(state: SessionState) -> SessionState:
    return session_from_json(json.loads(json.dumps(session_to_json(state))))


def made_by_the_app(session: SessionState) -> SessionState:
    """The fixture session without its card in a column the template does not have.

    The report prints such a card (an older file may hold one); the app never makes one,
    so an import refuses it (`test_import_refuses`).
    """
    return replace(session, cards=[card for card in session.cards if card.column != "gone"])


def test_round_trip_keeps_everything(session: SessionState) -> None:
    session = made_by_the_app(session)
    data = session_to_json(session)
    assert data["format"] == FORMAT and data["version"] == VERSION
    assert set(data["templates"]) == {"fog", "circle", "keep"}
    back = _through_json(session)
    _same(session, back)
    assert back.plan.items[0].durations == {"write": 600}  # the plan's override survived
    assert back.record_for(0, "write").extension == 60  # and the as-run record with it
    assert back.chosen_statement(3, "commit") is not None  # and the group's input
    # An answer says whose it is: null for the group's, the phone's label for a participant's.
    assert [(a["participant"], a["text"][:7]) for a in data["answers"]] == [
        (None, "Not yet"), ("Phone 2", "Only th"), ("Priya", "<b>Some")]
    assert back.answer(3, "check", 0, "Phone 2") == "Only the\nmorning shift"


def test_version_1_files_still_read(session: SessionState) -> None:
    session = made_by_the_app(session)
    data = session_to_json(session)
    for table in ("clusters", "votes", "ratings", "statements", "answers", "actions"):
        del data[table]
    data["version"] = 1
    for card in data["cards"]:
        for name in ("colour", "hidden", "author", "cluster", "position"):
            del card[name]
    back = session_from_json(data)
    assert [c.text for c in back.cards] == [c.text for c in session.cards]
    assert back.votes == [] and back.actions == []


AFTERNOON = "2026-11-22T16:25:00+01:00"


def test_the_days_own_start_goes_out_and_comes_back(session: SessionState) -> None:
    session = made_by_the_app(session)
    assert session_to_json(session)["day_start"] == ""
    session.day_starts.append(DayStart(AFTERNOON))
    data = session_to_json(session)
    assert data["day_start"] == AFTERNOON
    assert _through_json(session).day_start == AFTERNOON
    assert session_from_json(json.loads(json.dumps(data)), trusted=True).day_start == AFTERNOON


@pytest.mark.parametrize("version", [1, 2, 3])
def test_files_from_before_the_days_own_start_read_with_the_plans(session: SessionState,
                                                                   version: int) -> None:
    data = session_to_json(made_by_the_app(session))
    del data["day_start"]
    data["version"] = version
    back = session_from_json(data)
    assert back.day_start == "" and back.day_starts == []
    assert [c.text for c in back.cards] == [c.text for c in made_by_the_app(session).cards]


def test_an_answer_without_a_participant_is_the_groups(session: SessionState) -> None:
    data = session_to_json(made_by_the_app(session))
    del data["answers"][0]["participant"]  # as a file from before phones has it
    back = session_from_json(data)
    assert back.answer(3, "check", 0) == "Not yet:\nthe kitchen has not heard of it."
    # "" is no one, as for a rating: a second answer of the group's to the same question.
    data["answers"][1]["participant"] = ""
    with pytest.raises(ValueError, match=r"^answers\[1\]: the same as answers\[0\]"):
        session_from_json(data)


@settings(max_examples=60, deadline=None)
@given(texts=st.lists(st.text(min_size=1, max_size=200).map(str.strip).filter(bool), max_size=12),
       title=st.text(max_size=80).map(lambda text: " ".join(text.split())).filter(bool))
def test_round_trip_keeps_any_card_text(make_session: Callable[..., SessionState],
                                        texts: list[str], title: str) -> None:
    cards = [Card(i + 1, 0, "write", text, "", "") for i, text in enumerate(texts)]
    state = make_session(cards=cards, title=title)
    _same(state, _through_json(state))


@pytest.mark.parametrize(("change", "field"), [
    (lambda d: d.update(format="something-else"), "format"),
    (lambda d: d.update(version=VERSION + 1), "version"),
    (lambda d: d.update(version="1"), "version"),
    (lambda d: d["header"].pop("title"), "header.title"),
    (lambda d: d["header"].update(participants=["Sam", 3]), "header.participants[1]"),
    (lambda d: d["cards"][1].update(text=12), "cards[1].text"),
    (lambda d: d["cards"][0].update(item=True), "cards[0].item"),
    (lambda d: d["cards"].append("not a card"), "cards[9]"),
    (lambda d: d["cards"][0].update(hidden="yes"), "cards[0].hidden"),
    (lambda d: d["votes"][0]["target"].update(kind="person"), "votes[0].target.kind"),
    (lambda d: d["votes"][0].update(count=2.5), "votes[0].count"),
    (lambda d: d["ratings"][4].update(participant=7), "ratings[4].participant"),
    (lambda d: d["statements"][0]["values"].update(why=3), "statements[0].values['why']"),
    (lambda d: d["actions"][0].update(due="next friday"), "actions[0].due"),
    (lambda d: d["answers"][0].pop("text"), "answers[0].text"),
    (lambda d: d["answers"][1].update(participant=7), "answers[1].participant"),
    (lambda d: d["clusters"][0].update(name=None), "clusters[0].name"),
    (lambda d: d["events"][2].update(kind="explode"), "events[2].kind"),
    (lambda d: d["events"][0].update(elapsed="long"), "events[0].elapsed"),
    (lambda d: d["plan"].pop("items"), "plan"),
    (lambda d: d["templates"].pop("circle"), "plan.items"),
    (lambda d: d["templates"]["fog"].pop("steps"), "templates['fog']"),
    (lambda d: d["templates"]["fog"].update(id="other"), "templates['fog'].id"),
    (lambda d: d.update(current="3"), "current"),
    (lambda d: d.update(day_start=1625), "day_start"),
    (lambda d: d.update(day_start="after lunch"), "day_start"),
    (lambda d: d.update(day_start="2026-11-22"), "day_start"),
])
def test_bad_input_names_the_field(session: SessionState, change: Callable[[dict[str, Any]], Any],
                                   field: str) -> None:
    data = copy.deepcopy(session_to_json(session))
    change(data)
    with pytest.raises(ValueError) as error:
        session_from_json(data)
    assert str(error.value).startswith(field + ":"), str(error.value)


def test_not_an_object_is_refused() -> None:
    with pytest.raises(ValueError, match="session: expected an object"):
        session_from_json(["a", "list"])


def test_broken_links_are_refused_before_anything_is_written(session: SessionState) -> None:
    data = session_to_json(session)
    assert data["cards"], "the fixture session needs cards"
    data["cards"][0]["cluster"] = 9999  # a card in a cluster that does not exist
    with pytest.raises(ValueError, match=r"cards\[0\]: That cluster is not on this card's board"):
        session_from_json(data)


@pytest.mark.parametrize("kind", ["vote", "notes"])
def test_a_step_naming_a_board_that_is_not_there_is_refused(session: SessionState, kind: str) -> None:
    data = session_to_json(session)
    steps = next(t["steps"] for t in data["templates"].values()
                 if any(s["input"]["kind"] == "vote" for s in t["steps"]))
    vote = next(s for s in steps if s["input"]["kind"] == "vote")
    vote["input"] = {"kind": kind, "on": "nowhere"}
    with pytest.raises(ValueError, match=r"templates\['fog'\]\.steps\[2\]\.input\.on: no step has the key "
                                          "'nowhere'"):
        session_from_json(data)


def test_empty_voter_reads_as_the_tally(session: SessionState) -> None:
    from workshop.report.json_io import _optional

    assert _optional({"voter": ""}, "voter", str, "votes[0].") is None
    assert _optional({"voter": "Ana"}, "voter", str, "votes[0].") == "Ana"
