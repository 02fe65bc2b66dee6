"""Two cues on the console's run controls: whether auto-advance is on, and, in overtime, the way on.

Auto-advance (Shift+F5) is a switch, not an action: its button says
"Auto-advance: on" or "Auto-advance: off", and is drawn pressed while on
(the Run menu ticks it). In overtime the Next button takes the overtime
timer's colours and a hint beside it names the key ("Page Down: next
step"), so the way on is the obvious thing on the console; they go when the
step moves on, gets more time, or is reset. `OvertimeCue` reads the timer
five times a second (as `TimeUpWatcher` does), and at once on every timer
or step change.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QToolButton, QWidget

from workshop.ui.shell import hotkeys
from workshop.ui.shell.controller import SessionController
from workshop.ui.widgets.action_button import ActionButton
from workshop.ui.widgets.theme import CONSOLE, Theme

CHECK_MS = 200


class AutoAdvanceButton(ActionButton):
    """The auto-advance switch, saying its state in words: "Auto-advance: on"."""

    def __init__(self, action: QAction, parent: QWidget) -> None:
        super().__init__(action, parent)

    def _follow(self) -> None:
        super()._follow()
        action = self.defaultAction()
        if action is None:
            return
        # After the button took the action's own text: the menu keeps "Auto-advance" and its tick.
        self.setText(self.tr("Auto-advance: on") if action.isChecked() else self.tr("Auto-advance: off"))
        self.setAccessibleDescription(self.tr("On: at zero the next step starts by itself") if
                                      action.isChecked() else self.tr("Off: at zero the step runs on"))


class OvertimeCue(QObject):
    """While the step's timer is past zero: the Next button stands out and the hint names its key."""

    def __init__(self, next_button: QToolButton, parent: QWidget) -> None:
        super().__init__(parent)
        self._button = next_button
        self._controller: SessionController | None = None
        self._theme = CONSOLE
        self._on = False
        self.hint = QLabel(parent)
        self.hint.setObjectName("overtimeHint")
        self.hint.setTextFormat(Qt.TextFormat.PlainText)
        self.hint.setProperty("level", "warning")  # the theme's bold warning colour
        self.hint.setText(self.tr("{key}: next step").format(
            key=hotkeys.shortcut_text(hotkeys.NEXT_STEP[:1])))
        self.hint.hide()
        self._ticker = QTimer(self)
        self._ticker.setInterval(CHECK_MS)
        self._ticker.timeout.connect(self.check)

    @property
    def shown(self) -> bool:
        return self._on

    def set_controller(self, controller: SessionController | None) -> None:
        self._controller = controller
        if controller is None:
            self._ticker.stop()
        else:
            self._ticker.start()
        self.check()

    def set_theme(self, theme: Theme) -> None:
        self._theme = theme
        self._paint()

    def check(self) -> None:
        """Show or take away the cue as the timer now stands."""
        controller = self._controller
        on = controller is not None and controller.timer.is_up and controller.has_next
        if on != self._on:
            self._on = on
            self.hint.setVisible(on)
            self._paint()

    def _paint(self) -> None:
        t = self._theme
        # Over the theme's primary style: the overtime timer's own colours, and a thicker edge.
        self._button.setStyleSheet(
            f"QToolButton {{ background: {t.overtime_fill}; color: {t.overtime_text}; "
            f"border: 3px solid {t.text}; }}" if self._on else "")
        self._button.setProperty("overtime", self._on)
