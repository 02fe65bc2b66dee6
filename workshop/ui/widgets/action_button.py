"""A large button that shows one of the window's actions (the run and planner pages use it).

Apart from `actions`: that module is on the way to the first paint, and this
one needs PySide6's `Qt` namespace, which takes longer to build than the
rest of the home page (see `test_start_up`).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QSizePolicy, QToolButton, QWidget


class ActionButton(QToolButton):
    """A large button that shows an action: its text, enabled state and tooltip follow it."""

    def __init__(self, action: QAction, parent: QWidget, role: str = "run") -> None:
        super().__init__(parent)
        self.setDefaultAction(action)
        self.setObjectName(action.objectName().replace("action_", "button_"))
        self.setProperty("role", role)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        # Tab reaches every button (a keyboard or a screen reader alone can work the console);
        # a click leaves the keyboard where it was, in the card entry.
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        action.changed.connect(self._follow)
        self._follow()

    def _follow(self) -> None:
        action = self.defaultAction()
        if action is not None:
            self.setAccessibleName(action.text().replace("&", ""))
            self.setToolTip(action.toolTip())
