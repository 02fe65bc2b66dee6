"""A prompt's typed line breaks on the wall's and the console's header."""

from __future__ import annotations

from pytestqt.qtbot import QtBot


def test_the_walls_prompt_shows_three_lines(qtbot: QtBot) -> None:
    from PySide6.QtGui import QTextDocument

    from workshop.ui.widgets.step_header import prompt_html

    document = QTextDocument()
    document.setHtml(prompt_html("Stop.\nLook at the customer.\nAct."))
    document.setTextWidth(2000)  # wide enough that nothing wraps
    lines = [line.strip() for line in document.toPlainText().splitlines()]
    assert lines == ["Stop.", "Look at the customer.", "Act."]
