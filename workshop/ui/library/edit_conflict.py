"""A file changed both in the trainer's editor and on disk: which to keep, or both side by side."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QMessageBox, QPlainTextEdit, QWidget

from workshop.ui.widgets.theme import CONSOLE


def _tr(text: str) -> str:
    # Part of the trainer's editor: its words keep the editor's translation context.
    return QCoreApplication.translate("TemplateEditor", text)


def ask_conflict(parent: QWidget, name: str) -> str:
    """Ask how to settle a file changed both here and on disk: "mine", "theirs" or "both"."""
    box = QMessageBox(QMessageBox.Icon.Warning, _tr("Changed in another editor"),
                      _tr("{name} was changed on disk while you edited it here.").format(name=name),
                      parent=parent)
    box.setObjectName("editConflict")
    box.setInformativeText(_tr("Keep yours (Save then replaces the file), take the file's "
                               "(your changes here are dropped), or see both side by side."))
    mine = box.addButton(_tr("Keep mine"), QMessageBox.ButtonRole.AcceptRole)
    theirs = box.addButton(_tr("Take the file's"), QMessageBox.ButtonRole.DestructiveRole)
    both = box.addButton(_tr("Show both"), QMessageBox.ButtonRole.ActionRole)
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
        self.setAccessibleName(_tr("The file as it is on disk now"))
        self.setStyleSheet(f"QPlainTextEdit {{ background: #fbfbf6; color: {CONSOLE.text}; }}")
        self.hide()
