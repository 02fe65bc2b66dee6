"""The PDF in the session's language: its words, its plurals, its dates and its `lang`."""

from __future__ import annotations

import dataclasses
import re
from datetime import datetime
from pathlib import Path

from pypdf import PdfReader

from tests.pdf_text import pdf_text
from workshop.core.session import SessionState
from workshop.report.context import build_context
from workshop.report.pdf import write_pdf
from workshop.report.render import render_html


def in_language(session: SessionState, tag: str) -> SessionState:
    return dataclasses.replace(session, header=dataclasses.replace(session.header, language=tag))


def squashed(text: str) -> str:
    return re.sub(r"\s+", "", text).casefold()  # (line breaks where text wrapped; capitals by CSS)


def test_a_german_session_prints_german_words_and_dates(session: SessionState, generated_at: datetime,
                                                        tmp_path: Path) -> None:
    german = in_language(session, "de")
    html = render_html(build_context(german, generated_at))
    assert '<html lang="de">' in html  # WeasyPrint hyphenates by it
    pdf = write_pdf(build_context(german, generated_at), tmp_path / "bericht.pdf")
    text = squashed(pdf_text(pdf))
    for words in ("Zusammenfassung des Workshops", "Sonntag, 22. November 2026", "Fr., 27. Nov. 2026",
                  "Ablauf", "Moderation", "Teilnehmende", "Nächste Schritte", "Erstellt mit Workshop",
                  "Seite 2 von"):
        assert squashed(words) in text, words
    for english in ("Workshop summary", "Facilitator", "Next steps", "Made with"):
        assert squashed(english) not in text, english
    assert PdfReader(pdf).metadata is not None


def test_plurals_follow_the_language(session: SessionState, generated_at: datetime) -> None:
    html = render_html(build_context(in_language(session, "de"), generated_at))
    assert re.search(r"\d+ Karten?\b", html)
    assert not re.search(r"\d+ (cards?|dots?|exercises?)\b", html)  # (the prompts are the trainer's words)


def test_a_language_without_a_catalogue_prints_english_words_with_its_own_dates(
        session: SessionState, generated_at: datetime) -> None:
    html = render_html(build_context(in_language(session, "fr"), generated_at))
    assert '<html lang="fr">' in html
    assert "Workshop summary" in html and "dimanche 22 novembre 2026" in html


def test_english_is_unchanged(session: SessionState, generated_at: datetime) -> None:
    html = render_html(build_context(session, generated_at))
    assert '<html lang="en">' in html and "Workshop summary" in html and "Sunday, 22 November 2026" in html


def test_a_german_session_of_the_shipped_plan_prints_the_german_exercises(generated_at: datetime,
                                                                          tmp_path: Path) -> None:
    from workshop.report.sample import sample_session

    german = sample_session(cards=40, language="de")
    assert german.plan.title == "Servicekultur"
    text = squashed(pdf_text(write_pdf(build_context(german, generated_at), tmp_path / "bericht.pdf")))
    for words in ("Servicekultur", "Der Wörtertest", "Am Leben halten", "Punktabfrage", "Kaffeepause",
                  "Qualitäten dienender Führung", "Unser Leitsatz"):
        assert squashed(words) in text, words
    for english in ("The words test", "Keep it alive", "Dot vote", "Coffee", "Servant-leadership"):
        assert squashed(english) not in text, english


def test_the_markdown_export_speaks_the_sessions_language_too(session: SessionState,
                                                              generated_at: datetime) -> None:
    from workshop.report.markdown_export import markdown_report

    german = markdown_report(build_context(in_language(session, "de"), generated_at))
    for words in ("## Ablauf", "Moderation: ", "Teilnehmende: ", "## Nächste Schritte", "_Erstellt mit ",
                  "Sonntag, 22. November 2026", "| Was | Wer | Bis wann |",
                  "| Tell the kitchen | Sam | Fr., 27. Nov. 2026 |"):  # (what was typed stays as typed)
        assert words in german, words
    english = markdown_report(build_context(session, generated_at))
    for words in ("## Agenda", "Facilitator: ", "## Next steps", "_Made with ", "| What | Who | By when |"):
        assert words in english, words
        assert words not in german, words
