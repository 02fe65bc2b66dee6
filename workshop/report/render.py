"""Report context -> HTML through one sandboxed Jinja environment.

Report templates are trusted less than code: a trainer may download a theme.
So the environment is an immutable sandbox (no attribute tricks, no mutating
the context), autoescapes everything, and fails loudly on a misspelt name
instead of printing an empty string into a client's PDF.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from functools import lru_cache
from os import PathLike
from pathlib import Path
from typing import Any

from jinja2 import FileSystemLoader, StrictUndefined
from jinja2.sandbox import ImmutableSandboxedEnvironment

REPORT_TEMPLATE = "report.html.j2"

Folder = str | PathLike[str]


def shipped_report_dir() -> Path:
    """The report templates and CSS that ship with the app.

    `resources/` sits at the repository root beside the `workshop` package
    (the project is installed editable), so this is the one place that knows.
    """
    return Path(__file__).resolve().parents[2] / "resources" / "report"


def report_folders(folders: Iterable[Folder] | None = None) -> tuple[Path, ...]:
    """The folders searched for a report file, first match by name wins.

    A trainer's folders come first, so a file there replaces the shipped file
    of the same name; the shipped folder is always last, as the fallback.
    """
    shipped = shipped_report_dir()
    chosen = [Path(folder).resolve() for folder in folders or ()]
    return (*[folder for folder in chosen if folder != shipped], shipped)


@lru_cache(maxsize=8)
def _environment(folders: tuple[Path, ...]) -> ImmutableSandboxedEnvironment:
    # Cached per folder list: building the environment is cheap, but its
    # compiled-template cache is what makes a second export fast.
    return ImmutableSandboxedEnvironment(
        loader=FileSystemLoader([str(folder) for folder in folders]),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )


def environment(folders: Iterable[Folder] | None = None) -> ImmutableSandboxedEnvironment:
    """The report's Jinja environment over the trainer folders and the shipped one."""
    return _environment(report_folders(folders))


def render_html(context: Mapping[str, Any], folders: Iterable[Folder] | None = None,
                template: str = REPORT_TEMPLATE) -> str:
    """Render the report (or another template by name) to an HTML string.

    Raises `jinja2.TemplateError` subclasses: `UndefinedError` for a name the
    context lacks, `SecurityError` for a template reaching outside the sandbox.
    """
    return environment(folders).get_template(template).render(context)
