"""The names of changes (Undo, Redo) in the window's language.

The session layer names each change in English (`Command.label`) and the undo
history keeps that name in the session file, so a file opened in another
language still reads. The window translates the name as it shows it; a name
it does not know (a trainer's future command, a file from a later version)
shows as it was written. A test checks every command's name is listed here.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "changes"

LABELS = (
    QT_TRANSLATE_NOOP("changes", "Add action"),
    QT_TRANSLATE_NOOP("changes", "Add card"),
    QT_TRANSLATE_NOOP("changes", "Add statement"),
    QT_TRANSLATE_NOOP("changes", "Answer"),
    QT_TRANSLATE_NOOP("changes", "Change"),
    QT_TRANSLATE_NOOP("changes", "Choose statement"),
    QT_TRANSLATE_NOOP("changes", "Colour card"),
    QT_TRANSLATE_NOOP("changes", "Create cluster"),
    QT_TRANSLATE_NOOP("changes", "Delete action"),
    QT_TRANSLATE_NOOP("changes", "Delete card"),
    QT_TRANSLATE_NOOP("changes", "Delete cluster"),
    QT_TRANSLATE_NOOP("changes", "Delete statement"),
    QT_TRANSLATE_NOOP("changes", "Edit action"),
    QT_TRANSLATE_NOOP("changes", "Edit card"),
    QT_TRANSLATE_NOOP("changes", "Edit statement"),
    QT_TRANSLATE_NOOP("changes", "Hide card"),
    QT_TRANSLATE_NOOP("changes", "Move card"),
    QT_TRANSLATE_NOOP("changes", "Move the day's start"),
    QT_TRANSLATE_NOOP("changes", "Rate"),
    QT_TRANSLATE_NOOP("changes", "Rename cluster"),
    QT_TRANSLATE_NOOP("changes", "Restore action"),
    QT_TRANSLATE_NOOP("changes", "Restore card"),
    QT_TRANSLATE_NOOP("changes", "Restore cluster"),
    QT_TRANSLATE_NOOP("changes", "Restore statement"),
    QT_TRANSLATE_NOOP("changes", "Reveal card"),
    QT_TRANSLATE_NOOP("changes", "Reveal the results"),
    QT_TRANSLATE_NOOP("changes", "Vote"),
)


def change_label(label: str) -> str:
    """`label` (a change's English name) in the window's language."""
    return QCoreApplication.translate(CONTEXT, label)
