"""The layers of DESIGN.md, enforced: core is pure, Qt stays in ui."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "workshop"


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


@pytest.mark.parametrize("sub", ["core", "library", "store", "report"])
def test_only_ui_imports_qt(sub: str) -> None:
    for path in _modules(sub):
        assert "PySide6" not in _imports(path), f"{path} imports PySide6"


def test_core_imports_nothing_heavy_at_run_time() -> None:
    import subprocess
    import sys

    code = ("import sys, workshop.core.session, workshop.core.timer, workshop.core.agenda; "
            "print(sorted(m for m in ('PySide6', 'sqlite3', 'jinja2', 'weasyprint') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
