"""Shared fixtures: quiet Prefect settings, one Prefect test API per session, fixed paths.

The environment is set at import, before any test module imports Prefect, so that telemetry is
off and Prefect's INFO logs stay hidden (settings, not output filtering).
"""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest

for _key, _value in {
    "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
    "DO_NOT_TRACK": "1",
    "PREFECT_LOGGING_LEVEL": "WARNING",
    "PREFECT_SERVER_LOGGING_LEVEL": "WARNING",
    "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "120",
}.items():
    os.environ.setdefault(_key, _value)

REPO_ROOT = Path(__file__).resolve().parents[1]
CORPORA = REPO_ROOT.parent / "shared" / "corpora"
SEED_ANCHOR = date(2024, 10, 18)


@pytest.fixture(scope="session")
def prefect_api():
    """One temporary Prefect API (its own database) for every flow run of the session."""
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=120):
        yield


@pytest.fixture(scope="session")
def repo_root() -> Path:
    return REPO_ROOT


@pytest.fixture(scope="session")
def corpora() -> Path:
    """`../shared/corpora`, or a clean skip saying why when this checkout has none."""
    if not CORPORA.is_dir():
        pytest.skip(
            f"corpora not available at {CORPORA} (tests on real data need ../shared/corpora)"
        )
    return CORPORA
