"""Moving through the agenda: title and prompt follow, the place is kept in the file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.conftest import FakeClock
from tests.ui.conftest import read_back, stop_index
from workshop.core.session import EventKind
from workshop.ui.shell.main_window import MainWindow


def test_next_and_previous_change_title_and_prompt(running: MainWindow, session_path: Path) -> None:
    page = running.run_page
    assert page.header.title.text() == "Rate the words"
    assert not running.action_set.previous_step.isEnabled()

    running.action_set.next_step.trigger()

    assert page.header.title.text() == "Evidence"
    assert "which stories earn it" in page.header.prompt.text()
    assert page.header.eyebrow.text() == "The words test · step 2 of 3"
    assert page.agenda.current_title() == "▶ Evidence"
    assert read_back(session_path).current == 1

    running.action_set.previous_step.trigger()
    assert page.header.title.text() == "Rate the words"
    assert read_back(session_path).current == 0


def test_reopening_shows_the_same_step(running: MainWindow, session_path: Path) -> None:
    for _ in range(3):
        running.action_set.next_step.trigger()
    title = running.run_page.header.title.text()
    running.close_session()

    assert running.open_session(session_path)

    assert running.run_page.header.title.text() == title == "Map the circle"


def test_prompt_markdown_is_shown_as_rich_text(running: MainWindow) -> None:
    controller = running.controller
    assert controller is not None
    controller.go_to(stop_index(controller.state, "keep-it-alive", "write"))
    prompt = running.run_page.header.prompt
    assert prompt.textFormat() == Qt.TextFormat.RichText
    assert "<strong>exactly</strong>" in prompt.text()
    assert "<li>" in prompt.text()


def test_page_down_from_the_card_entry_goes_to_the_next_step(qtbot: QtBot, running: MainWindow) -> None:
    controller = running.controller
    assert controller is not None
    controller.go_to(stop_index(controller.state, "keep-it-alive", "write"))
    entry = running.run_page.entry_panel.entry
    running.activateWindow()
    qtbot.waitUntil(running.isActiveWindow)
    assert entry.hasFocus()

    qtbot.keyClick(entry, Qt.Key.Key_PageDown)
    assert running.run_page.header.title.text() == "Share and cluster"
    qtbot.keyClick(running.run_page, Qt.Key.Key_PageUp)
    assert running.run_page.header.title.text() == "Silent writing"


def test_clicking_a_step_in_the_agenda_jumps_there(qtbot: QtBot, running: MainWindow) -> None:
    agenda = running.run_page.agenda
    target = stop_index(running.controller.state, "point-of-difference", "flip")  # type: ignore[union-attr]
    item = agenda.step_item(target)
    agenda.scrollToItem(item)
    rect = agenda.visualItemRect(item)
    qtbot.mouseClick(agenda.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())

    assert running.run_page.header.title.text() == "Stereotypes, flipped"
    assert agenda.current_title() == "▶ Stereotypes, flipped"


def test_leaving_a_step_that_ran_records_its_end(running: MainWindow, clock: FakeClock,
                                                 session_path: Path) -> None:
    running.action_set.start_pause.trigger()
    clock.advance(90)
    running.action_set.next_step.trigger()
    # A step that never started gets no end.
    running.action_set.next_step.trigger()

    state = read_back(session_path)
    first, second = state.stops[0], state.stops[1]
    assert [e.kind for e in state.events if (e.item, e.step) == first.key] == [EventKind.START, EventKind.END]
    assert state.record_for(*first.key).elapsed == 90
    assert [e for e in state.events if (e.item, e.step) == second.key] == []
    assert running.run_page.agenda.step_item(0).text(1) == "✓ Rate the words"


def test_coming_back_to_a_step_shows_how_long_it_ran(qtbot: QtBot, running: MainWindow,
                                                     clock: FakeClock) -> None:
    running.action_set.start_pause.trigger()
    clock.advance(90)
    running.action_set.next_step.trigger()
    assert running.run_page.timer_widget.text == "8:00"
    clock.advance(300)
    running.action_set.previous_step.trigger()

    assert running.run_page.timer_widget.text == "4:30"
    assert running.run_page.timer_widget.caption == "Paused"


def test_the_last_step_has_no_next(running: MainWindow) -> None:
    controller = running.controller
    assert controller is not None
    controller.go_to(len(controller.state.stops) - 1)
    assert not running.action_set.next_step.isEnabled()
    assert running.run_page.next_label.text() == "Last step of the session"


def test_what_comes_next_is_shown(running: MainWindow) -> None:
    assert running.run_page.next_label.text() == "Next: Evidence · 8 min"
