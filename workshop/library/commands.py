"""What `workshop validate` and `workshop library` print, kept out of cli.py's argument handling.

Both speak the user's language: `words` is the command line's catalogue
(gettext domain "cli") for their own words, `problems` the refusals'
catalogue for what the checks found (`workshop.refusals`). Field names,
ids and paths are the files' own, in every language.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

from workshop.core.languages import SOURCE
from workshop.core.worded import ENGLISH, Catalogue
from workshop.library.catalog import IdGroup, Library, LibraryEntry, entry_length
from workshop.library.problems import Problem


def validation_report(entries: Sequence[LibraryEntry], *, as_json: bool = False, words: Catalogue = ENGLISH,
                      problems: Catalogue = ENGLISH) -> tuple[str, int]:
    """The text `workshop validate` prints and its exit status (1 when any file has an error).

    JSON is a list of ``{path, line, column, field, message, severity}``,
    ``line`` and ``column`` null for a problem with the whole file; warnings
    are listed but do not change the status. JSON is for editors and scripts:
    its messages are English, in every language.
    """
    found: list[Problem] = sorted(p for entry in entries for p in [*entry.problems, *entry.warnings])
    status = 1 if any(p.is_error for p in found) else 0
    if as_json:
        return json.dumps([p.to_json() for p in found], ensure_ascii=False, indent=2), status
    lines = [p.describe(str(p.path), problems) for p in found]
    if not status:
        lines.append(words.ngettext("{count} file checked, all valid", "{count} files checked, all valid",
                                    len(entries)).format(count=len(entries)))
    return "\n".join(lines), status


def library_listing(library: Library, labels: Sequence[str], words: Catalogue = ENGLISH,
                    problems: Catalogue = ENGLISH) -> str:
    """Every id in the library, the file the app uses for it and the files it replaces.

    `labels` names each of `library.roots` for a person ("shipped", "yours",
    "--library").
    """
    _ = words.gettext
    lines = [_("Library folders, in search order (a file with the same id in a later folder "
                  "replaces the earlier one):")]
    shown_labels = {"shipped": _("shipped"), "yours": _("yours"), "--library": "--library"}
    width = max(len(label) for label in shown_labels.values())
    for number, (root, label) in enumerate(zip(library.roots, labels, strict=True), 1):
        missing = "" if root.is_dir() else "  " + _("(not there yet)")
        lines.append(f"  {number}. {shown_labels[label]:<{width}} {root}{missing}")
    for kind in ("exercise", "plan"):
        groups = library.groups(kind)
        heading = _("Exercises ({count}):") if kind == "exercise" else _("Plans ({count}):")
        lines += ["", heading.format(count=len(groups))]
        for group in sorted(groups, key=lambda g: (g.id, g.language != SOURCE, g.language)):
            lines += _group_lines(group, library, words, problems)
    return "\n".join(lines)


def _group_lines(group: IdGroup, library: Library, words: Catalogue, problems: Catalogue) -> list[str]:
    _ = words.gettext
    winner = group.winner
    shown = winner or group.entries[-1]
    state = _("ok") if winner else _("broken")
    if winner and winner.warnings:
        state = _("warning")
    name = group.id if group.language == SOURCE else f"{group.id} ({group.language})"
    lines = [f"  {name:<30} {state:<8} {entry_length(shown, library):>9}  {shown.title}"]

    def described(problem: Problem) -> str:
        return problem.describe(str(problem.path), problems)

    if winner is None:
        # Nothing usable: every file and its problems.
        lines += [f"      {described(problem)}" for entry in group.entries for problem in entry.problems]
        return lines
    # The verbs in a column, so the paths line up.
    uses, replaces, ignores = _("uses"), _("replaces"), _("ignores")
    width = max(len(uses), len(replaces), len(ignores))
    if len(group.entries) > 1:
        lines.append(f"      {uses:<{width}} {winner.path}")
    for entry in group.others:
        if entry.is_valid:
            lines.append(f"      {replaces:<{width}} {entry.path}")
        else:
            lines.append(f"      {ignores:<{width}} {entry.path} " + _("(broken):"))
            lines += [f"          {described(problem)}" for problem in entry.problems]
    lines += [f"      {described(warning)}" for warning in winner.warnings]
    return lines


def root_labels(roots: Sequence[Path], shipped: Path, user: Path) -> list[str]:
    """"shipped", "yours" or "--library" for each library folder (keys, said by each screen)."""
    return ["shipped" if root == shipped else "yours" if root == user else "--library" for root in roots]
