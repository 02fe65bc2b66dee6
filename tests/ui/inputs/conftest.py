"""A session door for the input panels: a real session file, an undo stack, and the signal.

`FileDoor` is what `SessionController` is to the panels, cut to the bone:
every change is committed by `SessionFile.apply` before `changed` is sent,
and undo / redo walk a QUndoStack through the same door.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, Signal

from workshop.core.commands import Command
from workshop.core.session import SessionState
from workshop.store.session_file import SessionFile, SessionFileError
from workshop.ui.inputs.door import Change, tables_touched
from workshop.ui.undo import UndoHistory

STORE_ERRORS = (sqlite3.Error, OSError, SessionFileError)


class FileDoor(QObject):
    """The panels' door over an open session file."""

    changed = Signal(object)
    failed = Signal(str)

    def __init__(self, session_file: SessionFile) -> None:
        super().__init__()
        self.file = session_file
        self.history = UndoHistory(self._apply, self)
        self.failures: list[str] = []
        self.failed.connect(self.failures.append)
        self.history.refused.connect(self.failures.append)

    @property
    def state(self) -> SessionState:
        return self.file.state

    def execute(self, command: Command) -> bool:
        return self.history.do(command)

    def draft(self, place: str) -> str:
        return self.file.drafts().get(place, "")

    def save_draft(self, place: str, text: str) -> bool:
        try:
            self.file.save_draft(place, text)
        except STORE_ERRORS as error:
            self.failed.emit(str(error))
            return False
        return True

    def undo(self) -> None:
        self.history.undo()

    def redo(self) -> None:
        self.history.redo()

    def _apply(self, command: Command, how: str, label: str = "") -> Command | None:
        try:
            inverse = self.file.apply(command)
        except STORE_ERRORS as error:
            self.failed.emit(str(error))
            return None
        self.changed.emit(Change(command, tables_touched(command), how, inverse, label))
        return inverse


def place(state: SessionState, exercise: str, step: str) -> tuple[int, str]:
    """(item, step) of a step of the shipped plan, by exercise id and step key."""
    for stop in state.stops:
        if stop.item.exercise is not None and stop.item.exercise.id == exercise and stop.step.key == step:
            return stop.key
    raise LookupError(f"{exercise}/{step}")


@pytest.fixture
def door(session_path: Path) -> Iterator[FileDoor]:
    session_file = SessionFile.open(session_path)
    door = FileDoor(session_file)
    yield door
    door.history.clear()
    session_file.close()
    door.deleteLater()


def reopen(path: Path) -> SessionState:
    """The session as the next launch of the app reads it."""
    # A snapshot: what is committed in the file, read beside the window that holds it.
    return SessionFile.snapshot(path)
