from __future__ import annotations

from pathlib import Path

import pytest

from tests.core.board import board_state


@pytest.fixture
def board_path(tmp_path: Path) -> Path:
    """A new session file of the every-kind board plan (closed)."""
    from workshop.store import SessionFile

    path = tmp_path / "board.workshop"
    SessionFile.create(path, board_state()).close()
    return path
