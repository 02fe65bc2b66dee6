"""The column chooser beside the card entry never cuts a column's name."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QStyle, QStyleOptionComboBox
from pytestqt.qtbot import QtBot

from tests.ui.conftest import stop_index
from workshop.core.templates import Column
from workshop.ui.inputs.card_entry import CardEntryPanel
from workshop.ui.shell.main_window import MainWindow


def text_room(panel: CardEntryPanel) -> int:
    """The width the chooser draws its text in."""
    picker = panel.column_picker
    option = QStyleOptionComboBox()
    picker.initStyleOption(option)
    return picker.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                         QStyle.SubControl.SC_ComboBoxEditField, picker).width()


def test_stories_our_best_rated_word_is_shown_whole(running: MainWindow) -> None:
    controller = running.controller
    assert controller is not None
    controller.go_to(stop_index(controller.state, "words-test", "evidence"))
    panel = running.run_page.entry_panel
    picker = panel.column_picker
    for index in range(picker.count()):
        picker.setCurrentIndex(index)
        shown = picker.currentText()
        assert "…" not in shown
        assert picker.fontMetrics().horizontalAdvance(shown) <= text_room(panel), shown
    picker.setCurrentIndex(0)
    assert picker.currentText().startswith("Stories: our best-rated word")


def test_a_very_long_name_is_shortened_in_the_middle_and_whole_in_its_tooltip(qtbot: QtBot) -> None:
    panel = CardEntryPanel()
    qtbot.addWidget(panel)
    panel.resize(1200, 120)
    name = "Stories from the front desk about the day our best-rated word came true for a guest"
    panel.set_columns((Column("long", name), Column("short", "Blockers")))
    picker = panel.column_picker
    shown = picker.currentText()
    assert "…" in shown and shown.startswith("Stories") and shown.endswith("guest  (Alt+1)")
    assert picker.itemData(0, Qt.ItemDataRole.ToolTipRole) == name
    assert name in picker.toolTip()
    panel.show()
    qtbot.waitExposed(panel)
    assert picker.fontMetrics().horizontalAdvance(shown) <= text_room(panel)
