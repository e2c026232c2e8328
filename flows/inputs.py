"""Every input a run names, as one stream of raw documents and failures.

Local files and folders go through `flows.read`, web pages and feeds through `flows.fetch`.
The stream is lazy so that a large folder is never held in memory at once.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import islice

from transforms.records import InputFailure, RawDocument


@dataclass
class InputRequest:
    """What the user asked to read: paths, URLs, a sources file, and network permissions."""

    locations: list[str]
    sources_file: str | None = None
    lang: str | None = None
    allow_private_network: bool = False
    user_agent: str | None = None  # None: the fetcher's own, which names datelines and a contact


def is_web_location(location: str) -> bool:
    """True for an http(s) URL; anything else is a local path (or "-" for standard input).

    >>> is_web_location("https://example.org/feed.xml"), is_web_location("samples/seed.txt")
    (True, False)
    """
    return location.lower().startswith(("http://", "https://"))


def iter_inputs(request: InputRequest, known_urls: dict[str, dict]) -> Iterator[object]:
    """Raw documents, input failures and unchanged-URL markers, local inputs first."""
    local = [loc for loc in request.locations if not is_web_location(loc)]
    web = [loc for loc in request.locations if is_web_location(loc)]
    if local:
        from flows.read import read_local

        yield from read_local(local)
    if web or request.sources_file:
        yield from _iter_web(request, web, known_urls)


def _iter_web(
    request: InputRequest, web: list[str], known_urls: dict[str, dict]
) -> Iterator[object]:
    from flows.fetch import FetchSettings, fetch_documents
    from flows.read import read_local
    from flows.sources import load_sources_file, sources_from_args

    sources = sources_from_args(
        web, lang=request.lang, allow_private_network=request.allow_private_network
    )
    if request.sources_file:
        configured = load_sources_file(request.sources_file)
        yield from read_local([s.location for s in configured if s.kind == "local"])
        sources += [s for s in configured if s.kind != "local"]
    overrides = {"user_agent": request.user_agent} if request.user_agent else {}
    settings = FetchSettings(allow_private_network=request.allow_private_network, **overrides)
    yield from fetch_documents(sources, known_urls, settings)


def batched(items: Iterable[object], size: int) -> Iterator[list[object]]:
    """Consecutive lists of at most `size` items.

    >>> list(batched(range(5), 2))
    [[0, 1], [2, 3], [4]]
    """
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


def split_inputs(items: list[object]) -> tuple[list[RawDocument], list[InputFailure], int]:
    """Raw documents, failures, and how many inputs were unchanged since the last fetch."""
    raws = [item for item in items if isinstance(item, RawDocument)]
    failures = [item for item in items if isinstance(item, InputFailure)]
    return raws, failures, len(items) - len(raws) - len(failures)
