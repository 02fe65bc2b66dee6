from __future__ import annotations

import pytest

from workshop.core.session import (
    MAX_CARD_LENGTH,
    CardTextError,
    EventKind,
    InputError,
    StepEvent,
    clean_card_text,
    seconds_between,
)
from workshop.core.templates import InputKind


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


def test_lists_stay_sorted_by_key_whatever_the_order_of_changes(board) -> None:
    from workshop.core.session import Card, Rating

    board.put("cards", Card(3, 0, "plain", "c"))
    board.put("cards", Card(1, 0, "plain", "a"))
    board.put("ratings", Rating(0, "rate", 1, "Ben", 2))
    board.put("ratings", Rating(0, "rate", 1, None, 4))  # the consensus sorts first
    board.put("ratings", Rating(0, "rate", 0, "Ana", 5))
    assert [c.id for c in board.cards] == [1, 3]
    assert [(r.subject, r.participant) for r in board.ratings] == [(0, "Ana"), (1, None), (1, "Ben")]
    board.put("cards", Card(3, 0, "plain", "c, edited"))
    assert [c.text for c in board.cards] == ["a", "c, edited"]
    assert board.remove("cards", (1,)).text == "a"
    assert board.remove("cards", (1,)) is None
    assert board.next_id("cards") == 4


def test_a_copy_changes_alone_and_journals_what_it_touched(board) -> None:
    from workshop.core.session import Card

    copy = board.copy()
    copy.journal = {}
    copy.put("cards", Card(1, 0, "plain", "a"))
    copy.put("cards", Card(1, 0, "plain", "b"))
    assert board.cards == [] and board.journal is None
    assert copy.journal == {("cards", (1,)): None}  # what it was before the first change
    board.take_tables(copy, {"cards"})
    assert board.cards == copy.cards and board.cards is not copy.cards


def test_step_at_names_what_is_missing(board) -> None:
    assert board.step_at(0, "write").title == "Write cards"
    with pytest.raises(InputError, match="no step 'gone' in part 0"):
        board.step_at(0, "gone")
    with pytest.raises(InputError, match="no step"):
        board.step_at(5, "write")
    with pytest.raises(InputError, match="takes notes, not vote"):
        board.spec_at(0, "write", InputKind.VOTE)


def test_lone_surrogates_become_replacement_characters() -> None:
    assert clean_card_text("broken \ud800 paste") == "broken \ufffd paste"
