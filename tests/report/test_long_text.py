"""No word is ever cut from the PDF: the longest text the app allows prints whole, wherever it is.

A card, an answer, an action, a statement and the title at the app's own
limits, as sentences and as one unbroken word. The check reads the PDF as a
reader's copy-paste does (pdftotext): the last words of each must be there,
and every character of the long word.
"""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

import pytest

from tests.pdf_text import pdf_text
from workshop.core.session import (
    MAX_CARD_LENGTH,
    MAX_TITLE_LENGTH,
    Action,
    Answer,
    Card,
    SessionHeader,
    SessionState,
    Statement,
)
from workshop.report.export import export


def sentences(tag: str, length: int) -> str:
    """Numbered sentences up to `length` characters, ending in a marker that names `tag`."""
    text, number = "", 1
    end = f"The last words of the {tag}."
    while len(text) + len(sentence := f"Sentence {number} of the {tag} says a little more. ") \
            + len(end) <= length:
        text += sentence
        number += 1
    return text + end


def at_the_limits(session: SessionState, long: dict[str, str]) -> SessionState:
    """The fixture session with one card, answer, action and statement blank at the limit."""
    card = Card(100, 0, "write", long["card"], position=100)
    statements = [replace(s, values={**s.values, "why": long["statement"]}) if s.chosen else s
                  for s in session.statements]
    return replace(
        session,
        header=replace(session.header, title=long["title"]),
        cards=[*session.cards, card],
        answers=[Answer(3, "check", 0, long["answer"])],
        actions=[*session.actions, Action(9, 3, "act", long["action"], "Sam")],
        statements=statements,
    )


def squashed(text: str) -> str:
    return re.sub(r"\s+", "", text)


def test_the_longest_texts_print_to_their_last_words(session: SessionState, tmp_path: Path) -> None:
    long = {kind: sentences(kind, MAX_CARD_LENGTH) for kind in ("card", "answer", "action", "statement")}
    long["title"] = ("A title as long as the app allows " * 10)[:MAX_TITLE_LENGTH - 10] + " title end"
    printed = squashed(pdf_text(export(at_the_limits(session, long), tmp_path / "long.pdf")))
    for kind, text in long.items():
        last = squashed(text[-60:])
        assert last in printed, f"the end of the {kind} is not in the PDF"
        first = squashed(text[:60])
        assert first in printed, f"the start of the {kind} is not in the PDF"


@pytest.mark.parametrize("kind", ["card", "answer", "action", "statement"])
def test_a_word_longer_than_a_line_wraps_and_prints_whole(session: SessionState, tmp_path: Path,
                                                          kind: str) -> None:
    word = "".join("abcdefghij"[n % 10] for n in range(5000))
    long = {name: f"The {name} says" for name in ("card", "answer", "action", "statement")}
    long[kind] = word
    long["title"] = session.header.title
    printed = pdf_text(export(at_the_limits(session, long), tmp_path / "word.pdf"))
    # Across lines and pages (the running header and footer come between): every piece, in order.
    joined = "".join(run for line in printed.splitlines() for run in re.findall(r"[a-j]{8,}", line))
    assert word in joined, f"the long word of the {kind} lost {len(word) - len(joined)} letters"


def test_statement_header_stays_within_the_title_limit() -> None:
    with pytest.raises(ValueError):
        from workshop.core.session import check_header
        check_header(SessionHeader("x" * (MAX_TITLE_LENGTH + 1)))


def test_a_long_statement_never_hides_behind_the_chosen_one(session: SessionState, tmp_path: Path) -> None:
    others = [Statement(10 + n, 3, "commit", {"why": sentences(f"candidate {n}", 3000)})
              for n in range(3)]
    state = replace(session, statements=[*session.statements, *others])
    printed = squashed(pdf_text(export(state, tmp_path / "candidates.pdf")))
    for n in range(3):
        assert squashed(f"The last words of the candidate {n}.") in printed


def test_emoji_print_as_emoji_not_boxes(session: SessionState, tmp_path: Path) -> None:
    """A bundled emoji font follows every family: the glyphs are drawn and read back as typed."""
    import subprocess

    card = Card(100, 0, "write", "Smile 🙂 thumbs 👍 heart ❤ rocket 🚀", position=100)
    out = export(replace(session, cards=[*session.cards, card]), tmp_path / "emoji.pdf")
    fonts = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True, check=True).stdout
    assert "Noto-Emoji" in fonts
    assert "🙂" in pdf_text(out) and "🚀" in pdf_text(out)
