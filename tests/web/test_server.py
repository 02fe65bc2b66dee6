"""The room's server over HTTP: what a phone gets, what it may change, and who is kept out."""

from __future__ import annotations

import contextlib
import http.client
import json
import socket
from collections.abc import Iterator
from urllib.parse import urlsplit

import pytest

from tests.core.board import ITEM
from tests.web.conftest import ASK, RATE, VOTE, WRITE, PhoneClient, Served
from workshop.core.session import Target
from workshop.session.room import TOKEN_ALPHABET, Room, shown_token
from workshop.store import SessionFile
from workshop.web.guard import MAX_BODY

HOSTILE = '<img src=x onerror="alert(1)"><script>alert(2)</script>&amp;'


def test_a_phone_joins_and_sees_the_step(served: Served) -> None:
    phone = served.phone()
    assert phone.request("GET", "api/state").status == 401  # not joined yet
    page = phone.request("GET", "")
    assert page.status == 200 and b"/static/phone.js" in page.body
    assert "script-src 'self'" in page.headers["content-security-policy"]
    assert page.headers["referrer-policy"] == "no-referrer"
    joined = phone.join("Ana")
    cookie = joined.headers["set-cookie"]
    assert "HttpOnly" in cookie and "SameSite=Strict" in cookie
    view = joined.data["view"]
    assert view["step"]["title"] == "Write cards" and view["step"]["kind"] == "notes"
    assert [c["key"] for c in view["step"]["columns"]] == ["keep", "drop"]
    assert view["timer"] == {"state": "idle", "remaining": 300.0, "duration": 300.0, "running": False}
    assert joined.data["mine"] == {"label": "Ana", "named": True, "cards": []}
    # Joining again from the same phone keeps it the same phone.
    assert phone.join().data["mine"]["label"] == "Ana"
    assert [p.label for p in served.on_owner(lambda: Room(served.session).phones())] == ["Ana"]
    assert served.server.url.endswith(f"/j/{served.server.token}/")
    # At least 64 random bits in the join address: 14 of 31 characters is 69.
    assert len(served.server.token) == 14 and set(served.server.token) <= set(TOKEN_ALPHABET)


def test_cards_are_committed_once_and_only_then_received(served: Served) -> None:
    phone = served.phone()
    phone.join()
    card = {"id": "k1", "step": WRITE, "kind": "card", "text": HOSTILE, "column": "keep"}
    answer = phone.send(card)
    assert answer.status == 200 and answer.data["received"] == "k1"
    # "Received" means in the file: read it with a separate reader, not the server's session.
    assert [(c.text, c.column) for c in SessionFile.snapshot(served.path).cards] == [(HOSTILE, "keep")]
    assert phone.send(card).status == 200  # sent again after a lost answer: not a second card
    assert len(SessionFile.snapshot(served.path).cards) == 1
    assert answer.data["mine"]["cards"] == [{"id": 1, "text": HOSTILE, "column": "keep"}]
    # A second phone sees nothing of the first one's cards: silent writing stays silent.
    other = served.phone()
    assert other.join().data["mine"]["cards"] == []
    assert HOSTILE not in other.request("GET", "api/state").body.decode()


def test_a_card_written_as_the_step_changes_lands_where_it_was_written(served: Served) -> None:
    phone = served.phone()
    phone.join()
    served.go_to(VOTE)
    assert phone.send({"id": "late", "step": WRITE, "kind": "card", "text": "Late idea",
                       "column": "drop"}).status == 200
    cards = SessionFile.snapshot(served.path).cards
    assert [(c.step, c.text) for c in cards] == [("write", "Late idea")]


def test_held_cards_wait_hidden(served: Served) -> None:
    served.on_owner(lambda: Room(served.session).set_hold(served.session.state.stops[WRITE], True))
    phone = served.phone()
    phone.join()
    phone.send({"id": "h", "step": WRITE, "kind": "card", "text": "Wait for it", "column": "keep"})
    assert [c.hidden for c in SessionFile.snapshot(served.path).cards] == [True]


