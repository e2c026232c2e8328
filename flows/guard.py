"""The SSRF guard on the wire: every TCP connection is vetted by the address it reaches.

httpx follows names and odd address spellings to loopback (reliability.md E7, E17), so the
check sits where the socket is opened: the name is resolved once, each address is judged by
`transforms.addresses.address_refusal`, the socket is opened to that very address (no second
lookup, so no DNS rebinding between check and connect), and the peer address is judged again.
"""

from __future__ import annotations

import ipaddress
import socket
import time
from collections.abc import Callable, Iterable
from contextvars import ContextVar

import httpcore
import httpx

from transforms.addresses import address_refusal

Resolver = Callable[[str, int], list[str]]

# The monotonic time by which the current request must be complete (set by flows/http.py for
# the calling thread): every socket read is bounded by it, so a server that drips its headers
# or body byte by byte cannot outlast the total deadline (httpx only bounds each single read).
request_deadline: ContextVar[float | None] = ContextVar("request_deadline", default=None)


class AddressRefused(Exception):
    """A connection the guard would not open (or closed): the message names the address."""


def system_resolver(host: str, port: int) -> list[str]:
    """Addresses of `host` from the system resolver, in its order, without duplicates."""
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return list(dict.fromkeys(str(info[4][0]) for info in infos))


class DeadlineStream(httpcore.NetworkStream):
    """A socket stream whose reads and writes never wait past `request_deadline`."""

    def __init__(self, inner: httpcore.NetworkStream):
        self.inner = inner

    @staticmethod
    def _bounded(timeout: float | None) -> float | None:
        deadline = request_deadline.get()
        if deadline is None:
            return timeout
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise httpcore.ReadTimeout("total deadline reached")
        return remaining if timeout is None else min(timeout, remaining)

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self.inner.read(max_bytes, self._bounded(timeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self.inner.write(buffer, self._bounded(timeout))

    def close(self) -> None:
        self.inner.close()

    def start_tls(self, ssl_context, server_hostname=None, timeout=None) -> DeadlineStream:
        return DeadlineStream(self.inner.start_tls(ssl_context, server_hostname,
                                                   self._bounded(timeout)))

    def get_extra_info(self, info: str):
        return self.inner.get_extra_info(info)


class GuardedBackend(httpcore.SyncBackend):
    """httpcore's socket backend, refusing non-public addresses unless private is allowed."""

    def __init__(self, allow_private_network: bool, resolver: Resolver | None = None):
        self.allow_private_network = allow_private_network
        self.resolver = resolver or system_resolver

    def vet(self, host: str, address: str) -> None:
        if self.allow_private_network:
            return
        reason = address_refusal(ipaddress.ip_address(address.split("%")[0]))
        if reason:
            raise AddressRefused(f"refused to connect to {host}: {reason}")

    def connect_tcp(
        self, host: str, port: int, timeout: float | None = None,
        local_address: str | None = None, socket_options: Iterable | None = None,
    ) -> httpcore.NetworkStream:
        try:
            addresses = self.resolver(host, port)
        except (OSError, UnicodeError) as exc:
            raise httpcore.ConnectError(f"cannot resolve {host}: {exc}") from exc
        for address in addresses:  # all of them: one private answer makes the name suspect
            self.vet(host, address)
        last_error: Exception = httpcore.ConnectError(f"no address for {host}")
        for address in addresses:
            try:
                stream = super().connect_tcp(address, port, timeout, local_address, socket_options)
            except httpcore.ConnectError as exc:
                last_error = exc
                continue
            self._vet_peer(host, stream)
            return DeadlineStream(stream)
        raise last_error

    def _vet_peer(self, host: str, stream: httpcore.NetworkStream) -> None:
        peer = stream.get_extra_info("socket").getpeername()[0]
        try:
            self.vet(host, peer)
        except AddressRefused:
            stream.close()
            raise


def guarded_transport(allow_private_network: bool, resolver: Resolver | None = None):
    """An httpx transport whose every connection goes through GuardedBackend; never a proxy."""
    transport = httpx.HTTPTransport(trust_env=False)
    # httpx 0.28 has no public hook for the socket backend, but its httpcore pool does: the
    # pool's backend is replaced here (pinned versions; tests/flows/test_fetch.py guards it).
    transport._pool._network_backend = GuardedBackend(allow_private_network, resolver)
    return transport
