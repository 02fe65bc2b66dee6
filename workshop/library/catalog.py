"""The library: every exercise and plan found in the shipped and the trainer's folders."""

from __future__ import annotations

import functools
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

from workshop.core.languages import SOURCE, closest_language

if TYPE_CHECKING:
    from workshop.core.templates import ExerciseTemplate, Plan
    from workshop.library.problems import Problem
    from workshop.library.yamlsource import YamlDocument

# YAML, validation and the cross-file rules are imported where files are read, not here:
# the app's window needs only the `Library` type before its first paint (the library is
# read after it), and `yaml` with the validators is a good part of a cold start.

EXERCISES_DIR = "exercises"
PLANS_DIR = "plans"
SUFFIXES = (".yaml", ".yml")


@dataclass
class LibraryEntry:
    """One file of the library, valid or not."""

    kind: str  # "exercise" or "plan"
    id: str  # the file stem when the file could not be read
    path: Path
    template: ExerciseTemplate | None = None
    plan: Plan | None = None
    problems: list[Problem] = field(default_factory=list)  # errors: the file is broken
    overridden_by: Path | None = None
    warnings: list[Problem] = field(default_factory=list)  # worth a look; the file still loads
    document: YamlDocument | None = field(default=None, repr=False, compare=False)
    # What the file alone gave, before rules across files: they run again
    # whenever the library changes (the editor, live reload).
    # What the file alone says: template, plan, errors, warnings (`reset` goes back to it).
    own: tuple[ExerciseTemplate | None, Plan | None, tuple[Problem, ...], tuple[Problem, ...]] = field(
        default=(None, None, (), ()), repr=False, compare=False)

    @property
    def is_valid(self) -> bool:
        return not self.problems

    @property
    def declares_id(self) -> bool:
        """Whether the file was read far enough to know the id it declares."""
        return self.document is not None and _declared_id(self.document) != ""

    @property
    def title(self) -> str:
        if self.template:
            return self.template.title
        if self.plan:
            return self.plan.title
        return self.path.name

    @property
    def language(self) -> str:
        """The language the file is written in (English when it does not say, or cannot be read)."""
        found = self.template.language if self.template else self.plan.language if self.plan else ""
        if not found and self.document is not None and isinstance(self.document.data, dict):
            declared = self.document.data.get("language")
            found = declared if isinstance(declared, str) else ""
        return found or SOURCE

    @property
    def declared_title(self) -> str:
        """The title, or for a broken file the title it declares if it got that far, else its name."""
        data = self.document.data if self.document and not self.is_valid else None
        title = data.get("title") if isinstance(data, dict) else None
        return title if isinstance(title, str) and title.strip() else self.title

    @property
    def state(self) -> str:
        if self.problems:
            return "broken"
        return f"overridden by {self.overridden_by}" if self.overridden_by else "ok"

    def reset(self) -> None:
        """Back to what the file alone says, before rules across files."""
        self.template, self.plan, problems, warnings = self.own
        self.problems = list(problems)
        self.warnings = list(warnings)  # the file's own; rules across files add theirs
        self.overridden_by = None

    def invalidate(self, problems: Iterable[Problem]) -> None:
        """Mark the file broken by problems found beyond the file itself."""
        self.problems = sorted([*self.problems, *problems])
        self.template = self.plan = None


@dataclass(frozen=True)
class IdGroup:
    """Every file declaring one id in one language, in search order, and the one the app uses."""

    kind: str
    id: str
    entries: tuple[LibraryEntry, ...]
    language: str = SOURCE

    @property
    def winner(self) -> LibraryEntry | None:
        """The last valid file: a broken file never hides a working one."""
        return next((e for e in reversed(self.entries) if e.is_valid), None)

    @property
    def others(self) -> tuple[LibraryEntry, ...]:
        return tuple(e for e in self.entries if e is not self.winner)


