"""Problems found in trainers' files, reported as ``path:line:column: field: message``."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from workshop.core.worded import ENGLISH, Catalogue, Phrase, said

ERROR = "error"
WARNING = "warning"  # worth a look, but the file still loads
_WARNING_SAID = said("warning")


@dataclass(frozen=True, order=True)
class Problem:
    """One thing wrong in a file, with where it is."""

    path: Path
    line: int  # 1-based; 0 when the file as a whole is at fault
    column: int  # 1-based column of the value (or field name) at fault; 0 with line 0
    field: str  # dotted path such as ``steps[2].duration``; empty for the whole file
    message: str  # English; a `Phrase` of ours (`Checker.problem`) is said in other languages too
    severity: str = ERROR

    def __str__(self) -> str:
        return self.describe(str(self.path))

    def describe(self, shown_path: str, catalogue: Catalogue = ENGLISH) -> str:
        """The one-line message, with the path written as `shown_path`, in the language `catalogue`
        speaks (field names are the file's own words, in every language)."""
        where = f"{shown_path}:{self.line}:{self.column}" if self.line else shown_path
        if self.severity != ERROR:
            where += f": {_WARNING_SAID.translated(catalogue)}"
        message = self.said_in(catalogue)
        return f"{where}: {self.field}: {message}" if self.field else f"{where}: {message}"

    def said_in(self, catalogue: Catalogue) -> str:
        """The message in the language `catalogue` speaks (English where it has no translation)."""
        return self.message.translated(catalogue) if isinstance(self.message, Phrase) else self.message

    @property
    def is_error(self) -> bool:
        return self.severity == ERROR

    def to_json(self) -> dict[str, Any]:
        """For editors: ``line`` and ``column`` are null when the whole file is at fault."""
        return {
            "path": str(self.path),
            "line": self.line or None,
            "column": self.column or None,
            "field": self.field,
            "message": self.message,
            "severity": self.severity,
        }
