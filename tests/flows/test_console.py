"""Console output: tables show the data as written."""

from __future__ import annotations

import polars as pl
from rich.console import Console

from flows.console import rich_table


def test_a_bracketed_insertion_in_a_quote_is_shown_not_read_as_markup():
    summary = "[bold]Budanov: “They will be ready [to fight in Ukraine]”"
    console = Console(record=True, width=200)
    console.print(rich_table(pl.DataFrame({"summary": [summary]})))
    shown = console.export_text()
    assert "[to fight in Ukraine]" in shown
    assert "[bold]Budanov" in shown
