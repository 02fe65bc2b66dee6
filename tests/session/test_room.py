"""The room's door without a server: phones join, send the console's own commands once, and leave."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import FakeClock
from tests.core.board import ITEM, board_state
from workshop.core.commands import AddCard, SetRating, SetVotes
from workshop.core.phones import clean_phone_name, phone_label
from workshop.core.session import InputError, Target
from workshop.session import Changed, Session
from workshop.session.room import MAX_PHONES, Room, RoomClosed, shown_token, typed_token
from workshop.session.service import PhonesChanged
from workshop.store import SessionFile


@pytest.fixture
def path(tmp_path: Path) -> Path:
    path = tmp_path / "board.workshop"
    SessionFile.create(path, board_state()).close()
    return path


@pytest.fixture
def session(path: Path, clock: FakeClock) -> Session:
    session = Session.open(path, clock)
    yield session
    session.close()


def stop_of(session: Session, step: str):
    return next(stop for stop in session.state.stops if stop.key == (ITEM, step))


def test_labels_are_unique_whatever_people_type() -> None:
    assert phone_label("", [], 0) == "Phone 1"
    assert phone_label("", ["Phone 1", "Ana"], 2) == "Phone 3"
    assert phone_label("", ["Phone 3"], 2) == "Phone 4"
    assert phone_label("Ana", ["ana"], 1) == "Ana (2)"
    assert phone_label("Ana", ["Ana", "Ana (2)"], 2) == "Ana (3)"
    # In the session's language; a wording that lost its number is not used (every phone alike).
    assert phone_label("", ["Handy 1"], 1, "Handy {number}") == "Handy 2"
    assert phone_label("", ["Handy 1"], 1, "Handy") == "Phone 2"
    assert phone_label("", [], 0, "Handy {nummer}") == "Phone 1"
    assert clean_phone_name("  Ana\u200b  Lopez\n") == "Ana Lopez"
    assert clean_phone_name(None) == ""
    with pytest.raises(InputError, match="at most 40"):
        clean_phone_name("x" * 41)


def test_a_phone_joins_under_a_label_kept_in_the_file(session: Session, path: Path, clock: FakeClock) -> None:
    room = Room(session)
    heard: list[object] = []
    session.subscribe(heard.append)
    anonymous = room.join("secret-1")
    ana = room.join("secret-2", "Ana")
    second_ana = room.join("secret-3", "ana")
    assert [p.label for p in room.phones()] == ["Phone 1", "Ana", "ana (2)"]
    assert (anonymous.named, anonymous.name, ana.name) == (False, "", "Ana")
    assert second_ana.label == "ana (2)"
    assert heard.count(PhonesChanged()) == 3
    session.close()
    reopened = Session.open(path, clock)
    try:
        again = Room(reopened)
        assert again.phone("secret-2") == ana
        assert again.phone("no such secret") is None and again.phone("") is None
    finally:
        reopened.close()


def test_a_change_from_a_phone_is_the_consoles_command_applied_once(session: Session, path: Path,
                                                                     clock: FakeClock) -> None:
    room = Room(session)
    phone = room.join("s", "Ana")
    heard: list[Changed] = []
    session.subscribe(lambda event: heard.append(event) if isinstance(event, Changed) else None)
    card = AddCard(ITEM, "write", "Greet by name", "keep", author=phone.name, device=phone.device)
    change = room.submit(phone, card, "c1")
    assert change is not None and change.origin == f"phone:{phone.device}"
    assert room.submit(phone, card, "c1") is None  # sent again after a dropped answer
    assert [(c.text, c.author, c.device) for c in session.state.cards] == [
        ("Greet by name", "Ana", phone.device)]
    assert len(heard) == 1
    # Undo at the console takes back a phone's change like any other.
    assert session.undo() is not None and session.state.cards == []
    session.close()
    # The receipt outlives the session: the same id sent after a restart is still not applied.
    reopened = Session.open(path, clock)
    try:
        assert Room(reopened).submit(phone, card, "c1") is None
        assert reopened.state.cards == []
        assert Room(reopened).taken_part() == 1
    finally:
        reopened.close()


def test_a_phone_has_its_own_dots_and_scores(session: Session) -> None:
    room = Room(session)
    ana, ben = room.join("a", "Ana"), room.join("b")
    card = session.add_card("Greet by name", "keep", stop_of(session, "write"))
    target = Target.card(card.id)
    room.submit(ana, SetVotes(ITEM, "vote", target, ana.label, 3), "v1")
    room.submit(ben, SetVotes(ITEM, "vote", target, ben.label, 2), "v1")
    with pytest.raises(InputError, match="4 is too many"):
        room.submit(ana, SetVotes(ITEM, "vote", Target.card(card.id), ana.label, 4), "v2")
    room.submit(ana, SetRating(ITEM, "rate", 0, ana.label, 4), "r1")
    assert sorted((v.voter, v.count) for v in session.state.votes) == [("Ana", 3), ("Phone 2", 2)]
    assert [(r.participant, r.value) for r in session.state.ratings] == [("Ana", 4)]


def test_the_facilitator_locks_rotates_and_sends_phones_away(session: Session) -> None:
    room = Room(session)
    token = room.token()
    assert len(token) == 14 and room.token() == token  # made once, kept
    ana = room.join("a", "Ana")
    room.set_locked(True)
    with pytest.raises(RoomClosed, match="closed"):
        room.join("b")
    room.set_locked(False)
    ben = room.join("b")
    room.remove(ana.device)
    assert room.phone("a") is None and [p.label for p in room.phones()] == ["Phone 2"]
    new = room.rotate_token()
    assert new != token and room.phone("b") is None and room.phones() == []
    assert ben.label == "Phone 2"


def test_a_join_code_is_easy_to_read_out_and_type() -> None:
    assert shown_token("abcdefghjkmnpq") == "abcd-efgh-jkmn-pq"
    assert typed_token(" ABCD efgh-JKMN pq ") == "abcdefghjkmnpq"
    assert typed_token("<script>") == "script"


def test_held_cards_wait_hidden_until_revealed(session: Session) -> None:
    room = Room(session)
    writing = stop_of(session, "write")
    assert not room.holds(writing)
    room.set_hold(writing, True)
    assert room.holds(writing) and not room.holds(stop_of(session, "plain"))


def test_the_room_has_a_size(session: Session, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("workshop.session.room.MAX_PHONES", 2)
    room = Room(session)
    room.join("a")
    room.join("b")
    with pytest.raises(RoomClosed, match="full"):
        room.join("c")
    assert MAX_PHONES >= 300


def test_a_read_only_session_takes_no_phones(path: Path, clock: FakeClock) -> None:
    looking = Session.open(path, clock, read_only=True)
    try:
        with pytest.raises(RoomClosed, match="read-only"):
            Room(looking).join("a")
    finally:
        looking.close()


def test_a_template_may_hold_a_steps_cards_until_the_facilitator_says_otherwise(tmp_path: Path,
                                                                                 clock: FakeClock) -> None:
    from dataclasses import replace

    from tests.core.board import BOARD, HEADER, PLAN
    from workshop.core.session import SessionState

    steps = tuple(replace(step, input=replace(step.input, hold=True)) if step.key == "plain" else step
                  for step in BOARD.steps)
    path = tmp_path / "held.workshop"
    SessionFile.create(path, SessionState(HEADER, PLAN, {BOARD.id: replace(BOARD, steps=steps)})).close()
    session = Session.open(path, clock)
    try:
        room = Room(session)
        plain = stop_of(session, "plain")
        assert room.holds(plain) and not room.holds(stop_of(session, "write"))
        room.set_hold(plain, False)
        assert not room.holds(plain)
    finally:
        session.close()
