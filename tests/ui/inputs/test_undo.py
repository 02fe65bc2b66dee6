"""The QUndoStack adapter: every change through one door, undo and redo exact, the file first."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.ui.inputs.conftest import place, reopen, undo_steps
from workshop.core.commands import AddCard, DeleteCard, EditCard, InputError, SetAnswer, SetVotes
from workshop.core.session import Target
from workshop.ui.inputs.door import Change
from workshop.ui.shell.controller import SessionController


def texts(door: SessionController, item: int, step: str) -> list[str]:
    return [card.text for card in door.state.cards_for(item, step)]


def test_a_change_is_in_the_file_before_anyone_hears_of_it(door: SessionController,
                                                           session_path: Path) -> None:
    item, step = place(door.state, "keep-it-alive", "write")
    heard: list[list[str]] = []
    door.changed.connect(lambda _change: heard.append([c.text for c in reopen(session_path).cards]))

    assert door.execute(AddCard(item, step, "Greet every guest"))

    assert heard == [["Greet every guest"]]
    assert undo_steps(door) == 1
    assert door.undo_text() == "Add card"


def test_undo_and_redo_walk_the_same_commands_and_keep_ids(door: SessionController,
                                                           session_path: Path) -> None:
    item, step = place(door.state, "keep-it-alive", "write")
    door.execute(AddCard(item, step, "one"))
    door.execute(AddCard(item, step, "two"))
    door.execute(EditCard(2, "two, edited"))
    hows: list[str] = []
    door.changed.connect(lambda change: hows.append(change.how))

    door.undo()
    door.undo()
    assert texts(door, item, step) == ["one"]
    assert [c.text for c in reopen(session_path).cards] == ["one"]
    door.redo()
    door.redo()
    assert texts(door, item, step) == ["one", "two, edited"]
    assert [c.id for c in door.state.cards] == [1, 2]  # the very same card came back
    assert hows == ["undo", "undo", "redo", "redo"]
    assert [c.text for c in reopen(session_path).cards] == ["one", "two, edited"]


def test_a_refused_command_never_reaches_the_stack(door: SessionController) -> None:
    item, step = place(door.state, "keep-it-alive", "write")
    with pytest.raises(InputError, match="needs some text"):
        door.execute(AddCard(item, step, "   "))
    assert undo_steps(door) == 0


def test_an_undo_that_can_no_longer_be_made_is_dropped_and_said(door: SessionController) -> None:
    item, step = place(door.state, "keep-it-alive", "write")
    door.execute(AddCard(item, step, "kept"))
    # Changed behind the stack's back (as another door would): the undo no longer fits.
    door.session._file.apply(DeleteCard(1))

    door.undo()

    assert door.failures == ["Could not undo or redo that change: That card is no longer on the board."]
    assert undo_steps(door) == 0  # obsolete: gone rather than left half done
    assert door.state.cards == []


def test_an_answer_typed_in_pauses_undoes_in_one_go(door: SessionController) -> None:
    item, step = place(door.state, "keep-it-alive", "check")
    for text in ("Not", "Not yet", "Not yet: the night team"):
        door.execute(SetAnswer(item, step, 0, text))
    door.execute(SetAnswer(item, step, 1, "Other question"))

    assert undo_steps(door) == 2
    door.undo()
    door.undo()
    assert door.state.answers == []
    door.redo()
    assert door.state.answer(item, step, 0) == "Not yet: the night team"


def test_the_change_says_which_lists_it_touched(door: SessionController) -> None:
    item, step = place(door.state, "keep-it-alive", "write")
    seen: list[Change] = []
    door.changed.connect(seen.append)
    door.execute(AddCard(item, step, "x"))
    door.execute(AddCard(item, step, "y"))
    door.execute(SetVotes(item, "vote", Target.card(2), None, 3))
    door.execute(DeleteCard(1))
    door.execute(DeleteCard(2))
    # What the store wrote, exactly: a card with dots takes its dots with it.
    assert [change.tables for change in seen] == [{"cards"}, {"cards"}, {"votes"}, {"cards"},
                                                  {"cards", "votes"}]
