"""Statements: blanks composed into the sentence as typed, candidates kept, one chosen and shown large."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.ui.inputs.conftest import place, reopen
from workshop.ui.inputs.statement_panel import StatementPanel
from workshop.ui.room.statement import RoomStatement
from workshop.ui.shell.controller import SessionController


@pytest.fixture
def panel(qtbot: QtBot, door: SessionController) -> Iterator[StatementPanel]:
    """Purpose statement: "We {why}, over {everything}." (P = W/E)."""
    panel = StatementPanel(door)
    qtbot.addWidget(panel)
    panel.resize(900, 600)
    panel.show_step(*place(door.state, "purpose-statement", "purpose"))
    panel.show()
    qtbot.waitExposed(panel)
    yield panel
    panel.close()


@pytest.fixture
def room(qtbot: QtBot, door: SessionController, panel: StatementPanel) -> RoomStatement:
    room = RoomStatement(door)
    qtbot.addWidget(room)
    room.resize(1600, 900)
    room.show_step(panel.item, panel.step)
    return room


def fill(qtbot: QtBot, panel: StatementPanel, why: str, everything: str) -> None:
    for key, text in (("why", why), ("everything", everything)):
        field = panel.fields[key]
        field.setFocus()
        field.clear()
        qtbot.keyClicks(field, text)


def test_the_sentence_is_composed_as_the_blanks_are_typed(qtbot: QtBot, panel: StatementPanel) -> None:
    assert panel.preview.text() == "We …, over …."
    fill(qtbot, panel, "make guests feel at home {everything} %s", "speed")
    # Only the trainer's template is a pattern: what people type stays literal.
    assert panel.preview.text() == "We make guests feel at home {everything} %s, over speed."


def test_enter_in_the_last_blank_keeps_a_candidate(qtbot: QtBot, panel: StatementPanel, room: RoomStatement,
                                                   session_path: Path) -> None:
    fill(qtbot, panel, "help people rest", "upselling")
    qtbot.keyClick(panel.fields["everything"], Qt.Key.Key_Return)
    fill(qtbot, panel, "make every guest feel at home", "speed and price")
    qtbot.keyClick(panel.fields["everything"], Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    assert panel.candidates.count() == 2
    assert panel.chosen.text() == "No statement chosen yet."
    assert room.visible_text().splitlines() == [
        "Candidates", "1. We help people rest, over upselling.",
        "2. We make every guest feel at home, over speed and price."]
    assert len(reopen(session_path).statements) == 2


def test_the_chosen_statement_is_shown_large(qtbot: QtBot, panel: StatementPanel, room: RoomStatement,
                                             door: SessionController, session_path: Path) -> None:
    for why in ("help people rest", "make every guest feel at home"):
        fill(qtbot, panel, why, "speed")
        panel.submit()
    panel.candidates.setCurrentRow(1)
    panel.choose_selected()

    sentence = "We make every guest feel at home, over speed."
    assert panel.chosen.text() == sentence
    assert panel.chosen.font().pixelSize() >= 30
    assert room.visible_text().splitlines() == ["Our statement", sentence]
    assert room.chosen.font().pixelSize() > room.base_px * 1.5
    assert [s.chosen for s in reopen(session_path).statements] == [False, True]
    door.undo()
    assert room.visible_text().startswith("Candidates")


def test_a_candidate_is_edited_through_the_form(qtbot: QtBot, panel: StatementPanel,
                                                door: SessionController) -> None:
    fill(qtbot, panel, "help people rest", "upselling")
    panel.submit()
    panel.candidates.setCurrentRow(0)
    assert panel.fields["why"].text() == "help people rest"
    assert panel.add_button.text() == "Save changes"
    fill(qtbot, panel, "help people truly rest", "upselling")
    qtbot.keyClick(panel.fields["everything"], Qt.Key.Key_Return)
    assert panel.candidates.item(0).text() == "We help people truly rest, over upselling."
    door.undo()
    assert panel.candidates.item(0).text() == "We help people rest, over upselling."


def test_an_empty_statement_is_refused_in_words(qtbot: QtBot, panel: StatementPanel) -> None:
    assert not panel.submit()
    assert panel.hint.text() == "Fill in at least one blank of the statement."


def test_delete_and_undo(qtbot: QtBot, panel: StatementPanel, door: SessionController) -> None:
    fill(qtbot, panel, "rest", "noise")
    panel.submit()
    panel.candidates.setCurrentRow(0)
    panel.delete_selected()
    assert panel.candidates.count() == 0
    door.undo()
    assert panel.candidates.count() == 1
