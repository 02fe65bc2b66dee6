"""Commands as JSON, for the undo history kept in the session file.

A command (a frozen dataclass, possibly holding cards, votes, dates and
field values) becomes plain JSON data and back. Only the classes named in
`KNOWN` are ever built from a file.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import fields, is_dataclass
from datetime import date
from typing import Any

from workshop.core.commands import COMMANDS, Command
from workshop.core.session import TABLES, Target

KNOWN: dict[str, type] = {**COMMANDS, **{cls.__name__: cls for cls in TABLES.values()},
                          "Target": Target}


def to_data(value: Any) -> Any:
    """`value` as JSON-ready data: dataclasses tagged with "$", dates with "$date"."""
    if is_dataclass(value) and not isinstance(value, type):
        return {"$": type(value).__name__,
                **{f.name: to_data(getattr(value, f.name)) for f in fields(value)}}
    if isinstance(value, date):
        return {"$date": value.isoformat()}
    if isinstance(value, Mapping):
        return {"$map": [[key, to_data(item)] for key, item in value.items()]}
    if isinstance(value, list | tuple):
        return [to_data(item) for item in value]
    if value is None or isinstance(value, str | int | float):
        return value
    raise TypeError(f"cannot store a {type(value).__name__} in the undo history")


def from_data(data: Any) -> Any:
    """The value `to_data` made; ValueError for anything else."""
    if isinstance(data, list):
        return tuple(from_data(item) for item in data)
    if isinstance(data, dict):
        if "$date" in data:
            return date.fromisoformat(data["$date"])
        if "$map" in data:
            return {key: from_data(item) for key, item in data["$map"]}
        cls = KNOWN.get(data.get("$", ""))
        if cls is None:
            raise ValueError(f"unknown kind of change {data.get('$')!r}")
        try:
            return cls(**{key: from_data(item) for key, item in data.items() if key != "$"})
        except TypeError as error:
            raise ValueError(f"{cls.__name__}: {error}") from None
    return data


def encode(command: Command) -> str:
    return json.dumps(to_data(command), ensure_ascii=False, allow_nan=False)


def decode(text: str) -> Command:
    command = from_data(json.loads(text))
    if not isinstance(command, Command):
        raise ValueError("not a change")
    return command
