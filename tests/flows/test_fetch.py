"""The fetcher against a real HTTP server on loopback: one route per fault, hits counted.

Good-page tests allow the private network (the loopback server is itself private); the SSRF
tests do not, and assert that the secret route was never requested.
"""

from __future__ import annotations

import socket
import sys
import time
from dataclasses import replace
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from loopback import (  # noqa: E402
    LoopbackServer,
    drip,
    gzip_bomb,
    hang,
    redirect,
    sequence,
    short_body,
    static,
    streamed,
)

from flows.fetch import FetchSettings, fetch_documents  # noqa: E402
from flows.sources import Source  # noqa: E402
from transforms.records import InputFailure, RawDocument  # noqa: E402

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
PAGE = (FIXTURES / "web" / "news" / "ceasefire-talks.html").read_bytes()
FAST = FetchSettings(connect_timeout=2, read_timeout=2, total_timeout=5, retries=2, backoff=0.01,
                     per_host_delay=0, allow_private_network=True, respect_robots=False)


@pytest.fixture
def server():
    with LoopbackServer() as running:
        yield running


def fetch(url: str, settings: FetchSettings = FAST, kind: str = "page", known=None, **source):
    return list(fetch_documents([Source(name="test", kind=kind, location=url, **source)],
                                known or {}, settings))


def only(items: list, kind: type):
    assert len(items) == 1 and isinstance(items[0], kind), items
    return items[0]


def test_a_good_page_arrives_byte_for_byte_with_status_headers_and_final_url(server):
    url = server.route("/news/a.html", static(PAGE, headers={"ETag": '"v1"'}))
    doc = only(fetch(url), RawDocument)
    assert doc.body == PAGE and doc.media_type == "text/html"
    assert doc.http_status == 200 and doc.headers["etag"] == '"v1"'
    assert doc.uri == url and doc.metadata["url"] == url and doc.metadata_sources["url"] == "http"
    assert doc.fetched_at is not None and doc.source == "test"


def test_requests_name_datelines_in_the_user_agent(server):
    fetch(server.route("/a", static(PAGE)))
    assert "datelines" in server.requests[0][1]["User-Agent"]


def test_canonical_uri_lowercases_the_host_and_drops_the_fragment(server):
    url = server.route("/a", static(PAGE)).replace("127.0.0.1", "127.0.0.1") + "#comments"
    doc = only(fetch(url.replace("http://", "HTTP://")), RawDocument)
    assert doc.uri == server.url("/a")


def test_404_is_an_error_row_without_retry(server):
    failure = only(fetch(server.url("/missing")), InputFailure)
    assert (failure.stage, failure.http_status, failure.severity) == ("fetch", 404, "error")
    assert failure.message == "HTTP 404" and server.hits["/missing"] == 1


def test_500_then_200_is_retried_and_loads(server):
    url = server.route("/flaky", sequence(static(b"oops", status=500), static(PAGE)))
    assert only(fetch(url), RawDocument).body == PAGE
    assert server.hits["/flaky"] == 2


def test_persistent_503_gives_up_after_the_retries_with_its_status(server):
    url = server.route("/down", static(b"down", status=503))
    failure = only(fetch(url), InputFailure)
    assert failure.http_status == 503 and "after 3 attempts" in failure.message
    assert server.hits["/down"] == 3


def test_429_waits_for_retry_after_before_the_next_attempt(server):
    url = server.route("/busy", sequence(static(b"", status=429, headers={"Retry-After": "1"}),
                                         static(PAGE)))
    only(fetch(url), RawDocument)
    first, second = [t for path, _, t in server.requests if path == "/busy"]
    assert second - first >= 1.0


def test_retry_after_is_capped(server):
    url = server.route("/busy", sequence(static(b"", status=429, headers={"Retry-After": "3600"}),
                                         static(PAGE)))
    started = time.monotonic()
    only(fetch(url, replace(FAST, max_retry_after=0.2)), RawDocument)
    assert time.monotonic() - started < 3


def test_a_server_that_never_answers_times_out_within_the_deadline(server):
    url = server.route("/hang", hang)
    started = time.monotonic()
    failure = only(fetch(url, replace(FAST, read_timeout=0.3, retries=1)), InputFailure)
    assert failure.message.startswith("timeout") and time.monotonic() - started < 3
    assert server.hits["/hang"] == 2


def test_a_drip_fed_body_is_cut_at_the_total_deadline(server):
    url = server.route("/drip", drip(total=200, interval=0.05))
    started = time.monotonic()
    failure = only(fetch(url, replace(FAST, total_timeout=0.5)), InputFailure)
    assert failure.message == "timeout: no complete response within the total deadline"
    assert time.monotonic() - started < 3 and server.hits["/drip"] == 1


def test_a_redirect_loop_stops_at_the_redirect_cap(server):
    server.route("/loop-a", redirect("/loop-b"))
    server.route("/loop-b", redirect("/loop-a"))
    failure = only(fetch(server.url("/loop-a")), InputFailure)
    assert failure.message == "too many redirects (more than 5)"
    assert server.hits["/loop-a"] + server.hits["/loop-b"] == 6


def test_redirects_are_followed_and_the_final_url_is_kept(server):
    server.route("/old", redirect("/new", status=301))
    server.route("/new", static(PAGE))
    doc = only(fetch(server.url("/old")), RawDocument)
    assert doc.uri == server.url("/old") and doc.metadata["final_url"] == server.url("/new")


