"""Fixtures of the temporal tagger tests: the bundled seed article."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[3]


@pytest.fixture(scope="session")
def seed_text() -> str:
    """The seed article bundled with the product (samples/seed.txt)."""
    return (REPO / "samples" / "seed.txt").read_text(encoding="utf-8")
