"""A message on the console belongs to the action that made it: the next action replaces or clears it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.ui.conftest import stop_index
from workshop.ui.inputs.statement_panel import StatementPanel
from workshop.ui.shell.main_window import MainWindow


def go(window: MainWindow, exercise: str, step: str) -> None:
    controller = window.controller
    assert controller is not None
    controller.go_to(stop_index(controller.state, exercise, step))


def type_card(qtbot: QtBot, window: MainWindow, text: str) -> None:
    entry = window.run_page.entry_panel.entry
    entry.setFocus()
    qtbot.keyClicks(entry, text)
    qtbot.keyClick(entry, Qt.Key.Key_Return)


def test_saved_n_cards_goes_when_a_card_is_deleted(qtbot: QtBot, running: MainWindow) -> None:
    go(running, "keep-it-alive", "write")
    for text in ("One", "Two", "Three"):
        type_card(qtbot, running, text)
    entry_hint = running.run_page.entry_panel.hint
    assert entry_hint.text() == "Saved. 3 cards in this step."
    board = running.run_page.board
    view = board.views[0]
    view.setFocus()
    view.setCurrentIndex(view.model().index(0, 0))
    board.delete_selected()
    assert board.texts() == ["Two", "Three"]
    assert "Saved" not in entry_hint.text()
    assert board.hint.text() == "Deleted. Undo (Ctrl+Z) brings it back."

    type_card(qtbot, running, "Four")  # the next action: the board's "Deleted" goes
    assert board.hint.text() == "" and not board.hint.isVisible()
    assert entry_hint.text() == "Saved. 3 cards in this step."
    running.action_set.undo.trigger()  # an undo is an action too: 2 cards, not 3
    assert "Saved" not in entry_hint.text()


def test_kept_as_a_candidate_goes_when_one_is_chosen(qtbot: QtBot, running: MainWindow) -> None:
    go(running, "purpose-statement", "purpose")
    panel = running.run_page.inputs.current_panel
    assert isinstance(panel, StatementPanel)
    for key, text in (("why", "make guests feel at home"), ("everything", "speed")):
        panel.fields[key].setFocus()
        qtbot.keyClicks(panel.fields[key], text)
    qtbot.keyClick(panel.fields["everything"], Qt.Key.Key_Return)
    assert panel.hint.text().startswith("Kept as a candidate")

    panel.candidates.setCurrentRow(0)
    assert panel.hint.text() == ""  # choosing which one to look at is the next action
    panel.choose_selected()
    assert panel.hint.text() == "Chosen: this is the group's statement, on the wall."
    running.action_set.undo.trigger()
    assert panel.hint.text() == ""
