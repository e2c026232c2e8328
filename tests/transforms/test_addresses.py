"""The SSRF guard's decisions, as pure functions: no packet is sent by these tests."""

from __future__ import annotations

import ipaddress

import pytest

from transforms.addresses import address_refusal, literal_address, url_refusal

LOOPBACK_SPELLINGS = [
    "http://127.0.0.1/secret",
    "http://2130706433/secret",
    "http://0x7f000001/secret",
    "http://017700000001/secret",
    "http://127.1/secret",
    "http://0/secret",
    "http://0.0.0.0/secret",
    "http://[::ffff:127.0.0.1]/secret",
    "http://[::1]/secret",
    "http://localhost/secret",
    "http://api.localhost/secret",
]

INTERNAL_ADDRESSES = [
    "http://169.254.169.254/latest/meta-data/",
    "http://100.64.0.1/",
    "http://10.0.0.5/",
    "http://172.16.3.4/",
    "http://192.168.1.1/",
    "http://[fd00::1]/",
    "http://[fe80::1]/",
    "http://[64:ff9b::7f00:1]/",
    "http://[2002:7f00:1::1]/",
    "http://[::ffff:10.0.0.1]/",
    "http://224.0.0.1/",
]


@pytest.mark.parametrize("url", LOOPBACK_SPELLINGS, ids=lambda u: u.split("/")[2])
def test_every_loopback_spelling_is_refused(url):
    assert url_refusal(url) is not None


@pytest.mark.parametrize("url", INTERNAL_ADDRESSES, ids=lambda u: u.split("/")[2])
def test_private_link_local_cgnat_and_wrapped_addresses_are_refused(url):
    assert url_refusal(url) is not None


@pytest.mark.parametrize("url", LOOPBACK_SPELLINGS + INTERNAL_ADDRESSES[:3])
def test_allow_private_network_lets_internal_addresses_through(url):
    assert url_refusal(url, allow_private_network=True) is None


@pytest.mark.parametrize(
    "url",
    ["file:///etc/passwd", "ftp://example.org/a", "data:text/html,hi", "javascript:alert(1)",
     "gopher://example.org/", "mailto:a@example.org"],
    ids=["file", "ftp", "data", "javascript", "gopher", "mailto"],
)
def test_schemes_other_than_http_and_https_are_refused_even_when_private_is_allowed(url):
    reason = url_refusal(url, allow_private_network=True)
    assert reason is not None and "not http or https" in reason


@pytest.mark.parametrize(
    "url", ["https://example.org/a", "http://93.184.216.34/", "http://[2001:4860:4860::8888]/",
            "http://[2002:808:808::1]/", "https://news.example.com:8443/x?y=1"],
)
def test_public_names_and_addresses_pass(url):
    assert url_refusal(url) is None


def test_a_url_without_host_or_with_a_bad_port_is_refused_with_its_reason():
    assert url_refusal("http:///path") == "URL has no host"
    assert url_refusal("http://example.org:99999/").startswith("malformed URL")


@pytest.mark.parametrize(
    ("host", "expected"),
    [("2130706433", "127.0.0.1"), ("0x7f000001", "127.0.0.1"), ("017700000001", "127.0.0.1"),
     ("127.1", "127.0.0.1"), ("0", "0.0.0.0"), ("[::1]", "::1"), ("10.1", "10.0.0.1")],
)
def test_legacy_numeric_spellings_are_read_as_the_address_they_reach(host, expected):
    assert literal_address(host) == ipaddress.ip_address(expected)


def test_names_are_not_addresses():
    assert literal_address("example.org") is None
    assert literal_address("1.2.3.4.5") is None


def test_the_metadata_address_is_refused_as_link_local():
    assert address_refusal(ipaddress.ip_address("169.254.169.254")) == (
        "link-local address 169.254.169.254"
    )


def test_nat64_wrapping_a_public_address_passes():
    assert address_refusal(ipaddress.ip_address("64:ff9b::808:808")) is None
