"""The real PDF, read back with pypdf, and the URL fetcher that guards it."""

from __future__ import annotations

import base64
import logging
import os
import re
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from jinja2.exceptions import UndefinedError
from pypdf import PdfReader

from tests.pdf_text import pdf_pages, pdf_text
from workshop.core.session import Card, SessionState
from workshop.report.context import build_context
from workshop.report.pdf import ResourceRefused, report_url_fetcher, write_pdf
from workshop.report.render import shipped_report_dir

SECRET = "root:x:0:0"


def _squash(text: str) -> str:
    # PDF text comes back with line breaks wherever a card wrapped, and in
    # capitals where the CSS sets text-transform.
    return re.sub(r"\s+", "", text).casefold()


def _pdf_text(path: Path) -> str:
    return pdf_text(path)


@pytest.fixture
def secret_file(tmp_path: Path) -> Path:
    """A stand-in for /etc/passwd that exists on every machine running the tests."""
    path = tmp_path / "outside" / "passwd"
    path.parent.mkdir()
    path.write_text(SECRET + ":root:/root:/bin/bash\n")
    return path


@pytest.fixture
def pdf(session: SessionState, generated_at: datetime, tmp_path: Path) -> Path:
    return write_pdf(build_context(session, generated_at), tmp_path / "report.pdf")


def test_pdf_has_header_agenda_and_every_card(pdf: Path, session: SessionState) -> None:
    text = _pdf_text(pdf)
    squashed = _squash(text)
    for expected in ("Harbour Street team day", "Harbour Street Library", "Dana Okafor",
                     "Sunday, 22 November 2026", "Clear the fog", "The virtuous circle",
                     "Coffee", "Staff feel", "What puts people on edge?"):
        assert _squash(expected) in squashed, expected
    for card in session.cards:
        if card.hidden:
            assert _squash(card.text) not in squashed, card.text
        else:
            assert _squash(card.text) in squashed, card.text
    assert re.search(r"Page 2 of \d+", text)


def test_shipped_design_renders_without_warnings(session: SessionState, tmp_path: Path,
                                                 caplog: pytest.LogCaptureFixture) -> None:
    # WeasyPrint logs, rather than raises, CSS it ignores and resources it
    # cannot fetch: a warning here means the shipped design is broken somewhere.
    caplog.set_level(logging.WARNING, logger="weasyprint")
    write_pdf(build_context(session), tmp_path / "clean.pdf")
    assert [r.getMessage() for r in caplog.records] == []


def test_hostile_card_is_printed_as_text(pdf: Path, hostile_card: str) -> None:
    text = _pdf_text(pdf)
    assert _squash(hostile_card) in _squash(text)
    assert "root:x:0" not in text
    assert b"root:x:0" not in pdf.read_bytes()


def test_pdf_metadata_and_language(pdf: Path) -> None:
    reader = PdfReader(pdf)
    assert reader.metadata is not None
    assert reader.metadata.title == "Harbour Street team day"
    assert reader.metadata.author == "Dana Okafor"
    assert reader.trailer["/Root"]["/Lang"] == "en"
    assert len(reader.pages) >= 4  # cover, agenda, one page per exercise


def test_write_is_atomic_and_leaves_no_temp_files(session: SessionState, tmp_path: Path) -> None:
    out = tmp_path / "report.pdf"
    out.write_bytes(b"the previous export")
    override = tmp_path / "theme"
    override.mkdir()
    (override / "report.html.j2").write_text("{{ not_in_the_context }}")
    with pytest.raises(UndefinedError):
        write_pdf(build_context(session), out, folders=[override])
    assert out.read_bytes() == b"the previous export"
    written = write_pdf(build_context(session), out)
    assert written == out.resolve() and out.read_bytes().startswith(b"%PDF-")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.pdf", "theme"]
    assert os.stat(out).st_mode & 0o777 == 0o666 & ~_umask()


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def test_trainer_css_replaces_the_shipped_one(session: SessionState, tmp_path: Path) -> None:
    theme = tmp_path / "theme"
    theme.mkdir()
    # Generated content proves which stylesheet was applied: it lands in the PDF text.
    (theme / "report.css").write_text('body::before { content: "Restyled by the trainer"; }')
    restyled = _pdf_text(write_pdf(build_context(session), tmp_path / "a.pdf", folders=[theme]))
    assert "Restyled by the trainer" in restyled
    # Without the shipped CSS, no running footer: the replacement is whole, not merged.
    assert "Page 2 of" not in restyled


