"""Save an agenda as a plan file that trainers can read, edit and keep in git.

The layout follows docs/templates.md: durations as people write them
(``15m``, ``1h15m``), the start time in quotes (unquoted, YAML 1.1 reads
``09:00`` as a number), step overrides on one line (``durations: {write:
8m}``). The file is written under a temporary name and renamed into place,
so a crash never leaves half a plan, and it loads back through
`workshop.library.catalog.load_library` as the same plan.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path
from typing import Any

from workshop.core.durations import format_duration
from workshop.core.templates import Plan, PlanBreak
from workshop.files import write_atomically
from workshop.library.yaml_dump import Flow, Quoted, dump_yaml

PLANS_DIR = "plans"
SUFFIX = ".yaml"


def plan_id_for(title: str) -> str:
    """A plan id from its title: lower-case ASCII words joined by dashes ("plan" if none)."""
    folded = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode("ascii")
    words = re.sub(r"[^a-z0-9]+", "-", folded.lower()).strip("-")
    return words[:60].rstrip("-") or "plan"


def dump_plan(plan: Plan) -> str:
    """The YAML text of `plan`, ready to save as ``<id>.yaml`` in a plans/ folder."""
    data: dict[str, Any] = {"id": plan.id}
    if plan.language:
        data["language"] = plan.language
    data["title"] = plan.title
    if plan.summary:
        data["summary"] = plan.summary
    if plan.start:
        data["start"] = Quoted(plan.start)
    if plan.available:
        data["available"] = format_duration(plan.available)
    items: list[dict[str, Any]] = []
    for item in plan.items:
        if isinstance(item, PlanBreak):
            entry: dict[str, Any] = {"break": format_duration(item.duration)}
            if item.title != "Break":
                entry["title"] = item.title
        else:
            entry = {"exercise": item.exercise}
            if item.durations:
                entry["durations"] = Flow({key: format_duration(value)
                                            for key, value in item.durations.items()})
            if item.parameters:
                entry["parameters"] = Flow(item.parameters)
            if item.rounds:
                entry["rounds"] = Flow(item.rounds)
        items.append(entry)
    data["items"] = items
    return dump_yaml(data)


def plan_path(library_root: Path, plan_id: str) -> Path:
    """Where a plan with `plan_id` lives in a library folder."""
    return Path(library_root) / PLANS_DIR / f"{plan_id}{SUFFIX}"


def save_plan(plan: Plan, path: Path) -> Path:
    """Write `plan` to `path` atomically (its folder created as needed); returns the path.

    The file name must be the plan's id (and language), as the library requires.
    """
    path = Path(path)
    names = (plan.id, f"{plan.id}.{plan.language}") if plan.language else (plan.id,)
    if path.stem not in names or path.suffix not in (".yaml", ".yml"):
        raise ValueError(f"a plan with the id {plan.id!r} must be saved as {plan.id}{SUFFIX}")
    return write_atomically(path, dump_plan(plan).encode("utf-8"))