def test_votes_and_scores_count_with_the_consoles(served: Served) -> None:
    stops = served.session.state.stops
    shown = served.on_owner(lambda: served.session.add_card("Greet by name", "keep", stops[WRITE]))
    hidden = served.on_owner(lambda: served.session.add_card("A secret", "drop", stops[WRITE]))
    from workshop.core.commands import SetCardHidden, SetVotes

    served.on_owner(lambda: served.session.execute(SetCardHidden(hidden.id, True)))
    served.on_owner(lambda: served.session.execute(SetVotes(ITEM, "vote", Target.card(shown.id), None, 5)))
    served.go_to(VOTE)
    phone = served.phone()
    view = phone.join().data["view"]
    assert view["step"]["dots"] == 3
    # The phone sees what the wall shows: never the hidden card.
    assert view["step"]["targets"] == [
        {"target": f"card:{shown.id}", "title": "", "cards": ["Greet by name"]}]
    ok = phone.send({"id": "d1", "step": VOTE, "kind": "dots", "target": f"card:{shown.id}", "count": 2})
    assert ok.status == 200 and ok.data["mine"]["dots"] == {f"card:{shown.id}": 2}
    too_many = phone.send({"id": "d2", "step": VOTE, "kind": "dots", "target": f"card:{shown.id}",
                           "count": 4})
    assert too_many.status == 422 and "too many" in too_many.data["error"]
    on_hidden = phone.send({"id": "d3", "step": VOTE, "kind": "dots", "target": f"card:{hidden.id}",
                            "count": 1})
    assert on_hidden.status == 200  # the store's rule: a hidden card of the board can be voted on
    votes = {(v.voter, v.target.id): v.count for v in SessionFile.snapshot(served.path).votes}
    assert votes[(None, shown.id)] == 5 and votes[("Phone 1", shown.id)] == 2

    served.go_to(RATE)
    view = phone.request("GET", "api/state").data["view"]
    assert view["step"]["items"] == ["Pride", "Engage", "Delight"]
    assert view["step"]["scale"] == {"min": 1, "max": 5, "low": "never", "high": "often"}
    assert phone.send({"id": "r1", "step": RATE, "kind": "score", "item": 1, "value": 5}).status == 200
    out_of_scale = phone.send({"id": "r2", "step": RATE, "kind": "score", "item": 1, "value": 9})
    assert out_of_scale.status == 422 and "from 1 to 5" in out_of_scale.data["error"]
    assert [(r.participant, r.subject, r.value) for r in SessionFile.snapshot(served.path).ratings] == [
        ("Phone 1", 1, 5)]


@pytest.mark.parametrize("body", [
    {"id": "x", "step": ASK, "kind": "card", "text": "not a notes step"},
    {"id": "x", "step": 99, "kind": "card", "text": "no such step"},
    {"id": "x", "step": True, "kind": "card", "text": "a bool is not a step"},
    {"id": "", "step": WRITE, "kind": "card", "text": "no id"},
    {"id": "x" * 65, "step": WRITE, "kind": "card", "text": "id too long"},
    {"id": "x", "step": WRITE, "kind": "card", "text": ""},
    {"id": "x", "step": WRITE, "kind": "card", "text": 12},
    {"id": "x", "step": WRITE, "kind": "card", "text": "a column that is not there", "column": "nope"},
    {"id": "x", "step": VOTE, "kind": "dots", "target": "card:1", "count": "2"},
    {"id": "x", "step": VOTE, "kind": "dots", "target": "../../etc", "count": 1},
    {"id": "x", "step": RATE, "kind": "score", "item": 7, "value": 3},
    ["not", "an", "object"],
])
def test_malformed_changes_are_refused_in_words(served: Served, body: object) -> None:
    phone = served.phone()
    phone.join()
    answer = phone.send(body)  # type: ignore[arg-type]
    assert answer.status == 422, answer.body
    assert answer.data["error"] and "Traceback" not in answer.data["error"]
    assert SessionFile.snapshot(served.path).cards == []


