"""Durations as trainers write them (`90s`, `5m`, `1h15m`) and as people read them."""

from __future__ import annotations

import re

from workshop.core.worded import Worded

_DURATION = re.compile(r"^\s*(?:(\d+)\s*h)?\s*(?:(\d+)\s*m(?:in)?)?\s*(?:(\d+)\s*s)?\s*$")


class DurationError(Worded, ValueError):
    """A duration that cannot be read, said as a template and its values (`core.worded`)."""

    def __init__(self, template: str, **values: object) -> None:
        super().__init__(self.word(template, values))


def parse_duration(text: str) -> int:
    """Return the number of seconds in `text`, e.g. ``"1h15m"`` -> 4500.

    Raises `DurationError` with a hint for anything else, including bare numbers,
    whose unit would be a guess.
    """
    if isinstance(text, bool) or not isinstance(text, (str, int)):
        raise DurationError("expected a duration such as 5m, 90s or 1h15m, got {text!r}", text=text)
    if isinstance(text, int):
        raise DurationError("{text} has no unit: write {text}m for minutes or {text}s for seconds", text=text)
    match = _DURATION.match(text)
    if not match or not any(match.groups()):
        raise DurationError("{text!r} is not a duration: write e.g. 5m, 90s or 1h15m", text=text)
    hours, minutes, seconds = (int(group or 0) for group in match.groups())
    total = hours * 3600 + minutes * 60 + seconds
    if total <= 0:
        raise DurationError("{text!r} is zero: a step needs some time", text=text)
    return total


def format_duration(seconds: int) -> str:
    """The inverse of `parse_duration`: 4500 -> ``"1h15m"``."""
    seconds = int(seconds)
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    parts = []
    if hours:
        parts.append(f"{hours}h")
    if minutes:
        parts.append(f"{minutes}m")
    if secs or not parts:
        parts.append(f"{secs}s")
    return "".join(parts)


def format_clock(seconds: float) -> str:
    """A countdown as shown on the timer: ``"4:05"``, ``"1:02:03"``; overtime counts up as ``"+0:12"``."""
    sign = "+" if seconds < 0 else ""
    # Counting down rounds up, so "0:00" appears exactly when time is up;
    # overtime rounds down, so "+0:01" appears after one whole second over.
    whole = int(-seconds // 1) if seconds < 0 else int(-(-seconds // 1))
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{sign}{hours}:{minutes:02d}:{secs:02d}"
    return f"{sign}{minutes}:{secs:02d}"


def format_minutes(seconds: int) -> str:
    """A length for an agenda: ``"5 min"``, ``"1 h 15 min"``."""
    minutes = round(seconds / 60)
    hours, minutes = divmod(minutes, 60)
    if hours and minutes:
        return f"{hours} h {minutes} min"
    if hours:
        return f"{hours} h"
    return f"{minutes} min"
