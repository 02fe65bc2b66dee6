"""The window brought to the front when a later start of the app hands over to it.

The hand-off may carry a session file. While a dialog is open that file
waits: opened inside the dialog's own event loop, the session would change
under the dialog, and its questions would stack another dialog on top.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

WAIT_MS = 250  # how often a waiting hand-off looks again: modal widgets share no closed signal


def come_forward(window: QWidget) -> None:
    """`window` shown and in front; a question still waiting in front of it, since that comes first."""
    if window.isMinimized():
        window.showNormal()
    window.show()
    window.raise_()
    window.activateWindow()
    modal = QApplication.activeModalWidget()
    if modal is not None:
        modal.raise_()
        modal.activateWindow()


def when_no_dialog(owner: QObject, work: Callable[[], None], *, closed: Callable[[], bool]) -> None:
    """`work` now, or as soon as no modal dialog is open; never once `closed()` says the window is gone."""
    if closed():
        return
    if QApplication.activeModalWidget() is not None:
        QTimer.singleShot(WAIT_MS, owner, lambda: when_no_dialog(owner, work, closed=closed))
        return
    work()
