"""A file changed both in the trainer's editor and on disk: which to keep, or both side by side."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QMessageBox, QPlainTextEdit, QWidget

from workshop.ui.widgets.theme import CONSOLE

# `translate("Context", "...")` written out, so pyside6-lupdate finds each string.
translate = QCoreApplication.translate


def ask_conflict(parent: QWidget, name: str) -> str:
    """Ask how to settle a file changed both here and on disk: "mine", "theirs" or "both"."""
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        translate("TemplateEditor", "Changed in another editor"),
        translate("TemplateEditor", "{name} was changed on disk while you edited it here.").format(name=name),
        parent=parent,
    )
    box.setObjectName("editConflict")
    box.setInformativeText(
        translate(
            "TemplateEditor",
            "Keep yours (Save then replaces the file), take the file's "
            "(your changes here are dropped), or see both side by side.",
        )
    )
    mine = box.addButton(translate("TemplateEditor", "Keep mine"), QMessageBox.ButtonRole.AcceptRole)
    theirs = box.addButton(
        translate("TemplateEditor", "Take the file's"), QMessageBox.ButtonRole.DestructiveRole
    )
    both = box.addButton(translate("TemplateEditor", "Show both"), QMessageBox.ButtonRole.ActionRole)
    box.setDefaultButton(both)
    box.exec()
    clicked = box.clickedButton()
    box.deleteLater()
    return {mine: "mine", theirs: "theirs", both: "both"}.get(clicked, "both")


class TheirText(QPlainTextEdit):
    """The file's text on disk as another editor left it, read-only, beside the trainer's on a conflict."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("theirText")
        self.setReadOnly(True)
        self.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.setAccessibleName(translate("TemplateEditor", "The file as it is on disk now"))
        self.setStyleSheet(f"QPlainTextEdit {{ background: #fbfbf6; color: {CONSOLE.text}; }}")
        self.hide()
