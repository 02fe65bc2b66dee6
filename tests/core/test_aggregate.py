"""Rating summaries with known figures, and statements composed from hostile text."""

from __future__ import annotations

import math

import pytest

from tests.core.board import ITEM
from workshop.core.aggregate import PLACEHOLDER, compose, compose_parts, rating_summaries, summarise
from workshop.core.commands import SetRating
from workshop.core.session import SessionState
from workshop.core.templates import RatingScale


def test_summary_of_known_scores() -> None:
    summary = summarise([2, 4, 4, 4, 5, 5, 7, 9], RatingScale(1, 10), 0, "Pride")
    assert summary.count == 8
    assert summary.average == 5.0
    assert (summary.min, summary.max) == (2, 9)
    assert summary.spread == 2.0  # the textbook population standard deviation
    assert summary.histogram == (0, 1, 0, 3, 2, 0, 1, 0, 1, 0)


def test_summary_of_one_and_of_none() -> None:
    one = summarise([3], RatingScale(1, 5))
    assert (one.count, one.average, one.spread, one.histogram) == (1, 3.0, 0.0, (0, 0, 1, 0, 0))
    empty = summarise([], RatingScale(1, 5))
    assert (empty.count, empty.average, empty.min, empty.max, empty.spread) == (0, None, None, None, None)
    assert empty.histogram == (0, 0, 0, 0, 0)


def test_rating_summaries_per_item_with_consensus(board: SessionState) -> None:
    for participant, scores in {"Ana": (5, 2, 1), "Ben": (4, 2, 1), "Chen": (3, 2, 4)}.items():
        for subject, value in enumerate(scores):
            SetRating(ITEM, "rate", subject, participant, value).apply(board)
    SetRating(ITEM, "rate", "Delight", None, 2).apply(board)
    pride, engage, delight = rating_summaries(board, ITEM, "rate")
    assert (pride.label, pride.count, pride.average, pride.min, pride.max) == ("Pride", 3, 4.0, 3, 5)
    assert math.isclose(pride.spread, math.sqrt(2 / 3))
    assert engage.spread == 0.0 and engage.histogram == (0, 3, 0, 0, 0)
    assert delight.average == 2.0 and delight.consensus == 2
    assert pride.consensus is None


TEMPLATE = "We {why}, over {everything}."


def test_compose_fills_the_blanks() -> None:
    assert compose(TEMPLATE, {"why": "make every stay easy", "everything": "price"}) == \
        "We make every stay easy, over price."


def test_compose_never_fails_on_missing_blanks() -> None:
    assert compose(TEMPLATE, {}) == f"We {PLACEHOLDER}, over {PLACEHOLDER}."
    assert compose(TEMPLATE, {"why": ""}, placeholder="___") == "We ___, over ___."
    assert compose_parts(TEMPLATE, {"why": "serve"}) == [
        ("We ", False), ("serve", True), (", over ", False), (PLACEHOLDER, False), (".", False)]


@pytest.mark.parametrize("value", [
    "{0}", "{why}", "{__class__}", "{why.__class__.__mro__}", "%s %d %(x)s", "{{}}", "}{",
    "x" * 5_000, "نخدم كل ضيف", "שירות", "🙂👩🏽‍🍳🏳️‍🌈", "<b>&amp;</b>", "\\n\n\t",
])
def test_compose_keeps_hostile_values_literal(value: str) -> None:
    assert compose(TEMPLATE, {"why": value, "everything": value}) == f"We {value}, over {value}."


@pytest.mark.parametrize(("template", "expected"), [
    ("Our directive: {directive}", "Our directive: {x}"),
    ("{directive!r:>40}", "{x}"),  # conversions and format specs are ignored
    ("Braces {{literal}} {directive}", "Braces {literal} {x}"),
    ("Unclosed {directive", "Unclosed {directive"),  # shown as written, never an error
    ("Stray } brace", "Stray } brace"),
    ("{0} and {}", f"{PLACEHOLDER} and {PLACEHOLDER}"),
    ("{directive.__class__}", PLACEHOLDER),
])
def test_compose_reads_only_the_template(template: str, expected: str) -> None:
    assert compose(template, {"directive": "{x}"}) == expected


def test_score_counts_keep_the_lone_zero_of_a_fist_of_five():
    from workshop.core.aggregate import score_counts, score_counts_text
    scale = RatingScale(0, 5)
    summary = summarise([0, 3, 3, 4, 5], scale)
    assert score_counts(summary, scale) == [(0, 1), (3, 2), (4, 1), (5, 1)]
    assert score_counts_text(summary, scale) == "0: 1 · 3: 2 · 4: 1 · 5: 1"
    assert score_counts_text(summarise([], scale), scale) == ""
