from __future__ import annotations

import pytest

from workshop.core.session import (
    MAX_CARD_LENGTH,
    CardTextError,
    EventKind,
    StepEvent,
    clean_card_text,
    seconds_between,
)


def test_card_text_is_kept_as_typed_but_trimmed() -> None:
    assert clean_card_text("  <b>bold</b> &amp; \n") == "<b>bold</b> &amp;"
    assert clean_card_text("line one\nline two") == "line one\nline two"


@pytest.mark.parametrize("text", ["", "   ", "\n\t"])
def test_empty_card_is_refused_with_a_reason(text: str) -> None:
    with pytest.raises(CardTextError, match="needs some text"):
        clean_card_text(text)


def test_huge_card_is_refused() -> None:
    clean_card_text("x" * MAX_CARD_LENGTH)
    with pytest.raises(CardTextError, match="at most"):
        clean_card_text("x" * (MAX_CARD_LENGTH + 1))


def test_current_stop_and_cards(state) -> None:
    assert state.current_stop.key == state.stops[0].key
    state.current = 10_000
    assert state.current_stop.key == state.stops[-1].key
    assert state.cards_for(0, "write") == []


def test_as_run_record_folds_events(state) -> None:
    item, step = state.stops[1].key
    state.events.extend([
        StepEvent(item, step, EventKind.START, "2026-11-22T09:03:00+00:00", 0),
        StepEvent(item, step, EventKind.PAUSE, "2026-11-22T09:05:00+00:00", 120),
        StepEvent(item, step, EventKind.EXTEND, "2026-11-22T09:05:10+00:00", 120, 60),
        StepEvent(item, step, EventKind.RESUME, "2026-11-22T09:06:00+00:00", 120),
        StepEvent(item, step, EventKind.END, "2026-11-22T09:10:00+00:00", 360),
    ])
    record = state.record_for(item, step)
    assert record.started == "2026-11-22T09:03:00+00:00"
    assert record.ended == "2026-11-22T09:10:00+00:00"
    assert (record.elapsed, record.extension, record.running) == (360, 60, False)
    assert seconds_between(record.started, record.ended) == 420
    assert not state.record_for(0, "nothing").has_run
