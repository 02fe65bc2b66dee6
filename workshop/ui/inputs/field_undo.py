"""Ctrl+Z in a text field of the console: the field's own typing first, then the session's undo.

Qt gives a text field Ctrl+Z (and Ctrl+Shift+Z, Ctrl+Y) whether or not it has
anything to take back, so with the cursor waiting in a field the window's Undo
never ran. The rule, for every field of the console: while the field has
typing of its own to undo (or redo), the key is the field's; once it has none,
the key passes to the window and undoes (redoes) the last change to the
session. So Ctrl+Z after Enter takes back the card just added; Ctrl+Z in the
middle of a word takes back the word.

`FieldUndoFirst` watches which widget takes the keyboard, and gives each text
field inside its page the rule the first time it does (the card entry has it
built in), so panels made later, by anyone, get it too.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QTextEdit, QWidget

RULED = "fieldUndoFirst"  # a property on a field that has the rule already


def has_own(field: QObject, redo: bool) -> bool:
    """Whether a text field has typing of its own to undo (or redo)."""
    if isinstance(field, QLineEdit):
        return field.isRedoAvailable() if redo else field.isUndoAvailable()
    if isinstance(field, QPlainTextEdit | QTextEdit):
        document = field.document()
        return document.isRedoAvailable() if redo else document.isUndoAvailable()
    return True


class FieldUndoFirst(QObject):
    """Gives the text fields inside `page` the rule above as they first take the keyboard."""

    def __init__(self, page: QWidget) -> None:
        super().__init__(page)
        self._page = page
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.focusChanged.connect(self._focus_changed)

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if isinstance(new, QLineEdit | QPlainTextEdit | QTextEdit) and not new.property(RULED) \
                and self._page.isAncestorOf(new):
            new.setProperty(RULED, True)
            new.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            for key, redo in ((QKeySequence.StandardKey.Undo, False), (QKeySequence.StandardKey.Redo, True)):
                if event.matches(key) and not has_own(watched, redo):
                    event.ignore()  # not the field's: the window's shortcut takes it
                    return True
        return False
