"""A PDF's text as a reader gets it: poppler's pdftotext, what copy-paste and screen readers see.

pypdf's text extraction garbles some of what WeasyPrint writes (ligatures such
as "fl" after font subsetting, zero bytes in strings, whole pages drawn with a
fallback font), so a test reading it would be testing pypdf. poppler-utils
is in `scripts/system-deps test`.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest


def pdf_pages(path: Path) -> list[str]:
    """The text of each page, in order."""
    pdftotext = shutil.which("pdftotext") or pytest.fail(
        "pdftotext is missing: scripts/system-deps test installs poppler-utils")
    text = subprocess.run([pdftotext, "-enc", "UTF-8", str(path), "-"], capture_output=True,
                          check=True).stdout.decode("utf-8")
    return text.split("\f")[:-1] if text.endswith("\f") else text.split("\f")


def pdf_text(path: Path) -> str:
    """The whole document's text, pages joined by newlines."""
    return "\n".join(pdf_pages(path))
