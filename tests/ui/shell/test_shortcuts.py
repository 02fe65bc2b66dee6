"""Every key in the hotkeys table reaches its action, in the window where it is meant to work.

The actions' own slots are swapped for a counter (a shortcut test must not
open file dialogs or quit); what is tested is the route from a key press to
the action, through Qt's shortcut map, as a person would press it.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from tests.checkout import ROOT as PROJECT_ROOT
from workshop.ui.shell import hotkeys
from workshop.ui.shell.main_window import MainWindow

PLANNER_KEYS = [h for h in hotkeys.TABLE if h.name.startswith("planner_")]
# The card board's keys work only while the board has the keyboard: tests/ui/inputs tests them.
WINDOW_KEYS = [h for h in hotkeys.TABLE
               if not h.name.startswith(("planner_", "board_")) and h.name not in ("undo", "redo")]


def action_named(window: MainWindow, name: str) -> QAction:
    found = window.findChildren(QAction, f"action_{name}")
    assert len(found) == 1, f"{len(found)} actions named action_{name}"
    return found[0]


def counting(action: QAction) -> list[bool]:
    """Replace what the action does with a tally of its triggers."""
    hits: list[bool] = []
    action.triggered.disconnect()
    action.triggered.connect(lambda *_: hits.append(True))
    return hits


def press(qtbot: QtBot, target: QWidget, sequence: QKeySequence) -> None:
    target.window().activateWindow()
    qtbot.waitUntil(target.window().isActiveWindow)
    target.setFocus()
    QTest.keySequence(target, sequence)


def go_to_a_step_held_for_the_cue(window: MainWindow) -> None:
    controller = window.controller
    assert controller is not None
    held = next(index for index, stop in enumerate(controller.state.agenda.stops)
                if stop.step.input.on_cue)
    controller.go_to(held)


@pytest.fixture
def ready(qtbot: QtBot, running: MainWindow) -> Iterator[MainWindow]:
    """A session at a card step, its timer running: every run action is enabled."""
    running.action_set.next_step.trigger()  # "Evidence": cards, a previous and a next step
    running.action_set.start_pause.trigger()
    yield running


def test_the_table_and_the_actions_agree(ready: MainWindow) -> None:
    for hotkey in hotkeys.TABLE:
        action = action_named(ready, hotkey.name)
        assert action.shortcuts() == hotkeys.key_sequences(hotkey.keys), hotkey.name


@pytest.mark.parametrize("hotkey", WINDOW_KEYS, ids=lambda h: h.name)
def test_every_window_key_reaches_its_action(qtbot: QtBot, ready: MainWindow, hotkey: hotkeys.Hotkey) -> None:
    if hotkey.name == "reveal_results":  # only on a step that holds its results for the cue
        go_to_a_step_held_for_the_cue(ready)
    action = action_named(ready, hotkey.name)
    assert action.isEnabled(), hotkey.name
    hits = counting(action)
    # The agenda has the focus: a list, not a text field, so Space is not typed anywhere.
    for sequence in hotkeys.key_sequences(hotkey.keys):
        before = len(hits)
        press(qtbot, ready.run_page.agenda, sequence)
        assert len(hits) == before + 1, f"{sequence.toString()} did not reach {hotkey.name}"


@pytest.mark.parametrize("hotkey", PLANNER_KEYS, ids=lambda h: h.name)
def test_every_planner_key_reaches_its_action(qtbot: QtBot, ready: MainWindow,
                                              hotkey: hotkeys.Hotkey) -> None:
    planner = ready.planner_page
    planner.load_plan(ready.context.library.plans["customer-service-culture"])
    ready.show_planner()
    planner.tree.setCurrentItem(planner.tree.item_row(1))
    action = action_named(ready, hotkey.name)
    hits = counting(action)
    for sequence in hotkeys.key_sequences(hotkey.keys):
        before = len(hits)
        press(qtbot, planner.tree, sequence)
        assert len(hits) == before + 1, f"{sequence.toString()} did not reach {hotkey.name}"


def test_planner_keys_do_nothing_elsewhere(qtbot: QtBot, ready: MainWindow) -> None:
    hits = counting(action_named(ready, "planner_remove"))
    press(qtbot, ready.run_page.agenda, QKeySequence("Delete"))
    assert hits == []


def test_run_keys_work_while_the_room_view_is_in_front(qtbot: QtBot, ready: MainWindow) -> None:
    ready.action_set.toggle_audience.trigger()
    audience = ready.audience
    qtbot.waitExposed(audience)
    for action in ready.action_set.room_actions:
        hits = counting(action)
        if not action.isEnabled():
            continue  # undo / redo with nothing to take back: tested in tests/ui/inputs
        for sequence in action.shortcuts():
            before = len(hits)
            press(qtbot, audience, sequence)
            assert len(hits) == before + 1, f"{sequence.toString()} on the audience window"
    audience.hide()


def test_undo_and_redo_wait_for_something_to_take_back(ready: MainWindow) -> None:
    for name in ("undo", "redo"):
        action = action_named(ready, name)
        assert not action.isEnabled()
        assert action.toolTip().startswith(("Undo the last change", "Redo the change undone"))


def test_f1_opens_the_sheet_generated_from_the_table(qtbot: QtBot, window: MainWindow) -> None:
    press(qtbot, window.home_page.recent, QKeySequence("F1"))
    sheet = window.shortcut_sheet
    assert sheet is not None and sheet.isVisible()
    rows = dict(sheet.rows())
    assert len(rows) == len(hotkeys.TABLE)
    for hotkey in hotkeys.TABLE:
        assert rows[hotkeys.shortcut_text(hotkey.keys)] == hotkey.what
    assert rows["Page Down or Ctrl+Right"] == "Go to the next step"  # the clicker's key, in words
    assert sheet.headings() == list(hotkeys.GROUPS)  # across both columns, not rows of their own
    press(qtbot, window.home_page.recent, QKeySequence("F1"))  # F1 again closes it
    assert not sheet.isVisible()


def test_page_up_and_down_are_previous_and_next(ready: MainWindow) -> None:
    assert QKeySequence(Qt.Key.Key_PageDown) in ready.action_set.next_step.shortcuts()
    assert QKeySequence(Qt.Key.Key_PageUp) in ready.action_set.previous_step.shortcuts()


def test_docs_keyboard_md_is_generated_from_the_table() -> None:
    written = (PROJECT_ROOT / "docs" / "keyboard.md").read_text(encoding="utf-8")
    assert written == hotkeys.markdown(), (
        "docs/keyboard.md is out of date: run `python -m workshop.ui.shell.hotkeys > docs/keyboard.md`")
    for hotkey in hotkeys.TABLE:
        keys = f"{hotkeys.docs_keys(hotkey, 'linux')} | {hotkeys.docs_keys(hotkey, 'darwin')}"
        row = f"| {keys} | {hotkey.what} |"
        assert row in written

