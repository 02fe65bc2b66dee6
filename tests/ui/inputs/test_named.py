"""Every control of every input panel has an accessible name and a tooltip (as the console's pages do)."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from tests.ui.inputs.conftest import place
from tests.ui.shell.test_accessibility import controls, unnamed
from workshop.core.templates import InputKind
from workshop.ui.inputs.panels import PANELS
from workshop.ui.shell.controller import SessionController

STEPS = {
    InputKind.NOTES: ("point-of-difference", "flip"),
    InputKind.VOTE: ("keep-it-alive", "vote"),
    InputKind.RATING: ("words-test", "rate"),
    InputKind.STATEMENT: ("purpose-statement", "purpose"),
    InputKind.QUESTIONS: ("keep-it-alive", "check"),
    InputKind.ACTIONS: ("keep-it-alive", "actions"),
}


@pytest.mark.parametrize("kind", list(STEPS), ids=lambda kind: kind.value)
def test_every_control_is_named(qtbot: QtBot, door: SessionController, kind: InputKind) -> None:
    panel = PANELS[kind](door)
    assert panel is not None
    qtbot.addWidget(panel)
    panel.show_step(*place(door.state, *STEPS[kind]))
    assert controls(panel)
    assert unnamed(panel) == []
