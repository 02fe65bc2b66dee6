"""Guard for the PySide6 pin: overrides Qt calls must not leak references to None.

PySide6 6.12.0 on CPython 3.11 takes one reference from None on every Python
override that returns None; a day of painting then aborts the app with
"Fatal Python error: none_dealloc". pyproject.toml keeps PySide6 below 6.12.
"""

from __future__ import annotations

import sys

from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QWidget


class PaintedWidget(QWidget):
    def paintEvent(self, event: QPaintEvent) -> None:
        QPainter(self).end()


def test_repainting_does_not_eat_references_to_none(qtbot) -> None:
    widget = PaintedWidget()
    qtbot.addWidget(widget)
    widget.resize(50, 50)
    widget.show()
    qtbot.waitExposed(widget)
    before = sys.getrefcount(None)
    for _ in range(500):
        widget.repaint()
    # None's count moves a little with whatever else runs; a leak moves it by ~500.
    assert abs(sys.getrefcount(None) - before) < 100
