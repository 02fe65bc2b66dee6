"""The PDF carries the day forward: a recalled result, a stereotype beside its flip, cards as on the wall."""

from __future__ import annotations

import re
import subprocess
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from tests.pdf_text import pdf_text
from tests.report.conftest import CIRCLE, KEEP, MakeSession
from workshop.core.session import Card, SessionState
from workshop.core.templates import Recall
from workshop.report.context import build_context
from workshop.report.pdf import write_pdf
from workshop.report.render import render_html, shipped_report_dir

# Typed in this order: two stereotypes, then their flips; the second flip not written yet for
# the third stereotype.
PAIRS = [("staff", "Forty minutes on hold", "pink", "Sam"),
         ("staff", "The small print", "", ""),
         ("customers", "A named person calls you back within the hour", "green", "Priya"),
         ("staff", "You're just a number", "blue", ""),
         ("customers", "Everything that matters fits on one page", "", "")]


@pytest.fixture
def carried(make_session: MakeSession) -> SessionState:
    state = make_session()
    [board] = CIRCLE.steps
    circle = replace(CIRCLE, steps=(replace(board, input=replace(board.input, pairs=True)),))
    # Commit recalls the winner of the fog's vote, another exercise earlier in the plan.
    keep = replace(KEEP, steps=tuple(replace(step, recall=Recall("vote", "fog")) if step.key == "commit"
                                     else step for step in KEEP.steps))
    cards = [card for card in state.cards if card.item != 2]
    cards += [Card(20 + number, 2, "map", text, column, colour=colour, author=author, position=number)
              for number, (column, text, colour, author) in enumerate(PAIRS)]
    return SessionState(header=state.header, plan=state.plan,
                        templates={**state.templates, "circle": circle, "keep": keep}, cards=cards,
                        events=state.events, clusters=state.clusters, votes=state.votes,
                        ratings=state.ratings, statements=state.statements, answers=state.answers,
                        actions=state.actions)


def _step(context: dict[str, Any], exercise: str, key: str) -> dict[str, Any]:
    found = next(e for e in context["exercises"] if e["id"] == exercise)
    return next(step for step in found["steps"] if step["key"] == key)


def test_the_context_pairs_each_stereotype_with_its_flip_in_board_order(carried: SessionState,
                                                                       generated_at: datetime) -> None:
    context = build_context(carried, generated_at)
    pairs = _step(context, "circle", "map")["pairs"]
    assert [(p["left"]["text"], p["right"]["text"] if p["right"] else None) for p in pairs] == [
        ("Forty minutes on hold", "A named person calls you back within the hour"),
        ("The small print", "Everything that matters fits on one page"),
        ("You're just a number", None)]
    assert pairs[0]["left"]["colour"] == "pink" and pairs[0]["left"]["author"] == "Sam"
    assert _step(context, "fog", "write")["pairs"] == []  # no pairs asked for


def test_the_recalled_winner_is_printed_with_the_step_that_showed_it(carried: SessionState,
                                                                     generated_at: datetime) -> None:
    context = build_context(carried, generated_at)
    recall = _step(context, "keep", "commit")["recall"]
    # The fixture's vote: the refund card has 5 dots, more than the cluster's 3.
    assert recall == {"heading": "Most dots in “Put away first” · Clear the fog", "single": True,
                      "lines": [{"text": "Nobody can say yes to a refund", "detail": "5 dots",
                                 "cluster": False}], "more": 0}
    assert _step(context, "keep", "check")["recall"] is None
    html = render_html(context)
    commit = html.split('<span class="step-name">Commit</span>', 1)[1].split("</article>", 1)[0]
    assert commit.index('class="recall single"') < commit.index('class="prompt md"')
    assert "Nobody can say yes to a refund" in commit


def test_the_pdf_shows_pairs_side_by_side_and_cards_with_their_colours_and_authors(
        carried: SessionState, generated_at: datetime, tmp_path: Path) -> None:
    context = build_context(carried, generated_at)
    html = render_html(context)
    assert html.count('class="pair"') == 3
    assert re.search(r'class="pair-side card colour-pink">.*?Forty minutes on hold.*?'
                     r'<span class="card-author">Sam</span>', html)
    assert 'class="pair-side pair-missing"' in html
    fog = html.split('id="item-0"', 1)[1].split("</section>", 1)[0]
    assert "card-author" not in fog  # nobody's name where nobody gave one

    pdf = write_pdf(context, tmp_path / "carried.pdf")
    text = pdf_text(pdf)
    # Side by side: the stereotype, the arrow and its flip on one line of the page, in that order.
    laid_out = subprocess.run(["pdftotext", "-layout", "-enc", "UTF-8", str(pdf), "-"], capture_output=True,
                              check=True).stdout.decode("utf-8")
    rows = [" ".join(line.split()) for line in laid_out.splitlines()]
    for row in ("Forty minutes on hold → A named person calls you back within", "— Sam the hour",
                "The small print → Everything that matters fits on one", "You're just a number → —"):
        assert row in rows, laid_out
    assert "— Priya" in text
    assert "MOST DOTS IN “PUT AWAY FIRST” · CLEAR THE FOG" in text


def _luminance(colour: str) -> float:
    channels = [int(colour[i:i + 2], 16) / 255 for i in (1, 3, 5)]
    r, g, b = (c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def test_card_colours_stay_readable_on_paper() -> None:
    """Every card colour's fill keeps the ink at AAA contrast, and its edge is visible on white."""
    css = (shipped_report_dir() / "report.css").read_text(encoding="utf-8")
    ink = re.search(r"--ink: (#[0-9a-f]{6})", css)[1]  # type: ignore[index]
    rules = re.findall(r"\.card\.colour-(\w+) \{ background: (#[0-9a-f]{6}); border-left-color: "
                       r"(#[0-9a-f]{6}); \}", css)
    from workshop.core.session import CARD_COLOURS

    assert {name for name, _, _ in rules} == set(CARD_COLOURS)
    for name, fill, edge in rules:
        contrast = (_luminance(fill) + 0.05) / (_luminance(ink) + 0.05)
        assert contrast >= 7, name
        assert (1.05) / (_luminance(edge) + 0.05) >= 3, name  # the edge against the white page


def test_an_exported_session_imports_with_its_recalls_and_pairs(carried: SessionState) -> None:
    """Import writes each template as a trainer's file and validates it: recall and pairs survive."""
    import json

    from workshop.report.json_io import read_session, session_to_json

    made = replace(carried, cards=[card for card in carried.cards if card.column != "gone"])
    back = read_session(json.dumps(session_to_json(made)).encode("utf-8"))
    assert back.templates["keep"].step("commit").recall == Recall("vote", "fog")
    assert back.templates["circle"].steps[0].input.pairs
    assert back.templates == made.templates
