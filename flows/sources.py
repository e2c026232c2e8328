"""Sources: what to read or fetch, from the command line or from a `sources.toml` file.

The shipped `sources.toml` (repo root) holds the defaults; a user file overrides only the keys
it sets, source by source (trafilatura's settings.cfg + use_config), and adds new sources.
A user file with `inherit = false` at the top starts from an empty list instead.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

SHIPPED_SOURCES = Path(__file__).resolve().parents[1] / "sources.toml"
KINDS = ("local", "page", "feed")
NAME_PATTERN = re.compile(r"^[a-z0-9][a-z0-9_-]{0,63}$")
LANG_PATTERN = re.compile(r"^[a-z]{2,3}$")


@dataclass(frozen=True)
class Source:
    """One named input. `kind`: local (file, folder or "-"), page, or feed (decided by content
    after fetching when the URL came from the command line). `schedule` is a cron string."""

    name: str
    kind: str
    location: str
    lang: str | None = None
    schedule: str | None = None
    allow_private_network: bool = False
    max_entries: int | None = None
    enabled: bool = True


SOURCE_KEYS = {f.name for f in fields(Source)} - {"name"}


def sources_from_args(
    args: list[str], *, lang: str | None = None, allow_private_network: bool = False,
) -> list[Source]:
    """Command-line inputs as Sources: "-" and paths are local, http(s) URLs are pages.

    >>> sources_from_args(["https://example.org/feed.xml"])[0].kind
    'page'
    """
    return [_source_from_arg(arg, lang, allow_private_network) for arg in args]


def _source_from_arg(arg: str, lang: str | None, allow_private_network: bool) -> Source:
    common = {"lang": lang, "allow_private_network": allow_private_network}
    if arg == "-":
        return Source(name="-", kind="local", location="-", **common)
    scheme = arg.split("://", 1)[0].lower() if "://" in arg else None
    if scheme in ("http", "https"):
        return Source(name=arg, kind="page", location=arg, **common)
    if scheme is not None:
        raise ValueError(f"{arg}: only http and https URLs can be fetched")
    if not Path(arg).exists():
        raise ValueError(f"{arg}: no such file or folder")
    return Source(name=arg, kind="local", location=arg, **common)


def load_sources_file(path: str | Path | None) -> list[Source]:
    """The shipped sources merged with the user file at `path` (None: the shipped ones only).

    Raises ValueError naming the file and the source for anything wrong in either file.
    """
    shipped = _read_toml(SHIPPED_SOURCES) if SHIPPED_SOURCES.exists() else {}
    if path is None or Path(path).resolve() == SHIPPED_SOURCES:
        return _build_sources(shipped, SHIPPED_SOURCES.parent, str(SHIPPED_SOURCES))
    user = _read_toml(Path(path))
    base = shipped if user.pop("inherit", True) else {}
    try:
        merged = merge_source_tables(base, user)
    except ValueError as exc:
        raise ValueError(f"{path}: {exc}") from None
    return _build_sources(merged, Path(path).resolve().parent, str(path))


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ValueError(f"{path}: sources file not found") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ValueError(f"{path}: not valid TOML: {exc}") from None


def merge_source_tables(base: dict[str, Any], user: dict[str, Any]) -> dict[str, Any]:
    """`user` over `base`, key by key inside [defaults] and inside each [sources.<name>].

    >>> merge_source_tables({"sources": {"a": {"kind": "feed", "lang": "en"}}},
    ...                     {"sources": {"a": {"lang": "de"}}})["sources"]["a"]
    {'kind': 'feed', 'lang': 'de'}
    """
    unknown = set(user) - {"defaults", "sources"}
    if unknown:
        raise ValueError(f"unknown top-level keys {sorted(unknown)}; expected defaults, sources")
    merged = {"defaults": {**base.get("defaults", {}), **user.get("defaults", {})}, "sources": {}}
    for name in [*base.get("sources", {}), *user.get("sources", {})]:
        merged["sources"][name] = {**base.get("sources", {}).get(name, {}),
                                   **user.get("sources", {}).get(name, {})}
    return merged


def _build_sources(table: dict[str, Any], base_dir: Path, origin: str) -> list[Source]:
    unknown = set(table) - {"defaults", "sources", "inherit"}
    if unknown:
        raise ValueError(f"{origin}: unknown top-level keys {sorted(unknown)}")
    defaults = table.get("defaults", {})
    _check_keys(defaults, f"{origin}: [defaults]", allowed=SOURCE_KEYS - {"kind", "location"})
    built = [_build_source(name, {**defaults, **entry}, base_dir, f"{origin}: source {name!r}")
             for name, entry in table.get("sources", {}).items()]
    return [source for source in built if source.enabled]


def _check_keys(entry: Any, where: str, allowed: set[str]) -> None:
    if not isinstance(entry, dict):
        raise ValueError(f"{where}: expected a table of keys")
    unknown = set(entry) - allowed
    if unknown:
        raise ValueError(f"{where}: unknown keys {sorted(unknown)}; allowed: {sorted(allowed)}")


def _build_source(name: str, entry: dict[str, Any], base_dir: Path, where: str) -> Source:
    if not NAME_PATTERN.match(name):
        raise ValueError(f"{where}: names are lower-case letters, digits, '-' and '_'")
    _check_keys(entry, where, SOURCE_KEYS)
    kind, location = entry.get("kind"), entry.get("location")
    if kind not in KINDS:
        raise ValueError(f"{where}: kind must be one of {', '.join(KINDS)}, not {kind!r}")
    if not isinstance(location, str) or not location:
        raise ValueError(f"{where}: location is required")
    if kind == "local":
        location = location if location == "-" else str((base_dir / location).resolve())
    elif not location.lower().startswith(("http://", "https://")):
        raise ValueError(f"{where}: a {kind} location must be an http(s) URL")
    source = Source(name=name, kind=kind, location=location, **_typed_options(entry, where))
    return source


def _typed_options(entry: dict[str, Any], where: str) -> dict[str, Any]:
    lang, schedule = entry.get("lang"), entry.get("schedule")
    if lang is not None and not (isinstance(lang, str) and LANG_PATTERN.match(lang)):
        raise ValueError(f"{where}: lang must be an ISO 639 code like 'en', not {lang!r}")
    if schedule is not None:
        validate_cron(schedule, where)
    max_entries = entry.get("max_entries")
    if max_entries is not None and (type(max_entries) is not int or max_entries < 1):
        raise ValueError(f"{where}: max_entries must be a positive integer")
    for key in ("allow_private_network", "enabled"):
        if key in entry and not isinstance(entry[key], bool):
            raise ValueError(f"{where}: {key} must be true or false")
    return {"lang": lang, "schedule": schedule, "max_entries": max_entries,
            "allow_private_network": entry.get("allow_private_network", False),
            "enabled": entry.get("enabled", True)}


def validate_cron(schedule: Any, where: str) -> None:
    """Raise ValueError unless `schedule` is a cron string Prefect accepts."""
    from prefect.client.schemas.schedules import CronSchedule  # Prefect is slow to import
    from pydantic import ValidationError

    try:
        CronSchedule(cron=schedule)
    except (ValidationError, TypeError):
        raise ValueError(f"{where}: schedule {schedule!r} is not a valid cron string") from None
