"""The status line: the open session's file, and whether its changes reached it.

Every change is saved as it is made, so the line says when the last one was,
and, until the next one is saved, which one was not: never "saved" after a
failure.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel

# `translate("Context", "...")` written out, so pyside6-lupdate finds each string.
translate = QCoreApplication.translate

if TYPE_CHECKING:
    from pathlib import Path

    from PySide6.QtWidgets import QMainWindow


class StatusLine:
    """The save label (left) and the file label (right) on `window`'s status bar."""

    def __init__(self, window: QMainWindow) -> None:
        self.save_label = QLabel(window)
        self.save_label.setObjectName("saveLabel")
        self.file_label = QLabel(window)
        self.file_label.setObjectName("fileLabel")
        bar = window.statusBar()
        bar.addWidget(self.save_label)
        bar.addPermanentWidget(self.file_label)

    def show_session(self, path: Path, read_only: str) -> None:
        """A session just opened: its file, and whether it is written (`read_only`: why not, or "")."""
        self.file_label.setText(path.name)
        self.file_label.setToolTip(str(path))
        self.save_label.setText(
            translate("MainWindow", "Read-only: nothing is written to this file")
            if read_only
            else translate("MainWindow", "All changes are saved in the session file")
        )

    def clear(self) -> None:
        self.file_label.clear()
        self.save_label.clear()

    def saved(self) -> None:
        self._say(translate("MainWindow", "Saved {time}").format(time=_time_now()), problem=False)

    def not_saved(self, reason: str) -> None:
        self._say(
            translate("MainWindow", "Not saved at {time}: {reason}").format(time=_time_now(), reason=reason),
            problem=True,
        )

    def _say(self, text: str, *, problem: bool) -> None:
        self.save_label.setProperty("problem", problem)
        self.save_label.setText(text)
        self.save_label.style().polish(self.save_label)


def _time_now() -> str:
    return datetime.now().strftime("%H:%M:%S")
