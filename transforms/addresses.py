"""Address vetting: which URLs and IP addresses the fetcher may reach (SSRF guard decisions).

Pure decisions only: nothing here resolves a name or opens a socket. `flows/fetch.py` applies
`address_refusal` to the address it actually connected to, so that odd spellings
(`2130706433`, `0x7f000001`, `127.1`, `0`) and DNS answers are judged by what they became.
"""

from __future__ import annotations

import ipaddress
import re
import socket
from urllib.parse import urlsplit

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address

ALLOWED_SCHEMES = ("http", "https")
# NAT64 well-known prefix (RFC 6052): the last 32 bits are an IPv4 address, reachable through a
# translator; Python's `is_global` calls the whole prefix global, so it is unwrapped here.
_NAT64 = ipaddress.ip_network("64:ff9b::/96")
_NAT64_LOCAL = ipaddress.ip_network("64:ff9b:1::/48")
# Characters of the numeric IPv4 spellings inet_aton accepts (decimal, octal, hex, 1-4 parts).
_NUMERIC_HOST = re.compile(r"^(0x[0-9a-f]+|[0-9]+)(\.(0x[0-9a-f]+|[0-9]+)){0,3}$", re.IGNORECASE)


def embedded_ipv4(ip: IPAddress) -> ipaddress.IPv4Address | None:
    """The IPv4 address an IPv6 address carries (IPv4-mapped, 6to4, NAT64, Teredo), if any.

    >>> embedded_ipv4(ipaddress.ip_address("::ffff:127.0.0.1"))
    IPv4Address('127.0.0.1')
    >>> embedded_ipv4(ipaddress.ip_address("2001:db8::1")) is None
    True
    """
    if not isinstance(ip, ipaddress.IPv6Address):
        return None
    if ip.ipv4_mapped is not None:
        return ip.ipv4_mapped
    if ip.sixtofour is not None:
        return ip.sixtofour
    if ip in _NAT64 or ip in _NAT64_LOCAL:
        return ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
    if ip.teredo is not None:
        return ip.teredo[1]
    return None


def address_refusal(ip: IPAddress) -> str | None:
    """Why the fetcher must not connect to `ip` without `allow_private_network`, or None.

    Only globally routable unicast addresses pass: loopback, private, link-local (cloud
    metadata 169.254.169.254), CGNAT 100.64/10, unspecified, multicast and reserved ranges are
    refused, also when wrapped in an IPv6 form.

    >>> address_refusal(ipaddress.ip_address("169.254.169.254"))
    'link-local address 169.254.169.254'
    >>> address_refusal(ipaddress.ip_address("93.184.216.34")) is None
    True
    """
    inner = embedded_ipv4(ip)
    if inner is not None:
        reason = address_refusal(inner)
        return f"{reason} (inside {ip})" if reason else None
    for label, flag in (
        ("unspecified", ip.is_unspecified),
        ("loopback", ip.is_loopback),
        ("link-local", ip.is_link_local),
        ("multicast", ip.is_multicast),
        ("private", ip.is_private),
        ("reserved", ip.is_reserved),
    ):
        if flag:
            return f"{label} address {ip}"
    if not ip.is_global:
        return f"non-public address {ip}"
    return None


def literal_address(host: str) -> IPAddress | None:
    """The IP address a URL host spells literally, in any form the C resolver accepts, or None.

    >>> literal_address("2130706433")
    IPv4Address('127.0.0.1')
    >>> literal_address("[::1]")
    IPv6Address('::1')
    >>> literal_address("example.org") is None
    True
    """
    bare = host.strip("[]").rstrip(".")
    try:
        return ipaddress.ip_address(bare)
    except ValueError:
        pass
    if not _NUMERIC_HOST.match(bare):
        return None
    try:
        # inet_aton is a pure conversion (no lookup) and knows every legacy spelling.
        return ipaddress.IPv4Address(socket.inet_aton(bare))
    except OSError:
        return None


def url_refusal(url: str, *, allow_private_network: bool = False) -> str | None:
    """Why `url` must not be requested at all, judged from the URL alone, or None.

    Catches what can be known without a lookup: a scheme other than http/https, a missing
    host, a literal private address. Names are judged later, on the connected address.

    >>> url_refusal("file:///etc/passwd")
    "scheme 'file' is not http or https"
    >>> url_refusal("http://0x7f000001/secret")
    'loopback address 127.0.0.1'
    >>> url_refusal("https://example.org/a") is None
    True
    """
    try:
        parts = urlsplit(url)
        host = parts.hostname
        parts.port  # noqa: B018 - raises ValueError on a malformed port
    except ValueError as exc:
        return f"malformed URL: {exc}"
    scheme = parts.scheme.lower()
    if scheme not in ALLOWED_SCHEMES:
        return f"scheme {scheme!r} is not http or https"
    if not host:
        return "URL has no host"
    if host == "localhost" or host.endswith(".localhost"):
        return None if allow_private_network else "loopback name localhost"
    ip = literal_address(host)
    if ip is None or allow_private_network:
        return None
    return address_refusal(ip)
