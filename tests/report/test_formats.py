"""`export()` in every format, page sizes, the trainer's folder and logo, PDF/UA and fonts."""

from __future__ import annotations

import csv
import html
import io
import json
import logging
import re
import zipfile
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt
from pypdf import PdfReader

from tests.pdf_text import pdf_text
from tests.report.conftest import ROOM_ANSWER
from workshop.core.session import SessionState
from workshop.paths import user_report_dir
from workshop.report.csv_export import BOM, csv_files, neutralise
from workshop.report.export import FORMATS, export
from workshop.report.json_io import session_from_json
from workshop.report.markdown_export import escape, escape_block, markdown_report
from workshop.report.render import find_logo, page_sizes, render_html, trainer_folders

# ------------------------------------------------------------------ Markdown


def _rendered_text(markdown: str) -> str:
    """What a reader of the rendered Markdown sees, tags stripped."""
    rendered = MarkdownIt("commonmark").enable("table").render(markdown)
    return html.unescape(re.sub(r"<[^>]+>", "", rendered))


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), min_size=1,
               max_size=80))
def test_escaped_text_renders_as_itself(text: str) -> None:
    line = " ".join(text.split())
    if not line:
        return
    assert _rendered_text(escape(text)).strip() == line


@pytest.mark.parametrize(("text", "not_rendered_as"), [
    ("# Sale!", "<h1>"), ("1. first", "<ol"), ("- dash", "<ul"), ("> quote", "<blockquote"),
    ("[click](http://example.com)", "<a "), ("<img src=x>", "<img"), ("**bold**", "<strong"),
    ("`code`", "<code"), ("a | b", "<table"), ("---", "<hr"), ("<b>x</b>", "<b>"),
])
def test_card_text_never_becomes_markup(text: str, not_rendered_as: str) -> None:
    rendered = MarkdownIt("commonmark").render(escape(text))
    assert not_rendered_as not in rendered
    assert escape_block("one\n\n# two") == ["one\\", "\\# two"]


def test_markdown_report_has_every_part(context: dict[str, Any], hostile_card: str) -> None:
    text = markdown_report(context)
    assert text.startswith("# Harbour Street team day\n\nHarbour Street Library · Sunday, 22")
    assert "| Planned | What | Length | Ran | Over |" in text
    assert "## 1\\. Clear the fog" not in text and "## 1. Clear the fog" in text
    assert "**Rules that scold** (3 dots)" in text
    assert "- Nobody can say yes to a refund (5 dots)" in text
    assert "\\<img src=\"file:///etc/passwd\"\\>" in text  # the hostile card, inert
    assert "Not yet revealed" not in text
    assert "**We fix it on the spot, over being the cheapest.**" in text
    assert "| Pride | 3.0 | 2 | 4 | 2 |" in text
    assert "| Unique | 3 (agreed) |   |   | 0 |" in text
    assert "Not yet:\\\n  " not in text and "Not yet:\\\nthe kitchen" in text
    # The room's answers follow, texts only (a label is not always a name).
    assert "From the room (2):\n\n- Only the\\\n  morning shift\n- \\<b\\>Some" in text
    assert "Phone 2" not in text
    assert text.index("## Next steps") > text.index("## 3. Keep it alive")
    assert "| Tell the kitchen | Sam | Fri 27 Nov 2026 |" in text
    rendered = MarkdownIt("commonmark").enable("table").render(text)
    assert "<img" not in rendered and "<script" not in rendered


# ----------------------------------------------------------------------- CSV


def _read_csv(text: str) -> list[list[str]]:
    assert text.startswith(BOM)
    return list(csv.reader(io.StringIO(text[1:], newline="")))


