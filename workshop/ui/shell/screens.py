"""Screens being plugged in and unplugged, as one signal with the screens now attached.

Qt says `screenAdded` / `screenRemoved`; when a screen is removed it may
still be listed for a moment, so the removed one is left out explicitly.
The window decides what to do (move the audience view, or fold it away).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QGuiApplication, QScreen


class ScreenWatcher(QObject):
    """`screensChanged(list[QScreen])` after a screen was plugged in or unplugged."""

    screensChanged = Signal(list)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.screenAdded.connect(self.screen_added)
            app.screenRemoved.connect(self.screen_removed)

    def screen_added(self, screen: QScreen) -> None:
        screens = list(QGuiApplication.screens())
        if not any(known is screen for known in screens):
            screens.append(screen)
        self.screensChanged.emit(screens)

    def screen_removed(self, screen: QScreen) -> None:
        self.screensChanged.emit([known for known in QGuiApplication.screens() if known is not screen])
