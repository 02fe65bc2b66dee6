"""The console on a 1280x720 laptop: the card board gets the height, and the facilitator's panes stay."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication, QSplitter
from pytestqt.qtbot import QtBot

from tests.ui.conftest import stop_index
from workshop.ui.shell.context import AppContext
from workshop.ui.shell.main_window import MainWindow


def settle(window: MainWindow, width: int, height: int) -> None:
    window.resize(width, height)
    for _ in range(3):
        QApplication.processEvents()


def on_the_writing_step(window: MainWindow) -> None:
    controller = window.controller
    assert controller is not None
    controller.go_to(stop_index(controller.state, "keep-it-alive", "write"))
    for number in range(11):
        controller.add_card(f"Idea {number + 1}: greet every guest by name")
    QApplication.processEvents()


def test_the_card_board_gets_two_fifths_of_a_720_pixel_laptop(running: MainWindow) -> None:
    on_the_writing_step(running)
    settle(running, 1280, 720)
    page = running.run_page
    assert page.pane_layout.compact
    board = page.board.columns.row
    assert board.height() >= 0.4 * running.height(), board.height()
    # The timer still shows, at the top of the left column, whole.
    assert page.timer_widget.isVisible()
    assert page._left.isAncestorOf(page.timer_widget)
    assert page.timer_widget.height() >= 70
    assert page.start_button.isVisible()


def test_a_large_screen_keeps_the_timer_beside_the_step(running: MainWindow) -> None:
    on_the_writing_step(running)
    settle(running, 1920, 1080)
    page = running.run_page
    assert not page.pane_layout.compact and page.pane_layout.beside
    assert not page._left.isAncestorOf(page.timer_widget)
    assert page.header.title.font().pixelSize() == 30
    assert page.board.columns.row.height() >= 0.4 * 1080


def test_folded_notes_stay_folded_in_a_new_window(qtbot: QtBot, running: MainWindow, context: AppContext,
                                                  session_path: Path) -> None:
    settle(running, 1280, 720)
    page = running.run_page
    left: QSplitter = page._left
    notes_at = left.indexOf(page.notes)
    assert left.isCollapsible(notes_at) and not left.isCollapsible(left.indexOf(page._agenda_box))
    # The facilitator drags the notes' handle to the bottom: the notes fold away.
    left.moveSplitter(left.height(), notes_at)
    assert left.sizes()[notes_at] == 0
    running.close()

    again = MainWindow(context)
    qtbot.addWidget(again)
    again.resize(1280, 720)
    again.show()
    qtbot.waitExposed(again)
    assert again.open_session(session_path)
    settle(again, 1280, 720)
    left = again.run_page._left
    assert left.sizes()[left.indexOf(again.run_page.notes)] == 0
    assert again.run_page.notes.isHidden() or again.run_page.notes.height() == 0
    again.close()


def test_a_window_made_smaller_is_as_small_as_asked(running: MainWindow) -> None:
    # From a large screen (notes in a column of their own) to a 1280-pixel laptop: the three
    # columns' minimum must not hold the window wider than the screen it moved to.
    controller = running.controller
    assert controller is not None
    controller.go_to(stop_index(controller.state, "keep-it-alive", "cluster"))
    settle(running, 1920, 1080)
    assert running.run_page.pane_layout.beside
    settle(running, 1280, 720)
    assert running.width() == 1280 and not running.run_page.pane_layout.beside
