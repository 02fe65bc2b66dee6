"""The PDF of a method in rounds and phases: each round in the as-run record, the setting in the agenda."""

from __future__ import annotations

from workshop.core.session import SessionHeader, build_state
from workshop.library.catalog import Library
from workshop.report.context import build_context
from workshop.report.render import render_html


def test_rounds_phases_and_this_groups_values_are_printed(library: Library) -> None:
    plan = library.plans["team-meeting-that-moves"]
    state = build_state(SessionHeader("Moves", "Greenleaf", "Sam", "2026-12-05"), plan,
                        library.templates_for(plan))
    context = build_context(state)
    troika = context["exercises"][1]
    assert [step["title"] for step in troika["steps"]] == [
        "Prepare your challenge", "Consulting round, round 1 of 3 · Client: person 1",
        "Consulting round, round 2 of 3 · Client: person 2",
        "Consulting round, round 3 of 3 · Client: person 3",
        "What helped"]
    assert [phase["title"] for phase in troika["steps"][1]["phases"]] == [
        "The client shares", "Questions", "Consult", "The client reflects"]
    assert {"name": "Groups", "value": "trios"} in troika["setting"]
    assert context["agenda"][0]["setting"][0] == \
        "The question: What gets in the way of serving our customers well?"
    html = render_html(context)
    assert "{{" not in html
    assert "Consulting round, round 2 of 3 · Client: person 2" in html
    assert "What each person brings" in html and "Paper for the client&#39;s notes" in html


def test_a_session_with_values_rounds_and_phases_survives_the_json_export(library: Library) -> None:
    import json

    from workshop.core.exercise_use import plan_with_values
    from workshop.report.json_io import read_session, session_to_json

    plan = plan_with_values(library.plans["team-meeting-that-moves"], {(1, "challenge"): "a **hard** call"})
    state = build_state(SessionHeader("Moves", "", "", "2026-12-05"), plan, library.templates_for(plan))
    back = read_session(json.dumps(session_to_json(state)).encode("utf-8"))
    assert back.plan == state.plan and back.templates == state.templates
    assert [stop.step for stop in back.stops] == [stop.step for stop in state.stops]
    assert back.agenda.items[1].parameters == (("What each person brings", "a **hard** call"),)
