"""What a person sees: a progress bar while batches run, a one-screen summary, tables.

Everything goes through rich on standard error except results (tables, CSV, JSON), which go to
standard output so they can be piped.
"""

from __future__ import annotations

from contextlib import contextmanager
from typing import Any

import polars as pl
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn
from rich.table import Table
from rich.text import Text

stderr = Console(stderr=True, soft_wrap=True)
# Piped output keeps whole rows: rich would otherwise wrap every cell to 80 columns.
stdout = Console(width=None if Console().is_terminal else 220)

MAX_LISTED_FAILURES = 10
MAX_CELL_WIDTH = 70


class ProgressReporter:
    """The pipeline's progress hook: one tick per input read and processed."""

    def __init__(self, progress: Progress, task_id: Any):
        self._progress = progress
        self._task_id = task_id

    def advance(self, n: int) -> None:
        self._progress.advance(self._task_id, n)


@contextmanager
def progress_bar(label: str):
    """A live progress bar on standard error (plain, without animation, when not a terminal)."""
    columns = (SpinnerColumn(), TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn())
    with Progress(*columns, console=stderr, transient=True) as progress:
        yield ProgressReporter(progress, progress.add_task(label, total=None))


def print_summary(summary: Any, warehouse: str) -> None:
    """The end-of-run summary: counts, failed inputs, data-test results, time."""
    table = Table(title=f"datelines run {summary.run_id}", show_header=False, box=None)
    table.add_column(style="bold")
    table.add_column(justify="right")
    for label, value in (
        ("inputs read", summary.inputs_read),
        ("articles loaded", summary.articles_loaded),
        ("unchanged (skipped)", summary.unchanged),
        ("duplicates linked", summary.duplicates),
        ("temporal expressions", summary.timexes_found),
        ("event mentions", summary.events_found),
        ("errors", summary.errors),
        ("warnings", summary.warnings),
        ("time", f"{summary.seconds:.1f} s"),
        ("status", summary.status),
    ):
        table.add_row(label, str(value))
    stderr.print(table)
    print_failures(summary.failures)
    print_checks(summary.checks)
    if summary.message:
        stderr.print(f"[bold]{escape(summary.message)}[/bold]")
    where = escape(str(warehouse))
    stderr.print(f'warehouse: {where}  (errors: datelines sql "select * from stg_errors")')


def print_failures(failures: list[dict]) -> None:
    for row in failures[:MAX_LISTED_FAILURES]:
        where, stage, message = (escape(str(row[key])) for key in ("uri", "stage", "message"))
        stderr.print(f"  [red]error[/red] {where} \\[{stage}]: {message}")
    if len(failures) > MAX_LISTED_FAILURES:
        stderr.print(f"  ... and {len(failures) - MAX_LISTED_FAILURES} more in stg_errors")


def print_checks(checks: list[Any]) -> None:
    """Data tests that found offending rows, with up to five examples each."""
    for check in checks:
        if not check.failing_rows:
            continue
        colour = "red" if check.severity == "error" else "yellow"
        stderr.print(
            f"  [{colour}]{check.severity}[/{colour}] data test {escape(check.name)}: "
            f"{check.failing_rows} offending rows"
        )
        for example in list(check.examples)[:5]:
            stderr.print(f"      {escape(str(example))}")


def print_frame(df: pl.DataFrame, fmt: str, title: str | None = None) -> None:
    """A result frame as a table, CSV or JSON Lines on standard output."""
    from warehouse.queries import to_csv, to_json_lines

    if fmt == "csv":
        stdout.out(to_csv(df), end="")
    elif fmt == "json":
        stdout.out(to_json_lines(df), end="")
    else:
        stdout.print(rich_table(df, title))


def rich_table(df: pl.DataFrame, title: str | None = None) -> Table:
    """One line per row: long text cells are cut with an ellipsis, not wrapped."""
    table = Table(title=title, show_lines=False)
    for column in df.columns:
        table.add_column(
            column,
            no_wrap=True,
            overflow="ellipsis",
            max_width=MAX_CELL_WIDTH,
            min_width=min(len(column), 14),
        )
    for row in df.iter_rows():
        # cells are data, never markup: a quote's "[to fight in Ukraine]" is shown as written
        table.add_row(*(Text(display_value(value)) for value in row))
    return table


def display_value(value: Any) -> str:
    """A cell as people read it: whole numbers without `.0`, nothing for null.

    >>> display_value(12000.0), display_value(None), display_value(2.5)
    ('12000', '', '2.5')
    """
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)
