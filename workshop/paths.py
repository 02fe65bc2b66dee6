"""Where things live: the shipped resources, the user's folders, the exports folder."""

from __future__ import annotations

from pathlib import Path

import platformdirs

APP_NAME = "workshop"

# resources/ sits beside the package in the source tree; the project is
# installed in editable mode by `make run`, so the tree is always there.
PROJECT_ROOT = Path(__file__).resolve().parent.parent
RESOURCES = PROJECT_ROOT / "resources"


def shipped_library() -> Path:
    return RESOURCES


def user_library() -> Path:
    """The trainer's own exercises/ and plans/, searched after the shipped ones."""
    return Path(platformdirs.user_data_dir(APP_NAME)) / "library"


def user_config_dir() -> Path:
    return Path(platformdirs.user_config_dir(APP_NAME))


def default_sessions_dir() -> Path:
    return Path(platformdirs.user_documents_dir()) / "Workshops"


def default_exports_dir() -> Path:
    """`exports/` in the project, as the README promises; the user may choose elsewhere."""
    return PROJECT_ROOT / "exports"


def library_roots(extra: list[Path] | None = None) -> list[Path]:
    return [shipped_library(), user_library(), *(extra or [])]


def user_report_dir() -> Path:
    """The trainer's own report folder: a file here replaces the shipped one of the same name.

    It holds report templates, `report.css`, fonts and a `logo.png` / `logo.svg`
    for the cover; it need not exist.
    """
    return Path(platformdirs.user_data_dir(APP_NAME)) / "report"
