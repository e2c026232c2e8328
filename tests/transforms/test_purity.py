"""transforms/ stays pure: no module imports Prefect, DuckDB, an HTTP client, flows or warehouse."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

TRANSFORMS = Path(__file__).resolve().parents[2] / "transforms"
FORBIDDEN = {"prefect", "duckdb", "httpx", "requests", "urllib3", "aiohttp", "flows", "warehouse"}
FORBIDDEN_MODULES = {"urllib.request", "http.client"}


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


@pytest.mark.parametrize(
    "module", sorted(TRANSFORMS.rglob("*.py")), ids=lambda p: str(p.relative_to(TRANSFORMS))
)
def test_transform_module_imports_no_io_library(module):
    bad = {
        name
        for name in imported_modules(module)
        if name.split(".")[0] in FORBIDDEN or name in FORBIDDEN_MODULES
    }
    assert not bad, f"{module.name} imports {sorted(bad)}"


def test_the_purity_check_catches_a_forbidden_import(tmp_path):
    module = tmp_path / "bad.py"
    module.write_text(
        "import duckdb\nfrom prefect import flow\nfrom urllib.request import urlopen\n"
    )
    found = imported_modules(module)
    assert {"duckdb", "prefect", "urllib.request"} <= found
