"""Reading fields of a YAML document while collecting every problem with where it is."""

from __future__ import annotations

import difflib
from datetime import date, datetime
from typing import Any

from workshop.core.durations import DurationError, parse_duration
from workshop.core.worded import Phrase, said
from workshop.library.problems import WARNING, Problem
from workshop.library.yamlsource import FieldPath, YamlDocument, field_name


class Checker:
    """Collects problems while reading fields of one document.

    Every reader returns a usable stand-in value after a problem, so checking
    carries on and a trainer sees every problem of the file in one pass.
    """

    def __init__(self, document: YamlDocument) -> None:
        self.document = document
        self.problems: list[Problem] = []
        self.warnings: list[Problem] = []
        # Field names suggested for misspelt ones, per mapping: a missing
        # `title` next to a `titel` is one mistake, reported once.
        self.suggested: dict[FieldPath, set[str]] = {}

    def problem(self, where: FieldPath, message: str, *, at_key: bool = False, warning: bool = False,
                **values: object) -> None:
        """`message`, an English template filled with `values` (``"got {value}"``), so each
        edge can say it in its language (`workshop.refusals`); a `warning` is `warn`'s."""
        if warning:
            self.warn(where, message, **values)
            return
        line, column = self.document.position(where, at_key=at_key)
        self.problems.append(Problem(self.document.path, line, column, field_name(where),
                                     said(message, **values)))

    def warn(self, where: FieldPath, message: str, **values: object) -> None:
        """Worth the trainer's look, but the file still loads (`self.warnings`)."""
        line, column = self.document.position(where)
        self.warnings.append(Problem(self.document.path, line, column, field_name(where),
                                     said(message, **values), WARNING))

    def mapping(self, value: Any, where: FieldPath, allowed: set[str], *,
                elsewhere: dict[str, str] | None = None) -> dict[str, Any] | None:
        """`value` as a mapping, with a problem for each field not in `allowed`.

        `elsewhere` says, for fields that belong to another kind of thing,
        where they would belong (``dots`` -> ``a vote input``).
        """
        if not isinstance(value, dict):
            self.problem(where, "expected a mapping of fields, got {value}", value=describe(value))
            return None
        for key in value:
            if key not in allowed:
                self.unknown(where, str(key), allowed, elsewhere)
        return value

    def unknown(self, where: FieldPath, key: str, allowed: set[str],
                elsewhere: dict[str, str] | None = None) -> bool:
        """Report field `key` of the mapping at `where` as unknown; True if a likely one was named."""
        message, hint = unknown_field(key, allowed, elsewhere)
        self.problem((*where, key), message.template, at_key=True, **message.values)
        if hint:
            self.suggested.setdefault(where, set()).add(hint)
        return bool(hint)

    def missing(self, where: FieldPath, key: str, message: str = "", **values: object) -> None:
        """A required field `key` of the mapping at `where` is absent (`message` says more)."""
        if key not in self.suggested.get(where, ()):
            if message:
                self.problem(where, message, **values)
            else:
                self.problem(where, "`{key}` is required", key=key)

    def text(self, data: dict[str, Any], key: str, where: FieldPath, *,
             required: bool = False) -> str:
        """A text field; numbers are read as their text (``title: 2024``)."""
        if key not in data or data[key] is None:
            if required and key in data:
                self.problem((*where, key), "must not be empty")
            elif required:
                self.missing(where, key)
            return ""
        value = data[key]
        if isinstance(value, bool) or not isinstance(value, (str, int, float)):
            self.problem((*where, key), "expected text, got {value}", value=describe(value))
            return ""
        text = str(value)
        if required and not text.strip():
            self.problem((*where, key), "must not be empty")
        return text

    def duration(self, value: Any, where: FieldPath) -> int:
        if isinstance(value, bool) or not isinstance(value, (str, int)):
            self.problem(where, "expected a duration such as 5m, 90s or 1h15m, got {value}",
                         value=describe(value))
            return 0
        try:
            return parse_duration(value)
        except DurationError as error:
            self.problem(where, error.template, **error.values)
            return 0

    def text_list(self, data: dict[str, Any], key: str, where: FieldPath, *,
                  required: bool = False) -> tuple[str, ...]:
        value = data.get(key)
        if value is None:
            if required and key in data:
                self.problem((*where, key), "needs at least one entry")
            elif required:
                self.missing(where, key)
            return ()
        if not isinstance(value, list):
            self.problem((*where, key), "expected a list, got {value}", value=describe(value))
            return ()
        items = []
        for index, item in enumerate(value):
            if isinstance(item, bool) or not isinstance(item, (str, int, float)) or not str(item).strip():
                self.problem((*where, key, index), "expected text, got {value}", value=describe(item))
            else:
                items.append(str(item))
        if required and not value:
            self.problem((*where, key), "needs at least one entry")
        return tuple(items)


def unknown_field(name: str, allowed: set[str],
                  elsewhere: dict[str, Phrase] | None = None) -> tuple[Phrase, str]:
    """The message for a field that is not in `allowed`, and the field likely meant ("" if none)."""
    hint = difflib.get_close_matches(name, sorted(allowed), n=1) or difflib.get_close_matches(
        name.lower().replace(" ", "_"), sorted(allowed), n=1)
    if hint:
        return said("unknown field; did you mean `{field}`?", field=hint[0]), hint[0]
    if elsewhere and name in elsewhere:
        return said("unknown field here; `{field}` belongs to {owner}", field=name, owner=elsewhere[name]), ""
    if not allowed:
        return said("unknown field; this takes no settings"), ""
    return said("unknown field; known fields: {fields}", fields=", ".join(sorted(allowed))), ""


def describe(value: Any) -> Phrase:
    """How a wrong value reads in a message."""
    if value is None:
        return said("nothing")
    if isinstance(value, bool):
        return said("a yes/no value")  # YAML reads yes, no, on, off, true, false this way
    if isinstance(value, (date, datetime)):
        return said("a date {date}", date=value.isoformat())
    if isinstance(value, dict):
        return said("a mapping")
    if isinstance(value, list):
        return said("a list")
    shown = repr(value)
    if len(shown) > 40:
        shown = shown[:37] + "..."
    if isinstance(value, (int, float)):
        return said("a number {shown}", shown=shown)
    if isinstance(value, str):
        return said("text {shown}", shown=shown)
    return said("{kind} {shown}", kind=type(value).__name__, shown=shown)
