"""Auto-advance says whether it is on; in overtime the Next button and "Page Down: next step" stand out."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QColor
from pytestqt.qtbot import QtBot

from tests.conftest import FakeClock
from tests.ui.conftest import stop_index
from tests.ui.run.test_time_up import at_silent_writing, quiet
from workshop.ui.shell.main_window import MainWindow
from workshop.ui.widgets.theme import THEMES


def run_menu_action(window: MainWindow, name: str) -> QAction:
    menu = next(action.menu() for action in window.menuBar().actions() if action.text() == "&Run")
    return next(action for action in menu.actions() if action.objectName() == name)


def test_auto_advance_says_on_or_off_and_shift_f5_switches_it(qtbot: QtBot, running: MainWindow) -> None:
    button = running.run_page.auto_button
    in_menu = run_menu_action(running, "action_auto_advance")
    assert button.text() == "Auto-advance: off" and not button.isChecked()
    assert in_menu.isCheckable() and not in_menu.isChecked()
    assert in_menu.text() == "&Auto-advance"  # the menu ticks it; its words stay the action's

    running.activateWindow()
    qtbot.waitUntil(running.isActiveWindow)
    qtbot.keyClick(running.focusWidget() or running, Qt.Key.Key_F5, Qt.KeyboardModifier.ShiftModifier)
    assert button.text() == "Auto-advance: on" and button.isChecked()
    assert in_menu.isChecked()
    assert running.context.preferences.auto_advance  # and it is remembered

    in_menu.trigger()  # from the menu: the console follows
    assert button.text() == "Auto-advance: off" and not button.isChecked()
    # Disabled and enabled again (no session, then one): the words stay the switch's.
    running.close_session()
    assert button.text() == "Auto-advance: off"


def test_in_overtime_the_next_button_and_its_key_stand_out(qtbot: QtBot, running: MainWindow,
                                                          clock: FakeClock) -> None:
    page = running.run_page
    at_silent_writing(running)
    quiet(running)
    cue = page.overtime_cue
    running.action_set.start_pause.trigger()
    clock.advance(299)
    cue.check()
    assert not cue.shown and not cue.hint.isVisible()
    normal = page.next_button.grab().toImage()

    clock.advance(2)  # past zero: the cue's own timer notices
    qtbot.waitUntil(lambda: cue.hint.isVisible(), timeout=2000)
    assert cue.hint.text() == "Page Down: next step"
    assert page.next_button.property("overtime") is True
    # Drawn in the overtime timer's colours: the button's middle is the overtime red, not the accent.
    lit = page.next_button.grab().toImage()
    middle = lit.pixelColor(lit.width() // 2, 4)
    assert middle == QColor(THEMES["light"].console.overtime_fill), middle.name()
    assert normal.pixelColor(normal.width() // 2, 4) != middle

    running.action_set.add_minute.trigger()  # more time: no longer the way on
    assert not cue.shown and not cue.hint.isVisible() and page.next_button.styleSheet() == ""

    clock.advance(61)
    cue.check()
    assert cue.shown
    write = running.controller.current_index
    qtbot.keyClick(running.focusWidget() or running, Qt.Key.Key_PageDown)
    assert running.controller.current_index == write + 1
    assert not cue.shown and not cue.hint.isVisible()


def test_on_the_last_step_overtime_offers_no_next_step(running: MainWindow, clock: FakeClock) -> None:
    controller = running.controller
    controller.go_to(len(controller.state.stops) - 1)
    quiet(running)
    running.action_set.start_pause.trigger()
    clock.advance(controller.timer.duration + 5)
    running.run_page.overtime_cue.check()
    assert not running.run_page.overtime_cue.shown


def test_the_cue_follows_the_theme(running: MainWindow, clock: FakeClock) -> None:
    at_silent_writing(running)
    quiet(running)
    running.action_set.start_pause.trigger()
    clock.advance(301)
    running.run_page.overtime_cue.check()
    running.set_theme("high-contrast")
    sheet = running.run_page.next_button.styleSheet()
    assert THEMES["high-contrast"].console.overtime_fill in sheet
    assert stop_index(running.controller.state, "keep-it-alive", "write") == running.controller.current_index
