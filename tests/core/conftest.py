from __future__ import annotations

import pytest

from tests.core.board import board_state
from workshop.core.session import SessionState


@pytest.fixture
def board() -> SessionState:
    return board_state()
