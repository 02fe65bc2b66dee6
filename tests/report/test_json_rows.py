"""The session's JSON is taken without deep-copying each row: an export starts in the window's thread."""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest

from workshop.report import json_io
from workshop.report.json_io import session_to_json
from workshop.report.sample import sample_session


def test_rows_are_read_without_a_deep_copy_and_come_out_as_asdict_makes_them(
        monkeypatch: pytest.MonkeyPatch) -> None:
    state = sample_session(150)
    deep: list[Any] = []

    def counted(item: Any) -> dict[str, Any]:
        deep.append(item)
        return dataclasses.asdict(item)

    monkeypatch.setattr(json_io, "asdict", counted)
    data = session_to_json(state)
    assert deep == []  # every row of this day is plain values: none needed asdict's deep copy
    assert len(data["cards"]) == len(state.cards) >= 150
    for key, rows in (("cards", state.cards), ("events", state.events), ("clusters", state.clusters),
                      ("ratings", state.ratings), ("answers", state.answers)):
        assert rows, key  # the sample day fills every kind, so each is compared
        assert data[key] == [dataclasses.asdict(row) for row in rows], key


def test_a_row_holding_more_than_plain_values_is_still_made_whole_by_asdict() -> None:
    @dataclasses.dataclass(frozen=True)
    class Inner:
        value: int

    @dataclasses.dataclass(frozen=True)
    class Odd:
        name: str
        inner: Inner

    assert json_io._row(Odd("a", Inner(1))) == {"name": "a", "inner": {"value": 1}}
