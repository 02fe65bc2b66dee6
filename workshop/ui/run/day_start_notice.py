"""The message bar's word when the day is re-anchored to its first timer start.

The session moves the day's start itself (`Session.start_timer`, by
`core.schedule.late_start`) as one undoable change; this says so once, with
the key that takes it back. Undoing it takes the message away with it.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence

from workshop.core.commands import SetDayStart
from workshop.session import Change, How
from workshop.ui.shell.hotkeys import UNDO
from workshop.ui.shell.message_bar import MessageBar

# `translate("Context", "...")` written out, so pyside6-lupdate finds each string.
translate = QCoreApplication.translate


def day_start_message(at: str) -> str:
    """"The day now starts at 16:25, when its first step started. Undo: Ctrl+Z"."""
    key = QKeySequence(UNDO[0]).toString(QKeySequence.SequenceFormat.NativeText)
    return translate(
        "DayStartNotice", "The day now starts at {time}, when its first step started. Undo: {key}"
    ).format(time=datetime.fromisoformat(at).strftime("%H:%M"), key=key)


def tell_day_start(bar: MessageBar, change: Change) -> None:
    """Say a re-anchored start on `bar`; take the message away again when that change is undone."""
    if change.how == How.DO and isinstance(change.command, SetDayStart) and change.command.at:
        bar.show_info(day_start_message(change.command.at))
    elif (
        change.how == How.UNDO
        and isinstance(change.inverse, SetDayStart)
        and change.inverse.at
        and bar.text == day_start_message(change.inverse.at)
    ):
        bar.dismiss()
