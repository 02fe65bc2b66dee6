"""The library: every exercise and plan found in the shipped and the trainer's folders."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from workshop.core.templates import ExerciseTemplate, Plan, PlanExercise
from workshop.library.problems import Problem
from workshop.library.validate import check_exercise, check_plan
from workshop.library.yamlsource import YamlDocument, load_yaml

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
    problems: list[Problem] = field(default_factory=list)
    overridden_by: Path | None = None

    @property
    def is_valid(self) -> bool:
        return not self.problems

    @property
    def title(self) -> str:
        if self.template:
            return self.template.title
        if self.plan:
            return self.plan.title
        return self.path.name

    @property
    def state(self) -> str:
        if self.problems:
            return "broken"
        return f"overridden by {self.overridden_by}" if self.overridden_by else "ok"


@dataclass
class Library:
    """Exercises and plans by id, later folders overriding earlier ones by id."""

    roots: tuple[Path, ...]
    entries: list[LibraryEntry] = field(default_factory=list)

    @property
    def exercises(self) -> dict[str, ExerciseTemplate]:
        return {e.id: e.template for e in self._winners("exercise") if e.template}

    @property
    def plans(self) -> dict[str, Plan]:
        return {e.id: e.plan for e in self._winners("plan") if e.plan}

    @property
    def problems(self) -> list[Problem]:
        return sorted(p for entry in self.entries for p in entry.problems)

    def _winners(self, kind: str) -> list[LibraryEntry]:
        return [e for e in self.entries if e.kind == kind and e.overridden_by is None]

    def templates_for(self, plan: Plan) -> dict[str, ExerciseTemplate]:
        """The templates a plan uses (the plan has been checked against the library)."""
        exercises = self.exercises
        return {item.exercise: exercises[item.exercise]
                for item in plan.items if isinstance(item, PlanExercise)}


def load_library(roots: Sequence[Path]) -> Library:
    """Read every exercise and plan under `roots`, in order; later roots win by id."""
    library = Library(tuple(roots))
    for root in roots:
        for kind, folder in (("exercise", EXERCISES_DIR), ("plan", PLANS_DIR)):
            for path in _yaml_files(root / folder):
                library.entries.append(load_entry(kind, path))
    _mark_overrides(library)
    _check_plans(library)
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
    known = {entry.path.resolve() for entry in given}
    library.entries = [e for e in library.entries if e.path.resolve() not in known] + given
    for entry in library.entries:
        entry.overridden_by = None
    _mark_overrides(library)
    _check_plans(library)
    return given


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
    document, _ = load_yaml(path)
    data = document.data if document else None
    return "plan" if isinstance(data, dict) and "items" in data and "steps" not in data else "exercise"


def load_entry(kind: str, path: Path) -> LibraryEntry:
    """Load and validate one file."""
    document, problems = load_yaml(path)
    entry = LibraryEntry(kind, path.stem, path, problems=problems)
    if document is None or problems:
        return entry
    if kind == "exercise":
        entry.template, entry.problems = check_exercise(document)
    else:
        entry.plan, entry.problems = check_plan(document)
    entry.id = _declared_id(document) or path.stem
    entry.problems.sort()
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
    latest: dict[tuple[str, str], LibraryEntry] = {}
    for entry in library.entries:
        if not entry.is_valid:
            continue
        earlier = latest.get((entry.kind, entry.id))
        if earlier is not None:
            earlier.overridden_by = entry.path
        latest[(entry.kind, entry.id)] = entry


def _check_plans(library: Library) -> None:
    """Cross-file rules: a plan names exercises that exist, and steps they have."""
    exercises = library.exercises
    for entry in library.entries:
        if entry.plan is None:
            continue
        document, _ = load_yaml(entry.path)
        problems: list[Problem] = []
        for index, item in enumerate(entry.plan.items):
            if not isinstance(item, PlanExercise):
                continue
            line = document.line(("items", index, "exercise")) if document else 0
            template = exercises.get(item.exercise)
            if template is None:
                problems.append(Problem(entry.path, line, f"items[{index}].exercise",
                                        f"no valid exercise has the id {item.exercise!r}"))
                continue
            keys = {step.key for step in template.steps}
            for key in item.durations:
                if key not in keys:
                    where = ("items", index, "durations", key)
                    problems.append(Problem(
                        entry.path, document.line(where) if document else 0,
                        f"items[{index}].durations.{key}",
                        f"{item.exercise} has no step {key!r} (its steps: {', '.join(sorted(keys))})"))
        if problems:
            entry.problems = problems
            entry.plan = None
