"""Default file names from what the facilitator typed: ``Service day`` -> ``service-day.workshop``."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

SESSION_SUFFIX = ".workshop"
PDF_SUFFIX = ".pdf"


def slug(text: str, fallback: str = "session") -> str:
    """Lower-case ASCII words joined by dashes, at most 60 characters."""
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    words = re.sub(r"[^a-z0-9]+", "-", folded.lower()).strip("-")
    return words[:60].rstrip("-") or fallback


EXPORT_FORMATS = {".md": "md", ".zip": "csv", ".json": "json"}


def export_format(path: Path) -> str:
    """The export format a file name asks for: its suffix, PDF unless it says otherwise."""
    return EXPORT_FORMATS.get(path.suffix.lower(), "pdf")


def with_suffix(path: Path, suffix: str) -> Path:
    """`path` ending in `suffix` (added when missing, case-insensitively); a folder stays as it is."""
    if not path.name:
        return path
    return path if path.name.lower().endswith(suffix) else path.with_name(path.name + suffix)


def session_path(folder: Path, title: str) -> Path:
    return folder / f"{slug(title)}{SESSION_SUFFIX}"


def export_path(folder: Path, title: str, date: str) -> Path:
    """`<slug>-<date>.pdf` (the date as ISO, when there is one)."""
    name = slug(title) + (f"-{date}" if date else "")
    return folder / f"{name}{PDF_SUFFIX}"
