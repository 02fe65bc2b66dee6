"""The layers, enforced: imports point one way, core is pure, Qt stays in ui.

docs/architecture.md draws them. Every import of the project's own modules,
at the top of a file or inside a function, is checked against `ALLOWED`;
a new package must be added there, with the packages it may use.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "workshop"


# What each part of `workshop` may import of the project ("" is `workshop` itself, its version).
ALLOWED: dict[str, set[str]] = {
    "core": {"core"},
    "library": {"core", "library", "files"},
    "store": {"", "core", "store"},
    "report": {"", "core", "library", "report", "paths", "files"},
    "session": {"core", "store", "session"},
    "paths": set(),
    "files": set(),
    "desktop": {"paths", "files"},
    "refusals": {"core", "paths"},  # core's refusals said in a language, for every edge
    # The edges: the window, the command line and the room's phones. None reaches past the
    # session layer into the store, and nothing below them ever imports them.
    "web": {"core", "session", "paths", "web", "refusals"},
    "ui": {"", "core", "library", "report", "session", "ui", "paths", "desktop", "files", "web",
           "refusals"},
    "cli": {"", "core", "library", "report", "session", "paths", "desktop", "ui", "web", "refusals"},
    "__main__": {"cli"},
    "__init__": set(),
}
QT_FREE = ("core", "library", "store", "report", "session", "paths", "files", "desktop", "cli", "web",
           "refusals")


def _own_imports(path: Path) -> set[str]:
    """The parts of `workshop` a module imports ("core", "store", ... or "" for the package)."""
    parts: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        names: list[str] = []
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names = [node.module]
        for name in names:
            if name == "workshop":
                parts.add("")
            elif name.startswith("workshop."):
                parts.add(name.split(".")[1])
    return parts


def _part(path: Path) -> str:
    relative = path.relative_to(PACKAGE)
    return relative.parts[0] if len(relative.parts) > 1 else relative.stem


@pytest.mark.parametrize("path", sorted(PACKAGE.rglob("*.py")), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_imports_point_one_way(path: Path) -> None:
    part = _part(path)
    assert part in ALLOWED, f"workshop/{part} is new: add it to ALLOWED with what it may import"
    upward = _own_imports(path) - ALLOWED[part] - {part}
    assert not upward, f"{path.relative_to(PACKAGE)} imports workshop.{sorted(upward)}, above or beside it"


@pytest.mark.parametrize("part", QT_FREE)
def test_only_the_window_imports_qt(part: str) -> None:
    paths = sorted((PACKAGE / part).rglob("*.py")) if (PACKAGE / part).is_dir() else [PACKAGE / f"{part}.py"]
    for path in paths:
        assert not _imports(path) & {"PySide6", "shiboken6"}, f"{path} imports Qt"


def test_the_rule_catches_an_upward_import(tmp_path: Path) -> None:
    """The check itself: a core module importing the store is caught."""
    sneaky = tmp_path / "sneaky.py"
    sneaky.write_text("def f():\n    from workshop.store import SessionFile\n", encoding="utf-8")
    assert _own_imports(sneaky) - ALLOWED["core"] == {"store"}


def _imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names


def _modules(sub: str) -> list[Path]:
    found = sorted((PACKAGE / sub).rglob("*.py"))
    assert found, f"no modules under workshop/{sub}"
    return found


@pytest.mark.parametrize("path", _modules("core"), ids=lambda p: p.name)
def test_core_is_pure_python(path: Path) -> None:
    forbidden = _imports(path) & {"PySide6", "shiboken6", "sqlite3", "jinja2", "weasyprint"}
    assert not forbidden, f"{path.name} imports {forbidden}"


def test_core_imports_nothing_heavy_at_run_time() -> None:
    import subprocess
    import sys

    code = ("import sys, workshop.core.session, workshop.core.timer, workshop.core.agenda; "
            "print(sorted(m for m in ('PySide6', 'sqlite3', 'jinja2', 'weasyprint') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
