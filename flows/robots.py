"""robots.txt per origin, read once per run, as RFC 9309 says.

A 4xx robots.txt ("unavailable") allows everything; a 5xx, a timeout or a network error
("unreachable") disallows everything (§2.3.1.4); only the first 500 KiB are parsed (§2.5).
"""

from __future__ import annotations

import threading
from urllib.parse import urlsplit
from urllib.robotparser import RobotFileParser

import httpx

from flows.http import FetchError, FetchSettings, HostPacer, get_following


class Verdict:
    """What one origin's robots.txt says: a parser, or everything allowed / disallowed."""

    def __init__(self, parser: RobotFileParser | None = None, allow_all: bool = False,
                 reason: str = ""):
        self.parser, self.allow_all, self.reason = parser, allow_all, reason

    def crawl_delay(self, user_agent: str) -> float | None:
        delay = self.parser.crawl_delay(user_agent) if self.parser is not None else None
        return float(delay) if delay else None

    def allows(self, user_agent: str, url: str) -> bool:
        if self.parser is not None:
            return self.parser.can_fetch(user_agent, url)
        return self.allow_all


def origin_of(url: str) -> str:
    """scheme://host[:port] of a URL.

    >>> origin_of("https://example.org:8443/a/b?c=1")
    'https://example.org:8443'
    """
    parts = urlsplit(url)
    return f"{parts.scheme.lower()}://{parts.netloc.lower()}"


def verdict_from_body(body: bytes) -> Verdict:
    """A robots.txt body (already capped) as a Verdict.

    >>> verdict_from_body(b"User-agent: *\\nDisallow: /private").allows("datelines", "http://a/private/x")
    False
    """
    parser = RobotFileParser()
    parser.parse(body.decode("utf-8", "replace").splitlines())
    return Verdict(parser)


class RobotsPolicy:
    """Fetches and caches each origin's robots.txt; `check` raises FetchError when disallowed."""

    def __init__(self, settings: FetchSettings, pacer: HostPacer):
        self.settings, self.pacer = settings, pacer
        self._verdicts: dict[str, Verdict] = {}
        self._locks: dict[str, threading.Lock] = {}
        self._guard = threading.Lock()

    def check(self, client: httpx.Client, url: str, allow_private_network: bool) -> None:
        if not self.settings.respect_robots:
            return
        verdict = self.verdict(client, origin_of(url), allow_private_network)
        crawl_delay = verdict.crawl_delay(self.settings.user_agent)
        if crawl_delay:
            self.pacer.slow_down(url, min(crawl_delay, self.settings.max_retry_after))
        if not verdict.allows(self.settings.user_agent, url):
            why = verdict.reason or "disallowed by robots.txt"
            raise FetchError(f"robots.txt: {why}", stage="robots")

    def verdict(self, client: httpx.Client, origin: str, allow_private_network: bool) -> Verdict:
        with self._guard:
            lock = self._locks.setdefault(origin, threading.Lock())
        with lock:  # one fetch per origin even when its pages are fetched in parallel
            if origin not in self._verdicts:
                self._verdicts[origin] = self._fetch(client, origin, allow_private_network)
            return self._verdicts[origin]

    def _fetch(self, client: httpx.Client, origin: str, allow_private_network: bool) -> Verdict:
        try:
            result = get_following(
                client, f"{origin}/robots.txt", {}, self.settings, self.pacer,
                allow_private_network=allow_private_network,
                limit=self.settings.robots_max_bytes, truncate=True,
            )
        except FetchError as exc:
            if exc.refused:  # the SSRF guard's refusal is the page's own error, not a robots rule
                raise
            return Verdict(allow_all=False, reason=f"unreachable, so all disallowed ({exc})")
        if 400 <= result.status < 500:
            return Verdict(allow_all=True)
        if result.status >= 300:
            return Verdict(allow_all=False, reason=f"answered HTTP {result.status}, all disallowed")
        return verdict_from_body(result.body)
