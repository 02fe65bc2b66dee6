from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from workshop.core.durations import (
    DurationError,
    format_clock,
    format_duration,
    format_minutes,
    parse_duration,
)


@pytest.mark.parametrize(("text", "seconds"), [
    ("90s", 90), ("5m", 300), ("1h15m", 4500), ("1h", 3600), ("2m30s", 150), (" 10 min ", 600),
])
def test_durations_read_as_trainers_write_them(text: str, seconds: int) -> None:
    assert parse_duration(text) == seconds


@pytest.mark.parametrize(("value", "hint"), [
    (5, "no unit: write 5m"), ("five minutes", "not a duration"), ("0m", "zero"),
    ("", "not a duration"), (None, "expected a duration"), (True, "expected a duration"),
    ("5x", "not a duration"),
])
def test_bad_durations_say_what_to_write(value: object, hint: str) -> None:
    with pytest.raises(DurationError, match=hint):
        parse_duration(value)  # type: ignore[arg-type]


@given(st.integers(min_value=1, max_value=10 * 3600))
def test_format_and_parse_round_trip(seconds: int) -> None:
    assert parse_duration(format_duration(seconds)) == seconds


@pytest.mark.parametrize(("seconds", "shown"), [
    (300, "5:00"), (299.2, "5:00"), (235, "3:55"), (0.4, "0:01"), (0, "0:00"),
    (-0.5, "+0:00"), (-12.3, "+0:12"), (3725, "1:02:05"),
])
def test_clock_counts_down_then_up(seconds: float, shown: str) -> None:
    assert format_clock(seconds) == shown


def test_minutes_for_the_agenda() -> None:
    assert format_minutes(300) == "5 min"
    assert format_minutes(4500) == "1 h 15 min"
    assert format_minutes(7200) == "2 h"
