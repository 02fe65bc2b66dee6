"""Room joins in the window: phones' changes arrive through the same signals as keys; the wall invites."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from typing import TypeVar

import pytest
from pytestqt.qtbot import QtBot

from tests.ui.conftest import stop_index
from tests.web.conftest import PhoneClient
from workshop.core.commands import AddCard
from workshop.ui.room.audience_window import AudienceWindow
from workshop.ui.room.join_panel import QUIET, QrCode, qr_modules
from workshop.ui.shell.controller import SessionController
from workshop.ui.shell.room_joins import RoomJoins

T = TypeVar("T")


@pytest.fixture
def pool() -> Iterator[ThreadPoolExecutor]:
    # A phone talks from its own thread: the GUI thread must stay free to commit what it sends.
    with ThreadPoolExecutor(4) as pool:
        yield pool


@pytest.fixture
def joins(qtbot: QtBot, controller: SessionController) -> Iterator[RoomJoins]:
    joins = RoomJoins()
    joins.address = "127.0.0.1"
    joins.set_controller(controller)
    yield joins
    joins.set_controller(None)


def wait_for(qtbot: QtBot, future: Future[T]) -> T:
    qtbot.waitUntil(future.done, timeout=10_000)
    return future.result()


def test_a_phones_card_arrives_like_a_typed_one(qtbot: QtBot, controller: SessionController,
                                                joins: RoomJoins, pool: ThreadPoolExecutor) -> None:
    index = stop_index(controller.state, "keep-it-alive", "write")
    controller.go_to(index)
    assert joins.available and not joins.running
    with qtbot.waitSignal(joins.changed):
        assert joins.start()
    assert joins.url.startswith("http://127.0.0.1:") and len(joins.code) == 17
    phone = PhoneClient(joins.url)
    wait_for(qtbot, pool.submit(phone.join, "Ana"))
    assert [p.label for p in joins.phones()] == ["Ana"]
    added: list[object] = []
    controller.changed.connect(added.append)
    answer = wait_for(qtbot, pool.submit(phone.send, {"id": "1", "step": index, "kind": "card",
                                                      "text": "Keep every promise"}))
    assert answer.status == 200
    # The console heard of it on its own thread, after the commit, as from the phone.
    assert [type(change.command) for change in added] == [AddCard]
    card = controller.state.cards[-1]
    assert (card.text, card.author, card.device) == ("Keep every promise", "Ana", joins.phones()[0].device)
    assert added[0].origin == f"phone:{card.device}"
    # Undo at the console takes it back.
    controller.undo()
    assert controller.state.cards == []
    joins.stop()
    assert not joins.running and joins.url == ""


def test_joins_stop_with_the_session(qtbot: QtBot, controller: SessionController, joins: RoomJoins,
                                     pool: ThreadPoolExecutor) -> None:
    assert joins.start()
    url = joins.url
    joins.set_controller(None)
    assert not joins.running
    with pytest.raises(OSError):
        wait_for(qtbot, pool.submit(PhoneClient(url).request, "GET", ""))


def test_held_locked_and_new_code(qtbot: QtBot, controller: SessionController, joins: RoomJoins,
                                  pool: ThreadPoolExecutor) -> None:
    index = stop_index(controller.state, "keep-it-alive", "write")
    controller.go_to(index)
    joins.start()
    joins.set_hold(True)
    assert joins.holds()
    phone = PhoneClient(joins.url)
    wait_for(qtbot, pool.submit(phone.join))
    wait_for(qtbot, pool.submit(phone.send, {"id": "h", "step": index, "kind": "card", "text": "Later"}))
    assert [card.hidden for card in controller.state.cards] == [True]
    joins.set_locked(True)
    refused = wait_for(qtbot, pool.submit(PhoneClient(joins.url).post, "api/join", {"name": ""}))
    assert refused.status == 403 and "closed" in refused.data["error"]
    old = joins.code
    with qtbot.waitSignal(joins.changed):
        joins.new_code()
    assert joins.code != old and joins.phones() == []


def test_a_read_only_session_offers_no_joins(qtbot: QtBot, controller: SessionController) -> None:
    looking = SessionController.open(controller.path, read_only=True)
    try:
        joins = RoomJoins()
        joins.set_controller(looking)
        assert not joins.available
        errors: list[str] = []
        joins.failed.connect(errors.append)
        assert not joins.start()
        assert errors and "read-only" in errors[0]
    finally:
        looking.close()


def test_the_qr_code_is_drawn_crisp(qtbot: QtBot) -> None:
    code = QrCode()
    qtbot.addWidget(code)
    url = "http://192.168.1.20:45873/j/abcdefghjkmnpq/"
    code.set_text(url)
    code.resize(400, 400)
    image = code.grab().toImage()
    modules = qr_modules(url)
    count = len(modules) + 2 * QUIET
    size = 400 // count
    left = (400 - size * count) // 2
    for y, row in enumerate(modules):
        for x, dark in enumerate(row):
            half = size // 2
            centre = image.pixelColor(left + (x + QUIET) * size + half, left + (y + QUIET) * size + half)
            assert centre.name() == ("#000000" if dark else "#ffffff"), (x, y)
    assert image.pixelColor(left + 1, left + 1).name() == "#ffffff"  # the quiet zone


def test_the_wall_invites_without_hiding_anything(qtbot: QtBot, controller: SessionController) -> None:
    wall = AudienceWindow()
    qtbot.addWidget(wall)
    wall.set_controller(controller)
    wall.resize(1280, 720)
    wall.show()
    qtbot.waitExposed(wall)
    before = wall.timer_widget.geometry()
    wall.show_join("http://10.0.0.5:40000/j/abcdefghjkmnpq/", "10.0.0.5:40000", "abcd-efgh-jkmn-pq", 3)
    qtbot.wait(10)
    text = wall.visible_text()
    assert "10.0.0.5:40000" in text and "Code: abcd-efgh-jkmn-pq" in text and "3 phones joined" in text
    panel = wall.join_panel.geometry()
    assert panel.width() >= 0.4 * 720 and wall.rect().contains(panel)
    for widget in (wall.header, wall.timer_widget, wall.inputs):
        assert not widget.isVisible() or not widget.geometry().intersects(panel), widget.objectName()
    assert wall.timer_widget.geometry() != before  # moved out of the panel's way
    wall.hide_join()
    qtbot.wait(10)
    assert "abcd-efgh" not in wall.visible_text()
    assert wall.timer_widget.geometry() == before


def test_connected_phones_are_counted(qtbot: QtBot, controller: SessionController, joins: RoomJoins,
                                      pool: ThreadPoolExecutor) -> None:
    joins.start()
    phone = PhoneClient(joins.url)
    wait_for(qtbot, pool.submit(phone.join))
    stream = wait_for(qtbot, pool.submit(_open_events, phone))
    try:
        qtbot.waitUntil(lambda: joins.connected == 1, timeout=10_000)
    finally:
        stream()
    qtbot.waitUntil(lambda: joins.connected == 0, timeout=10_000)


def _open_events(phone: PhoneClient) -> Callable[[], None]:
    import http.client
    from urllib.parse import urlsplit

    parts = urlsplit(phone.url)
    connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=10)
    connection.request("GET", parts.path + "api/events", headers={
        "Host": phone.host, "Cookie": "; ".join(f"{k}={v}" for k, v in phone.cookies.items())})
    response = connection.getresponse()
    response.readline()

    def close() -> None:
        response.close()
        connection.close()

    return close


def test_a_burst_from_phones_is_shown_once_per_turn_of_the_event_loop(qtbot: QtBot,
                                                                       controller: SessionController) -> None:
    from workshop.ui.board.notes_model import NotesModel

    stop = controller.state.stops[stop_index(controller.state, "keep-it-alive", "write")]
    item, step = stop.input_key
    model = NotesModel(controller)
    controller.changed.connect(model.on_changed)
    model.show_step(item, step)
    synced: list[bool] = []
    model.synced.connect(lambda: synced.append(True))
    for n in range(5):
        controller.session.execute(AddCard(item, step, f"from the room {n}"), origin="phone:abcd1234")
    assert model.rowCount() == 0 and synced == []  # not yet: the rest of the burst may be coming
    qtbot.waitUntil(lambda: model.rowCount() == 5, timeout=5_000)
    assert synced == [True]  # five cards, one catch-up
    controller.execute(AddCard(item, step, "typed at the console"))
    assert model.rowCount() == 6  # a key press shows at once


@pytest.mark.parametrize("room", [False, True])
def test_cards_from_phones_are_added_as_rows_that_match_a_rebuild(qtbot: QtBot, controller: SessionController,
                                                                  room: bool) -> None:
    """The quick way in for a burst of phones' cards leaves the same rows a full rebuild would."""
    from workshop.core.commands import CreateCluster, MoveCard, SetCardHidden
    from workshop.ui.board.notes_model import NotesModel

    stop = controller.state.stops[stop_index(controller.state, "keep-it-alive", "write")]
    item, step = stop.input_key
    first = controller.session.add_card("At the console", "", stop)
    controller.execute(CreateCluster(item, step, "Service"))
    cluster = controller.state.clusters[-1].id
    controller.execute(MoveCard(first.id, "", cluster, 1.0))
    model = NotesModel(controller, room=room)
    controller.changed.connect(model.on_changed)
    model.show_step(item, step)
    quick: list[bool] = []
    catch_up = model._catch_up_with_phones
    rebuild = model._build

    def counted_catch_up() -> None:
        builds: list[bool] = []
        model._build = lambda: builds.append(True) or rebuild()  # type: ignore[method-assign]
        catch_up()
        model._build = rebuild  # type: ignore[method-assign]
        quick.append(not builds)

    model._catch_up.timeout.disconnect()
    model._catch_up.timeout.connect(counted_catch_up)

    def burst(texts: list[str], hidden: bool = False) -> None:
        for text in texts:
            card = controller.session.add_card(text, "", stop, origin="phone:abcd1234")
            if hidden:
                controller.session.execute(SetCardHidden(card.id, True), origin="phone:abcd1234")
        qtbot.waitUntil(lambda: not model._catch_up.isActive(), timeout=5_000)
        qtbot.wait(1)
        fresh = model._build()
        assert [(r.key, r.count) for r in model.rows()] == [(r.key, r.count) for r in fresh]

    burst(["one", "two", "three"])
    burst(["a hidden one"], hidden=True)  # added, then hidden: a row in and out (none, on the wall)
    burst(["four"])
    # The wall shows no heading for loose cards until there is one: the first burst adds it.
    assert quick == [not room, True, True]
    assert [r.card.text for r in model.rows() if r.card is not None][-1] == "four"


