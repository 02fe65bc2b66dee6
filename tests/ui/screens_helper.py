"""Run by tests/ui/test_screens.py in a process of its own, on Qt's offscreen platform
with the screens of a JSON file (the platform is chosen once per process).

It opens a session in the real main window and prints, one JSON object per
line, where the audience window is at each stage: opened, projector
unplugged, projector plugged back in. The test asserts on that output.
Usage: python -m tests.ui.screens_helper SESSION_DIR
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication


def settle(milliseconds: int = 150) -> None:
    loop = QEventLoop()
    QTimer.singleShot(milliseconds, loop.quit)
    loop.exec()


def where(window: object, stage: str) -> dict[str, object]:
    from workshop.ui.shell.main_window import MainWindow

    assert isinstance(window, MainWindow)
    audience = window.audience
    geometry = audience.geometry()
    return {
        "stage": stage,
        "screens": [screen.name() for screen in QGuiApplication.screens()],
        "console_screen": window.screen().name(),
        "audience_visible": audience.isVisible(),
        "audience_full_screen": audience.isFullScreen(),
        "audience_screen": audience.screen().name() if audience.isVisible() else None,
        "audience_geometry": [geometry.x(), geometry.y(), geometry.width(), geometry.height()],
        "toggle_checked": window.action_set.toggle_audience.isChecked(),
        "preview_shown": window.run_page.preview.isVisible(),
        "message": window.message_bar.text,
        # Who has the keyboard: never the projector's window.
        "active_window": (QApplication.activeWindow() or window).objectName()
        if QApplication.activeWindow() else None,
        "focus": QApplication.focusWidget().objectName() if QApplication.focusWidget() else None,
        "audience_refuses_focus": bool(audience.windowFlags() & Qt.WindowType.WindowDoesNotAcceptFocus),
    }


def main(folder: Path) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    from workshop.core.session import SessionHeader, build_state
    from workshop.library.catalog import load_library
    from workshop.paths import shipped_library
    from workshop.ui.home.recent_sessions import RecentSessions
    from workshop.ui.shell.context import AppContext
    from workshop.ui.shell.main_window import MainWindow
    from workshop.ui.shell.preferences import Preferences

    library = load_library([shipped_library()])
    plan = library.plans["customer-service-culture"]
    state = build_state(SessionHeader("Two screens"), plan, library.templates_for(plan))
    context = AppContext(library=library, recent=RecentSessions(folder / "config"), sessions_dir=folder,
                         exports_dir=folder, preferences=Preferences(folder / "config"))
    window = MainWindow(context)
    window.move(100, 100)
    window.show()
    settle()
    window.create_session(folder / "two-screens.workshop", state)
    settle()
    print(json.dumps(where(window, "opened")), flush=True)

    screens = QGuiApplication.screens()
    projector = next(screen for screen in screens if screen.name() == "projector")
    # The offscreen platform cannot unplug a screen; Qt's own signal is what the app follows.
    app.screenRemoved.emit(projector)
    settle()
    print(json.dumps(where(window, "unplugged")), flush=True)

    app.screenAdded.emit(projector)
    settle()
    print(json.dumps(where(window, "plugged")), flush=True)

    window.close()
    QCoreApplication.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))
