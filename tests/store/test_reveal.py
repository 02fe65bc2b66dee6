"""Results held for the facilitator's cue: shown by one undoable change, kept in the file and the JSON."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.core.board import ITEM
from workshop.core.commands import InputError, SetRating, SetResultsShown
from workshop.report.json_io import read_session, session_to_json
from workshop.store import SessionFile


def test_a_step_on_cue_keeps_its_results_off_the_wall_until_revealed(board_path: Path) -> None:
    with SessionFile.open(board_path) as session:
        session.do(SetRating(ITEM, "rate", "Pride", "Ana", 1))
        assert not session.state.results_shown(ITEM, "rate")
        assert session.state.results_shown(ITEM, "vote")  # a vote of this board is live
        applied = session.do(SetResultsShown(ITEM, "rate", True))
        assert applied.tables == {"reveals"} and applied.label == "Reveal the results"
        assert session.state.results_shown(ITEM, "rate")
    with SessionFile.open(board_path) as session:
        assert session.state.results_shown(ITEM, "rate")
        session.undo()
        assert not session.state.results_shown(ITEM, "rate")
        session.redo()
    with SessionFile.open(board_path) as session:
        assert session.state.results_shown(ITEM, "rate")
        session.do(SetResultsShown(ITEM, "rate", False))  # held back again, for a second round
        assert not session.state.results_shown(ITEM, "rate")


def test_a_live_step_has_nothing_to_reveal_and_nothing_is_written(board_path: Path) -> None:
    with SessionFile.open(board_path) as session:
        with pytest.raises(InputError, match="nothing to reveal"):
            session.do(SetResultsShown(ITEM, "vote", True))
        assert session.history() == [] and session.state.reveals == []


def test_the_json_export_carries_what_was_revealed(board_path: Path) -> None:
    with SessionFile.open(board_path) as session:
        session.do(SetResultsShown(ITEM, "rate", True))
        data = session_to_json(session.state)
        state = session.state
    assert data["revealed"] == [{"item": ITEM, "step": "rate"}]
    assert read_session(json.dumps(data).encode()).reveals == state.reveals
    data["revealed"] = [{"item": ITEM, "step": "vote"}]
    with pytest.raises(ValueError, match=r"revealed\[0\]: .*nothing to reveal"):
        read_session(json.dumps(data).encode())
