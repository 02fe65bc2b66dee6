"""Every control has an accessible name and a tooltip: screen readers (and these tests) find it by name."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from workshop.ui.home.new_session_dialog import NewSessionDialog
from workshop.ui.shell.main_window import MainWindow
from workshop.ui.shell.shortcut_sheet import ShortcutSheet

CONTROLS = (QAbstractButton, QLineEdit, QAbstractSpinBox, QComboBox, QPlainTextEdit, QTextEdit,
            QAbstractItemView)


def inside_a_compound(widget: QWidget) -> bool:
    """Part of what Qt builds inside a spin or combo box (its line edit, its popup list)."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, (QAbstractSpinBox, QComboBox)):
            return True
        parent = parent.parentWidget()
    return False


def controls(root: QWidget) -> list[QWidget]:
    """What a person can operate under `root`."""
    found = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, CONTROLS) or inside_a_compound(widget):
            continue
        if isinstance(widget, QAbstractItemView) and widget.focusPolicy() == Qt.FocusPolicy.NoFocus:
            continue  # a display (the cards on the wall), not a control
        if widget.objectName().startswith("qt_"):
            continue  # Qt's own internals (scroll area viewports and the like)
        found.append(widget)
    return found


def unnamed(root: QWidget) -> list[str]:
    missing = []
    for widget in controls(root):
        label = f"{type(widget).__name__} {widget.objectName()!r} {getattr(widget, 'text', lambda: '')()!r}"
        if not widget.accessibleName().strip():
            missing.append(f"{label}: no accessible name")
        if not widget.toolTip().strip():
            missing.append(f"{label}: no tooltip")
    return missing


def test_every_control_of_the_console_pages_is_named(running: MainWindow) -> None:
    for page in (running.home_page, running.run_page, running.planner_page, running.message_bar):
        assert controls(page), page.objectName()
        assert unnamed(page) == [], page.objectName()


def test_controls_can_be_found_by_their_names(running: MainWindow) -> None:
    by_name = {widget.accessibleName(): widget for widget in controls(running)}
    for name in ("Next step", "Start", "+1 min", "Reset timer", "Auto-advance",
                 "Mute sound", "New card", "Agenda", "Facilitator notes", "Add to agenda",
                 "Length in minutes",
                 "Starts at", "Room until", "Agenda being planned", "Exercises in the library"):
        assert name in by_name, name


def test_the_dialogs_are_named_too(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    dialog = NewSessionDialog(window.context.library, tmp_path, lambda *_: None, window)
    qtbot.addWidget(dialog)
    sheet = ShortcutSheet(window)
    qtbot.addWidget(sheet)
    assert unnamed(dialog) == []
    assert unnamed(sheet) == []


def test_the_audience_window_has_nothing_to_operate(running: MainWindow) -> None:
    assert [type(w).__name__ for w in controls(running.audience)] == []


def test_tab_reaches_every_control_of_the_run_page(qtbot: QtBot, running: MainWindow) -> None:
    """A keyboard alone (or a screen reader) works the console: Tab visits each control in turn."""
    from PySide6.QtWidgets import QApplication

    from tests.ui.run.test_card_entry import go_to_notes_step, type_card

    go_to_notes_step(running)
    type_card(qtbot, running, "One")  # the board's buttons have a card to work on
    running.activateWindow()
    running.run_page.entry_panel.entry.setFocus()
    visited = []
    for _ in range(120):
        focused = QApplication.focusWidget()
        visited.append(focused)
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
    shown = [widget for widget in controls(running.run_page)
             if widget.isVisible() and widget.isEnabled() and widget.focusPolicy() != Qt.FocusPolicy.NoFocus]
    assert len(shown) > 15
    assert [f"{type(w).__name__} {w.accessibleName()}" for w in shown if w not in visited] == []
    # A button that cannot take the keyboard at all is a control Tab never reaches.
    unreachable = [b.accessibleName() for b in running.run_page.findChildren(QAbstractButton)
                   if b.isVisible() and b.isEnabled() and b.focusPolicy() == Qt.FocusPolicy.NoFocus]
    assert unreachable == []
