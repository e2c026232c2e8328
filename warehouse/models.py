"""Builds the SQL models in `sql/`, what `dbt run` does for plain DuckDB SQL files.

Finds `sql/{staging,intermediate,marts}/*.sql`, orders them by the model names each file
mentions (layer order breaks ties), and runs `create or replace view` for staging and
intermediate models and `create or replace table` for marts, all in one transaction: a model
that fails leaves every previous build in place. Models whose file is gone are dropped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from graphlib import CycleError, TopologicalSorter
from pathlib import Path

import duckdb

SQL_DIR = Path(__file__).resolve().parents[1] / "sql"
LAYERS = ("staging", "intermediate", "marts")
MATERIALIZATION = {"staging": "view", "intermediate": "view", "marts": "table"}
_LINE_COMMENT = re.compile(r"--[^\n]*")
_MODEL_NAME = re.compile(r"^[a-z][a-z0-9_]*$")
_STALE_CANDIDATE = re.compile(r"^(stg|int|fct|dim)_[a-z0-9_]+$")
_HEADER_FIELD = re.compile(r"^--\s*(?P<field>[a-z_ ]+):\s*(?P<value>.*)$")


class ModelError(Exception):
    """A model could not be built; the message names its file. Nothing of the build was kept."""


@dataclass(frozen=True)
class Model:
    """One SQL model file: its name (the file stem), layer, query text and header fields."""

    name: str
    layer: str
    path: Path
    sql: str

    @property
    def materialization(self) -> str:
        return MATERIALIZATION[self.layer]

    @property
    def keys(self) -> list[str]:
        """The columns the header's `keys:` line declares unique and not null."""
        value = header_fields(self.sql).get("keys", "")
        return [key.strip() for key in value.split(",") if key.strip()]

    def body(self) -> str:
        """The query, without a trailing semicolon, ready to follow `as`."""
        return self.sql.strip().rstrip(";").rstrip()


def header_fields(sql: str) -> dict[str, str]:
    """Fields of the opening comment block (`grain:`, `keys:` ...), keyed by field name.

    >>> header_fields("-- Events.\\n-- grain: one row per event\\n-- keys: event_id\\nselect 1")
    {'grain': 'one row per event', 'keys': 'event_id'}
    """
    fields: dict[str, str] = {}
    for line in sql.splitlines():
        if not line.startswith("--"):
            break
        match = _HEADER_FIELD.match(line.strip())
        if match:
            fields.setdefault(match["field"].strip(), match["value"].strip())
    return fields


def discover_models(sql_dir: Path = SQL_DIR) -> list[Model]:
    """Every model file under the layer folders, in build order."""
    found = [
        Model(path.stem, layer, path, path.read_text(encoding="utf-8"))
        for layer in LAYERS
        for path in sorted((Path(sql_dir) / layer).glob("*.sql"))
    ]
    # The name becomes an identifier in DDL, which cannot be a bound parameter: allow-list it.
    for model in found:
        if not _MODEL_NAME.match(model.name):
            raise ModelError(f"model file {model.path} must be named like stg_articles.sql")
    return order_models(found)


def references(model: Model, names: set[str]) -> set[str]:
    """The other models this model's query mentions (comments ignored)."""
    words = set(re.findall(r"[A-Za-z_][A-Za-z0-9_]*", _LINE_COMMENT.sub("", model.sql)))
    return (words & names) - {model.name}


def order_models(found: list[Model]) -> list[Model]:
    """Models ordered so each comes after those it mentions; ties by layer, then by name."""
    by_name = {model.name: model for model in found}
    if len(by_name) != len(found):
        raise ModelError("two model files share a name: " + ", ".join(sorted(_twins(found))))
    sorter = TopologicalSorter({m.name: references(m, set(by_name)) for m in found})
    try:
        sorter.prepare()
    except CycleError as exc:
        raise ModelError(f"models reference each other in a cycle: {exc.args[1]}") from None
    ordered: list[Model] = []
    ready: set[str] = set()
    while sorter.is_active():
        ready.update(sorter.get_ready())
        # One at a time, so a staging view never waits behind a mart that happens to be ready.
        name = min(ready, key=lambda n: (LAYERS.index(by_name[n].layer), n))
        ready.remove(name)
        ordered.append(by_name[name])
        sorter.done(name)
    return ordered


def _twins(found: list[Model]) -> set[str]:
    names = [model.name for model in found]
    return {str(m.path) for m in found if names.count(m.name) > 1}


def build_models(con: duckdb.DuckDBPyConnection, sql_dir: str | Path = SQL_DIR) -> list[str]:
    """Create or replace every model in schema `main`, in one transaction; returns their names.

    Raises `ModelError` naming the failing file; the previous models are then left untouched.
    """
    ordered = discover_models(Path(sql_dir))
    with con.cursor() as cursor:
        try:
            cursor.execute("begin transaction")
        except duckdb.Error as exc:
            raise ModelError(f"cannot start the model build: {exc}") from None
        for model in ordered:
            _create(cursor, model)
        _drop_stale_models(cursor, {model.name for model in ordered})
        try:
            cursor.execute("commit")
        except duckdb.Error as exc:
            _rollback_quietly(cursor)
            raise ModelError(f"the model build could not be committed: {exc}") from None
    return [model.name for model in ordered]


def _create(cursor: duckdb.DuckDBPyConnection, model: Model) -> None:
    try:
        cursor.execute(
            f"create or replace {model.materialization} main.{model.name} as\n{model.body()}"
        )
    except duckdb.Error as exc:
        _rollback_quietly(cursor)
        raise ModelError(f"model {model.name} ({model.path}) failed: {exc}") from None


def _drop_stale_models(cursor: duckdb.DuckDBPyConnection, current: set[str]) -> None:
    """Drop models whose file is gone (renamed or removed), so no stale view lingers.

    Only names shaped like models are touched: a user's own tables in `main` stay.
    """
    found = cursor.execute(
        "select table_name, 'table' from duckdb_tables() where schema_name = 'main' "
        "union all select view_name, 'view' from duckdb_views() "
        "where schema_name = 'main' and not internal"
    ).fetchall()
    for name, kind in found:
        if _STALE_CANDIDATE.match(name) and name not in current:
            cursor.execute(f'drop {kind} if exists main."{name}"')


def _rollback_quietly(cursor: duckdb.DuckDBPyConnection) -> None:
    try:
        cursor.execute("rollback")
    except duckdb.Error:
        pass  # the failed COMMIT already ended the transaction