@dataclass
class Library:
    """Exercises and plans by id, later folders overriding earlier ones by id and language.

    One id may have a version in each language (`<id>.<language>.yaml`, with
    `language:` in the file); `exercises_in` and `plans_in` pick the version
    for a session's language, and English, or the only version, otherwise.
    """

    roots: tuple[Path, ...]
    entries: list[LibraryEntry] = field(default_factory=list)

    @property
    def exercises(self) -> dict[str, ExerciseTemplate]:
        """Each exercise in English, or in the language of its only version."""
        return self.exercises_in(SOURCE)

    @property
    def plans(self) -> dict[str, Plan]:
        """Each plan in English, or in the language of its only version."""
        return self.plans_in(SOURCE)

    def exercises_in(self, language: str) -> dict[str, ExerciseTemplate]:
        """Each exercise in `language` where it has a version in it (see `closest_language`)."""
        return {e.id: e.template for e in self._versions_in("exercise", language) if e.template}

    def plans_in(self, language: str) -> dict[str, Plan]:
        """Each plan in `language` where it has a version in it (see `closest_language`)."""
        return {e.id: e.plan for e in self._versions_in("plan", language) if e.plan}

    def languages(self) -> list[str]:
        """Every language some valid file is written in, English first."""
        found = {e.language for e in self.entries if e.is_valid}
        return sorted(found, key=lambda tag: (tag != SOURCE, tag))

    def _versions_in(self, kind: str, language: str) -> list[LibraryEntry]:
        versions: dict[str, list[LibraryEntry]] = {}
        for entry in self._winners(kind):
            if entry.is_valid:  # a broken file is no version: another language serves instead
                versions.setdefault(entry.id, []).append(entry)
        chosen = []
        for entries in versions.values():
            tag = closest_language([entry.language for entry in entries], language)
            chosen.append(next(entry for entry in entries if entry.language == tag))
        return chosen

    @property
    def problems(self) -> list[Problem]:
        """Every error in every file (warnings are in `warnings`)."""
        return sorted(p for entry in self.entries for p in entry.problems)

    @property
    def warnings(self) -> list[Problem]:
        return sorted(p for entry in self.entries for p in entry.warnings)

    def _winners(self, kind: str) -> list[LibraryEntry]:
        return [e for e in self.entries if e.kind == kind and e.overridden_by is None]

    def groups(self, kind: str) -> list[IdGroup]:
        """One group per id and language of `kind`, in the order they are first found."""
        by_id: dict[tuple[str, str], list[LibraryEntry]] = {}
        for entry in self.entries:
            if entry.kind == kind:
                by_id.setdefault((entry.id, entry.language), []).append(entry)
        return [IdGroup(kind, id_, tuple(entries), language) for (id_, language), entries in by_id.items()]

    def root_of(self, path: Path) -> Path | None:
        """The library folder a file belongs to (the last, if folders nest)."""
        found = None
        for root in self.roots:
            if path.is_relative_to(root):
                found = root
        return found

    def templates_for(self, plan: Plan, language: str = "") -> dict[str, ExerciseTemplate]:
        """The templates a plan uses, in `language` (else the plan's) where they have a version in it."""
        from workshop.core.templates import PlanExercise

        exercises = self.exercises_in(language or plan.language or SOURCE)
        return {item.exercise: exercises[item.exercise]
                for item in plan.items if isinstance(item, PlanExercise)}


def load_library(roots: Sequence[Path]) -> Library:
    """Read every exercise and plan under `roots`, in order; later roots win by id."""
    library = Library(tuple(roots))
    for root in roots:
        for kind, folder in (("exercise", EXERCISES_DIR), ("plan", PLANS_DIR)):
            for path in _yaml_files(root / folder):
                library.entries.append(load_entry(kind, path))
    _cross_check(library)
    return library


def check_files(paths: Sequence[Path], roots: Sequence[Path]) -> list[LibraryEntry]:
    """Validate the given files (or folders of them) against the library in `roots`.

    Cross-file rules see the library and the given files together, so a new
    exercise and the plan that uses it can be checked before either is installed.
    """
    library = load_library(roots)
    given: list[LibraryEntry] = []
    for path in paths:
        files = _files_under(path) if path.is_dir() else [path]
        given.extend(load_entry(detect_kind(file), file) for file in files)
    return _replace_and_check(library, given)