def test_json_that_is_not_json_is_refused(served: Served) -> None:
    phone = served.phone()
    phone.join()
    answer = phone.request("POST", "api/send", b"{not json", {})
    assert answer.status == 400 and b"not JSON" in answer.body


def test_the_short_address_asks_for_the_code_the_wall_shows(served: Served) -> None:
    phone = served.phone()
    form = phone.request("GET", "/")
    assert form.status == 200 and b'action="/join"' in form.body
    assert "form-action 'self'" in form.headers["content-security-policy"]
    typed = shown_token(served.server.token).upper().replace("-", " ")  # as a person might type it
    answer = phone.request("GET", "/join?code=" + typed.replace(" ", "+"))
    assert answer.status == 303 and answer.headers["location"] == f"/j/{served.server.token}/"
    wrong = phone.request("GET", "/join?code=%3Cb%3Enope%3C/b%3E")
    assert wrong.status == 200 and b"not the one on the wall" in wrong.body
    assert b"<b>nope" not in wrong.body


# -- who is kept out -------------------------------------------------------------------------


def test_no_token_a_wrong_token_and_a_rotated_token_open_nothing(served: Served) -> None:
    phone = served.phone()
    phone.join()
    assert phone.request("GET", "/j/").status == 404
    assert phone.request("GET", "/static/../phone.html").status == 404
    assert phone.request("GET", "/static/code.html").status == 404
    wrong = phone.request("GET", "/j/not-the-code/api/state")
    assert wrong.status == 404 and b"scan the code" in wrong.body
    old = served.server.url
    served.on_owner(lambda: Room(served.session).rotate_token())
    assert served.server.url != old
    stale = PhoneClient(old, dict(phone.cookies))
    assert stale.request("GET", "api/state").status == 404
    assert stale.send({"id": "z", "step": WRITE, "kind": "card", "text": "in"}).status == 404
    # With the new code the old cookie is no phone any more: rotating removed everyone.
    moved = PhoneClient(served.server.url, dict(phone.cookies))
    assert moved.request("GET", "api/state").status == 401


def test_a_foreign_host_is_refused(served: Served) -> None:
    """DNS rebinding: a page on evil.example resolving to this laptop still names its own host."""
    phone = served.phone()
    for host in ("evil.example", f"evil.example:{served.server.port}", "localhost:1"):
        assert phone.request("GET", "", headers={"Host": host}).status == 421
    phone.join()
    answer = phone.send({"id": "a", "step": WRITE, "kind": "card", "text": "x"},
                        {"Host": f"attacker.test:{served.server.port}"})
    assert answer.status == 421


@pytest.mark.parametrize("headers", [
    {"Origin": "http://evil.example", "Sec-Fetch-Site": "cross-site"},
    {"Origin": "http://evil.example"},
    {"Sec-Fetch-Site": "cross-site"},
    {"Sec-Fetch-Site": "same-site"},
    {"Content-Type": "text/plain"},  # what a cross-site form or beacon can send without asking
    {"Content-Type": "application/x-www-form-urlencoded"},
])
def test_cross_site_changes_are_refused(served: Served, headers: dict[str, str]) -> None:
    phone = served.phone()
    phone.join()
    answer = phone.send({"id": "a", "step": WRITE, "kind": "card", "text": "forged"}, headers)
    assert answer.status in (403, 415)
    assert SessionFile.snapshot(served.path).cards == []
    assert "access-control-allow-origin" not in answer.headers


def test_no_cors_answer_to_a_preflight(served: Served) -> None:
    answer = served.phone().request("OPTIONS", "api/send", headers={
        "Origin": "http://evil.example", "Access-Control-Request-Method": "POST"})
    assert "access-control-allow-origin" not in answer.headers


