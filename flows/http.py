"""One polite HTTP GET: size cap on decoded bytes, a total deadline, vetted redirects, retries.

The pieces `flows/fetch.py` strings together. Everything that can go wrong ends as a
FetchError with the stage, the status when there was one, and a message a user can act on.
"""

from __future__ import annotations

import ssl
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from email.utils import parsedate_to_datetime
from urllib.parse import urljoin, urlsplit

import httpx

from flows.guard import AddressRefused, Resolver, guarded_transport, request_deadline
from transforms.addresses import url_refusal

DEFAULT_USER_AGENT = "datelines/0.1 (news timeline ETL; +https://example.invalid/datelines)"
RETRY_STATUSES = frozenset({408, 429, 500, 502, 503, 504})
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
TOTAL_DEADLINE_MESSAGE = "timeout: no complete response within the total deadline"


@dataclass(frozen=True)
class FetchSettings:
    """How hard and how politely to fetch. Seconds and bytes; the defaults suit news sites."""

    connect_timeout: float = 10.0
    read_timeout: float = 20.0
    total_timeout: float = 60.0          # whole body of one response, against drip-fed bodies
    retries: int = 2                     # extra attempts on 408/429/5xx, timeouts, resets
    backoff: float = 1.0                 # first wait; doubled for each further retry
    max_retry_after: float = 30.0        # a server's Retry-After (and Crawl-delay) honoured up to
    max_bytes: int = 20 * 1024 * 1024    # decoded bytes, so a gzip bomb stops here too
    max_redirects: int = 5
    per_host_concurrency: int = 2
    per_host_delay: float = 1.0          # between request starts to one host
    workers: int = 4
    max_entries: int = 100               # feed entries fetched per feed and run
    user_agent: str = DEFAULT_USER_AGENT
    allow_private_network: bool = False
    respect_robots: bool = True
    robots_max_bytes: int = 500 * 1024   # RFC 9309: parse at least the first 500 KiB
    resolver: Resolver | None = field(default=None, compare=False)  # DNS seam (tests, rebinding)


class FetchError(Exception):
    """A fetch that failed for good; `stage` is `fetch` or `robots`."""

    def __init__(self, message: str, *, status: int | None = None, retryable: bool = False,
                 stage: str = "fetch", retry_after: float | None = None, refused: bool = False):
        super().__init__(message)
        self.message, self.status, self.retryable = message, status, retryable
        self.stage, self.retry_after, self.refused = stage, retry_after, refused


@dataclass
class HttpResult:
    """A response after redirects: final URL, status, headers (lower-case keys), decoded body."""

    url: str
    final_url: str
    status: int
    headers: dict[str, str]
    body: bytes = b""


def open_client(settings: FetchSettings, allow_private_network: bool) -> httpx.Client:
    """An httpx client with timeouts, an honest User-Agent, no proxy/netrc, no auto-redirects."""
    timeout = httpx.Timeout(settings.read_timeout, connect=settings.connect_timeout)
    return httpx.Client(
        transport=guarded_transport(allow_private_network, settings.resolver),
        timeout=timeout, follow_redirects=False, trust_env=False,
        headers={"User-Agent": settings.user_agent},
    )


class HostPacer:
    """At most N requests in flight per host, and a delay between request starts to one host."""

    def __init__(self, concurrency: int, delay: float):
        self.concurrency, self.delay = concurrency, delay
        self._lock = threading.Lock()
        self._slots: dict[str, threading.Semaphore] = {}
        self._next_start: dict[str, float] = {}
        self._host_delay: dict[str, float] = {}

    def slow_down(self, url: str, delay: float) -> None:
        """Space this URL's host at least `delay` seconds apart (a robots.txt Crawl-delay)."""
        host = (urlsplit(url).hostname or "").lower()
        with self._lock:
            self._host_delay[host] = max(delay, self._host_delay.get(host, 0.0))

    @contextmanager
    def slot(self, url: str) -> Iterator[None]:
        host = (urlsplit(url).hostname or "").lower()
        with self._lock:
            semaphore = self._slots.setdefault(host, threading.Semaphore(self.concurrency))
        with semaphore:
            with self._lock:
                start = max(time.monotonic(), self._next_start.get(host, 0.0))
                self._next_start[host] = start + max(self.delay,
                                                     self._host_delay.get(host, 0.0))
            time.sleep(max(0.0, start - time.monotonic()))
            yield


def read_capped(response: httpx.Response, limit: int, deadline: float, truncate: bool) -> bytes:
    """The decoded body, refused past `limit` bytes (or cut there) and past the deadline."""
    declared = response.headers.get("content-length", "")
    if not truncate and declared.isdigit() and int(declared) > limit:
        raise FetchError(f"too large: Content-Length {declared} over the {limit} byte cap",
                         status=response.status_code)
    chunks, size = [], 0
    for chunk in response.iter_bytes():
        size += len(chunk)
        chunks.append(chunk)
        if size > limit:
            if truncate:
                return b"".join(chunks)[:limit]
            raise FetchError(f"too large: over the {limit} byte cap after decoding",
                             status=response.status_code)
        if time.monotonic() > deadline:
            raise FetchError(TOTAL_DEADLINE_MESSAGE, status=response.status_code)
    return b"".join(chunks)


