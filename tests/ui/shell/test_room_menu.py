"""The Room menu in the window: Ctrl+J lets the room join, the wall invites, phones' cards reach the board."""

from __future__ import annotations

from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor

import pytest
from pytestqt.qtbot import QtBot

from tests.ui.conftest import stop_index
from tests.web.conftest import PhoneClient
from workshop.ui.board.notes_model import NotesModel
from workshop.ui.shell.main_window import MainWindow


@pytest.fixture
def pool() -> Iterator[ThreadPoolExecutor]:
    with ThreadPoolExecutor(2) as pool:
        yield pool


@pytest.fixture
def joined(running: MainWindow) -> MainWindow:
    """The window at "Keep it alive / write", with joins on (on the loopback address)."""
    controller = running.controller
    assert controller is not None
    controller.go_to(stop_index(controller.state, "keep-it-alive", "write"))
    running.room_controls.joins.address = "127.0.0.1"
    running.action_set.room_joins.trigger()
    assert running.room_controls.joins.running
    return running


def test_menu_state_follows_the_session(window: MainWindow, running: MainWindow) -> None:
    a = running.action_set
    assert a.room_joins.isEnabled() and not a.room_joins.isChecked()
    assert not any(action.isEnabled() for action in a.joins_actions)
    running.close_session()
    assert not a.room_joins.isEnabled()


def test_ctrl_j_invites_the_room_and_says_the_network_is_shared(qtbot: QtBot, joined: MainWindow) -> None:
    a, joins = joined.action_set, joined.room_controls.joins
    assert a.room_joins.isChecked() and all(action.isEnabled() for action in a.joins_actions)
    assert "Anyone on this network can read" in joined.message_bar.text
    assert joins.code in joined.audience.visible_text()
    assert joined.room_controls.phones_label.text() == "0 phones in the room"
    a.room_show_code.setChecked(False)
    assert joins.code not in joined.audience.visible_text()
    a.room_show_code.setChecked(True)
    a.room_joins.trigger()
    assert not joins.running and not joined.room_controls.phones_label.isVisible()
    assert joins.code == "" and not joined.audience.joining


def test_a_phones_card_reaches_the_board_marked_as_from_a_phone(qtbot: QtBot, joined: MainWindow,
                                                               pool: ThreadPoolExecutor) -> None:
    joins = joined.room_controls.joins
    index = joined.controller.current_index  # type: ignore[union-attr]
    phone = PhoneClient(joins.url)
    future = pool.submit(phone.join, "Ana")
    qtbot.waitUntil(future.done, timeout=10_000)
    qtbot.waitUntil(lambda: joined.room_controls.phones_label.text().startswith("1 phone in the room · "),
                    timeout=10_000)
    sent = pool.submit(phone.send, {"id": "a", "step": index, "kind": "card", "text": "Answer within a day"})
    qtbot.waitUntil(sent.done, timeout=10_000)
    assert sent.result().status == 200
    board = joined.run_page.inputs.notes_board()
    view = board.views[0]
    model = view.model()
    assert isinstance(model, NotesModel)
    rows = [model.row_at(r) for r in range(model.rowCount())]
    card_rows = [row for row in rows if row is not None and row.card is not None]
    assert [row.card.text for row in card_rows] == ["Answer within a day"]
    assert view.delegate._meta(card_rows[0]) == "From a phone · Ana"
    assert "Answer within a day" in joined.audience.visible_text()


def test_hold_lock_and_a_new_code_from_the_menu(qtbot: QtBot, joined: MainWindow,
                                                pool: ThreadPoolExecutor) -> None:
    a, joins = joined.action_set, joined.room_controls.joins
    a.room_hold.trigger()
    assert joins.holds()
    a.room_lock.trigger()
    assert joins.locked and "joining closed" in joined.room_controls.phones_label.text()
    refused = pool.submit(PhoneClient(joins.url).post, "api/join", {"name": ""})
    qtbot.waitUntil(refused.done, timeout=10_000)
    assert refused.result().status == 403
    a.room_lock.trigger()
    old = joins.code
    a.room_new_code.trigger()  # no phone in the room: nothing to ask
    assert joins.code != old and joins.code in joined.audience.visible_text()
    # The settings are the session's: reopened, the step still holds its cards.
    path = joined.controller.path  # type: ignore[union-attr]
    joined.close_session()
    assert joined.open_session(path)
    joined.room_controls.joins.address = "127.0.0.1"
    a.room_joins.trigger()
    assert a.room_hold.isChecked()


def test_closing_the_session_stops_the_server(qtbot: QtBot, joined: MainWindow,
                                              pool: ThreadPoolExecutor) -> None:
    url = joined.room_controls.joins.url
    joined.close_session()
    assert not joined.room_controls.joins.running
    gone = pool.submit(PhoneClient(url).request, "GET", "")
    qtbot.waitUntil(gone.done, timeout=10_000)
    with pytest.raises(OSError):
        gone.result()