def test_csv_files_one_per_kind(context: dict[str, Any]) -> None:
    files = csv_files(context)
    assert list(files) == ["cards.csv", "votes.csv", "ratings.csv", "statements.csv", "answers.csv",
                           "actions.csv"]
    cards = _read_csv(files["cards.csv"])
    assert cards[0][:3] == ["exercise_number", "exercise", "step"]
    # The facilitator's data has every card; the hidden ones say so (the PDF leaves them out).
    hidden_column, text_column = cards[0].index("hidden"), cards[0].index("text")
    assert sorted(row[hidden_column] for row in cards[1:]) == ["no"] * 7 + ["yes"] * 2
    assert "Also hidden" in [row[text_column] for row in cards[1:] if row[hidden_column] == "yes"]
    statements = _read_csv(files["statements.csv"])
    assert [row[3:5] for row in statements[1:]] == [["1", "no"], ["2", "yes"]]
    assert "be quick" in statements[1][6]
    answers = _read_csv(files["answers.csv"])
    assert answers[0][5:] == ["participant", "answer"]
    assert [row[5:] for row in answers[1:4]] == [["", "Not yet:\nthe kitchen has not heard of it."],
                                                 ["Phone 2", "Only the\nmorning shift"],
                                                 ["Priya", ROOM_ANSWER]]
    assert answers[4][3:] == ["2", "Would we know we got it right?", "", ""]
    assert all("\r\n" in text for text in files.values())  # RFC 4180 line ends
    votes = _read_csv(files["votes.csv"])
    assert [row[7:] for row in votes[1:]] == [["Nobody can say yes to a refund", "5"],
                                              ["Rules that scold", "3"],
                                              ["Signs that scold at the counter", "1"]]
    ratings = _read_csv(files["ratings.csv"])
    assert ["3", "Keep it alive", "Rate the words", "Unique", "(group)", "3", "1", "5"] in ratings
    actions = _read_csv(files["actions.csv"])
    assert actions[1][3:] == ["Tell the kitchen", "Sam", "2026-11-27"]


@pytest.mark.parametrize(("value", "cell"), [
    ("=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")"), ("+1", "'+1"), ("-x", "'-x"),
    ("@SUM(A1)", "'@SUM(A1)"), ("\tx", "'\tx"), ("plain", "plain"), (-2, "-2"), (3.5, "3.5"),
    (None, ""), ("a\x00b\x1bc\x7f", "abc"), ("=\x07x", "'=x"),
])
def test_csv_cells_never_run_as_formulas(value: Any, cell: str) -> None:
    assert neutralise(value) == cell


# --------------------------------------------------------------- export()


def test_export_writes_every_format(session: SessionState, tmp_path: Path,
                                    generated_at: datetime) -> None:
    written = {fmt: export(session, tmp_path / f"s{suffix}", fmt, generated_at=generated_at)
               for fmt, suffix in FORMATS.items()}
    assert written["pdf"].read_bytes().startswith(b"%PDF-")
    assert written["md"].read_text(encoding="utf-8").startswith("# Harbour Street team day")
    with zipfile.ZipFile(written["csv"]) as archive:
        assert archive.namelist() == ["cards.csv", "votes.csv", "ratings.csv", "statements.csv",
                                      "answers.csv", "actions.csv"]
        assert archive.read("cards.csv").startswith(BOM.encode())
        # Ordinary files once unpacked, not private ones.
        assert {info.external_attr >> 16 & 0o777 for info in archive.infolist()} == {0o644}
    back = session_from_json(json.loads(written["json"].read_text(encoding="utf-8").replace(
        '"column": "gone"', '"column": "staff"')))  # a column the app could have (see test_json_io)
    assert back.actions == session.actions
    assert [card.text for card in back.cards] == [card.text for card in session.cards]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["s.json", "s.md", "s.pdf", "s.zip"]


@pytest.mark.parametrize(("kwargs", "message"), [
    ({"format": "docx"}, "format 'docx': expected one of pdf, md, csv, json"),
    ({"page_size": "a3"}, "page size 'a3': expected one of a4, letter"),
])
def test_export_refuses_unknown_choices(session: SessionState, tmp_path: Path,
                                        kwargs: dict[str, str], message: str) -> None:
    with pytest.raises(ValueError, match=re.escape(message)):
        export(session, tmp_path / "x", **kwargs)
    assert list(tmp_path.iterdir()) == []


# ------------------------------------------------------ pages, logo, folders


def _mm(points: float) -> float:
    return round(float(points) / 72 * 25.4)


@pytest.mark.parametrize(("size", "width", "height"), [("a4", 210, 297), ("letter", 216, 279)])
def test_page_size_is_a_stylesheet_swap(session: SessionState, tmp_path: Path, size: str,
                                        width: int, height: int) -> None:
    out = export(session, tmp_path / f"{size}.pdf", page_size=size)
    for page in PdfReader(out).pages:
        assert (_mm(page.mediabox.width), _mm(page.mediabox.height)) == (width, height)
    assert f'href="pages/{size}.css"' in render_html(
        {"lang": "en", "header": {"title": "t", "facilitator": "", "organisation": "",
                                  "date_long": ""},
         "app": {"name": "a", "version": "1"}, "generated": {"iso": ""}},
        template="base.html.j2", page_size=size)


