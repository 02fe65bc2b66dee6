"""What the group produced, as the report's context has it: by input kind, hidden cards left out."""

from __future__ import annotations

from typing import Any

import pytest

from tests.report.conftest import ROOM_ANSWER
from workshop.core.commands import AddCard
from workshop.core.session import SessionState
from workshop.report.charts import HEIGHT, PAD, WIDTH, axis, rating_row, scale_x
from workshop.report.produced import due_label
from workshop.report.render import render_html


def _step(context: dict[str, Any], exercise: int, key: str) -> dict[str, Any]:
    return next(s for s in context["exercises"][exercise]["steps"] if s["key"] == key)


def test_board_clusters_hold_their_cards_winners_first(context: dict[str, Any]) -> None:
    write = _step(context, 0, "write")
    assert write["voted"]
    (rules,) = write["clusters"]  # "Only hidden cards" is left out: nothing visible in it
    assert rules["title"] == "Rules that scold" and rules["votes"] == 3
    assert [c["text"] for c in rules["cards"]] == ["Signs that scold at the counter",
                                                  "Forms full of jargon & {{ curly }} braces"]
    # Loose cards, most dots first: the refund card (5) before the hostile one (0).
    assert [c["votes"] for c in write["loose"]] == [5, 0]
    assert all(not c["text"].startswith(("Not yet", "Also hidden")) for c in write["cards"])


def test_vote_results_most_dots_first_without_hidden_cards(context: dict[str, Any]) -> None:
    vote = _step(context, 0, "vote")
    assert [(r["text"], r["votes"], r["rank"]) for r in vote["results"]] == [
        ("Nobody can say yes to a refund", 5, 1),
        ("Rules that scold", 3, 2),
        ("Signs that scold at the counter", 1, 3),
    ]
    assert [r["winner"] for r in vote["results"]] == [True, False, False]
    assert vote["results"][1]["cards"] == ["Signs that scold at the counter",
                                          "Forms full of jargon & {{ curly }} braces"]
    # The 4 dots on the hidden card are not shown, nor counted.
    assert vote["total_dots"] == 9 and vote["voter_count"] == 2
    assert vote["on_title"] == "Find the antiques"


def test_rating_summary_and_chart(context: dict[str, Any]) -> None:
    rating = _step(context, 2, "rate")["rating"]
    pride, delight, unique = rating["rows"]
    assert (pride["average"], pride["average_label"], pride["spread_label"]) == (3.0, "3.0", "±1.0")
    assert (pride["low"], pride["high"], pride["count"]) == (2, 4, 2)
    assert delight["spread"] == 0 and delight["chart"]["band"] is None  # all agreed: no band
    assert unique["count"] == 0 and unique["consensus"] == 3
    assert unique["chart"]["consensus_x"] == scale_x(3, 1, 5) and unique["chart"]["dots"] == []
    assert rating["has_data"] and rating["scale"]["low"] == "never"


def test_statement_chosen_and_candidates(context: dict[str, Any]) -> None:
    commit = _step(context, 2, "commit")
    assert commit["chosen"]["text"] == "We fix it on the spot, over being the cheapest."
    assert [p["filled"] for p in commit["chosen"]["parts"]] == [False, True, False, True, False]
    assert [c["text"] for c in commit["others"]] == ["We be quick, over being right."]
    assert commit["chosen"]["fields"][0] == {"key": "why", "label": "Why",
                                             "value": "fix it on the spot"}


def test_answers_keep_their_lines(context: dict[str, Any]) -> None:
    check = _step(context, 2, "check")
    assert [(a["number"], a["question"], a["text"]) for a in check["answers"]] == [
        (1, "Does everyone know it?", "Not yet:\nthe kitchen has not heard of it."),
        (2, "Would we know we got it right?", ""),
    ]
    # The room's answers after the group's, each with its phone's label for the spreadsheet.
    assert check["answers"][0]["room"] == [{"text": "Only the\nmorning shift", "participant": "Phone 2"},
                                           {"text": ROOM_ANSWER, "participant": "Priya"}]
    assert check["answers"][1]["room"] == []


def test_all_actions_soonest_first_undated_last(context: dict[str, Any]) -> None:
    assert [(a["what"], a["due"], a["due_label"]) for a in context["actions"]] == [
        ("Tell the kitchen", "2026-11-27", "Fri 27 Nov 2026"),
        ("Pin the directive in every staff room", "2026-12-04", "Fri 4 Dec 2026"),
        ("Find a sponsor", "", ""),
    ]
    assert context["actions"][0]["exercise"] == "Keep it alive"
    assert due_label(None) == ""


