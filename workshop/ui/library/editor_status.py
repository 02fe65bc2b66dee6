"""The trainer's editor, under its buttons: what the last check found, and what became of the file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from workshop.ui.language import ensure_language


class EditorStatus(QLabel):
    """One line of news about the file; its `problem` property is what the style sheet colours it by."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("editorStatus")
        ensure_language()
        self.setProperty("role", "hint")
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)

    def say(self, text: str, *, problem: bool) -> None:
        """Show `text`, coloured as a problem or not (`setText` keeps the colour it has)."""
        self.setText(text)
        self.setProperty("problem", problem)
        # The style sheet picks the colour by `problem`: polish again to apply it.
        self.style().polish(self)

    def show_check(self, errors: int, target: Path | None, *, is_new: bool, modified: bool) -> None:
        """What the check's `errors` mean for the file, saved at `target` or not (yet)."""
        if errors and is_new:
            text = self.tr("%n problem(s) to fix before this exercise can be saved and used.", "", errors)
        elif errors:
            text = self.tr("%n problem(s) to fix: until then the library keeps using the last working file.",
                           "", errors)
        elif modified:
            text = self.tr("No problems found. Not saved yet.")
        else:
            text = self.tr("Saved in your library: {path}").format(path=target)
        self.say(text, problem=bool(errors))
