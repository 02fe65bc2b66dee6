"""The panels' door in the tests: the app's own `SessionController` over a real session file.

No copy of the controller: every change goes through the session layer, is
committed before `changed` is sent, and undo and redo walk the file's own
history, as in the app. `door.failures` collects what the door said went wrong.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from workshop.core.session import SessionState
from workshop.store.session_file import SessionFile
from workshop.ui.inputs.notes_board import NotesBoard
from workshop.ui.shell.controller import SessionController


def open_door(path: Path) -> SessionController:
    """The door over the session file at `path`, noting what it says went wrong."""
    door = SessionController.open(path)
    door.failures = []  # type: ignore[attr-defined]
    door.failed.connect(door.failures.append)  # type: ignore[attr-defined]
    return door


def undo_steps(door: SessionController) -> int:
    """How many changes Undo can take back (the file's own history)."""
    return len(door.session.undo_labels())


def place(state: SessionState, exercise: str, step: str) -> tuple[int, str]:
    """(item, step) of a step of the shipped plan, by exercise id and step key."""
    for stop in state.stops:
        if stop.item.exercise is not None and stop.item.exercise.id == exercise and stop.step.key == step:
            return stop.key
    raise LookupError(f"{exercise}/{step}")


@pytest.fixture
def door(session_path: Path) -> Iterator[SessionController]:
    door = open_door(session_path)
    yield door
    door.close()
    door.deleteLater()


def reopen(path: Path) -> SessionState:
    """The session as the next launch of the app reads it."""
    # A snapshot: what is committed in the file, read beside the window that holds it.
    return SessionFile.snapshot(path)


@pytest.fixture
def board(qtbot: QtBot, door: SessionController) -> Iterator[NotesBoard]:
    """The board of Keep it alive / Silent writing (no columns), on screen."""
    board = NotesBoard(door)
    qtbot.addWidget(board)
    board.resize(1000, 700)
    board.show_step(*place(door.state, "keep-it-alive", "write"))
    board.show()
    qtbot.waitExposed(board)
    yield board
    board.close()
