"""The room's web server: the phone page and its API, on a thread of its own, through the one door.

aiohttp serves plain HTTP, JSON and a Server-Sent Events stream from an
asyncio loop on its own thread. It never touches the session: everything it
reads or changes is a function submitted to the session's owner
(`SessionOwner.submit`), awaited as a future. A phone hears "received" only
after that function returned, that is after the change was committed to
the session file.

Updates go out as one stream per phone. The owner's listener only marks the
room "dirty"; a task then reads the new view (at most every
`COALESCE_SECONDS`, so a burst of cards is one update) and sends it to the
phones when what they see has changed.
"""

from __future__ import annotations

import asyncio
import json
import secrets
import threading
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from aiohttp import web

from workshop.core.phones import Phone
from workshop.core.rules import InputError
from workshop.paths import shipped_resources
from workshop.refusals import say as say_refusal
from workshop.session.owner import SessionOwner
from workshop.session.room import Room, RoomClosed, typed_token
from workshop.session.service import (
    Changed,
    Event,
    PhonesChanged,
    Session,
    StopChanged,
    StoreFailed,
    TimerChanged,
)
from workshop.web import words
from workshop.web.guard import COOKIE, MAX_BODY, SECRET_BYTES, RateLimit, host_names, same_origin, same_token
from workshop.web.submissions import parse
from workshop.web.views import mine, room_view

T = TypeVar("T")
COALESCE_SECONDS = 0.05
# Changes waiting for the session's thread beyond which a phone is told to send again a
# little later (its page does): a room's burst is absorbed, not queued without end.
MAX_WAITING = 150
KEEP_ALIVE_SECONDS = 15.0  # a comment line on each stream, so idle Wi-Fi does not drop it
SECURITY_HEADERS = {
    "Content-Security-Policy": ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
                                "connect-src 'self'; manifest-src 'self'; base-uri 'none'; "
                                "form-action 'none'; frame-ancestors 'none'"),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",  # the join code is in the address
    "Cache-Control": "no-store",
    "X-Frame-Options": "DENY",
}
STATIC = {"phone.js": "text/javascript", "phone.css": "text/css"}  # everything else is 404


class ServerError(Exception):
    """The server could not start (the address is taken, say); the message says why."""


@dataclass
class _Stream:
    device: str
    queue: asyncio.Queue[str | None] = field(default_factory=lambda: asyncio.Queue(maxsize=8))


