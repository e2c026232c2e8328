"""The one settings object: every location and limit, with its default, in one place.

Precedence is command-line flag > environment (`DATELINES_*`) > `.env` > default. The CLI builds
it once and passes it down; transforms never see it (they take plain arguments).
"""

from __future__ import annotations

from pathlib import Path

from pydantic_settings import BaseSettings, SettingsConfigDict

REPO_ROOT = Path(__file__).resolve().parents[1]


class Settings(BaseSettings):
    """Where things live and how hard to try. `DATELINES_WAREHOUSE=/tmp/x.duckdb` overrides one."""

    model_config = SettingsConfigDict(env_prefix="DATELINES_", env_file=".env", extra="ignore")

    warehouse: Path = REPO_ROOT / "warehouse" / "datelines.duckdb"
    # BI tools read this copy, never the live file (DuckDB lets no reader in while a run
    # writes). Default: `snapshots/<warehouse file name>` next to the warehouse.
    snapshot: Path | None = None
    samples: Path = REPO_ROOT / "samples"
    sql_dir: Path = REPO_ROOT / "sql"
    sources_file: Path | None = None
    batch_size: int = 50
    lock_wait_seconds: float = 10.0
    user_agent: str | None = None  # None: flows.http.DEFAULT_USER_AGENT
    allow_private_network: bool = False
    verbose: bool = False

    def snapshot_path(self) -> Path:
        """Where the BI snapshot of this warehouse is published.

        >>> str(Settings(warehouse="/data/w.duckdb").snapshot_path())
        '/data/snapshots/w.duckdb'
        """
        return self.snapshot or self.warehouse.parent / "snapshots" / self.warehouse.name


def quiet_prefect_environment(verbose: bool) -> dict[str, str]:
    """Environment for a clean Prefect run: no telemetry, its INFO logs only with --verbose.

    Applied with `os.environ.setdefault` before Prefect is imported, so a user's own
    PREFECT_* settings still win.

    >>> quiet_prefect_environment(False)["PREFECT_LOGGING_LEVEL"]
    'WARNING'
    """
    return {
        "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
        "DO_NOT_TRACK": "1",
        "PREFECT_LOGGING_LEVEL": "INFO" if verbose else "WARNING",
        "PREFECT_LOGGING_LOG_PRINTS": "false",
        "PREFECT_SERVER_LOGGING_LEVEL": "INFO" if verbose else "WARNING",
        # The ephemeral API starts inside the process; on a busy 2-core machine it can take
        # longer than Prefect's default 20 s to answer.
        "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "120",
    }