def test_the_cards_before_a_row_are_counted_without_the_headings(qtbot: QtBot,
                                                                 controller: SessionController) -> None:
    """What the wall's "N earlier cards above" line counts, kept in step as phones' cards arrive."""
    from workshop.core.commands import CreateCluster, MoveCard
    from workshop.ui.board.notes_model import NotesModel

    stop = controller.state.stops[stop_index(controller.state, "keep-it-alive", "write")]
    item, step = stop.input_key
    cards = [controller.session.add_card(f"card {n}", "", stop) for n in range(4)]
    controller.execute(CreateCluster(item, step, "Service"))
    controller.execute(MoveCard(cards[0].id, "", controller.state.clusters[-1].id, 1.0))
    model = NotesModel(controller)
    controller.changed.connect(model.on_changed)
    model.show_step(item, step)

    def by_hand(end: int) -> int:
        return sum(1 for row in model.rows()[:end] if row.card is not None)

    assert [model.cards_before(end) for end in range(model.rowCount() + 2)] == \
        [by_hand(end) for end in range(model.rowCount() + 2)]
    for n in range(3):
        controller.session.add_card(f"from the room {n}", "", stop, origin="phone:abcd1234")
    qtbot.waitUntil(lambda: model.rowCount() == 9, timeout=5_000)  # a cluster, its card, loose, six
    assert [model.cards_before(end) for end in range(11)] == [by_hand(end) for end in range(11)]
