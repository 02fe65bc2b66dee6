"""Any text a facilitator can type goes through entry, file, board and PDF exactly as typed.

Markup (`<b>`, `&amp;`), emoji, right-to-left scripts and 5,000-character
pastes included: the board shows the text literally, the file keeps it,
reopening gives it back, and the PDF prints it (never interprets it).
"""

from __future__ import annotations

import re
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.conftest import PLAN_ID
from tests.pdf_text import pdf_text as reader_text
from tests.ui.inputs.conftest import open_door, place, reopen
from workshop.core.session import MAX_CARD_LENGTH, SessionHeader, SessionState, build_state, clean_card_text
from workshop.library.catalog import load_library
from workshop.paths import shipped_library
from workshop.store.session_file import SessionFile
from workshop.ui.board.tiles import typed_text
from workshop.ui.inputs.notes_board import NotesBoard
from workshop.ui.room.notes import RoomNotes
from workshop.ui.shell.controller import SessionController

HOSTILE = [
    "<b>bold?</b> &amp; <i>no</i>",
    "&lt;script&gt;alert(1)&lt;/script&gt; <script>alert(2)</script>",
    "Emoji 🙂👍🏽 family 👨‍👩‍👧 flag 🇳🇿",
    "مرحبا بالعالم — שלום עולם — right to left",
    "{directive} %s {0} \\n <!-- comment -->",
    "x" * 5000,
    "word " * 1000,
]

# Text as it arrives from a keyboard or a paste: any printable character, new lines,
# and a few hostile pieces mixed in. Not U+FEFF: Qt drops a byte-order mark at the
# start of a string handed to it, so nobody can type one (and it is invisible).
pieces = st.one_of(
    st.text(st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="\ufeff"),
            min_size=1, max_size=60),
    st.sampled_from(["<b>", "</b>", "&amp;", "&", "\n", "🙂", "مرحبا", "שלום", " ", "\u200f", "\u00a0"]),
)
card_texts = st.lists(pieces, min_size=1, max_size=8).map("".join)

# For the PDF: the scripts the report's bundled fonts cover. A character from
# outside them is drawn by a fallback font, which pypdf cannot read back
# (pdftotext can): a limit of the checking tool, not of the report.
REPORT_SCRIPTS = st.characters(codec="utf-8", categories=("L", "M", "N", "P", "S", "Zs"),
                               max_codepoint=0x06FF)
printed_texts = st.lists(st.one_of(st.text(REPORT_SCRIPTS, min_size=1, max_size=60),
                                   st.sampled_from(["<b>", "</b>", "&amp;", "&", "\n", "🙂", "مرحبا"])),
                         min_size=1, max_size=6).map("".join)


@contextmanager
def fresh_board(state: SessionState) -> Iterator[tuple[NotesBoard, RoomNotes, SessionController, Path]]:
    """A new session file, its door, a console board and a room view, cleaned up afterwards."""
    folder = Path(tempfile.mkdtemp(prefix="text-"))
    path = folder / "t.workshop"
    SessionFile.create(path, state.copy()).close()
    door = open_door(path)
    item, step = place(door.state, "keep-it-alive", "write")
    board, room = NotesBoard(door), RoomNotes(door)
    board.resize(900, 600)
    room.resize(1280, 720)
    board.show_step(item, step)
    room.show_step(item, step)
    board.show()
    try:
        yield board, room, door, path
    finally:
        board.close()
        board.deleteLater()
        room.deleteLater()
        door.close()
        door.deleteLater()
        QApplication.processEvents()


def enter(board: NotesBoard, text: str, qtbot: QtBot) -> str:
    """Paste `text` into the entry line and press Enter; return what the entry held.

    Qt's text box drops a few invisible characters on the way in (a byte-order
    mark); what it holds is what the facilitator sees and means.
    """
    entry = board.entry_panel.entry
    entry.setPlainText(text)
    held = typed_text(entry)
    qtbot.keyClick(entry, Qt.Key.Key_Return)
    return held


