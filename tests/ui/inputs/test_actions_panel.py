"""Actions: what / who / by when, the date read leniently and shown so nobody misreads it."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.ui.inputs.conftest import place, reopen
from workshop.ui.inputs.actions_panel import ActionsPanel
from workshop.ui.room.actions import RoomActions
from workshop.ui.shell.controller import SessionController

TODAY = date(2026, 11, 22)  # a Sunday: "next week" is tomorrow


@pytest.fixture
def panel(qtbot: QtBot, door: SessionController) -> Iterator[ActionsPanel]:
    panel = ActionsPanel(door, today=lambda: TODAY)
    qtbot.addWidget(panel)
    panel.resize(900, 600)
    panel.show_step(*place(door.state, "keep-it-alive", "actions"))
    panel.show()
    qtbot.waitExposed(panel)
    yield panel
    panel.close()


def type_into(qtbot: QtBot, line: object, text: str) -> None:
    line.setFocus()  # type: ignore[attr-defined]
    line.clear()  # type: ignore[attr-defined]
    if text.isascii():
        qtbot.keyClicks(line, text)
    else:  # (QTest types only ASCII)
        line.insert(text)  # type: ignore[attr-defined]


@pytest.mark.parametrize(("typed", "shown"), [
    ("fri", "Fri 27 Nov 2026"),
    ("next week", "Mon 23 Nov 2026"),
    ("2026-12-01", "Tue 1 Dec 2026"),
    ("1/12", "Tue 1 Dec 2026 · Read day first: 1 December."),
    ("next month", "Tue 1 Dec 2026 · Read as the first day of next month."),
    ("in 3 days", "Wed 25 Nov 2026"),
    ("end of month", "Mon 30 Nov 2026"),
    ("", "No due date"),
])
def test_the_date_is_shown_unambiguously_as_it_is_typed(qtbot: QtBot, panel: ActionsPanel, typed: str,
                                                        shown: str) -> None:
    type_into(qtbot, panel.due, typed)
    assert panel.due_reading.text() == shown
    assert not panel.due_reading.property("problem")


def test_a_date_that_cannot_be_read_says_why_and_adds_nothing(qtbot: QtBot, panel: ActionsPanel,
                                                             door: SessionController) -> None:
    type_into(qtbot, panel.what, "Tell the night team")
    type_into(qtbot, panel.due, "31/2")
    assert panel.due_reading.property("problem")
    assert panel.due_reading.text() == "Cannot read '31/2' as a date: February has no day 31."
    qtbot.keyClick(panel.due, Qt.Key.Key_Return)
    assert door.state.actions == []
    assert panel.hint.text() == panel.due_reading.text()


def test_a_date_in_no_known_form_lists_the_forms_it_reads(qtbot: QtBot, panel: ActionsPanel) -> None:
    type_into(qtbot, panel.due, "whenever")
    assert panel.due_reading.property("problem")
    assert "next month, end of month, in 3 days, in 2 weeks" in panel.due_reading.text()


def test_enter_adds_the_action_shown_on_the_wall(qtbot: QtBot, panel: ActionsPanel, door: SessionController,
                                                session_path: Path) -> None:
    room = RoomActions(door)
    qtbot.addWidget(room)
    room.resize(1200, 600)
    room.show_step(panel.item, panel.step)
    type_into(qtbot, panel.what, "Tell the night team the directive")
    type_into(qtbot, panel.who, "Sam")
    type_into(qtbot, panel.due, "fri")
    qtbot.keyClick(panel.due, Qt.Key.Key_Return)

    saved = reopen(session_path).actions
    assert [(a.what, a.who, a.due) for a in saved] == [("Tell the night team the directive", "Sam",
                                                        date(2026, 11, 27))]
    assert panel.model.index(0, 2).data() == "Fri 27 Nov 2026"
    assert room.visible_text() == "Tell the night team the directive · Sam · Fri 27 Nov 2026"
    assert panel.what.text() == "" and panel.what.hasFocus()


def test_an_action_without_what_is_refused_in_words(qtbot: QtBot, panel: ActionsPanel) -> None:
    type_into(qtbot, panel.who, "Sam")
    qtbot.keyClick(panel.who, Qt.Key.Key_Return)
    assert panel.hint.text() == "What will be done needs some text."


def test_selecting_an_action_edits_it_and_delete_removes_it(qtbot: QtBot, panel: ActionsPanel,
                                                            door: SessionController) -> None:
    type_into(qtbot, panel.what, "Wall poster")
    type_into(qtbot, panel.due, "tomorrow")
    qtbot.keyClick(panel.due, Qt.Key.Key_Return)
    panel.table.setCurrentIndex(panel.model.index(0, 0))
    assert panel.due.text() == "Mon 23 Nov 2026"  # reads back as the same day
    type_into(qtbot, panel.who, "Ana")
    qtbot.keyClick(panel.who, Qt.Key.Key_Return)
    assert [(a.what, a.who, a.due) for a in door.state.actions] == [
        ("Wall poster", "Ana", date(2026, 11, 23))]

    panel.table.setFocus()
    panel.table.setCurrentIndex(panel.model.index(0, 0))
    qtbot.keyClick(panel.table, Qt.Key.Key_Delete)
    assert door.state.actions == []
    door.undo()
    assert panel.model.rowCount() == 1


def test_the_wall_asks_who_and_when_and_keeps_the_rows_together(qtbot: QtBot, panel: ActionsPanel,
                                                                door: SessionController) -> None:
    from workshop.core.commands import AddAction

    room = RoomActions(door)
    qtbot.addWidget(room)
    room.resize(1200, 700)
    room.show()
    room.show_step(panel.item, panel.step)
    door.execute(AddAction(panel.item, panel.step, "Draft the directive", "Priya", date(2026, 11, 29)))
    door.execute(AddAction(panel.item, panel.step, "Remove the scolding signs"))
    door.execute(AddAction(panel.item, panel.step, "Call back every complaint", "Jonas"))
    assert room.visible_text().splitlines() == [
        "Draft the directive · Priya · Sun 29 Nov 2026",
        "Remove the scolding signs · who? · when?",
        "Call back every complaint · Jonas · when?",
    ]
    placed, left = room.layout_rows()
    tops = [top for _, _, top in placed]
    gaps = [below - above for above, below in itertools.pairwise(tops)]
    assert left == 0 and max(gaps) < room.base_px * 3  # packed from the top, not spread down the wall


def test_long_actions_wrap_and_those_that_do_not_fit_are_counted(qtbot: QtBot, panel: ActionsPanel,
                                                                 door: SessionController) -> None:
    from workshop.core.commands import AddAction

    long_what = "Draft the one-page directive and pin it in every staff room, the kitchen's too"
    for number in range(12):
        door.execute(AddAction(panel.item, panel.step, f"{number + 1}. {long_what}", "Sam"))
    room = RoomActions(door)
    qtbot.addWidget(room)
    room.set_base_px(26)  # a 720p projector
    room.resize(900, 300)
    room.show()
    room.show_step(panel.item, panel.step)
    placed, left = room.layout_rows()
    assert len(placed) >= 2 and left == 12 - len(placed)
    first_lines = placed[0][1]
    assert len(first_lines) >= 2 and " ".join(first_lines) == f"1. {long_what}"  # wrapped, every word
    lines = room.visible_text().splitlines()
    assert lines[0] == f"1. {long_what} · Sam · when?"
    assert lines[-1] == f"… and {left} more"
    assert room.minimumSizeHint().height() <= 300  # the wall's size is the window's, whatever the text


@pytest.fixture
def german_panel(german: None, panel: ActionsPanel) -> ActionsPanel:
    return panel


@pytest.mark.parametrize(("typed", "shown"), [
    ("Fr", "Fr., 27. Nov. 2026"),
    ("morgen", "Mo., 23. Nov. 2026"),
    ("nächste Woche", "Mo., 23. Nov. 2026"),
    ("1.12.", "Di., 1. Dez. 2026 · Tag zuerst gelesen: 1. Dezember."),
    ("in 3 Tagen", "Mi., 25. Nov. 2026"),
    ("Monatsende", "Mo., 30. Nov. 2026"),
    ("next week", "Mo., 23. Nov. 2026"),  # English is read too
    ("", "Kein Termin"),
])
def test_in_german_dates_are_typed_and_shown_in_german(qtbot: QtBot, german_panel: ActionsPanel, typed: str,
                                                       shown: str) -> None:
    type_into(qtbot, german_panel.due, typed)
    assert german_panel.due_reading.text() == shown
    assert not german_panel.due_reading.property("problem")


def test_in_german_a_date_that_cannot_be_read_says_why_in_german(qtbot: QtBot, german_panel: ActionsPanel,
                                                                door: SessionController) -> None:
    type_into(qtbot, german_panel.due, "31.2.")
    assert german_panel.due_reading.text() == (
        "'31.2.' lässt sich nicht als Datum lesen: der Februar hat keinen 31. Tag.")
    type_into(qtbot, german_panel.due, "irgendwann")
    assert "nächste Woche, nächsten Monat, Monatsende, in 3 Tagen" in german_panel.due_reading.text()


def test_in_german_the_wall_shows_the_date_in_german_and_it_reads_back(
        qtbot: QtBot, german_panel: ActionsPanel, door: SessionController) -> None:
    room = RoomActions(door)
    qtbot.addWidget(room)
    room.resize(1200, 600)
    room.show_step(german_panel.item, german_panel.step)
    type_into(qtbot, german_panel.what, "Plakat aufhängen")
    type_into(qtbot, german_panel.due, "Freitag")
    qtbot.keyClick(german_panel.due, Qt.Key.Key_Return)
    assert room.visible_text() == "Plakat aufhängen · wer? · Fr., 27. Nov. 2026"
    german_panel.table.setCurrentIndex(german_panel.model.index(0, 0))
    assert german_panel.due.text() == "Fr., 27. Nov. 2026"
    assert german_panel.due_reading.text() == "Fr., 27. Nov. 2026"  # what was shown reads back the same
