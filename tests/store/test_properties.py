"""Hypothesis through the file: any text comes back as typed; any changes undo to the start."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.core.board import ITEM, board_state
from tests.core.strategies import command_for
from workshop.core.commands import AddCard, Command
from workshop.core.session import CardTextError, InputError, SessionState
from workshop.store import SessionFile

# Each example writes a new file; tmp_path is shared, so each gets its own name.
_counter = iter(range(1_000_000))
FILE_SETTINGS = {"deadline": None, "suppress_health_check": [HealthCheck.function_scoped_fixture]}


def _new_file(folder: Path) -> Path:
    path = folder / f"example-{next(_counter)}.workshop"
    SessionFile.create(path, board_state()).close()
    return path


one_line_names = st.text(max_size=30).filter(lambda a: a.strip() and not {"\n", "\r"} & set(a))


@settings(max_examples=80, **FILE_SETTINGS)
@given(texts=st.lists(st.text(max_size=300), min_size=1, max_size=5),
       author=st.none() | one_line_names)
def test_any_card_text_comes_back_identical(tmp_path: Path, texts: list[str], author: str | None) -> None:
    path = _new_file(tmp_path)
    expected = []
    with SessionFile.open(path) as session:
        for text in texts:
            command = AddCard(ITEM, "plain", text, author=author or "")
            if not text.strip():
                with pytest.raises(CardTextError):
                    session.apply(command)
                continue
            session.apply(command)
            expected.append((text.strip(), (author or "").strip()))
    with SessionFile.open(path) as session:
        assert [(card.text, card.author) for card in session.state.cards] == expected
        assert session.state.cards == session.load().cards


def _same_in_file(path: Path, state: SessionState) -> None:
    with SessionFile.open(path) as session:
        assert session.state == state


@settings(max_examples=80, **FILE_SETTINGS)
@given(data=st.data())
def test_random_changes_undone_give_back_the_start_in_the_file(tmp_path: Path,
                                                               data: st.DataObject) -> None:
    path = _new_file(tmp_path)
    start = board_state()
    done = 0
    last_key = ""
    with SessionFile.open(path) as session:
        for _ in range(data.draw(st.integers(1, 25))):
            command: Command = command_for(data, session.state)
            before = session.state.copy()
            try:
                session.do(command)
            except InputError:
                assert session.state == before
                continue
            # A run of edits with one merge key (an answer typed on) is one step to undo.
            if not command.merge_key or command.merge_key != last_key:
                done += 1
            last_key = command.merge_key
        end = session.state.copy()
        assert session.load() == end
    _same_in_file(path, end)
    with SessionFile.open(path) as session:
        undone = 0
        while session.undo() is not None:
            undone += 1
        assert undone == done
        assert session.state == start
        assert session.load() == start
    _same_in_file(path, start)
    with SessionFile.open(path) as session:
        while session.redo() is not None:
            pass
        assert session.state == end
    _same_in_file(path, end)
