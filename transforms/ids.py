"""Deterministic ids: the same input always gets the same key, so loads are idempotent."""

from __future__ import annotations

import hashlib


def stable_id(*parts: object, length: int = 16) -> str:
    """Hex sha256 of the parts joined by a separator no part can contain unescaped.

    >>> stable_id("file:///samples/seed.txt")
    'ba6ba5e1bd377430'
    """
    joined = "\x1f".join("" if p is None else str(p) for p in parts)
    return hashlib.sha256(joined.encode("utf-8", "surrogatepass")).hexdigest()[:length]


def doc_id_for(uri: str) -> str:
    """The document key: a hash of its canonical uri (never of its content, which may change)."""
    return stable_id("doc", uri)


def content_hash(body: bytes) -> str:
    """Full sha256 of the raw bytes: tells a changed document from an unchanged one."""
    return hashlib.sha256(body).hexdigest()
