"""Which address the room's phones can reach this laptop on.

The likely one is the address of the interface with the default route (the
one the laptop would use to reach anything); else the first private IPv4
address; else loopback, which only this laptop can use. The facilitator can
choose another from `candidates()`.
"""

from __future__ import annotations

import ipaddress
import socket

import ifaddr


def candidates() -> list[str]:
    """Every IPv4 address of this machine that another device could reach, likely ones first."""
    found: list[str] = []
    for adapter in ifaddr.get_adapters():
        for ip in adapter.ips:
            if isinstance(ip.ip, str) and _reachable(ip.ip) and ip.ip not in found:
                found.append(ip.ip)
    likely = default_route_address()
    found.sort(key=lambda address: (address != likely, not ipaddress.ip_address(address).is_private))
    return found


def likely_address() -> str:
    """The address to offer first; "127.0.0.1" when this machine is on no network."""
    found = candidates()
    return found[0] if found else "127.0.0.1"


def default_route_address() -> str:
    """The address the system would send from to reach the wider network ("" if none).

    Connecting a UDP socket sends nothing; it only asks the system to choose a route.
    """
    probe = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    try:
        probe.connect(("192.0.2.1", 9))  # TEST-NET-1: never routed anywhere real
        address = probe.getsockname()[0]
    except OSError:
        return ""
    finally:
        probe.close()
    return address if _reachable(address) else ""


def _reachable(address: str) -> bool:
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return False
    return ip.version == 4 and not (ip.is_loopback or ip.is_link_local or ip.is_unspecified
                                    or ip.is_multicast)
