"""Any sequence of commands, undone in reverse, gives back the state it started from."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.core.board import board_state
from tests.core.strategies import command_for
from workshop.core.commands import Command
from workshop.core.session import InputError


@settings(max_examples=300, deadline=None)
@given(data=st.data())
def test_undoing_everything_restores_the_start(data: st.DataObject) -> None:
    state = board_state()
    start = state.copy()
    undo: list[Command] = []
    for _ in range(data.draw(st.integers(1, 40))):
        command = command_for(data, state)
        before = state.copy()
        try:
            undo.append(command.apply(state))
        except InputError:
            assert state == before, f"{command} was refused but changed the state"
    end = state.copy()
    redo = [inverse.apply(state) for inverse in reversed(undo)]
    assert state == start
    for command in reversed(redo):
        command.apply(state)
    assert state == end
