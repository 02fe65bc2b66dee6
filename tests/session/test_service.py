"""The session layer without Qt: one door for every change, its undo history, its listeners, its thread."""

from __future__ import annotations

import contextlib
import threading
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import FakeClock
from tests.core.board import ITEM, board_state
from tests.core.strategies import command_for
from workshop.core.agenda import Stop
from workshop.core.commands import AddCard, DeleteCard, SetAnswer, SetCardColour, SetVotes
from workshop.core.session import InputError, Target
from workshop.core.timer import TimerState
from workshop.session import (
    Action,
    Changed,
    How,
    OwnerThread,
    Saved,
    Session,
    SessionOwner,
    StopChanged,
    StoreFailed,
    TimerChanged,
)
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


def writing(session: Session) -> Stop:
    return next(stop for stop in session.state.stops if stop.key == (ITEM, "write"))


def test_a_change_is_in_the_file_before_anyone_hears_of_it(session: Session, path: Path) -> None:
    heard: list[object] = []

    def listener(event: object) -> None:
        # Every listener may read the file and find the change there.
        if isinstance(event, Changed):
            assert [c.text for c in SessionFile.snapshot(path).cards] == ["Greet by name"]
        heard.append(event)

    session.subscribe(listener)
    change = session.execute(AddCard(ITEM, "write", "Greet by name", "keep"))
    assert [type(e) for e in heard] == [Saved, Changed]
    assert heard[1] == Changed(change)
    # The store says what it wrote: no hand-kept map of commands to tables.
    assert change.tables == frozenset({"cards"}) and change.how == How.DO and change.label == "Add card"
    assert change.inverse == DeleteCard(1)


def test_deleting_a_card_says_it_touched_its_votes(session: Session) -> None:
    session.execute(AddCard(ITEM, "write", "Greet by name", "keep"))
    session.execute(SetVotes(ITEM, "vote", Target.card(1), "Ana", 2))
    assert session.execute(DeleteCard(1)).tables == frozenset({"cards", "votes"})


def test_a_refused_change_writes_nothing_and_tells_nobody(session: Session, path: Path) -> None:
    heard: list[object] = []
    session.subscribe(heard.append)
    with pytest.raises(InputError):
        session.execute(AddCard(ITEM, "write", "   ", "keep"))
    assert heard == [] and SessionFile.snapshot(path).cards == []


def test_undo_and_redo_survive_closing_the_app(path: Path, clock: FakeClock) -> None:
    with_cards = Session.open(path, clock)
    with_cards.execute(AddCard(ITEM, "write", "first", "keep"))
    with_cards.execute(SetCardColour(1, "green"))
    with_cards.close()

    again = Session.open(path, clock)
    assert again.undo_labels() == ["Colour card", "Add card"]
    change = again.undo()
    assert change is not None and change.how == How.UNDO and change.label == "Colour card"
    assert again.state.cards[0].colour == ""
    again.close()

    third = Session.open(path, clock)
    assert third.redo_labels() == ["Colour card"]
    assert third.redo() is not None and third.state.cards[0].colour == "green"
    assert third.redo() is None
    third.close()


def test_an_answer_typed_on_is_one_step_to_undo(session: Session) -> None:
    for text in ("We", "We tell", "We tell the kitchen"):
        session.execute(SetAnswer(ITEM, "ask", 0, text))
    assert session.undo_labels() == ["Answer"]
    session.undo()
    assert session.state.answer(ITEM, "ask", 0) == ""


def test_every_change_records_where_it_came_from(session: Session, path: Path) -> None:
    session.execute(AddCard(ITEM, "write", "typed", "keep"))
    change = session.execute(AddCard(ITEM, "write", "from a phone", "keep"), origin="phone:7f3a")
    assert change.origin == "phone:7f3a"
    session.close()
    with SessionFile.open(path) as file:
        assert file.history_origins() == ["phone:7f3a", "console"]


def test_steps_and_the_timer_are_kept_and_announced(session: Session, clock: FakeClock) -> None:
    heard: list[object] = []
    session.subscribe(heard.append)
    session.start_timer()
    clock.advance(30)
    session.extend_timer(60)
    session.pause_timer()
    assert session.timer.state is TimerState.PAUSED and session.timer.extension == 60
    assert session.go_to(2)
    assert [type(e) for e in heard].count(TimerChanged) == 3 and StopChanged(2) in heard
    kinds = [event.kind for event in session.state.events]
    assert kinds == ["start", "extend", "pause", "end"]


