"""The timeline query behind `datelines timeline`: filters, and the K best-attested days.

A day's attestation (mart `fct_daily_attestation`) weighs independent sources (distinct sites,
or articles when there is no site): each source dating a matching event on the day in its own
text at day precision counts 2, each source whose text names the day ("22 April", "on
Thursday") counts 1, and each source published on the day or the next only 0.25, a small prior
for the burst of reports that follows an event. Timeline summarization research (Tran et al.
2013; Ghalandari & Ifrim 2020) finds the count of articles referring to a date a strong signal;
publication is only a prior: it takes eight sites publishing to outweigh one dating an event in
its text, or four to outweigh one naming the day. With filters, the event counts are those of
the matching events; references and publications are the whole corpus's. Only days with a matching
day-precision event are ranked; ties go to more sources, more events, then the earlier day, so
the ranking never depends on row order.
"""

from __future__ import annotations

import re
from datetime import date

import duckdb
import polars as pl

_CODE = re.compile(r"^[A-Z]{2,8}$")

TIMELINE_SCHEMA = {
    "event_id": pl.String,
    "event_date": pl.Date,
    "event_end_date": pl.Date,
    "date_precision": pl.String,
    "date_source": pl.String,
    "event_type": pl.String,
    "event_mode": pl.String,
    "event_group": pl.String,
    "status": pl.String,
    "actor1": pl.String,
    "actor2": pl.String,
    "actor2_basis": pl.String,
    "location": pl.String,
    "location_country": pl.String,
    "location_kind": pl.String,
    "quantity": pl.Float64,
    "quantity_unit": pl.String,
    "quantity_qualifier": pl.String,
    "n_mentions": pl.Int64,
    "n_sources": pl.Int64,
    "n_sources_dated_in_text": pl.Int64,
    "attestation_score": pl.Float64,
    "summary": pl.String,
    "first_url": pl.String,
    "first_published_date": pl.Date,
    "doc_ids": pl.List(pl.String),
    "source_keys": pl.List(pl.String),
}
DAY_SCHEMA = {
    "day": pl.Date,
    "n_sources_dated_in_text": pl.Int64,
    "n_sources": pl.Int64,
    "n_events": pl.Int64,
    "n_sources_naming_day": pl.Int64,
    "n_sources_published": pl.Int64,
    "attestation_score": pl.Float64,
}

# Named parameters, never interpolated values: a null filter matches everything.
_FILTERED_EVENTS = """
    select * from fct_conflict_timeline
    where ($since is null or event_date >= $since)
        and ($until is null or event_date <= $until)
        and ($actor is null or $actor in (actor1, actor2))
        and ($event_type is null or event_type = $event_type)
"""

_RANKED_DAYS = (
    "with events as ("
    + _FILTERED_EVENTS
    + "),"
    + """
    day_events as (select event_id, event_date as day from events where date_precision = 'day'),
    day_reports as (
        select
            day_events.day,
            count(distinct fct_event_mentions.source_key) filter (
                where fct_event_mentions.is_dated_in_text
                    and fct_event_mentions.date_precision = 'day'
                    and fct_event_mentions.event_date = day_events.day
            ) as n_sources_dated_in_text,
            count(distinct fct_event_mentions.source_key) as n_sources,
            count(distinct day_events.event_id) as n_events
        from day_events
        inner join fct_event_mentions on fct_event_mentions.event_id = day_events.event_id
        group by day_events.day
    ),
    days_scored as (
        select
            day_reports.*,
            coalesce(attestation.n_sources_naming_day, 0) as n_sources_naming_day,
            coalesce(attestation.n_sources_published, 0) as n_sources_published,
            -- the weights of fct_daily_attestation, with the event count of the filtered events
            2 * day_reports.n_sources_dated_in_text
                + coalesce(attestation.n_sources_naming_day, 0)
                + 0.25 * coalesce(attestation.n_sources_published, 0) as attestation_score
        from day_reports
        left join fct_daily_attestation as attestation
            on attestation.attested_date = day_reports.day
    )
    select * from days_scored
    order by attestation_score desc, n_sources desc, n_events desc, day
"""
)
_ORDERED_EVENTS = _FILTERED_EVENTS + " order by event_date, attestation_score desc, event_id"