def test_hostile_template_cannot_fetch_anything(session: SessionState, tmp_path: Path,
                                                secret_file: Path) -> None:
    theme = tmp_path / "theme"
    theme.mkdir()
    (theme / "report.css").write_text(
        f'@import url("{secret_file.as_uri()}");\n'
        f'body::after {{ content: url("{secret_file.as_uri()}"); }}\n'
        '@font-face { font-family: x; src: url("http://127.0.0.1:9/font.woff"); }\n')
    (theme / "report.html.j2").write_text(
        '{% extends "base.html.j2" %}{% block body %}'
        f'<link rel="attachment" href="{secret_file.as_uri()}">'
        f'<a rel="attachment" href="{secret_file.as_uri()}">a</a>'
        f'<img src="{secret_file.as_uri()}"><img src="../outside/passwd">'
        '<img src="http://127.0.0.1:9/x.png"><iframe src="file:///etc/passwd"></iframe>'
        f'<object data="{secret_file.as_uri()}"></object>'
        '<p>{{ header.title }}</p>{% endblock %}')
    out = write_pdf(build_context(session), tmp_path / "hostile.pdf", folders=[theme])
    reader = PdfReader(out)
    assert "Harbour Street team day" in _pdf_text(out)
    assert SECRET.encode() not in out.read_bytes()
    assert not reader.attachments


# ------------------------------------------------------------------ fetcher


@pytest.fixture
def theme(tmp_path: Path, secret_file: Path) -> Path:
    folder = tmp_path / "theme"
    (folder / "img").mkdir(parents=True)
    (folder / "report.css").write_text("body { color: teal; }")
    (folder / "img" / "logo.svg").write_text("<svg xmlns='http://www.w3.org/2000/svg'/>")
    (folder / "escape").symlink_to(secret_file)
    (folder / "outdir").symlink_to(secret_file.parent, target_is_directory=True)
    (folder / "fifo").mkdir()
    return folder


@pytest.mark.parametrize("url", [
    "file:///etc/passwd",
    "file:///dev/zero",
    "file://localhost/etc/passwd",
    "file://otherhost/share/file.css",
    "http://example.com/",
    "https://example.com/style.css",
    "ftp://example.com/file",
    "javascript:alert(1)",
    "/etc/passwd",
])
def test_fetcher_refuses_everything_outside(theme: Path, url: str) -> None:
    with pytest.raises(ResourceRefused):
        report_url_fetcher([theme]).fetch(url)


@pytest.mark.parametrize("relative", [
    "../outside/passwd",
    "img/../../outside/passwd",
    "%2e%2e/outside/passwd",
    "escape",          # a symlink inside the folder that leads out
    "outdir/passwd",   # a symlinked folder that leads out
    "fifo",            # not a regular file
    "missing.css",
])
def test_fetcher_refuses_escapes_from_the_folder(theme: Path, relative: str) -> None:
    url = theme.as_uri() + "/" + relative
    with pytest.raises(ResourceRefused):
        report_url_fetcher([theme]).fetch(url)


def test_fetcher_serves_files_inside_the_folder(theme: Path) -> None:
    fetcher = report_url_fetcher([theme])
    response = fetcher.fetch(theme.as_uri() + "/report.css")
    assert response.read() == b"body { color: teal; }"
    assert response.content_type == "text/css"
    svg = fetcher.fetch(theme.as_uri() + "/img/logo.svg?v=2#frag")
    assert svg.read().startswith(b"<svg") and svg.content_type == "image/svg+xml"


