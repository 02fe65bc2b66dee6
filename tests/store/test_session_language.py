"""The session's language: chosen when it is made, kept in the file, carried by an export."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from tests.store.test_migration import write_v1_file
from workshop.core.rules import check_header
from workshop.core.session import InputError, SessionState
from workshop.report.json_io import session_from_json, session_to_json
from workshop.store import SessionFile


def german(state: SessionState) -> SessionState:
    return dataclasses.replace(state, header=dataclasses.replace(state.header, language="de"))


def test_the_language_is_kept_in_the_file(tmp_path: Path, state: SessionState) -> None:
    path = tmp_path / "tag.workshop"
    SessionFile.create(path, german(state)).close()
    assert SessionFile.snapshot(path).header.language == "de"


def test_a_file_from_before_languages_is_english(tmp_path: Path, state: SessionState) -> None:
    path = tmp_path / "old.workshop"
    write_v1_file(path, state)
    with SessionFile.open(path) as session:
        assert session.state.header.language == "en"


def test_an_export_carries_the_language(state: SessionState) -> None:
    assert session_from_json(session_to_json(german(state))).header.language == "de"
    older = session_to_json(state)
    del older["header"]["language"]  # an export from before languages
    assert session_from_json(older).header.language == "en"


@pytest.mark.parametrize("tag", ["de", "pt-BR", "gsw", " de "])
def test_a_language_tag_is_taken(state: SessionState, tag: str) -> None:
    header = dataclasses.replace(state.header, language=tag)
    assert check_header(header).language == tag.strip()


@pytest.mark.parametrize("tag", ["German", "de_DE", "<b>", "d"])
def test_anything_else_is_refused_in_words(state: SessionState, tag: str) -> None:
    with pytest.raises(InputError, match="language must be a tag"):
        check_header(dataclasses.replace(state.header, language=tag))
