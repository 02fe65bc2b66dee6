"""Where things live: the shipped resources, the user's folders, the exports folder.

The shipped files are the package `workshop.resources` (the repository's
top-level `resources/` folder, mapped into the package by pyproject.toml), so
the import system finds them from a checkout's editable install, a wheel
and a frozen bundle alike. The user's folders come from platformdirs.
"""

from __future__ import annotations

from functools import cache
from importlib.util import find_spec
from pathlib import Path

import platformdirs

APP_NAME = "workshop"
# The desktop's name for the app: its launcher file, and the window's desktopFileName.
DESKTOP_ID = "workshop-facilitator"
RESOURCES_PACKAGE = "workshop.resources"

# What the app cannot work without, relative to the resources folder. A file
# missing here is a broken install, said in one sentence rather than as an
# empty library or a list of page sizes with nothing in it.
REQUIRED_RESOURCES = (
    "exercises/",
    "plans/",
    "report/report.html.j2",
    "report/report.css",
    "report/fonts.css",
    "report/pages/a4.css",
    "report/pages/letter.css",
    "icons/workshop.svg",
)


class MissingResources(Exception):
    """The app's own files are not all installed; the message says which and what to do."""


@cache
def shipped_resources() -> Path:
    """The folder of the shipped exercises, plans, report templates and icons.

    Raises `MissingResources` when the package is not installed or is not a
    real folder (the app reads these files by path: YAML with line numbers,
    fonts for WeasyPrint, a folder a trainer can copy from).
    """
    try:
        spec = find_spec(RESOURCES_PACKAGE)
    except ModuleNotFoundError:
        spec = None
    if spec is None:
        raise MissingResources(
            "The app's own files are not installed (the package workshop.resources is missing). "
            "Reinstall the app.")
    # The package's own folder, as its import spec gives it: importlib.resources would say the
    # same, but importing it costs a few milliseconds of every start (tempfile, zipfile).
    locations = list(spec.submodule_search_locations or ())
    if locations and Path(locations[0]).is_dir():
        return Path(locations[0])
    from importlib.resources import files

    root = files(RESOURCES_PACKAGE)
    folder = Path(str(root))
    if not folder.is_dir():
        raise MissingResources(
            f"The app's own files must be a folder on disk, not inside an archive: {root}. "
            "Install the app from its wheel or bundle.")
    return folder


def missing_resources() -> list[str]:
    """The required shipped files that are not there (relative names), or the whole folder."""
    try:
        root = shipped_resources()
    except MissingResources:
        return ["workshop.resources"]
    missing = []
    for name in REQUIRED_RESOURCES:
        present = (root / name).is_dir() if name.endswith("/") else (root / name).is_file()
        if not present:
            missing.append(name)
    return missing


def require_resources() -> None:
    """Raise `MissingResources`, naming every missing file, unless the install is whole."""
    root = shipped_resources()  # raises for a missing package
    missing = missing_resources()
    if missing:
        raise MissingResources(
            f"The app's own files are incomplete: {', '.join(missing)} "
            f"{'is' if len(missing) == 1 else 'are'} missing from {root}. Reinstall the app.")


def shipped_library() -> Path:
    return shipped_resources()


def shipped_report_dir() -> Path:
    return shipped_resources() / "report"


def shipped_icon() -> Path:
    """The app's icon, scalable; PNG sizes sit beside it in `icons/`."""
    return shipped_resources() / "icons" / "workshop.svg"


def user_library() -> Path:
    """The trainer's own exercises/ and plans/, searched after the shipped ones."""
    return Path(platformdirs.user_data_dir(APP_NAME)) / "library"


def user_config_dir() -> Path:
    return Path(platformdirs.user_config_dir(APP_NAME))


def default_sessions_dir() -> Path:
    return Path(platformdirs.user_documents_dir()) / "Workshops"


@cache
def checkout_root() -> Path | None:
    """The source tree the app runs from, or None when it runs from an install.

    A checkout is the folder above the package that holds this project's
    pyproject.toml and its `exports/` folder; an installed package sits in
    site-packages (or a bundle), which has neither.
    """
    root = Path(__file__).resolve().parent.parent
    project = root / "pyproject.toml"
    try:
        ours = 'name = "workshop-facilitator"' in project.read_text(encoding="utf-8")
    except OSError:
        return None
    return root if ours and (root / "exports").is_dir() else None


_UNSET = Path()


def default_exports_dir(session: Path | None = None, checkout: Path | None = _UNSET) -> Path:
    """Where an export goes when nobody chose: `exports/` in a checkout, else beside the session.

    Never the install folder: from a wheel that is site-packages, which a
    system-wide install cannot write and nobody would look in. `checkout`
    defaults to `checkout_root()`.
    """
    if checkout is _UNSET:
        checkout = checkout_root()
    if checkout is not None:
        return checkout / "exports"
    if session is not None:
        return Path(session).resolve().parent
    return default_sessions_dir()


def library_roots(extra: list[Path] | None = None) -> list[Path]:
    return [shipped_library(), user_library(), *(extra or [])]


def user_report_dir() -> Path:
    """The trainer's own report folder: a file here replaces the shipped one of the same name.

    It holds report templates, `report.css`, fonts and a `logo.png` / `logo.svg`
    for the cover; it need not exist.
    """
    return Path(platformdirs.user_data_dir(APP_NAME)) / "report"
