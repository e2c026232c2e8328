"""The `datelines` command: run, reprocess, timex, events, build, check, timeline, sql, serve.

Exit codes: 0 the run completed (failed documents are listed and recorded), 1 the run itself
failed (warehouse unusable, an error-level data test failed; with --strict also any failed
document), 2 bad usage. Prefect is imported only inside the commands that run flows, after its
environment is set, so `timeline` and `sql` start fast and every command prints cleanly.
"""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Literal

from cyclopts import App, CycloptsError, Parameter

from flows.settings import Settings, quiet_prefect_environment

if TYPE_CHECKING:
    import polars as pl

app = App(name="datelines", help="News articles in, a dated conflict timeline out (DuckDB).")
Format = Literal["table", "csv", "json"]
WarehouseOpt = Annotated[
    Path | None, Parameter(name="--warehouse", help="DuckDB file [env DATELINES_WAREHOUSE].")
]


# What fits on a screen; CSV and JSON carry every column of fct_conflict_timeline.
TIMELINE_TABLE_COLUMNS = [
    "event_date",
    "date_precision",
    "event_type",
    "actor1",
    "actor2",
    "location",
    "quantity",
    "quantity_unit",
    "status",
    "n_sources",
    "summary",
]


def on_screen(df: pl.DataFrame) -> pl.DataFrame:
    """The timeline columns that fit a screen; an actor 2 that only stands in for the claim's
    source or the place says so ("USA (claimant)"), so that "PRK USA" from "a U.S. official said"
    does not read as a battle between them, and a place the event is only near says so too.

    >>> import polars as pl
    >>> df = pl.DataFrame({"actor1": ["PRK", "PRK"], "actor2": ["USA", "UKR"],
    ...                    "actor2_basis": ["claimant", "named"]})
    >>> on_screen(df)["actor2"].to_list()
    ['USA (claimant)', 'UKR']
    >>> near = pl.DataFrame({"location": ["Damascus"], "location_kind": ["vicinity"]})
    >>> on_screen(near)["location"].to_list()
    ['near Damascus']
    """
    import polars as pl

    if "location_kind" in df.columns:
        df = df.with_columns(
            location=pl.when(pl.col("location_kind") == "vicinity")
            .then(pl.format("near {}", pl.col("location")))
            .otherwise(pl.col("location"))
        )
    if "actor2_basis" in df.columns:
        stand_in = pl.col("actor2_basis").is_in(["claimant", "location"])
        df = df.with_columns(
            actor2=pl.when(stand_in)
            .then(pl.format("{} ({})", pl.col("actor2"), pl.col("actor2_basis")))
            .otherwise(pl.col("actor2"))
        )
    return df.select([c for c in TIMELINE_TABLE_COLUMNS if c in df.columns])


class UsageError(Exception):
    """Bad arguments found after parsing (exit code 2)."""


def settings_for(warehouse: Path | None, verbose: bool = False) -> Settings:
    overrides = {"verbose": verbose}
    if warehouse is not None:
        if warehouse.is_dir():
            raise UsageError(f"--warehouse {warehouse} is a directory; give a .duckdb file path")
        overrides["warehouse"] = warehouse
    return Settings(**overrides)


def prepare_prefect(verbose: bool) -> None:
    for key, value in quiet_prefect_environment(verbose).items():
        os.environ.setdefault(key, value)
    if not verbose:
        # Prefect's ephemeral API closes its SQLite pool as the process exits; on a busy machine
        # SQLAlchemy logs that cancelled close as an ERROR with a traceback (PrefectHQ/prefect
        # issue 16504). datelines has no SQLAlchemy of its own: this logger speaks only of
        # Prefect's internal database.
        logging.getLogger("sqlalchemy.pool").setLevel(logging.CRITICAL)


@app.command
def run(
    *sources: str,
    warehouse: WarehouseOpt = None,
    published: Annotated[
        str | None, Parameter(help="Anchor date for documents with none of their own.")
    ] = None,
    lang: Annotated[
        str | None, Parameter(help="Language of documents that do not declare one.")
    ] = None,
    sources_file: Annotated[
        Path | None, Parameter(name="--sources", help="A sources.toml file.")
    ] = None,
    allow_private_network: bool = False,
    strict: Annotated[bool, Parameter(help="Exit 1 when any document failed.")] = False,
    verbose: Annotated[bool, Parameter(help="Show Prefect's own INFO logs.")] = False,
    show_timeline: Annotated[bool, Parameter(help="Print the timeline after the run.")] = True,
) -> int:
    """Read SOURCES (files, folders, .jsonl, URLs, feeds; default: samples/), load, build."""
    settings = settings_for(warehouse, verbose)
    if published is not None:
        check_date_argument("--published", published)
    prepare_prefect(verbose)
    from flows.console import print_summary, progress_bar
    from flows.pipeline import run_pipeline

    locations = list(sources) or ([] if sources_file else [str(settings.samples)])
    with progress_bar("reading and extracting") as progress:
        summary = run_pipeline(
            locations,
            warehouse=str(settings.warehouse),
            published=published,
            lang=lang,
            batch_size=settings.batch_size,
            sources_file=str(sources_file) if sources_file else None,
            allow_private_network=allow_private_network or settings.allow_private_network,
            progress=progress,
            snapshot=str(settings.snapshot_path()),
            user_agent=settings.user_agent,
        )
    print_summary(summary, str(settings.warehouse))
    if show_timeline and summary.status == "completed":
        print_timeline(settings.warehouse, top_rows=40)
    if summary.status != "completed":
        return 1
    return 1 if strict and summary.errors else 0


