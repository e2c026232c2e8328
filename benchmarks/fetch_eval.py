"""Fetch the shared news corpus over loopback HTTP and print what came back.

    .venv/bin/python benchmarks/fetch_eval.py [--corpus ../shared/corpora/news]

Serves every page of `html/` at its real URL's host and path (a resolver seam maps every name
to 127.0.0.1, so nothing leaves the machine) and every feed of `feeds/`, fetches them all with
`flows.fetch.fetch_documents`, extracts articles, and prints: publication date found with the
manifest's calendar day (target >= 95%), main text non-empty, a second run that makes only
conditional requests and loads nothing new, and each fault's outcome. Exit 1 below target.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import tempfile
import time
from dataclasses import replace
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from threading import Thread
from urllib.parse import unquote, urlsplit

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from flows.fetch import FetchSettings, Unchanged, fetch_documents  # noqa: E402
from flows.sources import Source  # noqa: E402
from transforms.documents import extract_article  # noqa: E402
from transforms.records import DocumentError, InputFailure, RawDocument  # noqa: E402
from warehouse.connection import connect  # noqa: E402
from warehouse.fetch_state import fetch_state_rows, load_fetch_state, upsert_fetch_state  # noqa: E402
from warehouse.schema import ensure_schema  # noqa: E402

TARGET = 0.95


class CorpusServer(ThreadingHTTPServer):
    """Serves files by (Host, path) with ETag/Last-Modified and 304s; counts conditional GETs."""

    daemon_threads = True

    def __init__(self, files: dict[tuple[str, str], tuple[bytes, str]]):
        super().__init__(("127.0.0.1", 0), _Handler)
        self.files, self.requests, self.conditional, self.robots = files, 0, 0, 0
        Thread(target=self.serve_forever, args=(0.05,), daemon=True).start()


class _Handler(BaseHTTPRequestHandler):
    def log_message(self, *args) -> None:
        pass

    def do_GET(self) -> None:
        host = (self.headers.get("Host") or "").split(":")[0].lower()
        found = self.server.files.get((host, unquote(self.path)))
        if self.path == "/robots.txt":  # none served: 404, so robots allow everything
            self.server.robots += 1
        else:
            self.server.requests += 1
            self.server.conditional += "If-None-Match" in self.headers
        if found is None:
            self.send_response(404)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        body, content_type = found
        etag = '"' + hashlib.sha256(body).hexdigest()[:16] + '"'
        status = 304 if self.headers.get("If-None-Match") == etag else 200
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("ETag", etag)
        self.send_header("Content-Length", "0" if status == 304 else str(len(body)))
        self.end_headers()
        if status == 200:
            self.wfile.write(body)


def load_corpus(corpus: Path) -> tuple[list[dict], list[dict], dict]:
    pages = [json.loads(line) for line in (corpus / "manifest.jsonl").read_text().splitlines()]
    feeds = [json.loads(line) for line in (corpus / "feeds.jsonl").read_text().splitlines()]
    files = {}
    for page in pages:
        parts = urlsplit(page["url"])
        path = parts.path + (f"?{parts.query}" if parts.query else "")
        files[(parts.hostname, path)] = ((corpus / page["file"]).read_bytes(), "text/html")
    for feed in feeds:
        files[("feeds.example", "/" + feed["file"])] = (
            (corpus / feed["file"]).read_bytes(), "application/xml")
    return pages, feeds, files


def page_url(page: dict, port: int) -> str:
    parts = urlsplit(page["url"])
    query = f"?{parts.query}" if parts.query else ""
    return f"http://{parts.hostname}:{port}{parts.path}{query}"


def check_pages(pages: list[dict], docs: dict[str, RawDocument], port: int) -> bool:
    dated = right = texts = 0
    for page in pages:
        raw = docs.get(page_url(page, port))
        try:
            article, why = (extract_article(raw) if raw else None), "not fetched"
        except DocumentError as exc:
            article, why = None, exc.message
        got = article.published_date.isoformat() if article and article.published_date else None
        want = page["published"][:10]
        dated += bool(want)
        right += bool(want) and got == want
        texts += bool(article and article.text.strip())
        start = article.text[:70].replace("\n", " ") if article else f"<{why}>"
        mark = "ok " if got == want else "BAD"
        print(f"  {mark} {page['site'][:24]:24} manifest {want} got {got} | {start}")
    share = right / dated if dated else 0.0
    print(f"publication date = manifest day: {right}/{dated} pages ({share:.0%}; target >= 95%)")
    print(f"main text non-empty: {texts}/{len(pages)} pages")
    return share >= TARGET and texts == len(pages)


def run(sources: list[Source], known: dict, settings: FetchSettings) -> list:
    return list(fetch_documents(sources, known, settings))


def fetch_corpus(corpus: Path) -> bool:
    pages, feeds, files = load_corpus(corpus)
    server = CorpusServer(files)
    port = server.server_address[1]
    served_hosts = {host for host, _ in files}

    def loopback_only(host: str, port: int) -> list[str]:
        # Feed entries link to the real sites: they must fail here, never leave the machine.
        if host not in served_hosts:
            raise OSError(f"benchmark resolves only the corpus hosts, not {host}")
        return ["127.0.0.1"]

    settings = FetchSettings(per_host_delay=0, workers=4, retries=0, allow_private_network=True,
                             resolver=loopback_only, max_entries=3)
    sources = [Source(p["site"].replace(".", "-"), "page", page_url(p, port)) for p in pages]
    sources += [Source(f["site"].replace(".", "-") + "-feed", "feed",
                       f"http://feeds.example:{port}/{f['file']}", max_entries=3) for f in feeds]
    started = time.perf_counter()
    first = run(sources, {}, settings)
    seconds = time.perf_counter() - started
    docs = {item.uri: item for item in first if isinstance(item, RawDocument)}
    feeds_stored = sum(d.media_type.endswith("xml") for d in docs.values())
    print(f"first run: {len(docs)} documents ({feeds_stored}/{len(feeds)} feeds stored raw) "
          f"in {seconds:.2f}s, {server.requests} requests")
    rows = [i for i in first if isinstance(i, InputFailure)]
    outside = [i for i in rows if i.stage in ("fetch", "robots")]
    print(f"  {len(outside)} feed entry links not fetched (real sites; only the corpus hosts "
          f"resolve here), e.g. {outside[0].message[:80] if outside else '-'}; "
          f"{len(rows) - len(outside)} feed warnings (entries capped at 3 per feed)")
    ok = check_pages(pages, docs, port)
    second_ok = second_run(server, sources, first, settings)
    server.shutdown()
    return ok and second_ok


def second_run(server: CorpusServer, sources: list[Source], first: list,
               settings: FetchSettings) -> bool:
    """Fetch again with the fetch state the first run stored: only conditional requests."""
    with tempfile.TemporaryDirectory() as folder:
        con = connect(Path(folder) / "w.duckdb")
        ensure_schema(con)
        upsert_fetch_state(con, fetch_state_rows(first))
        known = load_fetch_state(con)
        con.close()
    before_requests, before_conditional = server.requests, server.conditional
    second = run(sources, known, settings)
    made = server.requests - before_requests
    conditional = server.conditional - before_conditional
    new = sum(isinstance(i, RawDocument) for i in second)
    same = sum(isinstance(i, Unchanged) for i in second)
    print(f"second run: {made} page/feed requests, {conditional} of them conditional, "
          f"{same} unchanged, {new} new documents loaded (robots.txt: {server.robots} requests "
          f"over both runs, one per host per run)")
    return new == 0 and conditional == made


def fault_cases(server) -> list[tuple[str, str, object]]:
    """(name, path, handler) for each fault the issue lists, plus one good page."""
    from loopback import drip, gzip_bomb, hang, redirect, sequence, static, streamed

    good = (REPO / "tests" / "fixtures" / "web" / "news" / "ceasefire-talks.html").read_bytes()
    malformed = (REPO / "tests" / "fixtures" / "feeds" / "malformed.rss").read_bytes()
    server.route("/news/ceasefire-talks.html", static(good))
    server.route("/news/grain-corridor.html", static(good.replace(b"Geneva", b"Vienna")))
    return [
        ("good page", "/good", static(good)),
        ("404", "/missing", None),
        ("500 then 200", "/flaky", sequence(static(b"oops", status=500), static(good))),
        ("timeout (never answers)", "/hang", hang),
        ("drip-fed body", "/drip", drip(400, 0.05)),
        ("redirect loop", "/loop", redirect("/loop")),
        ("25 MB body", "/huge", streamed(25 * 1024 * 1024)),
        ("gzip bomb (64 MiB decoded)", "/bomb",
         static(gzip_bomb(64), headers={"Content-Encoding": "gzip"})),
        ("non-HTML body (PNG as text/html)", "/png", static(b"\x89PNG\r\n\x1a\n" + bytes(64))),
        ("malformed feed", "/malformed.rss", static(malformed, "application/rss+xml")),
        ("invalid UTF-8", "/latin", static(good.replace(b"Geneva", b"Gen\xe8ve\xff"))),
    ]


def describe(items: list, server, path: str) -> str:
    parts = []
    for item in items:
        if isinstance(item, InputFailure):
            parts.append(f"{item.severity} row [{item.stage}] {item.message[:70]}")
        elif isinstance(item, RawDocument) and item.media_type.endswith("xml"):
            parts.append(f"feed stored raw ({item.media_type}, {len(item.body)} B)")
        elif isinstance(item, RawDocument):
            try:
                extract_article(item)
                parts.append(f"loaded {item.media_type} ({len(item.body)} B)")
            except DocumentError as exc:
                parts.append(f"stored raw, extract error row: {exc.message[:60]}")
    return f"{'; '.join(parts)} | hits {server.hits[path]}"


def run_faults() -> bool:
    sys.path.insert(0, str(REPO / "tests" / "flows"))
    from loopback import LoopbackServer, static

    from flows.fetch import fetch_feed_links

    settings = FetchSettings(read_timeout=0.5, total_timeout=2, backoff=0.05, per_host_delay=0,
                             allow_private_network=True)
    with LoopbackServer() as server:
        for name, path, handler in fault_cases(server):
            if handler is not None:
                server.route(path, handler)
            kind = "feed" if path.endswith(".rss") else "page"
            started = time.perf_counter()
            items = run([Source(name, kind, server.url(path))], {}, settings)
            took = time.perf_counter() - started
            print(f"  {name:34} {took:5.2f}s  {describe(items, server, path)}")
        server.route("/secret", static(b"<p>internal</p>"))
        feed = (f'<rss version="2.0"><channel><title>x</title><item><title>s</title><link>'
                f"http://2130706433:{server.server_address[1]}/secret</link></item>"
                "</channel></rss>").encode()
        strict = replace(settings, allow_private_network=False)
        items = list(fetch_feed_links(feed, "https://feeds.example/x.rss",
                                      Source("public-feed", "feed", "https://feeds.example/x.rss"),
                                      {}, strict))
        print(f"  {'feed linking to a private address':34}        "
              f"{describe(items, server, '/secret')}")
        return server.hits["/secret"] == 0 and server.hits["/flaky"] == 2


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=REPO / ".." / "shared" / "corpora" / "news")
    args = parser.parse_args()
    if not (args.corpus / "manifest.jsonl").exists():
        print(f"corpus not found at {args.corpus}", file=sys.stderr)
        return 2
    corpus_ok = fetch_corpus(args.corpus)
    print("faults served by a loopback server (each: outcome | server hits):")
    faults_ok = run_faults()
    return 0 if corpus_ok and faults_ok else 1


if __name__ == "__main__":
    sys.exit(main())