def retry_after_seconds(value: str | None) -> float | None:
    """Seconds a Retry-After header asks for (delta-seconds or an HTTP date), or None.

    >>> retry_after_seconds("2"), retry_after_seconds("soon")
    (2.0, None)
    """
    if not value:
        return None
    if value.strip().isdigit():
        return float(value.strip())
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())


def get_once(client: httpx.Client, url: str, headers: dict[str, str], settings: FetchSettings,
             *, limit: int, truncate: bool = False) -> HttpResult:
    """One GET without redirects; a retryable status or network fault raises a retryable error."""
    deadline = time.monotonic() + settings.total_timeout
    token = request_deadline.set(deadline)
    try:
        return _get_within(client, url, headers, deadline, limit, truncate)
    except httpx.TimeoutException as exc:
        if time.monotonic() >= deadline:  # deliberately slow: another attempt would be too
            raise FetchError(TOTAL_DEADLINE_MESSAGE) from exc
        raise FetchError(f"timeout: {type(exc).__name__} on {url}", retryable=True) from exc
    finally:
        request_deadline.reset(token)


def _get_within(client: httpx.Client, url: str, headers: dict[str, str], deadline: float,
                limit: int, truncate: bool) -> HttpResult:
    try:
        with client.stream("GET", url, headers=headers) as response:
            result = HttpResult(url, url, response.status_code, dict(response.headers.items()))
            if response.status_code in RETRY_STATUSES:
                raise FetchError(f"HTTP {response.status_code} {response.reason_phrase}",
                                 status=response.status_code, retryable=True,
                                 retry_after=retry_after_seconds(response.headers.get("retry-after")))
            if 200 <= response.status_code < 300:
                result.body = read_capped(response, limit, deadline, truncate)
            return result
    except AddressRefused as exc:
        raise FetchError(str(exc), refused=True) from exc
    except httpx.TimeoutException:
        raise  # get_once tells a total-deadline timeout from a retryable one
    except httpx.UnsupportedProtocol as exc:
        raise FetchError(f"unsupported protocol: {exc}") from exc
    except httpx.DecodingError as exc:
        raise FetchError(f"undecodable body: {exc}") from exc
    except httpx.ConnectError as exc:
        if _caused_by_tls(exc):  # a bad certificate stays bad: no retry, no insecure fallback
            raise FetchError(f"TLS refused: {exc}") from exc
        raise FetchError(f"network error: ConnectError: {exc}", retryable=True) from exc
    except httpx.TransportError as exc:
        raise FetchError(f"network error: {type(exc).__name__}: {exc}", retryable=True) from exc


def _caused_by_tls(exc: BaseException | None) -> bool:
    while exc is not None:
        if isinstance(exc, ssl.SSLError):
            return True
        exc = exc.__cause__ or exc.__context__
    return False


def get_with_retries(client: httpx.Client, url: str, headers: dict[str, str],
                     settings: FetchSettings, pacer: HostPacer, *, limit: int,
                     truncate: bool = False) -> HttpResult:
    """get_once, retried with exponential backoff (or the server's capped Retry-After)."""
    for attempt in range(settings.retries + 1):
        try:
            with pacer.slot(url):
                return get_once(client, url, headers, settings, limit=limit, truncate=truncate)
        except FetchError as exc:
            if not exc.retryable:
                raise
            if attempt == settings.retries:
                exc.message = f"{exc.message} (after {attempt + 1} attempts)"
                exc.args = (exc.message,)
                raise
            wait = settings.backoff * 2**attempt
            if exc.retry_after is not None:
                wait = min(exc.retry_after, settings.max_retry_after)
            time.sleep(wait)
    raise AssertionError("unreachable: the loop returns or raises")


def get_following(client: httpx.Client, url: str, headers: dict[str, str],
                  settings: FetchSettings, pacer: HostPacer, *, allow_private_network: bool,
                  check=None, limit: int | None = None, truncate: bool = False) -> HttpResult:
    """GET with redirects followed by hand: every hop's scheme, address and robots vetted."""
    current = url
    for _ in range(settings.max_redirects + 1):
        reason = url_refusal(current, allow_private_network=allow_private_network)
        if reason:
            raise FetchError(f"refused {current}: {reason}", refused=True)
        if check is not None:
            check(current)
        result = get_with_retries(client, current, headers, settings, pacer,
                                  limit=limit or settings.max_bytes, truncate=truncate)
        if result.status not in REDIRECT_STATUSES:
            result.url, result.final_url = url, current
            return result
        location = result.headers.get("location")
        if not location:
            raise FetchError(f"HTTP {result.status} redirect without a Location",
                             status=result.status)
        current = urljoin(current, location)
    raise FetchError(f"too many redirects (more than {settings.max_redirects})",
                     status=result.status)
