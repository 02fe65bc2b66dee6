"""Problems found in trainers' files, reported as ``path:line: field: message``."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True, order=True)
class Problem:
    """One thing wrong in a file, with where it is."""

    path: Path
    line: int  # 1-based; 0 when the file as a whole is at fault
    field: str  # dotted path such as ``steps[2].duration``; empty for the whole file
    message: str

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else f"{self.path}"
        return f"{where}: {self.field}: {self.message}" if self.field else f"{where}: {self.message}"
