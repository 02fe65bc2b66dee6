"""Drafts: what is being typed and not added yet, kept in the file until it is."""

from __future__ import annotations

from pathlib import Path

import pytest

from workshop.core.session import SessionState
from workshop.store.session_file import MAX_DRAFT_LENGTH, SessionFile


@pytest.fixture
def path(tmp_path: Path, state: SessionState) -> Path:
    path = tmp_path / "day.workshop"
    SessionFile.create(path, state).close()
    return path


def test_a_draft_survives_closing_and_goes_when_emptied(path: Path) -> None:
    with SessionFile.open(path) as session:
        assert session.drafts() == {}
        session.save_draft("card", "Remember the gues")
        session.save_draft("card", "Remember the guest's name")  # the latest wins
        session.save_draft("action", "Call the")
    with SessionFile.open(path) as session:
        assert session.drafts() == {"action": "Call the", "card": "Remember the guest's name"}
        session.save_draft("card", "   ")  # emptied (or added as a card): forgotten
    with SessionFile.open(path) as session:
        assert session.drafts() == {"action": "Call the"}
        assert session.state.cards == []  # a draft is never a card


def test_a_draft_is_cut_never_refused_and_its_place_is_checked(path: Path) -> None:
    with SessionFile.open(path) as session:
        session.save_draft("card", "x" * (MAX_DRAFT_LENGTH + 50))
        assert len(session.drafts()["card"]) == MAX_DRAFT_LENGTH
        for place in ("", "p" * 101, None):
            with pytest.raises(ValueError, match="a draft's place"):
                session.save_draft(place, "text")  # type: ignore[arg-type]