def test_a_redirect_to_a_file_url_is_refused(server):
    failure = only(fetch(server.route("/to-file", redirect("file:///etc/passwd"))), InputFailure)
    assert failure.message == "refused file:///etc/passwd: scheme 'file' is not http or https"


def test_a_body_over_the_cap_with_content_length_is_refused_before_reading(server):
    url = server.route("/huge", streamed(25 * 1024 * 1024, content_length=True))
    failure = only(fetch(url), InputFailure)
    assert failure.message == "too large: Content-Length 26214400 over the 20971520 byte cap"


def test_a_25_mb_body_without_content_length_is_cut_at_20_mb(server):
    failure = only(fetch(server.route("/huge", streamed(25 * 1024 * 1024))), InputFailure)
    assert failure.message == "too large: over the 20971520 byte cap after decoding"


def test_a_gzip_bomb_is_stopped_by_the_cap_on_decoded_bytes(server):
    bomb = gzip_bomb(64)
    assert len(bomb) < 200_000
    url = server.route("/bomb", static(bomb, headers={"Content-Encoding": "gzip"}))
    failure = only(fetch(url), InputFailure)
    assert failure.message == "too large: over the 20971520 byte cap after decoding"


def test_a_truncated_body_is_retried_then_an_error_never_a_short_document(server):
    failure = only(fetch(server.route("/short", short_body)), InputFailure)
    assert failure.message.startswith("network error: RemoteProtocolError")
    assert server.hits["/short"] == 3


@pytest.mark.parametrize(
    ("body", "declared", "found"),
    [(b"\x89PNG\r\n\x1a\n\x00\x00", "text/html", "image/png"),
     (b"%PDF-1.7\n", "text/html", "application/pdf"),
     (b'{"status": "ok"}', "text/html", "application/json"),
     (b"GIF89a....", "image/gif", "image/gif")],
    ids=["png-as-html", "pdf-as-html", "json-as-html", "gif"],
)
def test_a_non_html_body_is_an_error_row_naming_what_it_is(server, body, declared, found):
    failure = only(fetch(server.route("/blob", static(body, declared))), InputFailure)
    assert failure.message == f"not HTML: the body is {found}"


def test_invalid_utf8_is_stored_as_the_raw_bytes_received(server):
    body = b"<html><head><meta charset='utf-8'><title>Caf\xe9</title></head><p>\xff\xfe</p></html>"
    assert only(fetch(server.route("/latin", static(body))), RawDocument).body == body


def test_a_dns_failure_is_an_error_row_after_limited_retries(server):
    def no_such_name(host, port):
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    failure = only(fetch("http://news.example.invalid/a", replace(FAST, resolver=no_such_name)),
                   InputFailure)
    assert failure.message.startswith("network error: ConnectError: cannot resolve")
    assert "after 3 attempts" in failure.message


def test_proxy_variables_in_the_environment_are_ignored(server, monkeypatch):
    monkeypatch.setenv("HTTP_PROXY", "http://127.0.0.1:9")
    monkeypatch.setenv("ALL_PROXY", "http://127.0.0.1:9")
    assert only(fetch(server.route("/a", static(PAGE))), RawDocument).body == PAGE


def test_a_self_signed_certificate_is_refused_without_retry_or_insecure_fallback(tmp_path):
    import shutil
    import ssl
    import subprocess

    if shutil.which("openssl") is None:
        pytest.skip("openssl is needed to make the test's self-signed certificate")
    key, cert = tmp_path / "key.pem", tmp_path / "cert.pem"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
                    "-keyout", str(key), "-out", str(cert), "-subj", "/CN=127.0.0.1",
                    "-addext", "subjectAltName=IP:127.0.0.1"], check=True, capture_output=True)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    tls = LoopbackServer()
    tls.socket = context.wrap_socket(tls.socket, server_side=True)
    with tls:
        tls.route("/a", static(PAGE))
        url = f"https://127.0.0.1:{tls.server_address[1]}/a"
        failure = only(fetch(url), InputFailure)
    assert failure.message.startswith("TLS refused:")
    assert "CERTIFICATE_VERIFY_FAILED" in failure.message
    assert tls.hits["/a"] == 0


def test_credentials_in_a_url_are_dropped_from_its_identity_and_never_sent(server):
    url = server.route("/a", static(PAGE)).replace("http://", "http://reader:hunter2@")
    doc = only(fetch(url), RawDocument)
    assert doc.uri == server.url("/a")
    assert "Authorization" not in server.requests[0][1]


def test_a_malformed_url_is_an_error_row_naming_it(server):
    failure = only(fetch("http://127.0.0.1:99999/a"), InputFailure)
    assert failure.message.startswith("refused http://127.0.0.1:99999/a: malformed URL")


def test_local_sources_are_left_to_the_file_reader(tmp_path):
    assert list(fetch_documents([Source("inbox", "local", str(tmp_path))], {}, FAST)) == []


def _drip_headers(req):
    """The status line and headers one byte at a time, each well inside the read timeout."""
    head = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 2\r\n\r\nok"
    for byte in head:
        if req.server.stopping.wait(0.05):
            return
        req.wfile.write(bytes([byte]))
        req.wfile.flush()


def test_drip_fed_headers_are_cut_at_the_total_deadline_too(server):
    url = server.route("/slow-headers", _drip_headers)
    started = time.monotonic()
    failure = only(fetch(url, replace(FAST, read_timeout=1, total_timeout=0.5)), InputFailure)
    assert failure.message == "timeout: no complete response within the total deadline"
    assert time.monotonic() - started < 2 and server.hits["/slow-headers"] == 1