def test_every_kind_renders_in_html(context: dict[str, Any]) -> None:
    html = render_html(context)
    assert '<figure class="statement-chosen">' in html
    assert '<em class="filled">fix it on the spot</em>' in html
    assert html.count('<svg class="rating-row"') == 3
    assert 'class="result winner"' in html
    assert "Not yet:\nthe kitchen has not heard of it." in html
    # The room's answers, texts only and escaped: never a label, never markup.
    assert "From the room (2)" in html and "<li>Only the\nmorning shift</li>" in html
    assert "&lt;b&gt;Some&lt;/b&gt; of us &amp; the &lt;script&gt;x&lt;/script&gt; desk" in html
    room = html[html.index('<dd class="room-answers">'):]
    room = room[:room.index("</dd>")]
    assert "<script>x" not in html and "Phone 2" not in room and "Priya" not in room
    assert '<section class="next-steps" id="next-steps">' in html
    assert html.count("Pin the directive in every staff room") == 2  # its step, and the sheet to hand out
    assert "All actions" not in html  # a third copy of every action is no more
    assert "{{ curly }}" in html  # card text is never template source


def test_report_without_actions_has_no_next_steps(make_session: Any, generated_at: Any) -> None:
    from workshop.report.context import build_context

    html = render_html(build_context(make_session(cards=[]), generated_at))
    assert "next-steps" not in html and "All actions" not in html


@pytest.mark.parametrize(("value", "x"), [(1, PAD), (5, WIDTH - PAD), (3, WIDTH / 2),
                                          (0, PAD), (9, WIDTH - PAD)])
def test_scale_x_spans_the_track_and_clamps(value: int, x: float) -> None:
    assert scale_x(value, 1, 5) == x


def test_rating_row_geometry() -> None:
    row = rating_row([1, 1, 5, 3], 1, 5, average=2.5)
    assert [(d["x"], d["count"]) for d in row["dots"]] == [(PAD, 2), (300, 1), (WIDTH - PAD, 1)]
    # Two people on 1: the biggest dot; its area twice that of one person's.
    big, one = row["dots"][0]["r"], row["dots"][1]["r"]
    assert big > one
    assert row["range"] == {"x": PAD, "x2": WIDTH - PAD}
    assert row["mean_x"] == scale_x(2.5, 1, 5)
    assert row["band"]["x"] < row["mean_x"] < row["band"]["x"] + row["band"]["width"]
    assert row["y"] == HEIGHT / 2 and row["consensus_x"] is None
    empty = rating_row([], 1, 5, average=None)
    assert empty["dots"] == [] and empty["mean_x"] is None and empty["range"] is None


def test_axis_ticks_every_value_or_just_the_ends() -> None:
    assert [t["value"] for t in axis(1, 5)["ticks"]] == [1, 2, 3, 4, 5]
    assert [t["value"] for t in axis(0, 100)["ticks"]] == [0, 100]



def test_a_board_shown_again_points_to_its_step_instead_of_printing_twice(state: SessionState) -> None:
    """Keep it alive's "Share and cluster" shows the silent-writing board again."""
    from workshop.report.context import build_context
    from workshop.report.markdown_export import markdown_report

    item = next(i for i in state.agenda.items if i.exercise and i.exercise.id == "keep-it-alive")
    AddCard(item.index, "write", "Keep every promise").apply(state)
    context = build_context(state)
    exercise = next(e for e in context["exercises"] if e["id"] == "keep-it-alive")
    cluster, write = (next(s for s in exercise["steps"] if s["key"] == key) for key in ("cluster", "write"))
    assert cluster["continues"] == {"key": "write", "title": "Silent writing"}
    assert cluster["cards"] == [] and cluster["clusters"] == []
    assert write["continues"] is None and [c["text"] for c in write["cards"]] == ["Keep every promise"]
    pointer = "The board of “Silent writing” again: its cards and clusters are under that step"
    html = render_html(context)
    assert html.count(pointer) == 1 and html.count("Keep every promise") == 1
    text = markdown_report(context)
    assert text.count(pointer) == 1 and text.count("Keep every promise") == 1


def test_the_agenda_is_planned_from_the_days_own_start(make_session: Any, generated_at: Any) -> None:
    from workshop.core.session import DayStart
    from workshop.report.context import build_context

    state = make_session()
    assert build_context(state, generated_at)["plan"]["start"] == "09:00"
    state.day_starts = [DayStart("2026-11-22T16:25:00+01:00")]
    context = build_context(state, generated_at)
    assert context["plan"]["start"] == "16:25"
    assert context["agenda"][0]["planned_at"] == "16:25"
    assert context["agenda"][0]["steps"][0]["planned_at"] == "16:25"