def test_a_read_only_session_refuses_in_types_not_words(path: Path, clock: FakeClock) -> None:
    looked = Session.open(path, clock, read_only=True)
    with pytest.raises(StoreFailed) as failed:
        looked.execute(AddCard(ITEM, "write", "x", "keep"))
    assert failed.value.action == Action.CHANGE
    with pytest.raises(StoreFailed) as failed:
        looked.start_timer()
    assert failed.value.action == Action.TIMER
    assert looked.undo() is None and looked.undo_labels() == []
    assert looked.go_to(1)  # looking through the steps changes nothing
    looked.close()


def test_another_thread_goes_through_the_owner(path: Path) -> None:
    owned = OwnerThread(lambda: Session.open(path))
    session: Session = owned.start()
    # From here (not the owning thread), the session itself refuses ...
    with pytest.raises(RuntimeError, match="thread"):
        session.execute(AddCard(ITEM, "write", "from the wrong thread", "keep"))
    # ... and the owner runs the work where it belongs, with the result or the refusal back.
    write = writing(session)
    card = owned.owner.submit(lambda: session.add_card("from a phone", "keep", write, "phone:1")).result(5)
    assert card.text == "from a phone"
    refused = owned.owner.submit(lambda: session.add_card("", "keep", write))
    with pytest.raises(InputError):
        refused.result(5)
    owned.stop(session.close)
    assert [c.text for c in SessionFile.snapshot(path).cards] == ["from a phone"]


def test_work_submitted_from_many_threads_is_done_once_each(path: Path) -> None:
    owned = OwnerThread(lambda: Session.open(path))
    session: Session = owned.start()
    write = writing(session)
    futures = []
    lock = threading.Lock()

    def phone(number: int) -> None:
        for n in range(10):
            future = owned.owner.submit(lambda t=f"{number}-{n}": session.add_card(t, "keep", write))
            with lock:
                futures.append(future)

    threads = [threading.Thread(target=phone, args=(n,)) for n in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    texts = sorted(future.result(10).text for future in futures)
    owned.stop(session.close)
    assert sorted(c.text for c in SessionFile.snapshot(path).cards) == texts
    assert len(texts) == 40


def test_the_owner_runs_work_at_once_on_its_own_thread() -> None:
    owner = SessionOwner()
    assert owner.submit(lambda: 42).result(0) == 42
    assert owner.run_pending() == 0


def test_a_burst_of_work_runs_in_slices_in_order() -> None:
    """A room's burst never holds the owner's thread for much longer than the slice it is given."""
    import time

    woken: list[bool] = []
    owner = SessionOwner(lambda: woken.append(True))
    ran: list[int] = []

    def slow(number: int) -> int:
        time.sleep(0.01)
        ran.append(number)
        return number

    futures = []
    worker = threading.Thread(
        target=lambda: futures.extend(owner.submit(lambda n=n: slow(n)) for n in range(6)))
    worker.start()
    worker.join()
    assert len(woken) == 1 and owner.has_pending and owner.pending == 6  # one wake-up for the burst
    first = owner.run_pending(0.015)
    assert 1 <= first < 6 and owner.has_pending
    assert owner.run_pending(0.0) == 1  # a slice always makes progress
    late = threading.Thread(target=lambda: owner.submit(lambda: None))  # after a slice began
    late.start()
    late.join()
    assert len(woken) == 2  # the owner is woken again
    owner.run_pending()
    assert ran == list(range(6)) and not owner.has_pending
    assert [future.result(0) for future in futures] == list(range(6))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_random_changes_undos_and_reopens_keep_the_file_equal_to_the_service(
        tmp_path_factory: pytest.TempPathFactory, data: st.DataObject) -> None:
    path = tmp_path_factory.mktemp("random") / "board.workshop"
    SessionFile.create(path, board_state()).close()
    session = Session.open(path)
    try:
        for _ in range(data.draw(st.integers(1, 30))):
            move = data.draw(st.sampled_from(["do", "do", "do", "undo", "redo", "reopen"]))
            # A refused change, or an undo of something gone since: dropped, never half done.
            if move == "do":
                with contextlib.suppress(InputError):
                    session.execute(command_for(data, session.state))
            elif move == "undo":
                with contextlib.suppress(InputError):
                    session.undo()
            elif move == "redo":
                with contextlib.suppress(InputError):
                    session.redo()
            else:
                session.close()
                session = Session.open(path)
            assert SessionFile.snapshot(path) == session.state
    finally:
        session.close()