class RoomServer:
    """The phone page and API for one open session, served while the facilitator has joins on."""

    def __init__(self, owner: SessionOwner, session: Session, address: str = "127.0.0.1", port: int = 0,
                 on_phones: Callable[[int], None] | None = None, web_dir: Path | None = None) -> None:
        self._owner = owner
        self._session = session
        self._room = Room(session)
        self.address = address
        self.port = port
        self._on_phones = on_phones or (lambda _count: None)
        self._web_dir = web_dir or shipped_resources() / "web"
        # The phones speak the session's language: the pages, the script, these messages.
        self._language = session.state.header.language
        self._ = words.translator(self._language).gettext
        self._limit = RateLimit()
        # Joining, per network address: a room joins within a minute, a script would flood.
        self._join_limit = RateLimit(rate=20.0, burst=50.0)
        self._token = ""
        self._revision = 0
        self._streams: dict[int, _Stream] = {}
        self._hosts: frozenset[str] = frozenset()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._dirty: asyncio.Event | None = None
        self._waking = False  # a wake-up for the broadcast is on its way to the server's loop
        self._thread: threading.Thread | None = None
        self._runner: web.AppRunner | None = None
        self._stop_listening: Callable[[], None] | None = None
        self._last_view: str = ""

    # -- starting and stopping (any thread but the loop's) -------------------------------------

    def start(self) -> None:
        """Listen on `address:port` (port 0: any free one); `ServerError` when it cannot."""
        def prepare() -> str:
            if self._session.read_only:
                raise ServerError("this session is open read-only; phones cannot join it")
            self._stop_listening = self._session.subscribe(self._heard)
            return self._room.token()

        self._token = self._call(prepare)
        ready: Future[None] = Future()
        self._thread = threading.Thread(target=self._serve, args=(ready,), name="room-server", daemon=True)
        self._thread.start()
        try:
            ready.result(timeout=30)
        except OSError as error:
            self._unsubscribe()
            raise ServerError(f"could not listen on {self.address}:{self.port} "
                              f"({error.strerror or error})") from None

    def stop(self) -> None:
        """Close every phone's stream and stop listening; what phones sent is in the file already."""
        loop = self._loop
        if loop is not None and self._thread is not None:
            closing = asyncio.run_coroutine_threadsafe(self._shutdown(), loop)
            while True:
                # Requests still waiting for the session finish first (when this is the
                # session's own thread, nobody else would run their work).
                if self._owner.on_owner_thread:
                    self._owner.run_pending()
                try:
                    closing.result(timeout=0.02)
                    break
                except TimeoutError:
                    continue
            loop.call_soon_threadsafe(loop.stop)
            self._thread.join(timeout=30)
        self._unsubscribe()
        self._loop = None

    @property
    def url(self) -> str:
        """The join address: what the QR code on the wall holds."""
        return f"http://{self._host()}/j/{self._token}/"

    @property
    def short_url(self) -> str:
        """The address to type by hand, without the code (the page asks for it)."""
        return f"{self._host()}"

    @property
    def token(self) -> str:
        return self._token

    @property
    def phones_connected(self) -> int:
        """Phones with the page open now (a phone with two tabs counts once)."""
        return len({stream.device for stream in list(self._streams.values())})

    def _host(self) -> str:
        return f"{self.address}:{self.port}"

    def _unsubscribe(self) -> None:
        if self._stop_listening is not None:
            stop, self._stop_listening = self._stop_listening, None
            self._call(stop)

    def _call(self, work: Callable[[], T]) -> T:
        return self._owner.submit(work).result()

    # -- the loop's thread ---------------------------------------------------------------------------

    def _serve(self, ready: Future[None]) -> None:
        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        self._loop = loop
        self._dirty = asyncio.Event()
        self._waking = False
        try:
            loop.run_until_complete(self._listen())
        except BaseException as error:
            ready.set_exception(error)
            loop.close()
            return
        ready.set_result(None)
        broadcaster = loop.create_task(self._broadcast())
        try:
            loop.run_forever()
        finally:
            broadcaster.cancel()
            loop.run_until_complete(asyncio.gather(broadcaster, return_exceptions=True))
            loop.close()

    async def _listen(self) -> None:
        app = web.Application(client_max_size=MAX_BODY, middlewares=[self._guard])
        app.router.add_get("/", self._code_page)
        app.router.add_get("/join", self._code_typed)
        app.router.add_get("/j/{token}/", self._page)
        app.router.add_get("/j/{token}/api/state", self._state)
        app.router.add_post("/j/{token}/api/join", self._join)
        app.router.add_post("/j/{token}/api/send", self._send)
        app.router.add_get("/j/{token}/api/events", self._events)
        app.router.add_get("/static/{name}", self._static)
        app.router.add_get("/favicon.ico", self._no_icon)
        # Streams never end by themselves: stopping waits a second for them, not a minute.
        self._runner = web.AppRunner(app, access_log=None, handle_signals=False, shutdown_timeout=1.0)
        await self._runner.setup()
        await web.TCPSite(self._runner, self.address, self.port).start()
        self.port = self._runner.addresses[0][1]
        self._hosts = host_names([self.address], self.port)

    async def _shutdown(self) -> None:
        for stream in list(self._streams.values()):
            _offer(stream.queue, None)
        if self._runner is not None:
            await self._runner.cleanup()

    async def _on_owner(self, work: Callable[[], T]) -> T:
        return await asyncio.wrap_future(self._owner.submit(work))

    # -- the session's thread: heard a change --------------------------------------------------

    def _heard(self, event: Event) -> None:
        if isinstance(event, PhonesChanged):
            self._token = self._room.token()  # a rotated code locks the old one out at once
        if isinstance(event, Changed | StopChanged | TimerChanged | PhonesChanged):
            self._revision += 1
            loop, dirty = self._loop, self._dirty
            # One wake-up per update: each is a write to the loop's pipe from the window's thread, and
            # a burst of changes then waits on the busy server thread for the interpreter, once each.
            # A change made while the update is still to be taken is in it (taken after this).
            if loop is not None and dirty is not None and not self._waking and not dirty.is_set():
                self._waking = True
                loop.call_soon_threadsafe(self._wake, dirty)

    def _wake(self, dirty: asyncio.Event) -> None:
        self._waking = False
        dirty.set()

    async def _broadcast(self) -> None:
        assert self._dirty is not None
        while True:
            await self._dirty.wait()
            await asyncio.sleep(COALESCE_SECONDS)
            self._dirty.clear()
            try:
                view, devices = await self._on_owner(self._snapshot)
            except Exception:  # the session closed under us: the server is stopping
                continue
            for key, stream in list(self._streams.items()):
                if stream.device not in devices:
                    _offer(stream.queue, "event: gone\ndata: {}\n\n")
                    _offer(stream.queue, None)
                    self._streams.pop(key, None)
            self._on_phones(self.phones_connected)
            shown = json.dumps({**view, "revision": 0}, sort_keys=True)
            if shown == self._last_view:
                continue
            self._last_view = shown
            message = f"event: view\ndata: {json.dumps(view)}\n\n"
            for stream in list(self._streams.values()):
                _offer(stream.queue, message)

    def _snapshot(self) -> tuple[dict[str, Any], frozenset[str]]:
        view = room_view(self._session, self._revision, self._)
        return view, frozenset(p.device for p in self._room.phones())

    # -- requests ------------------------------------------------------------------------------------

    @web.middleware
    async def _guard(self, request: web.Request, handler: Any) -> web.StreamResponse:
        if request.host.casefold() not in self._hosts:
            return _text(421, self._("This address is not served here."))
        if "token" in request.match_info and not same_token(request.match_info["token"], self._token):
            return _text(
                404, self._("This join code is not valid any more: scan the code on the wall again.")
            )
        if request.method != "GET":
            if not same_origin(
                request.headers.get("Origin"), request.headers.get("Sec-Fetch-Site"), request.host
            ):
                return _text(403, self._("Changes come from the room's page only."))
            if request.content_type != "application/json":
                return _text(415, self._("Send JSON."))
        try:
            response = await handler(request)
        except web.HTTPRedirection as redirect:
            redirect.headers.update(SECURITY_HEADERS)
            raise
        except web.HTTPException as error:
            response = _text(error.status, error.reason)
        for header, value in SECURITY_HEADERS.items():
            response.headers.setdefault(header, value)
        return response

    async def _code_page(self, request: web.Request) -> web.StreamResponse:
        """The short address without the code: a form to type the code the wall shows."""
        return self._typing_page("")

    async def _code_typed(self, request: web.Request) -> web.StreamResponse:
        if not self._join_limit.allow("code:" + (request.remote or "?")):
            return _text(429, self._("Too many tries; wait a moment."))
        code = typed_token(request.query.get("code", ""))
        if same_token(code, self._token):
            raise web.HTTPSeeOther(f"/j/{self._token}/")
        return self._typing_page(self._("That code is not the one on the wall. Check it and try again."))

    def _typing_page(self, error: str) -> web.Response:
        page = words.page(self._web_dir, "code.html", self._language, error=error)
        response = web.Response(text=page, content_type="text/html", charset="utf-8")
        response.headers.update(SECURITY_HEADERS)
        # The only page with a form: it may submit to this server and nowhere else.
        response.headers["Content-Security-Policy"] = SECURITY_HEADERS["Content-Security-Policy"].replace(
            "form-action 'none'", "form-action 'self'"
        )
        return response

    async def _page(self, request: web.Request) -> web.StreamResponse:
        return web.Response(
            text=words.page(self._web_dir, "phone.html", self._language),
            content_type="text/html",
            charset="utf-8",
        )

    async def _static(self, request: web.Request) -> web.StreamResponse:
        name = request.match_info["name"]
        if name not in STATIC:
            return _text(404, self._("Not here."))
        return web.Response(
            body=(self._web_dir / name).read_bytes(), content_type=STATIC[name], charset="utf-8"
        )

    async def _no_icon(self, request: web.Request) -> web.StreamResponse:
        return web.Response(status=204)  # browsers ask on every page; there is none to give

    async def _phone(self, request: web.Request) -> Phone | None:
        secret = request.cookies.get(COOKIE, "")
        if not secret or len(secret) > 100:
            return None
        return await self._on_owner(lambda: self._room.phone(secret))

    async def _state(self, request: web.Request) -> web.StreamResponse:
        phone = await self._phone(request)
        if phone is None:
            return _json(401, {"error": self._("Join first.")})

        def read() -> dict[str, Any]:
            return {
                "view": room_view(self._session, self._revision, self._),
                "mine": mine(self._session, phone),
            }

        return _json(200, await self._on_owner(read))

    async def _join(self, request: web.Request) -> web.StreamResponse:
        data = await _body(request)
        if not self._join_limit.allow(request.remote or "?"):
            return _json(429, {"error": self._("Too many tries; wait a moment.")})
        phone = await self._phone(request)
        secret = secrets.token_urlsafe(SECRET_BYTES)

        def join() -> dict[str, Any]:
            name = data.get("name", "") if isinstance(data, dict) else ""
            joined = phone or self._room.join(secret, name, self._("Phone {number}"))
            return {
                "view": room_view(self._session, self._revision, self._),
                "mine": mine(self._session, joined),
            }

        try:
            result = await self._on_owner(join)
        except RoomClosed as error:
            return _json(403, {"error": say_refusal(error, self._language)})
        except InputError as error:
            return _json(422, {"error": say_refusal(error, self._language)})
        except StoreFailed:
            return _json(503, {"error": self._("The laptop could not save this; try again in a moment.")})
        response = _json(200, result)
        if phone is None:
            response.set_cookie(
                COOKIE, secret, httponly=True, samesite="Strict", path="/", max_age=7 * 24 * 3600
            )
        return response

    async def _send(self, request: web.Request) -> web.StreamResponse:
        phone = await self._phone(request)
        if phone is None:
            return _json(401, {"error": self._("This phone is not in the room: join again.")})
        if not self._limit.allow(phone.device):
            return _json(429, {"error": self._("Slow down a little, then send again.")})
        if self._owner.pending > MAX_WAITING:
            return _json(503, {"error": self._("The laptop is busy; this will be sent again in a moment.")})
        data = await _body(request)

        def send() -> dict[str, Any]:
            state = self._session.state
            submission = parse(data, state, phone, hold=self._holds(data))
            self._room.submit(phone, submission.command, submission.client_id)
            return {"received": submission.client_id, "mine": mine(self._session, phone)}

        try:
            return _json(200, await self._on_owner(send))
        except InputError as error:
            return _json(422, {"error": say_refusal(error, self._language)})
        except StoreFailed:
            return _json(503, {"error": self._("The laptop could not save this; it will be sent again.")})

    def _holds(self, data: Any) -> bool:
        index = data.get("step") if isinstance(data, dict) else None
        stops = self._session.state.stops
        if not isinstance(index, int) or isinstance(index, bool) or not 0 <= index < len(stops):
            return False
        return self._room.holds(stops[index])

    async def _events(self, request: web.Request) -> web.StreamResponse:
        phone = await self._phone(request)
        if phone is None:
            return _json(401, {"error": self._("Join first.")})
        # Listening before the first view is read: a change made meanwhile is sent after it,
        # never lost between the two.
        stream = _Stream(phone.device)
        key = id(stream)
        self._streams[key] = stream
        self._on_phones(self.phones_connected)
        try:
            view = await self._on_owner(lambda: room_view(self._session, self._revision, self._))
            response = web.StreamResponse(headers={"Content-Type": "text/event-stream", **SECURITY_HEADERS})
            await response.prepare(request)
        except BaseException:
            self._streams.pop(key, None)
            raise
        try:
            await response.write(f"retry: 2000\nevent: view\ndata: {json.dumps(view)}\n\n".encode())
            while True:
                try:
                    message = await asyncio.wait_for(stream.queue.get(), KEEP_ALIVE_SECONDS)
                except TimeoutError:
                    message = ": still here\n\n"
                if message is None:
                    break
                await response.write(message.encode())
        except (ConnectionResetError, asyncio.CancelledError):
            pass
        finally:
            self._streams.pop(key, None)
            self._on_phones(self.phones_connected)
        return response


def _offer(queue: asyncio.Queue[str | None], message: str | None) -> None:
    """Queue a message for a stream; a phone too slow to take 8 updates gets the newest only."""
    while True:
        try:
            queue.put_nowait(message)
            return
        except asyncio.QueueFull:
            queue.get_nowait()


async def _body(request: web.Request) -> Any:
    try:
        return await request.json()
    except (ValueError, UnicodeDecodeError):
        raise web.HTTPBadRequest(reason="The phone sent something that is not JSON.") from None


def _json(status: int, data: dict[str, Any]) -> web.Response:
    return web.json_response(data, status=status)


def _text(status: int, message: str) -> web.Response:
    return web.Response(status=status, text=message, headers=SECURITY_HEADERS)
