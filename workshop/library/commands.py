"""What `workshop validate` and `workshop library` print, kept out of cli.py's argument handling."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

from workshop.core.languages import SOURCE
from workshop.library.catalog import IdGroup, Library, LibraryEntry, entry_length
from workshop.library.problems import Problem


def validation_report(entries: Sequence[LibraryEntry], *, as_json: bool = False) -> tuple[str, int]:
    """The text `workshop validate` prints and its exit status (1 when any file has an error).

    JSON is a list of ``{path, line, column, field, message, severity}``,
    ``line`` and ``column`` null for a problem with the whole file; warnings
    are listed but do not change the status.
    """
    problems: list[Problem] = sorted(p for entry in entries for p in [*entry.problems, *entry.warnings])
    status = 1 if any(p.is_error for p in problems) else 0
    if as_json:
        return json.dumps([p.to_json() for p in problems], ensure_ascii=False, indent=2), status
    lines = [str(p) for p in problems]
    if not status:
        lines.append(f"{len(entries)} file(s) checked, all valid")
    return "\n".join(lines), status


def library_listing(library: Library, labels: Sequence[str]) -> str:
    """Every id in the library, the file the app uses for it and the files it replaces.

    `labels` names each of `library.roots` for a person ("shipped", "yours",
    "--library").
    """
    lines = ["Library folders, in search order (a file with the same id in a later folder "
             "replaces the earlier one):"]
    for number, (root, label) in enumerate(zip(library.roots, labels, strict=True), 1):
        missing = "" if root.is_dir() else "  (not there yet)"
        lines.append(f"  {number}. {label:<9} {root}{missing}")
    for kind in ("exercise", "plan"):
        groups = library.groups(kind)
        lines += ["", f"{kind.capitalize()}s ({len(groups)}):"]
        for group in sorted(groups, key=lambda g: (g.id, g.language != SOURCE, g.language)):
            lines += _group_lines(group, library)
    return "\n".join(lines)


def _group_lines(group: IdGroup, library: Library) -> list[str]:
    winner = group.winner
    shown = winner or group.entries[-1]
    state = "ok" if winner else "broken"
    if winner and winner.warnings:
        state = "warning"
    name = group.id if group.language == SOURCE else f"{group.id} ({group.language})"
    lines = [f"  {name:<30} {state:<8} {entry_length(shown, library):>9}  {shown.title}"]
    if winner is None:
        # Nothing usable: every file and its problems.
        lines += [f"      {problem}" for entry in group.entries for problem in entry.problems]
        return lines
    if len(group.entries) > 1:
        lines.append(f"      uses     {winner.path}")
    for entry in group.others:
        if entry.is_valid:
            lines.append(f"      replaces {entry.path}")
        else:
            lines.append(f"      ignores  {entry.path} (broken):")
            lines += [f"          {problem}" for problem in entry.problems]
    lines += [f"      {warning}" for warning in winner.warnings]
    return lines


def root_labels(roots: Sequence[Path], shipped: Path, user: Path) -> list[str]:
    """"shipped", "yours" or "--library" for each library folder."""
    return ["shipped" if root == shipped else "yours" if root == user else "--library" for root in roots]
