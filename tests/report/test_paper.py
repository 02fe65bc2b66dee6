"""Less paper, same content: the benchmark's 150-card day on few pages, nothing dropped, nothing stranded."""

from __future__ import annotations

import re
from typing import Any

import pytest

from tests.pdf_text import pdf_pages
from workshop.report.context import build_context
from workshop.report.pdf import write_pdf
from workshop.report.render import render_html
from workshop.report.sample import sample_session

# The benchmark's day (benchmarks/run.py): the shipped plan, every input kind, 150 cards.
CARDS = 150
MOST_PAGES = 18


def _squash(text: str) -> str:
    # PDF text comes back with line breaks wherever a line wrapped (a hyphen at a line's end
    # dropped), and in capitals where the CSS sets text-transform.
    return re.sub(r"[\s-]+", "", text).casefold()


@pytest.fixture(scope="module")
def day(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, Any], str, list[str]]:
    """(context, HTML, squashed text of each page) of the 150-card day, rendered once."""
    context = build_context(sample_session(CARDS))
    pdf = write_pdf(context, tmp_path_factory.mktemp("paper") / "day.pdf")
    return context, render_html(context), [_squash(page) for page in pdf_pages(pdf)]


def _steps(context: dict[str, Any]) -> list[dict[str, Any]]:
    return [step for exercise in context["exercises"] for step in exercise["steps"]]


def _sentence(candidate: dict[str, Any]) -> str:
    return "".join(part["text"] for part in candidate["parts"])


def _everything_typed(context: dict[str, Any]) -> list[str]:
    """Every card, answer, room answer, action, statement and rated item of the day."""
    texts: list[str] = []
    for step in _steps(context):
        texts += [card["text"] for card in step["cards"]]
        for answer in step["answers"]:
            texts += [answer["question"], answer["text"], *(said["text"] for said in answer["room"])]
        texts += [action["what"] for action in step["actions"]]
        texts += [_sentence(candidate) for candidate in step["candidates"]]
        if step["rating"]:
            texts += [row["label"] for row in step["rating"]["rows"]]
        texts += [result["text"] for result in step["results"]]
    return [text for text in texts if text]


def test_the_150_card_day_fits_on_18_pages(day: tuple[dict[str, Any], str, list[str]]) -> None:
    _, _, pages = day
    assert len(pages) <= MOST_PAGES


def test_every_card_answer_and_action_of_the_day_is_on_paper(
        day: tuple[dict[str, Any], str, list[str]]) -> None:
    context, _, pages = day
    text = "".join(pages)
    typed = _everything_typed(context)
    assert len(typed) > CARDS
    assert [item for item in typed if _squash(item) not in text] == []
    # The hand-out still has its own page, with every action; the agenda too.
    hand_out = pages[-1]
    assert _squash("Next steps") in hand_out
    assert all(_squash(action["what"]) in hand_out for action in context["actions"])
    assert any(page.startswith(_squash("Agenda, planned and as run")) or
               _squash("Agenda, planned and as run") in page[:200] for page in pages)


def test_a_vote_names_its_clusters_and_points_to_the_board_their_cards_are_on(
        day: tuple[dict[str, Any], str, list[str]]) -> None:
    context, html, pages = day
    votes = [step for step in _steps(context) if step["kind"] == "vote"
             and any(result["kind"] == "cluster" for result in step["results"])]
    assert votes
    for step in votes:
        section = html.split(f'id="{step["anchor"]}"', 1)[1].split("</article>", 1)[0]
        # The cluster's cards are not listed again under the ranking: its size stands for them ...
        under = re.findall(r'<p class="result-cards">(.*?)</p>', section)
        clusters = [result for result in step["results"] if result["kind"] == "cluster"]
        assert len(under) == len(clusters)
        for line, result in zip(under, clusters, strict=True):
            assert line.startswith(f'{len(result["cards"])} card'), line
            assert not any(card in line for card in result["cards"]), line
        # ... it points to the board instead, with that board's page.
        assert f'href="#{step["on_anchor"]}"' in section
        board = next(s for s in _steps(context) if s["anchor"] == step["on_anchor"])
        # The agenda names every step too: the board's page is the first after it with its title.
        board_page = next(n for n, page in enumerate(pages, start=1)
                          if n > 2 and _squash(board["title"]) in page)
        pointer = _squash(f'cards, under “{step["on_title"]}”, p. {board_page}')
        assert any(pointer in page for page in pages), pointer


def test_a_pairs_board_with_a_column_nobody_wrote_in_prints_by_column(
        day: tuple[dict[str, Any], str, list[str]]) -> None:
    context, html, _ = day
    step = next(step for step in _steps(context) if step["pairs"])
    assert step["columns"][0]["cards"] and not step["columns"][1]["cards"]
    section = html.split(f'id="{step["anchor"]}"', 1)[1].split("</article>", 1)[0]
    # A row per card beside a dash took twice the paper; there is nothing to pair yet.
    assert 'class="pair"' not in section
    assert len(re.findall(r'<li class="card[ "]', section)) == len(step["cards"])
    assert "No cards." in section


def _first_lines(step: dict[str, Any]) -> list[str]:
    """What a step's heading must share its page with: any of these texts."""
    if step["answers"]:
        return [step["answers"][0]["question"]]
    if step["results"]:
        return [step["results"][0]["text"]]
    if step["actions"]:
        return [step["actions"][0]["what"]]
    if step["rating"] and step["rating"]["rows"]:
        return [step["rating"]["rows"][0]["label"]]
    if step["chosen"]:
        return [_sentence(step["chosen"])]
    return [card["text"] for card in step["cards"]]


def test_no_step_heading_ends_a_page_without_what_the_group_did(
        day: tuple[dict[str, Any], str, list[str]]) -> None:
    context, _, pages = day
    checked = 0
    for step in _steps(context):
        wanted = _first_lines(step)
        if step["kind"] == "none" or step["continues"] or not wanted:
            continue
        title = _squash(step["title"])
        on_its_page = [page for page in pages if title in page]
        assert on_its_page, step["title"]
        assert any(_squash(text) in page for page in on_its_page for text in wanted), step["title"]
        checked += 1
    assert checked >= 15