def test_fetcher_looks_names_up_across_folders(theme: Path) -> None:
    fetcher = report_url_fetcher([theme])
    # The theme's report.css wins over the shipped one, whichever folder the URL names...
    shipped_css = shipped_report_dir().as_uri() + "/report.css"
    assert fetcher.fetch(shipped_css).read() == b"body { color: teal; }"
    # ...and a file the theme lacks comes from the shipped folder.
    base = fetcher.fetch(theme.as_uri() + "/base.html.j2").read()
    assert base == (shipped_report_dir() / "base.html.j2").read_bytes()


def test_fetcher_serves_data_uris(theme: Path) -> None:
    payload = base64.b64encode(b"inline bytes").decode()
    response = report_url_fetcher([theme]).fetch(f"data:text/plain;base64,{payload}")
    assert response.read() == b"inline bytes"


@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(texts=st.lists(st.text(alphabet=st.characters(max_codepoint=0x52F,
                                                    blacklist_categories=("Cs", "Cn", "Co")),
                              min_size=1, max_size=300).filter(str.strip), min_size=1, max_size=4))
def test_any_card_text_reaches_the_pdf_as_text(make_session: Callable[..., SessionState],
                                               tmp_path: Path, texts: list[str]) -> None:
    # Latin, Greek and Cyrillic (which the bundled fonts cover), with control
    # characters and markup: the PDF is made and the words come out as text.
    # (A letter no font has is drawn as a box, and pypdf then misreads the
    # whole page; poppler reads it fine, so those scripts are tested below.)
    cards = [Card(i + 1, 0, "write", text.strip(), position=i) for i, text in enumerate(texts)]
    out = write_pdf(build_context(make_session(cards=cards)), tmp_path / "any.pdf")
    assert out.read_bytes().startswith(b"%PDF-")
    text = _squash(_pdf_text(out))
    for card in cards:
        for word in re.findall(r"[A-Za-z0-9]{3,}", card.text):
            assert word.casefold() in text, card.text


@pytest.mark.parametrize("text", ["مرحبا بكم في الفندق", "שלום לכולם", "🙂👍🏽 thanks!",
                                  "客户至上", "zero\u200bwidth", "\x1f\x80 control"])
def test_other_scripts_and_emoji_make_a_pdf(make_session: Callable[..., SessionState],
                                            tmp_path: Path, text: str) -> None:
    out = write_pdf(build_context(make_session(cards=[Card(1, 0, "write", text)])),
                    tmp_path / "scripts.pdf")
    assert out.read_bytes().startswith(b"%PDF-") and len(PdfReader(out).pages) >= 4


def test_a_full_day_keeps_its_agenda_on_one_page_and_each_ranking_with_its_heading(tmp_path: Path) -> None:
    """The shipped plan with 150 cards: the agenda fits its page; a ranking may run on over a page
    (kept whole, it left the page before it half empty), but starts under its heading and never
    leaves its last result alone."""
    from workshop.report.sample import sample_session

    state = sample_session(150)
    context = build_context(state)
    pages = [_squash(text) for text in pdf_pages(write_pdf(context, tmp_path / "day.pdf"))]
    agenda_page = next(n for n, text in enumerate(pages) if _squash("Agenda, planned and as run") in text)
    assert all(_squash(row["title"]) in pages[agenda_page] for row in context["agenda"])
    votes = [step for exercise in context["exercises"] for step in exercise["steps"] if step["results"]]
    assert len(votes) >= 3
    for step in votes:
        first = _squash(step["results"][0]["text"])
        last, before_last = (_squash(result["text"]) for result in step["results"][:-3:-1])
        heading = _squash(step["title"])
        assert any(heading in text and first in text for text in pages), step["title"]
        assert any(before_last in text and last in text for text in pages), step["title"]