def check_text(text: str, path: Path, kind: str, library: Library) -> LibraryEntry:
    """Validate unsaved `text` as if it were the file `path`, against `library`.

    The editor calls this on every pause in typing; the library itself is
    not changed (its entries are copied).
    """
    from workshop.library.yamlsource import parse_yaml

    document, problems = parse_yaml(text, path)
    entry = _entry_from(kind, path, document, problems)
    copy = Library(library.roots, [replace(e) for e in library.entries])
    [checked] = _replace_and_check(copy, [entry])
    return checked


def _replace_and_check(library: Library, given: list[LibraryEntry]) -> list[LibraryEntry]:
    known = {entry.path.resolve() for entry in given}
    library.entries = [e for e in library.entries if e.path.resolve() not in known] + given
    _cross_check(library)
    return given


def _cross_check(library: Library) -> None:
    from workshop.library.crossfile import check_duplicate_ids, check_plans
    from workshop.library.recall_rules import check_recall_order, check_recalls

    for entry in library.entries:
        entry.reset()
    check_duplicate_ids(library.entries)
    _mark_overrides(library)
    exercises_in = functools.cache(library.exercises_in)  # the library does not change meanwhile
    check_recalls(library.entries, exercises_in)
    check_plans(library.entries, exercises_in)
    check_recall_order(library.entries, exercises_in)


def _files_under(folder: Path) -> list[Path]:
    if (folder / EXERCISES_DIR).is_dir() or (folder / PLANS_DIR).is_dir():
        return [*_yaml_files(folder / EXERCISES_DIR), *_yaml_files(folder / PLANS_DIR)]
    return list(_yaml_files(folder))


def detect_kind(path: Path) -> str:
    """"plan" for a file in a plans/ folder or one with `items`; else "exercise"."""
    if path.parent.name == PLANS_DIR:
        return "plan"
    if path.parent.name == EXERCISES_DIR:
        return "exercise"
    from workshop.library.yamlsource import load_yaml

    document, _ = load_yaml(path)
    data = document.data if document else None
    return "plan" if isinstance(data, dict) and "items" in data and "steps" not in data else "exercise"


def load_entry(kind: str, path: Path) -> LibraryEntry:
    """Load and validate one file."""
    from workshop.library.yamlsource import load_yaml

    document, problems = load_yaml(path)
    return _entry_from(kind, path, document, problems)


def _entry_from(kind: str, path: Path, document: YamlDocument | None,
                problems: list[Problem]) -> LibraryEntry:
    entry = LibraryEntry(kind, path.stem, path, problems=sorted(problems), document=document)
    entry.own = (None, None, tuple(entry.problems), ())
    if document is None:
        return entry
    entry.id = _declared_id(document) or path.stem
    if problems:
        return entry
    from workshop.library.validate import check_exercise, check_plan

    if kind == "exercise":
        entry.template, found = check_exercise(document)
        entry.problems = [p for p in found if p.is_error]
        entry.warnings = sorted(p for p in found if not p.is_error)
    else:
        entry.plan, entry.problems = check_plan(document)
    entry.problems.sort()
    entry.own = (entry.template, entry.plan, tuple(entry.problems), tuple(entry.warnings))
    return entry


def _declared_id(document: YamlDocument) -> str:
    data = document.data
    value = data.get("id") if isinstance(data, dict) else None
    return value if isinstance(value, str) else ""


def _yaml_files(folder: Path) -> Iterable[Path]:
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if p.suffix in SUFFIXES and p.is_file())


def _mark_overrides(library: Library) -> None:
    latest: dict[tuple[str, str, str], LibraryEntry] = {}
    for entry in library.entries:
        if not entry.is_valid:
            continue
        key = (entry.kind, entry.id, entry.language)
        earlier = latest.get(key)
        if earlier is not None:
            earlier.overridden_by = entry.path
        latest[key] = entry


def entry_length(entry: LibraryEntry, library: Library) -> str:
    """How long a valid exercise or plan runs ("35 min"), or "" when it cannot be told."""
    # Imported here: the app lists the library after its first paint, not before.
    from workshop.core.agenda import MissingExercise, build_agenda
    from workshop.core.durations import format_minutes

    if entry.template is not None:
        return format_minutes(entry.template.duration)
    if entry.plan is not None:
        try:
            return format_minutes(build_agenda(entry.plan, library.templates_for(entry.plan)).total)
        except MissingExercise:
            return ""
    return ""
