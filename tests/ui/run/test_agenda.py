"""The console's agenda: titles wrap without breaking a formula, lengths follow the time given."""

from __future__ import annotations

from PySide6.QtGui import QFont, QTextLayout, QTextOption
from pytestqt.qtbot import QtBot

from workshop.ui.run.agenda_view import LENGTH, TITLE, AgendaView, unbroken
from workshop.ui.shell.main_window import MainWindow


def wrapped_lines(text: str, font: QFont, width: int) -> list[str]:
    """`text` as Qt wraps it at `width` pixels, line by line."""
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    layout.setTextOption(option)
    layout.beginLayout()
    lines = []
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        lines.append(text[line.textStart():line.textStart() + line.textLength()])
    layout.endLayout()
    return lines


def test_p_equals_w_over_e_is_never_broken(qtbot: QtBot, running: MainWindow) -> None:
    agenda: AgendaView = running.run_page.agenda
    row = next(agenda.topLevelItem(i) for i in range(agenda.topLevelItemCount())
               if agenda.topLevelItem(i).text(TITLE).startswith("Purpose statement"))
    shown = row.text(TITLE)
    font = row.font(TITLE)
    formula = unbroken("P = W/E")
    assert formula in shown
    whole = wrapped_lines(formula, font, 10_000)[0]
    for width in range(len(whole) * 4, 400, 3):
        lines = wrapped_lines(shown, font, width)
        assert any(formula in line for line in lines), (width, lines)
    # Before: Qt broke after the slash or at the spaces around "=".
    plain = "Purpose statement: P = W/E"
    assert any(not any("P = W/E" in line for line in wrapped_lines(plain, font, width))
               for width in range(120, 400, 3))


def test_a_step_cut_short_shows_the_length_it_has_now(running: MainWindow) -> None:
    controller = running.controller
    assert controller is not None
    coffee = next(i for i, stop in enumerate(controller.state.stops) if stop.item.title == "Coffee")
    controller.go_to(coffee)
    agenda = running.run_page.agenda
    assert agenda.step_item(coffee).text(LENGTH) == "15 min"
    for _ in range(14):
        running.action_set.remove_minute.trigger()
    assert agenda.step_item(coffee).text(LENGTH) == "1 min"
    assert "Planned: 15 min" in agenda.step_item(coffee).toolTip(TITLE)
    running.action_set.start_pause.trigger()
    assert agenda.step_item(coffee).text(LENGTH) == "1 min"  # running, still the length it has now
