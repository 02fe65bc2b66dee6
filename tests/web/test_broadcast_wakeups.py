"""A burst of changes wakes the server's loop once, and the phones' update still holds the last of them."""

from __future__ import annotations

import json
from typing import Any

import pytest

from tests.core.board import ITEM
from tests.web.conftest import VOTE, Served
from tests.web.test_server import _next_event, _open_stream
from workshop.core.commands import AddCard


def test_a_burst_of_changes_is_one_wake_up_and_one_update(served: Served,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    phone = served.phone()
    phone.join()
    with _open_stream(served, phone) as stream:
        joined = json.loads(_next_event(stream)[1])["revision"]  # the view as the phone joined
        loop = served.server._loop
        assert loop is not None
        wakes: list[Any] = []
        original = loop.call_soon_threadsafe

        def counted(callback: Any, *args: Any) -> Any:
            if getattr(callback, "__name__", "") in ("_wake", "set"):  # not the owner's answers
                wakes.append(callback)
            return original(callback, *args)

        monkeypatch.setattr(loop, "call_soon_threadsafe", counted)

        def burst() -> None:  # as a room's cards land in one turn of the window's loop
            for number in range(40):
                served.session.execute(AddCard(ITEM, "write", f"idea {number}", "keep"))

        served.on_owner(burst)
        event, data = _next_event(stream)
        assert event == "view"
        # Each wake-up costs the window's thread a write and a wait for the GIL (none when the
        # update for the phone's joining was still to be taken: the burst is in it).
        assert len(wakes) <= 1
        assert json.loads(data)["revision"] == joined + 40  # the update has the last card's change
        served.go_to(VOTE)  # a later change still reaches the phones
        event, data = _next_event(stream)
        assert json.loads(data)["step"]["title"] == "Dot vote"
        assert len(wakes) <= 2
