"""A real HTTP server on 127.0.0.1:0 in a thread, one route per behaviour, counting hits.

Tests register routes (`server.route("/a", static(b"..."))`), fetch for real over loopback, and
then read `server.hits["/a"]`, `server.requests` (path + headers) and `server.max_in_flight`.
Only loopback is ever served or reached.
"""

from __future__ import annotations

import threading
import time
import zlib
from collections import Counter
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

Handler = Callable[[BaseHTTPRequestHandler], None]


class LoopbackServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self):
        super().__init__(("127.0.0.1", 0), _RequestHandler)
        self.routes: dict[str, Handler] = {}
        self.hits: Counter[str] = Counter()
        self.requests: list[tuple[str, dict[str, str], float]] = []
        self.in_flight = 0
        self.max_in_flight = 0
        self.lock = threading.Lock()
        self.stopping = threading.Event()
        self.thread = threading.Thread(target=self.serve_forever, args=(0.05,), daemon=True)

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"

    def url(self, path: str) -> str:
        return self.base + path

    def route(self, path: str, handler: Handler) -> str:
        self.routes[path] = handler
        return self.url(path)

    def __enter__(self) -> LoopbackServer:
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.stopping.set()
        self.shutdown()
        self.server_close()

    def handle_error(self, request, client_address) -> None:
        pass  # clients hanging up on purpose (caps, deadlines) are expected here


class _RequestHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: LoopbackServer

    def log_message(self, format, *args) -> None:
        pass

    def do_GET(self) -> None:
        path = self.path.split("?", 1)[0]
        server = self.server
        with server.lock:
            server.hits[path] += 1
            server.requests.append((path, dict(self.headers.items()), time.monotonic()))
            server.in_flight += 1
            server.max_in_flight = max(server.max_in_flight, server.in_flight)
        try:
            server.routes.get(path, not_found)(self)
        except (BrokenPipeError, ConnectionResetError):
            pass
        finally:
            with server.lock:
                server.in_flight -= 1


def respond(req: BaseHTTPRequestHandler, status: int, body: bytes = b"",
            headers: dict[str, str] | None = None) -> None:
    req.send_response(status)
    headers = {"Content-Type": "text/html; charset=utf-8", **(headers or {})}
    for key, value in headers.items():
        req.send_header(key, value)
    if "Content-Length" not in headers:
        req.send_header("Content-Length", str(len(body)))
    req.end_headers()
    req.wfile.write(body)


def not_found(req: BaseHTTPRequestHandler) -> None:
    respond(req, 404, b"<html><body>Not found</body></html>")


def static(body: bytes, content_type: str = "text/html; charset=utf-8", status: int = 200,
           headers: dict[str, str] | None = None, delay: float = 0.0) -> Handler:
    def handler(req):
        time.sleep(delay)
        respond(req, status, body, {"Content-Type": content_type, **(headers or {})})
    return handler


def file_route(path: Path, content_type: str) -> Handler:
    return static(path.read_bytes(), content_type)


def sequence(*handlers: Handler) -> Handler:
    """The first request gets handlers[0], the next handlers[1]...; the last one repeats."""
    calls = Counter()

    def handler(req):
        index = min(calls["n"], len(handlers) - 1)
        calls["n"] += 1
        handlers[index](req)
    return handler


def conditional(body: bytes, etag: str, last_modified: str,
                content_type: str = "text/html; charset=utf-8") -> Handler:
    """200 with validators, or 304 when the request carries a matching validator."""
    def handler(req):
        validators = {"ETag": etag, "Last-Modified": last_modified}
        if req.headers.get("If-None-Match") == etag or (
            req.headers.get("If-Modified-Since") == last_modified
        ):
            respond(req, 304, b"", {**validators, "Content-Length": "0"})
        else:
            respond(req, 200, body, {"Content-Type": content_type, **validators})
    return handler


def redirect(location: str, status: int = 302) -> Handler:
    return static(b"", status=status, headers={"Location": location})


def hang(req: BaseHTTPRequestHandler) -> None:
    """Accept the request and never answer (until the server stops)."""
    req.server.stopping.wait(30)


def drip(total: int, interval: float) -> Handler:
    """Headers at once, then one byte every `interval` seconds."""
    def handler(req):
        req.send_response(200)
        req.send_header("Content-Type", "text/html")
        req.send_header("Content-Length", str(total))
        req.end_headers()
        for _ in range(total):
            if req.server.stopping.wait(interval):
                return
            req.wfile.write(b"x")
            req.wfile.flush()
    return handler


def streamed(size: int, chunk: int = 1 << 20, content_length: bool = False) -> Handler:
    """`size` bytes of HTML-ish filler, streamed until the client hangs up (connection closes)."""
    def handler(req):
        req.send_response(200)
        req.send_header("Content-Type", "text/html")
        if content_length:
            req.send_header("Content-Length", str(size))
        else:
            req.send_header("Connection", "close")
        req.end_headers()
        block = b"<p>" + b"a" * (chunk - 7) + b"</p>\n"
        for _ in range(size // len(block)):
            req.wfile.write(block)
        req.close_connection = True
    return handler


def gzip_bomb(decoded_mib: int = 64) -> bytes:
    """Gzip bytes that decode to `decoded_mib` MiB of zeros (about 1/1000 of that on the wire)."""
    compressor = zlib.compressobj(9, zlib.DEFLATED, 31)
    zeros = bytes(1 << 20)
    parts = [compressor.compress(zeros) for _ in range(decoded_mib)]
    return b"".join(parts) + compressor.flush()


def short_body(req: BaseHTTPRequestHandler) -> None:
    """Promises 1000 bytes, sends 10, hangs up."""
    req.send_response(200)
    req.send_header("Content-Type", "text/html")
    req.send_header("Content-Length", "1000")
    req.end_headers()
    req.wfile.write(b"<html>abc<")
    req.close_connection = True
