"""The JSON Schemas of exercise and plan files and of an exported session, shipped beside this module.

Editors that speak the YAML language server use them for completion and
checks as a trainer types; `workshop schema` prints them. They check the
shape of a file; `workshop validate` checks that and everything a schema
cannot say (the id matches the file name, a vote names an earlier notes
step, a plan's exercises exist).
"""

from __future__ import annotations

import json
from functools import cache
from importlib.resources import as_file, files
from pathlib import Path
from typing import Any

KINDS = ("exercise", "plan", "session")


def schema_text(kind: str) -> str:
    """The schema of `kind` ("exercise" or "plan") as shipped, JSON text."""
    if kind not in KINDS:
        raise ValueError(f"no schema for {kind!r}; there is one for each of {', '.join(KINDS)}")
    return files("workshop.library").joinpath(f"schema-{kind}.json").read_text(encoding="utf-8")


@cache
def schema(kind: str) -> dict[str, Any]:
    """The schema of `kind` as data (the same object on every call: do not change it)."""
    return json.loads(schema_text(kind))


def schema_path(kind: str) -> Path:
    """Where the shipped schema file is, for an editor's modeline.

    The package is installed as files (editable or not), so the path stays
    valid after this returns.
    """
    schema_text(kind)  # refuses an unknown kind
    with as_file(files("workshop.library").joinpath(f"schema-{kind}.json")) as path:
        return Path(path)
