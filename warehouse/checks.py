"""Data tests: `sql/tests/*.sql` (each a select of offending rows) plus every model's `keys:`.

A data test file opens with `-- severity: error` or `-- severity: warn`, then a line saying what
it asserts. Zero rows means it passes. Error-level failures fail the run; warnings are reported.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import duckdb

from warehouse.models import SQL_DIR, Model, discover_models

SEVERITIES = ("error", "warn")
EXAMPLE_ROWS = 5
_IDENTIFIER = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
_SEVERITY_LINE = re.compile(r"^--\s*severity:\s*(?P<severity>\w+)\s*$")


@dataclass(frozen=True)
class CheckResult:
    """One data test's outcome: `failing_rows` offending rows, up to five of them as examples.

    `error` holds the message when the test query itself could not run (it then counts as
    failing, at its own severity, with `failing_rows` = -1 and the message as its one example).
    """

    name: str
    severity: str
    failing_rows: int
    examples: list[dict[str, Any]] = field(default_factory=list)
    description: str = ""
    error: str | None = None

    @property
    def passed(self) -> bool:
        return self.failing_rows == 0 and self.error is None

    @property
    def fails_run(self) -> bool:
        return not self.passed and self.severity == "error"


@dataclass(frozen=True)
class DataTest:
    """A data test: a name, a severity, a description and the query returning offending rows."""

    name: str
    severity: str
    description: str
    query: str


def read_data_test(path: Path) -> DataTest:
    """Parse a `sql/tests` file; raises `ValueError` when its severity line is missing or wrong."""
    sql = path.read_text(encoding="utf-8")
    lines = sql.splitlines()
    match = _SEVERITY_LINE.match(lines[0].strip()) if lines else None
    if match is None or match["severity"] not in SEVERITIES:
        raise ValueError(f"{path} must start with '-- severity: error' or '-- severity: warn'")
    description = lines[1].removeprefix("--").strip() if len(lines) > 1 else ""
    return DataTest(path.stem, match["severity"], description, sql.strip().rstrip(";"))


def key_test(model: Model) -> DataTest | None:
    """The uniqueness and not-null test of a model's declared `keys:`, or None without keys."""
    if not model.keys:
        return None
    # Keys become identifiers in the query, which cannot be bound parameters: allow-list them.
    malformed = [key for key in model.keys if not _IDENTIFIER.match(key)]
    if malformed:
        raise ValueError(f"{model.path}: keys must be plain column names, not {malformed}")
    keys = ", ".join(f'"{key}"' for key in model.keys)
    any_null = " or ".join(f'"{key}" is null' for key in model.keys)
    query = (
        f"select {keys}, count(*) as n_rows from main.{model.name} "
        f"group by all having count(*) > 1 or bool_or({any_null})"
    )
    description = f"keys ({', '.join(model.keys)}) of {model.name} are unique and not null"
    return DataTest(f"{model.name}__keys_unique_and_not_null", "error", description, query)


def collect_data_tests(sql_dir: Path = SQL_DIR) -> list[DataTest | CheckResult]:
    """Every key test of the models, then every file of `sql/tests`, by name.

    A test file that cannot be read as a data test is returned as its failing `CheckResult`.
    """
    keyed: list[DataTest | CheckResult] = []
    for model in discover_models(sql_dir):
        try:
            test = key_test(model)
        except ValueError as exc:
            test = unrunnable(f"{model.name}__keys_unique_and_not_null", "error", str(exc))
        if test is not None:
            keyed.append(test)
    for path in sorted((Path(sql_dir) / "tests").glob("*.sql")):
        try:
            keyed.append(read_data_test(path))
        except (ValueError, OSError, UnicodeDecodeError) as exc:
            keyed.append(unrunnable(path.stem, "error", str(exc)))
    return keyed


def unrunnable(name: str, severity: str, message: str, description: str = "") -> CheckResult:
    """The result of a data test that could not run: failing, with the reason as its example."""
    return CheckResult(name, severity, -1, [{"error": message}], description, message)


def run_data_test(con: duckdb.DuckDBPyConnection, test: DataTest) -> CheckResult:
    """Run one data test; a query that fails to run is a failing result, not an exception."""
    try:
        relation = con.sql(test.query)
        columns = relation.columns
        rows = relation.fetchall()
    except duckdb.Error as exc:
        message = str(exc).splitlines()[0]
        return unrunnable(test.name, test.severity, message, test.description)
    examples = [dict(zip(columns, row, strict=True)) for row in rows[:EXAMPLE_ROWS]]
    return CheckResult(test.name, test.severity, len(rows), examples, test.description)


def run_checks(con: duckdb.DuckDBPyConnection, sql_dir: str | Path = SQL_DIR) -> list[CheckResult]:
    """Run every data test against the built models; one result per test, failing or not."""
    tests = collect_data_tests(Path(sql_dir))
    with con.cursor() as cursor:  # unaffected by a result left half-fetched on `con`
        return [
            test if isinstance(test, CheckResult) else run_data_test(cursor, test) for test in tests
        ]


def failures(results: list[CheckResult]) -> list[CheckResult]:
    """The results that did not pass, errors first."""
    failing = [result for result in results if not result.passed]
    return sorted(failing, key=lambda r: (r.severity != "error", r.name))


def format_failure(result: CheckResult) -> str:
    """A few lines for a failing test: name, severity, count and up to five example rows.

    >>> print(format_failure(CheckResult("assert_x", "error", 2, [{"id": 1}], "ids are unique")))
    FAIL assert_x (error): 2 offending rows -- ids are unique
        {'id': 1}
    """
    label = "FAIL" if result.severity == "error" else "WARN"
    if result.error is not None:
        return f"{label} {result.name} ({result.severity}): could not run: {result.error}"
    head = f"{label} {result.name} ({result.severity}): {result.failing_rows} offending rows"
    lines = [f"{head} -- {result.description}" if result.description else head]
    lines += [f"    {example}" for example in result.examples]
    return "\n".join(lines)
