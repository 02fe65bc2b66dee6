"""Ctrl+Z in a text field: the field's own typing first, then the session's undo."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from pytestqt.qtbot import QtBot

from tests.ui.conftest import read_back, stop_index
from workshop.ui.inputs.rating_grid import RatingGrid
from workshop.ui.inputs.statement_panel import StatementPanel
from workshop.ui.shell.main_window import MainWindow


def go(window: MainWindow, exercise: str, step: str) -> None:
    controller = window.controller
    assert controller is not None
    controller.go_to(stop_index(controller.state, exercise, step))


def press(qtbot: QtBot, widget: object, keys: str) -> None:
    sequence = QKeySequence(keys)[0]
    qtbot.keyClick(widget, sequence.key(), sequence.keyboardModifiers())


def test_ctrl_z_in_a_statement_blank_undoes_typing_then_the_candidate(qtbot: QtBot, running: MainWindow,
                                                                      session_path: Path) -> None:
    go(running, "purpose-statement", "purpose")
    panel = running.run_page.inputs.current_panel
    assert isinstance(panel, StatementPanel)
    why, everything = panel.fields["why"], panel.fields["everything"]
    why.setFocus()
    qtbot.keyClicks(why, "help people rest")
    everything.setFocus()
    qtbot.keyClicks(everything, "upselling")
    qtbot.keyClick(everything, Qt.Key.Key_Return)  # kept as a candidate; the blanks are empty again
    assert len(read_back(session_path).statements) == 1
    field = panel.fields["why"]
    assert field.hasFocus()
    qtbot.keyClicks(field, "half")

    press(qtbot, field, "Ctrl+Z")  # the field's own typing first
    assert field.text() == ""
    assert len(read_back(session_path).statements) == 1
    press(qtbot, field, "Ctrl+Z")  # nothing left to undo in the field: the session's undo
    assert read_back(session_path).statements == []
    press(qtbot, field, "Ctrl+Shift+Z")  # redo the same way: the field's own first...
    assert field.text() == "half"
    assert read_back(session_path).statements == []
    press(qtbot, field, "Ctrl+Shift+Z")  # ...then the session's
    assert len(read_back(session_path).statements) == 1


def test_ctrl_z_in_the_name_box_reaches_the_scores(qtbot: QtBot, running: MainWindow) -> None:
    go(running, "words-test", "rate")
    grid = running.run_page.inputs.current_panel
    assert isinstance(grid, RatingGrid)
    grid.new_person.setFocus()
    qtbot.keyClicks(grid.new_person, "Ana")
    qtbot.keyClick(grid.new_person, Qt.Key.Key_Return)
    qtbot.keyClicks(grid.table, "4")
    qtbot.keyClick(grid.table, Qt.Key.Key_Escape)  # back to the name box
    grid.new_person.setText("")  # what Enter left there is the field's own; none now
    assert grid.new_person.hasFocus()
    assert [r.value for r in running.controller.state.ratings] == [4]  # type: ignore[union-attr]
    press(qtbot, grid.new_person, "Ctrl+Z")
    assert running.controller.state.ratings == []  # type: ignore[union-attr]
