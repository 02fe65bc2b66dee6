"""Typing cards on the run page: Enter adds, the card shows at once and is in the file."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.ui.conftest import read_back, stop_index
from workshop.ui.shell.main_window import MainWindow


def go_to_notes_step(window: MainWindow) -> None:
    """Keep it alive / Silent writing: a notes step without columns, 5 minutes."""
    controller = window.controller
    assert controller is not None
    assert controller.go_to(stop_index(controller.state, "keep-it-alive", "write"))


def type_card(qtbot: QtBot, window: MainWindow, text: str) -> None:
    entry = window.run_page.entry_panel.entry
    qtbot.keyClicks(entry, text)
    qtbot.keyClick(entry, Qt.Key.Key_Return)


def test_enter_adds_the_card_to_the_board_and_the_file(qtbot: QtBot, running: MainWindow,
                                                       session_path: Path) -> None:
    go_to_notes_step(running)
    page = running.run_page
    assert page.entry_panel.isVisible()

    type_card(qtbot, running, "Remember every guest's name")

    assert page.board.texts() == ["Remember every guest's name"]
    assert page.board.views[0].isVisible()
    assert page.entry_panel.entry.toPlainText() == ""
    assert "1 card" in page.entry_panel.hint.text()
    assert running.save_label.text().startswith("Saved")
    stop = running.controller.current_stop  # type: ignore[union-attr]
    cards = read_back(session_path).cards_for(stop.item.index, stop.step.key)
    assert [card.text for card in cards] == ["Remember every guest's name"]


def test_cards_survive_closing_and_reopening(qtbot: QtBot, running: MainWindow, session_path: Path) -> None:
    go_to_notes_step(running)
    for text in ("First idea", "Second idea"):
        type_card(qtbot, running, text)
    running.close_session()
    assert running.pages.currentWidget() is running.home_page

    assert running.open_session(session_path)

    assert running.run_page.header.title.text() == "Silent writing"
    assert running.run_page.board.texts() == ["First idea", "Second idea"]


def test_an_empty_entry_adds_nothing_and_says_why(qtbot: QtBot, running: MainWindow,
                                                  session_path: Path) -> None:
    go_to_notes_step(running)
    panel = running.run_page.entry_panel
    qtbot.keyClicks(panel.entry, "   ")
    qtbot.keyClick(panel.entry, Qt.Key.Key_Return)

    assert running.run_page.board.texts() == []
    assert panel.has_problem
    assert "empty" in panel.hint.text()
    assert panel.hint.isVisible()
    assert read_back(session_path).cards == []
    # Typing again clears the complaint.
    qtbot.keyClicks(panel.entry, "x")
    assert not panel.has_problem


def test_shift_enter_makes_a_new_line_inside_the_card(qtbot: QtBot, running: MainWindow) -> None:
    go_to_notes_step(running)
    entry = running.run_page.entry_panel.entry
    qtbot.keyClicks(entry, "Line one")
    qtbot.keyClick(entry, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClicks(entry, "line two")
    assert running.run_page.board.texts() == []
    qtbot.keyClick(entry, Qt.Key.Key_Return)

    assert running.run_page.board.texts() == ["Line one\nline two"]


@pytest.mark.parametrize("text", ["<b>bold</b> &amp;", "<img src=\"file:///etc/passwd\">", "שלום 👋 café"])
def test_card_text_shows_literally(qtbot: QtBot, running: MainWindow, text: str) -> None:
    go_to_notes_step(running)
    entry = running.run_page.entry_panel.entry
    # QTest types ASCII only; the rest arrives as an input method would put it.
    entry.insertPlainText(text)
    qtbot.keyClick(entry, Qt.Key.Key_Return)

    board = running.run_page.board
    assert board.texts() == [text]
    assert board.models[0].index(0, 0).data(Qt.ItemDataRole.DisplayRole) == text
    assert text in running.audience.visible_text()


def test_a_card_the_store_could_not_save_is_not_shown_and_the_text_stays(
        qtbot: QtBot, running: MainWindow, session_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    go_to_notes_step(running)
    controller = running.controller
    assert controller is not None

    def disk_full(*_args: object, **_kwargs: object) -> None:
        raise sqlite3.OperationalError("database or disk is full")

    # Fault injection at the store's edge: the disk fills up.
    monkeypatch.setattr("workshop.store.session_file._write_changes", disk_full)
    type_card(qtbot, running, "An idea worth keeping")

    assert running.run_page.board.texts() == []
    assert running.run_page.entry_panel.entry.toPlainText() == "An idea worth keeping"
    assert running.run_page.entry_panel.has_problem
    assert "disk is full" in running.message_bar.text
    assert running.message_bar.level == "error"
    assert read_back(session_path).cards == []


def test_cards_go_to_the_chosen_column(qtbot: QtBot, running: MainWindow, session_path: Path) -> None:
    controller = running.controller
    assert controller is not None
    controller.go_to(stop_index(controller.state, "point-of-difference", "flip"))
    page = running.run_page
    assert page.board.column_titles() == ["Stereotype of our industry", "Our point of difference"]

    type_card(qtbot, running, "Hotels are all the same")
    qtbot.keyClick(page.entry_panel.entry, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
    type_card(qtbot, running, "We remember you")

    columns = {card.text: card.column for card in read_back(session_path).cards}
    assert columns == {"Hotels are all the same": "stereotype", "We remember you": "difference"}
    first, second = page.board.views[:2]
    assert first.model().rowCount() == 1 and second.model().rowCount() == 1
    assert first.model().index(0, 0).data() == "Hotels are all the same"


def drafts_in(path: Path) -> dict[str, str]:
    """The drafts as another process reading the file now would find them."""
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return dict(db.execute("SELECT place, text FROM draft").fetchall())
    finally:
        db.close()


def test_a_card_half_typed_is_in_the_file_and_back_in_the_entry_after_closing(
        qtbot: QtBot, running: MainWindow, session_path: Path) -> None:
    go_to_notes_step(running)
    entry = running.run_page.entry_panel.entry
    qtbot.keyClicks(entry, "Greet every guest by")
    # A moment after the typing stops it is in the file: a crash now loses nothing.
    qtbot.waitUntil(lambda: drafts_in(session_path) == {"card": "Greet every guest by"}, timeout=3000)
    qtbot.keyClicks(entry, " name")
    running.action_set.close_session.trigger()  # at once, well before the next pause is noticed
    assert drafts_in(session_path) == {"card": "Greet every guest by name"}
    assert read_back(session_path).cards == []

    assert running.open_session(session_path)  # back where it was: the silent writing
    entry = running.run_page.entry_panel.entry
    assert entry.toPlainText() == "Greet every guest by name"
    assert running.run_page.entry_panel.hint.text().startswith("Kept from last time, not added yet")
    entry.setFocus()
    qtbot.keyClick(entry, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # Ctrl+Z clears it...
    assert entry.toPlainText() == ""
    control_shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(entry, Qt.Key.Key_Z, control_shift)
    assert entry.toPlainText() == "Greet every guest by name"  # ...and Ctrl+Shift+Z brings it back
    qtbot.keyClick(entry, Qt.Key.Key_Return)
    assert running.run_page.board.texts() == ["Greet every guest by name"]
    assert drafts_in(session_path) == {}  # a card now, no longer a draft
    running.close_session()
    assert running.open_session(session_path)
    assert running.run_page.entry_panel.entry.toPlainText() == ""


def test_closing_keeps_the_draft_even_if_another_window_cleared_it(qtbot: QtBot, running: MainWindow,
                                                                   session_path: Path) -> None:
    go_to_notes_step(running)
    qtbot.keyClicks(running.run_page.entry_panel.entry, "Still typing")
    qtbot.waitUntil(lambda: drafts_in(session_path) == {"card": "Still typing"}, timeout=3000)
    other = sqlite3.connect(session_path)  # a second window on the same file added its card
    with other:
        other.execute("DELETE FROM draft")
    other.close()
    running.close_session()
    assert drafts_in(session_path) == {"card": "Still typing"}
