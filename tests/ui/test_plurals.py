"""Qt's "%n" strings read as English: "1 card", "2 cards", never "card(s)".

English is the window's source language: its translation file holds only the
plural forms (`scripts/update-translations` writes them from the "(s)" mark).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from pytestqt.qtbot import QtBot

from workshop.ui.inputs.card_entry import CardEntryPanel
from workshop.ui.library.editor_status import EditorStatus


def test_one_card_and_two_cards(qtbot: QtBot) -> None:
    panel = CardEntryPanel()
    qtbot.addWidget(panel)
    panel.card_added(1)
    assert panel.hint.text() == "Saved. 1 card in this step."
    panel.card_added(2)
    assert panel.hint.text() == "Saved. 2 cards in this step."
    panel.card_added(0)
    assert panel.hint.text() == "Saved. 0 cards in this step."


def test_one_problem_and_two_problems(qtbot: QtBot) -> None:
    status = EditorStatus()
    qtbot.addWidget(status)
    status.show_check(1, None, is_new=True, modified=True)
    assert status.text() == "1 problem to fix before this exercise can be saved and used."
    status.show_check(2, None, is_new=False, modified=True)
    assert status.text().startswith("2 problems to fix: ")


def test_strings_without_a_plural_mark_are_left_to_qt(qtbot: QtBot) -> None:
    qtbot.addWidget(CardEntryPanel())  # installs the plurals
    shown = QCoreApplication.translate("NotesBoard", "Reveal all (%n hidden)", "", 3)
    assert shown == "Reveal all (3 hidden)"
    assert QCoreApplication.translate("NotesBoard", "Reveal all") == "Reveal all"


def test_people_are_not_persons(qtbot: QtBot) -> None:
    qtbot.addWidget(CardEntryPanel())  # installs the user's language: English here
    voted = "%n person(s) voted so far"
    assert QCoreApplication.translate("RoomHeld", voted, "", 1) == "1 person voted so far"
    assert QCoreApplication.translate("RoomHeld", voted, "", 3) == "3 people voted so far"