@cache
def shipped_session() -> SessionState:
    """The shipped plan, empty (built here: hypothesis would print a fixture's whole state)."""
    library = load_library([shipped_library()])
    plan = library.plans[PLAN_ID]
    return build_state(SessionHeader("Text day"), plan, library.templates_for(plan))


def check_typed(qtbot: QtBot, text: str) -> None:
    """Type `text` on a fresh board; it is refused in words, or kept exactly everywhere."""
    with fresh_board(shipped_session()) as (board, room, _door, path):
        text = enter(board, text, qtbot)
        if not text.strip() or len(text.strip()) > MAX_CARD_LENGTH:
            assert board.models[0].rowCount() == 0
            assert board.entry_panel.has_problem
            return
        kept = clean_card_text(text)
        assert [row.card.text for row in board.models[0].rows() if row.card] == [kept]
        assert board.models[0].index(0).data() == kept
        assert room.visible_text() == kept
        assert [card.text for card in reopen(path).cards] == [kept]
        board.grab()  # painting any text must not fail


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=card_texts)
@example(text="   \n  ")
def test_typed_text_reaches_board_file_and_wall_unchanged(qtbot: QtBot, text: str) -> None:
    check_typed(qtbot, text)


@pytest.mark.parametrize("text", HOSTILE, ids=range(len(HOSTILE)))
def test_hostile_text_reaches_board_file_and_wall_unchanged(qtbot: QtBot, text: str) -> None:
    check_typed(qtbot, text)


def _ascii_runs(text: str) -> list[str]:
    """Runs of ASCII letters and digits long enough to find again in a PDF's text."""
    return [run for run in re.findall(r"[A-Za-z0-9]+", text) if len(run) >= 4]


RIGHT_TO_LEFT = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]")


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def pdf_text(path: Path) -> str:
    """The PDF's text as a reader gets it, squashed."""
    return _squash(reader_text(path))


def export_typed(qtbot: QtBot, texts: list[str]) -> str:
    """Type `texts` as cards on a fresh board, export the PDF, return its squashed text."""
    from workshop.report.pdf import export_pdf

    with fresh_board(shipped_session()) as (board, _room, door, path):
        for text in texts:
            enter(board, text, qtbot)
        assert len(door.state.cards) == len(texts)
        out = path.parent / "summary.pdf"
        export_pdf(door.state, out)
        return pdf_text(out)


def check_printed(qtbot: QtBot, texts: list[str]) -> None:
    """Every word typed is in the PDF, and markup is printed as the characters typed."""
    printed = export_typed(qtbot, texts)
    for text in texts:
        for run in _ascii_runs(text):
            assert run in printed, f"{run!r} of {text[:60]!r} is not in the PDF"
        if RIGHT_TO_LEFT.search(text):
            continue  # in a right-to-left line "<b>" is rightly drawn mirrored, ">b<"
        for token in ("<b>", "&amp;", "<script>", "<!--"):
            if token in text:
                assert token in printed, f"{token} was not printed literally"


@settings(max_examples=5, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(texts=st.lists(printed_texts.filter(str.strip), min_size=1, max_size=3))
def test_typed_text_is_printed_literally_in_the_pdf(qtbot: QtBot, texts: list[str]) -> None:
    check_printed(qtbot, texts)


def test_hostile_text_is_printed_literally_in_the_pdf(qtbot: QtBot) -> None:
    check_printed(qtbot, [text for text in HOSTILE if len(text) < 1000])


def test_a_5000_character_paste_is_printed_whole(qtbot: QtBot) -> None:
    # A long card is a block across the page that continues on the next one, and a
    # word wider than the card wraps anywhere: every character reaches the paper.
    printed = export_typed(qtbot, ["x" * 5000])
    # Across pages: the running header and footer come between the pieces.
    assert sum(len(run) for run in re.findall(r"x{20,}", printed)) == 5000