def test_an_oversized_body_is_refused(served: Served) -> None:
    phone = served.phone()
    phone.join()
    big = {"id": "big", "step": WRITE, "kind": "card", "text": "x" * (MAX_BODY + 10)}
    assert phone.send(big).status == 413
    assert SessionFile.snapshot(served.path).cards == []


def test_a_burst_past_the_rate_limit_gets_429(served: Served) -> None:
    phone = served.phone()
    phone.join()
    statuses = [phone.send({"id": f"b{n}", "step": WRITE, "kind": "card", "text": f"card {n}",
                                "column": "keep"}).status
                for n in range(40)]
    assert statuses[0] == 200 and 429 in statuses
    accepted = statuses.count(200)
    assert len(SessionFile.snapshot(served.path).cards) == accepted < 40


def test_a_removed_phone_can_send_nothing_and_is_told(served: Served) -> None:
    phone = served.phone()
    device = phone.join().data["mine"]["label"]
    assert device == "Phone 1"
    with _open_stream(served, phone) as stream:
        assert _next_event(stream)[0] == "view"
        phones = served.on_owner(lambda: Room(served.session).phones())
        served.on_owner(lambda: Room(served.session).remove(phones[0].device))
        assert _next_event(stream)[0] == "gone"
    answer = phone.send({"id": "after", "step": WRITE, "kind": "card", "text": "still here?",
                         "column": "keep"})
    assert answer.status == 401
    assert SessionFile.snapshot(served.path).cards == []


def test_the_stream_follows_the_facilitator(served: Served) -> None:
    phone = served.phone()
    phone.join()
    with _open_stream(served, phone) as stream:
        assert json.loads(_next_event(stream)[1])["step"]["index"] == WRITE
        served.go_to(VOTE)
        event, data = _next_event(stream)
        assert event == "view" and json.loads(data)["step"]["title"] == "Dot vote"
        served.on_owner(served.session.start_timer)
        event, data = _next_event(stream)
        assert json.loads(data)["timer"]["running"] is True


def test_the_server_only_listens_where_it_was_told(served: Served) -> None:
    host = urlsplit(served.server.url).hostname
    assert host == "127.0.0.1"
    with pytest.raises(OSError):
        socket.create_connection(("::1", served.server.port), timeout=2).close()


@contextlib.contextmanager
def _open_stream(served: Served, phone: PhoneClient) -> Iterator[http.client.HTTPResponse]:
    parts = urlsplit(served.server.url)
    connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=10)
    try:
        connection.request("GET", parts.path + "api/events", headers={
            "Host": phone.host, "Cookie": "; ".join(f"{k}={v}" for k, v in phone.cookies.items())})
        response = connection.getresponse()
        assert response.status == 200 and response.getheader("Content-Type") == "text/event-stream"
        yield response
        response.close()
    finally:
        connection.close()


def _next_event(stream: http.client.HTTPResponse) -> tuple[str, str]:
    """The next event of a stream (comments and retry lines skipped)."""
    event, data = "", ""
    while True:
        line = stream.readline().decode().rstrip("\n")
        if line.startswith("event: "):
            event = line[7:]
        elif line.startswith("data: "):
            data = line[6:]
        elif not line and event:
            return event, data


def test_a_hostile_name_stays_text(served: Served) -> None:
    phone = served.phone()
    joined = phone.join('<b onmouseover="x()">Ana</b>')
    assert joined.data["mine"]["label"] == '<b onmouseover="x()">Ana</b>'
    phone.send({"id": "n", "step": WRITE, "kind": "card", "text": "hello", "column": "keep"})
    assert [c.author for c in SessionFile.snapshot(served.path).cards] == ['<b onmouseover="x()">Ana</b>']
    too_long = served.phone().post("api/join", {"name": "x" * 41})
    assert too_long.status == 422 and "at most 40" in too_long.data["error"]
