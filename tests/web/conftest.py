"""A real room server on the loopback address, over a real session file, and a phone to talk to it."""

from __future__ import annotations

import http.client
import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar
from urllib.parse import urlsplit

import pytest

from tests.core.board import board_state
from workshop.core.session import SessionState
from workshop.session import OwnerThread, Session
from workshop.store import SessionFile
from workshop.web.server import RoomServer

T = TypeVar("T")
WRITE, PLAIN, VOTE, RATE, ASK = 1, 2, 3, 4, 6  # the board plan's stops (tests/core/board.py)


@dataclass
class Served:
    server: RoomServer
    owner_thread: OwnerThread
    session: Session
    path: Path

    def on_owner(self, work: Callable[[], T]) -> T:
        return self.owner_thread.owner.submit(work).result(10)

    def go_to(self, index: int) -> None:
        self.on_owner(lambda: self.session.go_to(index))

    def phone(self) -> PhoneClient:
        return PhoneClient(self.server.url)


@contextmanager
def serving(path: Path, state: SessionState) -> Iterator[Served]:
    """`state` written to `path`, opened on its own thread at the writing step, and served."""
    SessionFile.create(path, state).close()
    owner_thread = OwnerThread(lambda: Session.open(path))
    session = owner_thread.start()
    owner_thread.owner.submit(lambda: session.go_to(WRITE)).result()
    server = RoomServer(owner_thread.owner, session, "127.0.0.1", 0)
    server.start()
    try:
        yield Served(server, owner_thread, session, path)
    finally:
        server.stop()
        owner_thread.stop(session.close)


@pytest.fixture
def served(tmp_path: Path) -> Iterator[Served]:
    with serving(tmp_path / "board.workshop", board_state()) as served:
        yield served


@dataclass
class Answer:
    status: int
    body: bytes
    headers: dict[str, str]

    @property
    def data(self) -> Any:
        return json.loads(self.body)


@dataclass
class PhoneClient:
    """A phone as the server sees it: HTTP with a cookie jar, and headers a test may change."""

    url: str
    cookies: dict[str, str] = field(default_factory=dict)

    @property
    def host(self) -> str:
        return urlsplit(self.url).netloc

    def request(self, method: str, path: str, body: bytes | None = None,
                headers: dict[str, str] | None = None) -> Answer:
        parts = urlsplit(self.url)
        connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=10)
        sent = {"Host": self.host}
        if self.cookies:
            sent["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        if body is not None:
            sent["Content-Type"] = "application/json"
            sent["Origin"] = f"http://{self.host}"
            sent["Sec-Fetch-Site"] = "same-origin"
        sent.update(headers or {})
        target = path if path.startswith("/") else parts.path + path
        connection.request(method, target, body=body, headers=sent)
        response = connection.getresponse()
        answer = Answer(response.status, response.read(), {k.lower(): v for k, v in response.getheaders()})
        connection.close()
        for header, value in response.getheaders():
            if header.lower() == "set-cookie":
                name, _, rest = value.partition("=")
                self.cookies[name] = rest.split(";")[0]
        return answer

    def post(self, path: str, data: Any, headers: dict[str, str] | None = None) -> Answer:
        return self.request("POST", path, json.dumps(data).encode(), headers)

    def join(self, name: str = "") -> Answer:
        answer = self.post("api/join", {"name": name})
        assert answer.status == 200, answer.body
        return answer

    def send(self, data: dict[str, Any], headers: dict[str, str] | None = None) -> Answer:
        return self.post("api/send", data, headers)
