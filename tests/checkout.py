"""The source tree the tests run from: docs, the Makefile and the scripts are read from here."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
