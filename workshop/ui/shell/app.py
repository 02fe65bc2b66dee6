"""Starting the GUI: check the display, create the application, show the main window.

`run_gui` is what `workshop` (with no sub-command) calls. With
``WORKSHOP_SMOKE=1`` (or ``smoke=True``) it quits with exit code 0 as soon as
the main window has been painted, printing its size: CI runs that under Xvfb
to prove the real window appears, not only the offscreen one. A smoke run is
never handed to an app already open: it is there to show its own window.

One window per user (`single_instance`): a second start gives its file to the
app already open and ends, before it builds a window of its own.
"""

from __future__ import annotations

import gc
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtCore import QObject

SMOKE_ENV = "WORKSHOP_SMOKE"
SMOKE_TIMEOUT_MS = 30_000


def run_gui(session_path: Path | None = None, library_dirs: Sequence[Path] = (),
            *, smoke: bool | None = None) -> int:
    """Run the app until the window closes; returns the process exit code."""
    # Start-up makes objects that live as long as the app (modules, classes, the window):
    # collecting them is wasted time (about 10 ms of a 160 ms start), so the collector waits
    # until they are frozen out of its sight (`keep_start_up_out_of_the_collector`).
    gc.disable()
    try:
        return _start_and_run(session_path, library_dirs, smoke)
    finally:
        gc.enable()


def _start_and_run(session_path: Path | None, library_dirs: Sequence[Path], smoke: bool | None) -> int:
    # What needs no Qt comes first: once PySide6 is loaded, it reads the source of every module
    # an import statement names, to see if it says "PySide6" (for its `__feature__` switches),
    # about 0.2 ms a module. Imported before it, the library's catalogue, the paths (platformdirs,
    # tempfile) and the recent list (json), with all they import, are never read that way.
    from workshop.library.catalog import Library
    from workshop.paths import DESKTOP_ID, MissingResources, library_roots, require_resources, shipped_icon
    from workshop.ui.home import recent_sessions  # noqa: F401  (the context's, made below)
    from workshop.ui.shell.startup_checks import display_problem

    problem = display_problem(os.environ)
    if problem:
        print(problem, file=sys.stderr)
        return 1
    smoke = os.environ.get(SMOKE_ENV, "") not in ("", "0") if smoke is None else smoke

    # Qt is imported only now, so the checks above run even where Qt would abort.
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from workshop.ui.shell.context import AppContext
    from workshop.ui.shell.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Workshop")
    app.setApplicationDisplayName("Workshop")
    app.setOrganizationName("Workshop")
    # The launcher `workshop desktop-entry --install` writes: Wayland compositors and
    # docks find the app's name and icon through it.
    app.setDesktopFileName(DESKTOP_ID)
    use_console_font(app)
    try:
        require_resources()
    except MissingResources as missing:
        return say_missing_resources(str(missing))
    app.setWindowIcon(QIcon(str(shipped_icon())))  # read lazily, when first drawn

    from workshop.ui.shell.single_instance import SingleInstance, handed_off_line

    # One window per user: with the app open, this start gives it the file and ends. A smoke
    # run never hands off, but claims a free name, so the benchmark times a first launch.
    instance = SingleInstance(app)
    if instance.begin(session_path, hand_off=not smoke):
        print(handed_off_line(session_path), flush=True)
        return 0

    # The window is painted first, the home page alone, with the library's folders only; it reads
    # them just after (the home page says "Loading the library…" meanwhile), and builds its
    # actions, menus and status line then too (`MainWindow.ensure_controls`).
    library = Library(tuple(library_roots([Path(d) for d in library_dirs])))
    window = MainWindow(AppContext(library=library), defer_library=True, defer_controls=True)
    fit_to_screen(window)
    # It listens after its first paint (QtNetwork is loaded then), and stops as it starts closing.
    instance.serve(window, window.bring_to_front)
    if session_path is not None:
        window.open_session(Path(session_path))
    if smoke:
        watch_first_paint(window)
    window.show()
    keep_start_up_out_of_the_collector(window)
    return app.exec()


FREEZE_AFTER_MS = 1500  # the library is read and the pages built well before


def keep_start_up_out_of_the_collector(window: QObject) -> None:
    """Once started, move what start-up made (modules, the library, the pages) out of the
    garbage collector's sight, and let it collect again: what start-up made lives as long as
    the app, and a full collection while the room's phones are sending then takes
    milliseconds, not tens (benchmarks/phones.py)."""
    from PySide6.QtCore import QTimer

    QTimer.singleShot(FREEZE_AFTER_MS, window, collect_from_now_on)


def collect_from_now_on() -> None:
    gc.freeze()
    gc.enable()


def say_missing_resources(message: str) -> int:
    """A broken install: said in a dialog (a double-click has no terminal) and on stderr; exit 1."""
    from PySide6.QtWidgets import QMessageBox

    print(message, file=sys.stderr)
    box = QMessageBox(QMessageBox.Icon.Critical, "Workshop cannot start", message)
    box.setObjectName("missingResources")
    if os.environ.get(SMOKE_ENV, "") in ("", "0"):
        box.exec()
    return 1


def use_console_font(app: object, pixels: int = 15) -> None:
    """Larger than desktop defaults: the console is read standing, at arm's length."""
    from PySide6.QtGui import QFont
    from PySide6.QtWidgets import QApplication

    assert isinstance(app, QApplication)
    font = QFont(app.font())
    font.setPixelSize(pixels)
    app.setFont(font)


def fit_to_screen(window: object) -> None:
    """A comfortable size on the laptop's screen: most of it, never more than it."""
    from PySide6.QtWidgets import QWidget

    assert isinstance(window, QWidget)
    screen = window.screen()
    if screen is None:
        return
    available = screen.availableGeometry()
    width = min(available.width(), max(1024, int(available.width() * 0.9)))
    height = min(available.height(), max(700, int(available.height() * 0.9)))
    window.resize(width, height)
    frame = window.frameGeometry()
    frame.moveCenter(available.center())
    window.move(frame.topLeft())


def watch_first_paint(window: object) -> None:
    """Quit with 0 once `window` has been painted (print its size first), or 1 after a timeout."""
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    assert isinstance(window, QMainWindow)

    class FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and watched is window:
                window.removeEventFilter(self)
                print(f"main window shown {window.width()}x{window.height()}", flush=True)
                # Quit from the event loop, after this paint has finished.
                QTimer.singleShot(0, lambda: QApplication.exit(0))
            return False

    def give_up() -> None:
        print("the main window was not painted in time", file=sys.stderr, flush=True)
        QApplication.exit(1)

    watcher = FirstPaint(window)
    window.installEventFilter(watcher)
    QTimer.singleShot(SMOKE_TIMEOUT_MS, window, give_up)


def smoke_test() -> int:
    """Start the real app and quit once its window is painted (for CI under Xvfb)."""
    return run_gui(smoke=True)
