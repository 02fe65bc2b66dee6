"""Who may talk to the room's server: the rules that keep the rest of the network out.

The room's Wi-Fi is not trusted (docs/phones.md has the threat model). A
request is served only when its Host header names this server (no DNS
rebinding), its join code is the current one, and, for anything that
changes the session, it comes from the page itself: same origin, JSON, a
phone that joined, within its rate.
"""

from __future__ import annotations

import hmac
import ipaddress
import time
from collections.abc import Iterable
from dataclasses import dataclass, field

MAX_BODY = 8 * 1024  # bytes: a card is a few sentences; a phone has no reason to send more
COOKIE = "workshop_phone"
SECRET_BYTES = 24


def same_token(given: str, token: str) -> bool:
    """The join code matches, compared in constant time."""
    return bool(token) and hmac.compare_digest(given.encode("utf-8", "replace"), token.encode())


def host_names(addresses: Iterable[str], port: int) -> frozenset[str]:
    """The Host headers this server answers to: its own addresses with its port, nothing else."""
    names: set[str] = set()
    for address in addresses:
        shown = f"[{address}]" if ipaddress.ip_address(address).version == 6 else address
        names.add(f"{shown}:{port}".casefold())
        if port == 80:
            names.add(shown.casefold())
    return frozenset(names)


def same_origin(origin: str | None, fetch_site: str | None, host: str) -> bool:
    """A request that changes something comes from our own page, not from another site.

    Browsers send `Sec-Fetch-Site` and `Origin` with every POST; a page on
    another site that posts here says so in both.
    """
    if fetch_site is not None and fetch_site not in ("same-origin", "none"):
        return False
    return origin is None or origin.casefold() == f"http://{host}".casefold()


@dataclass
class RateLimit:
    """A token bucket per phone: `rate` requests a second, bursts of `burst`."""

    rate: float = 5.0
    burst: float = 20.0
    clock: object = time.monotonic
    _buckets: dict[str, tuple[float, float]] = field(default_factory=dict)

    def allow(self, who: str) -> bool:
        now = self.clock()  # type: ignore[operator]
        tokens, then = self._buckets.get(who, (self.burst, now))
        tokens = min(self.burst, tokens + (now - then) * self.rate)
        if tokens < 1.0:
            self._buckets[who] = (tokens, now)
            return False
        self._buckets[who] = (tokens - 1.0, now)
        if len(self._buckets) > 10_000:  # strangers cannot grow it without bound
            self._buckets.clear()
        return True