_TIMELINE_MODELS = ("fct_conflict_timeline", "fct_event_mentions")


class TimelineQueryError(ValueError):
    """A timeline filter that cannot be applied; the message says which and why."""


def query_timeline(
    con: duckdb.DuckDBPyConnection,
    *,
    since: date | str | None = None,
    until: date | str | None = None,
    actor: str | None = None,
    event_type: str | None = None,
    top: int | None = None,
) -> pl.DataFrame:
    """Timeline events matching the filters, by date; with `top`, only the K best-attested days.

    `actor` matches either actor ("prk" is read as PRK); `since`/`until` bound the start date,
    inclusive. A warehouse whose models were never built gives an empty frame, not an error.

    >>> query_timeline(con, actor="PRK", top=2)["event_date"].unique().to_list()  # doctest: +SKIP
    [datetime.date(2024, 10, 18), datetime.date(2024, 10, 23)]
    """
    params = timeline_filters(since=since, until=until, actor=actor, event_type=event_type)
    if top is not None and (isinstance(top, bool) or not isinstance(top, int) or top < 1):
        raise TimelineQueryError(f"--top must be a whole number of days, 1 or more (got {top!r})")
    if not _has_models(con):
        return pl.DataFrame(schema=TIMELINE_SCHEMA)
    events = con.sql(_ORDERED_EVENTS, params=params).pl()
    if top is None:
        return events
    days = rank_days(con, **params).head(top)["day"].to_list()
    return events.filter(pl.col("date_precision").eq("day") & pl.col("event_date").is_in(days))


def rank_days(con: duckdb.DuckDBPyConnection, **filters: object) -> pl.DataFrame:
    """Days with day-precision events, best attested first (see the module docstring).

    Takes the same filters as `query_timeline`; gives columns `day`, `n_sources_dated_in_text`,
    `n_sources`, `n_events` (of the matching events), `n_sources_naming_day`,
    `n_sources_published` (of the whole corpus) and `attestation_score`.

    >>> rank_days(con).head(1).select("day", "n_sources_dated_in_text", "attestation_score").rows()
    ... # doctest: +SKIP
    [(datetime.date(2024, 10, 18), 9, 27.5)]
    """
    if not _has_models(con):
        return pl.DataFrame(schema=DAY_SCHEMA)
    if not _has_models(con, ("fct_daily_attestation",)):
        raise TimelineQueryError(
            "the warehouse's models predate day ranking (no fct_daily_attestation): "
            "run `datelines build` to rebuild them"
        )
    return con.sql(_RANKED_DAYS, params=timeline_filters(**filters)).pl()


def timeline_filters(
    *, since: object = None, until: object = None, actor: object = None, event_type: object = None
) -> dict[str, object]:
    """Checked filter values as named query parameters.

    >>> timeline_filters(since="2024-10-01", actor="prk")
    {'since': datetime.date(2024, 10, 1), 'until': None, 'actor': 'PRK', 'event_type': None}
    """
    params = {
        "since": _as_date("since", since),
        "until": _as_date("until", until),
        "actor": _as_code("--actor", actor, "an ISO 3166-1 alpha-3 code such as PRK, or NATO"),
        "event_type": _as_code("--type", event_type, "a PLOVER type such as MOBILIZE"),
    }
    if params["since"] and params["until"] and params["since"] > params["until"]:
        raise TimelineQueryError(f"--since {params['since']} is after --until {params['until']}")
    return params


def _as_date(name: str, value: object) -> date | None:
    if value is None or isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        raise TimelineQueryError(f"--{name} must be a date as YYYY-MM-DD (got {value!r})") from None


def _as_code(name: str, value: object, expected: str) -> str | None:
    if value is None:
        return None
    code = str(value).strip().upper()
    if not _CODE.match(code):
        raise TimelineQueryError(f"{name} must be {expected} (got {value!r})")
    return code


def _has_models(
    con: duckdb.DuckDBPyConnection, names: tuple[str, ...] = _TIMELINE_MODELS
) -> bool:
    # fetchall, not fetchone: DuckDB 2.0 keeps a partly fetched result open on the connection
    found = con.execute(
        "select count(distinct table_name) from duckdb_tables() where list_contains(?, table_name)",
        [list(names)],
    ).fetchall()
    return found[0][0] == len(names)