def test_trainer_adds_a_page_size(tmp_path: Path) -> None:
    (tmp_path / "pages").mkdir()
    (tmp_path / "pages" / "a5.css").write_text("@page { size: A5; } .cover { height: 210mm; }")
    (tmp_path / "pages" / "Not A Size!.css").write_text("")
    assert page_sizes([tmp_path]) == ["a4", "a5", "letter"]


def test_logo_from_the_trainer_folder_is_on_the_cover(session: SessionState, tmp_path: Path,
                                                     context: dict[str, Any]) -> None:
    assert find_logo([tmp_path]) == ""
    (tmp_path / "logo.png").write_bytes(b"not really a png")
    (tmp_path / "logo.svg").write_text(
        "<svg xmlns='http://www.w3.org/2000/svg' width='40' height='10'>"
        "<rect width='40' height='10' fill='teal'/></svg>")
    assert find_logo([tmp_path]) == "logo.svg"  # SVG first: it stays sharp
    assert '<img class="cover-logo" src="logo.svg" alt="Harbour Street Library">' in render_html(
        context, folders=[tmp_path])
    out = export(session, tmp_path / "out.pdf", folders=[tmp_path])
    cover = PdfReader(out).pages[0]
    assert "/XObject" in cover["/Resources"] or b"re" in cover.get_contents().get_data()


def test_user_report_folder_is_searched_after_explicit_ones(tmp_path: Path) -> None:
    assert trainer_folders([tmp_path]) == [tmp_path]  # the user folder does not exist yet
    user_report_dir().mkdir(parents=True)
    assert trainer_folders([tmp_path]) == [tmp_path, user_report_dir()]
    assert trainer_folders() == [user_report_dir()]
    assert user_report_dir().name == "report"


def test_export_uses_the_trainer_folder_without_being_told(session: SessionState,
                                                           tmp_path: Path) -> None:
    user_report_dir().mkdir(parents=True)
    (user_report_dir() / "theme.css").write_text('body::before { content: "Mine"; }')
    extra = tmp_path / "client"
    extra.mkdir()
    (extra / "theme.css").write_text('body::before { content: "The client\'s"; }')
    assert "Mine" in _pdf_text(export(session, tmp_path / "a.pdf"))
    assert "The client's" in _pdf_text(export(session, tmp_path / "b.pdf", folders=[extra]))


def _pdf_text(path: Path) -> str:
    return pdf_text(path)


# ------------------------------------------------------- accessibility, fonts


def test_pdf_is_tagged_pdf_ua_with_fonts_embedded(session: SessionState, tmp_path: Path) -> None:
    reader = PdfReader(export(session, tmp_path / "ua.pdf"))
    root = reader.trailer["/Root"]
    assert bool(root["/MarkInfo"]["/Marked"])
    assert "/StructTreeRoot" in root
    assert bool(root["/ViewerPreferences"]["/DisplayDocTitle"])
    assert root["/Lang"] == "en"
    assert b'pdfuaid:part="1"' in root["/Metadata"].get_object().get_data()
    fonts = set()
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descriptor = font["/DescendantFonts"][0].get_object()["/FontDescriptor"]
            assert any(key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3")), \
                font["/BaseFont"]
            fonts.add(font["/BaseFont"].split("+")[-1])
    assert {"DejaVu-Sans", "DejaVu-Serif"} <= fonts


# --------------------------------------------------------- the example theme


FOREST = Path(__file__).resolve().parents[2] / "resources" / "report" / "themes" / "forest"


@pytest.mark.parametrize("page_size", ["a4", "letter"])
def test_example_theme_renders_cleanly(session: SessionState, tmp_path: Path, page_size: str,
                                       caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.WARNING, logger="weasyprint")
    out = export(session, tmp_path / "forest.pdf", folders=[FOREST], page_size=page_size)
    assert [r.getMessage() for r in caplog.records] == []
    # Forest green (#2f5d3a) fills the cover band: theme.css was applied.
    cover = PdfReader(out).pages[0].get_contents().get_data()
    assert b"0.184314 0.364706 0.227451" in cover or b".184 .365 .227" in cover
    assert (FOREST / "README.md").is_file()