@app.command
def reprocess(*, warehouse: WarehouseOpt = None, verbose: bool = False) -> int:
    """Re-run extraction, dates, events and models from the stored raw documents (no network)."""
    settings = settings_for(warehouse, verbose)
    prepare_prefect(verbose)
    from flows.console import print_summary
    from flows.reprocess import reprocess as reprocess_flow

    summary = reprocess_flow(
        str(settings.warehouse), settings.batch_size, str(settings.snapshot_path())
    )
    print_summary(summary, str(settings.warehouse))
    return 0 if summary.status == "completed" else 1


@app.command
def timex(*, input: Path, output: Path, lang: str | None = None) -> int:
    """Temporal tagging only: JSON Lines {doc_id, dct, text, lang?} in, {doc_id, timexes} out."""
    from flows.tagging import tag_file

    return tag_file(input, output, lang, mode="timex")


@app.command
def events(*, input: Path, output: Path, lang: str | None = None) -> int:
    """Event extraction only: same input as `timex`, one JSON line per event mention out."""
    from flows.tagging import tag_file

    return tag_file(input, output, lang, mode="events")


@app.command
def build(*, warehouse: WarehouseOpt = None) -> int:
    """Rebuild the SQL models and run the data tests."""
    from flows.console import print_checks
    from warehouse import checks, models
    from warehouse.connection import connect

    con = connect(str(settings_for(warehouse).warehouse))
    models.build_models(con)
    results = checks.run_checks(con)
    print_checks(results)
    return 1 if any(c.severity == "error" and c.failing_rows for c in results) else 0


@app.command
def check(*, warehouse: WarehouseOpt = None) -> int:
    """Run the data tests against the built models."""
    from flows.console import print_checks, stderr
    from warehouse import checks
    from warehouse.connection import connect

    con = connect(str(settings_for(warehouse).warehouse), read_only=True)
    results = checks.run_checks(con)
    print_checks(results)
    failed = [c for c in results if c.severity == "error" and c.failing_rows]
    stderr.print(f"{len(results)} data tests, {len(failed)} failed")
    return 1 if failed else 0


@app.command
def timeline(
    *,
    since: str | None = None,
    until: str | None = None,
    actor: str | None = None,
    type: str | None = None,
    top: int | None = None,
    format: Format = "table",
    warehouse: WarehouseOpt = None,
) -> int:
    """The conflict timeline, one row per event; --top K keeps the K best-attested days."""
    from flows.console import print_frame
    from warehouse.connection import connect
    from warehouse.timeline import TimelineQueryError, query_timeline, timeline_filters

    if top is not None and top < 1:
        raise UsageError("--top takes a positive number of days")
    try:  # bad filters are usage errors, whatever state the warehouse is in
        filters = timeline_filters(since=since, until=until, actor=actor, event_type=type)
    except TimelineQueryError as exc:
        raise UsageError(str(exc)) from None
    con = connect(str(settings_for(warehouse).warehouse), read_only=True)
    df = query_timeline(con, top=top, **filters)
    if format == "table":
        df = on_screen(df)
    print_frame(df, format, title=f"conflict timeline ({df.height} events)")
    return 0


@app.command
def sql(query: str, *, format: Format = "table", warehouse: WarehouseOpt = None) -> int:
    """Ad-hoc SQL against the warehouse (read-only connection)."""
    from flows.console import print_frame
    from warehouse.connection import connect
    from warehouse.queries import run_sql

    con = connect(str(settings_for(warehouse).warehouse), read_only=True)
    print_frame(run_sql(con, query), format)
    return 0


@app.command
def serve(*, sources_file: Annotated[Path | None, Parameter(name="--sources")] = None) -> int:
    """Serve one scheduled deployment per source of the sources file (Ctrl-C to stop)."""
    prepare_prefect(False)
    from flows.deployments import serve_sources

    serve_sources(str(sources_file) if sources_file else None)
    return 0


def print_timeline(warehouse: Path, top_rows: int) -> None:
    from flows.console import print_frame
    from warehouse.connection import connect
    from warehouse.timeline import query_timeline

    con = connect(str(warehouse), read_only=True)
    try:
        df = query_timeline(con)
    finally:
        con.close()
    shown = on_screen(df).head(top_rows)
    print_frame(shown, "table", title=f"conflict timeline ({shown.height} of {df.height} events)")


def check_date_argument(name: str, value: str) -> None:
    from transforms.published import parse_published

    if parse_published(value).published_date is None:
        raise UsageError(f"{name} {value!r} is not a date (use YYYY-MM-DD, YYYY-MM or YYYY)")


def main(argv: list[str] | None = None) -> int:
    """Entry point: parse, dispatch, and turn known failures into messages and exit codes."""
    from rich.markup import escape

    from flows.console import stderr

    try:
        code = app(
            argv if argv is not None else sys.argv[1:],
            exit_on_error=False,
            print_error=True,
            result_action="return_value",
        )
    except (CycloptsError, UsageError) as exc:
        if isinstance(exc, UsageError):
            stderr.print(f"[red]usage:[/red] {escape(str(exc))}")
        return 2
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # noqa: BLE001 - the run itself failed: say why, no traceback
        if os.environ.get("DATELINES_TRACEBACK"):
            raise
        stderr.print(f"[red]datelines failed:[/red] {type(exc).__name__}: {escape(str(exc))}")
        return 1
    return code if isinstance(code, int) else 0


if __name__ == "__main__":
    sys.exit(main())
