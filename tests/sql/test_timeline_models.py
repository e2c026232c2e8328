"""The timeline models on a small warehouse of hand-written mentions: grouping, marts, data tests.

Mentions are written here as the events extractor would emit them (transforms/schemas.py), loaded
into a real DuckDB file with the real loader, and the real models are built from `sql/`.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from warehouse.checks import run_checks
from warehouse.connection import connect
from warehouse.load import replace_documents
from warehouse.models import build_models
from warehouse.schema import ensure_schema

SQL_DIR = Path(__file__).resolve().parents[2] / "sql"
TESTS_DIR = SQL_DIR / "tests"
ANCHOR = date(2024, 10, 18)


def article(doc_id: str, site: str, published: date | None = ANCHOR) -> dict:
    return {
        "doc_id": doc_id, "uri": f"file:///fixtures/{doc_id}.txt", "content_hash": doc_id,
        "url": f"https://{site}/news/{doc_id}", "language": "en", "published_date": published,
        "published_precision": "day" if published else None, "published_source": "jsonl",
        "published_flag": "ok" if published else "missing", "text": "(fixture)", "text_chars": 9,
    }


def mention(doc_id: str, index: int, **fields: object) -> dict:
    """A dated MOBILIZE mention of North Korea and Russia, with the given fields changed."""
    row = {
        "mention_id": f"{doc_id}-{index}", "doc_id": doc_id, "sentence_index": index,
        "sentence": f"Sentence {index} of {doc_id}.", "event_type": "MOBILIZE",
        "event_group": "strategic developments", "actor1": "PRK", "actor2": "RUS",
        "status": "occurred", "event_date": ANCHOR, "event_end_date": ANCHOR,
        "date_precision": "day", "date_source": "timex",
    }
    row.update(fields)
    return row


@pytest.fixture
def wh(tmp_path):
    con = connect(tmp_path / "models.duckdb")
    ensure_schema(con)
    yield con
    con.close()


def build(con, articles: list[dict], mentions: list[dict]) -> None:
    replace_documents(con, {"articles": articles, "event_mentions": mentions})
    build_models(con, SQL_DIR)


def events(con) -> list[dict]:
    query = "select * from fct_conflict_timeline order by event_date, event_id"
    return con.sql(query).pl().to_dicts()


def event_of(con, mention_id: str) -> str | None:
    found = con.execute(
        "select event_id from fct_event_mentions where mention_id = ?", [mention_id]
    ).fetchall()
    return found[0][0]


THREE_SITES = [article("a", "www.kbs.co.kr"), article("b", "news.example.org"),
               article("c", "another.example.net")]


def test_three_sites_stating_the_same_claim_make_one_event_with_three_sources(wh):
    build(wh, THREE_SITES, [mention(d, 0, quantity=1500.0, quantity_unit="troops") for d in "abc"])
    [event] = events(wh)
    assert (event["n_sources"], event["n_mentions"], event["quantity"]) == (3, 3, 1500.0)
    assert event["doc_ids"] == ["a", "b", "c"]


def test_actor2_is_named_on_the_timeline_when_one_report_names_it_as_a_party(wh):
    build(wh, THREE_SITES, [
        mention("a", 0, actor2="USA", actor2_basis="claimant"),
        mention("b", 0, actor2="USA", actor2_basis="named"),
        mention("c", 0, actor1="RUS", actor2="UKR", actor2_basis="claimant", quantity=5.0),
    ])
    found = {(e["actor1"], e["actor2"], e["actor2_basis"]) for e in events(wh)}
    assert found == {("PRK", "USA", "named"), ("RUS", "UKR", "claimant")}
    listed = wh.sql("select distinct actor2_basis from fct_event_mentions order by 1").fetchall()
    assert listed == [("claimant",), ("named",)]


def test_twelve_thousand_to_be_deployed_is_not_eleven_thousand_in_training(wh):
    build(wh, THREE_SITES, [
        mention("a", 0, quantity=12000.0, quantity_unit="troops", status="future"),
        mention("b", 0, quantity=11000.0, quantity_unit="troops", status="ongoing"),
        mention("c", 0),  # no number: agrees with both, joins the better attested
    ])
    assert sorted(e["quantity"] for e in events(wh)) == [11000.0, 12000.0]


def test_a_month_precision_mention_joins_the_day_inside_its_month(wh):
    build(wh, THREE_SITES, [
        mention("a", 0),
        mention("b", 0, event_date=date(2024, 10, 1), event_end_date=date(2024, 10, 31),
                date_precision="month"),
    ])
    [event] = events(wh)
    assert (event["event_date"], event["date_precision"], event["n_sources"]) == (ANCHOR, "day", 2)


def test_a_report_dated_only_by_its_publication_joins_the_event_dated_that_day(wh):
    build(wh, THREE_SITES, [
        mention("a", 0),
        mention("b", 0, date_source="published"),
    ])
    [event] = events(wh)
    assert (event["event_date"], event["date_source"], event["n_sources"]) == (ANCHOR, "timex", 2)
    assert event["n_sources_dated_in_text"] == 1


def test_a_report_dated_by_the_sentence_before_counts_as_dated_in_text(wh):
    build(wh, THREE_SITES, [
        mention("a", 0, date_source="context"),
        mention("b", 0, date_source="published"),
    ])
    [event] = events(wh)
    assert (event["date_source"], event["n_sources_dated_in_text"]) == ("context", 1)


def later_report(doc_id: str, published: date, **fields: object) -> tuple[dict, dict]:
    """An article published later and its mention dated only by that publication day."""
    return (article(doc_id, f"{doc_id}.example.com", published=published),
            mention(doc_id, 0, event_date=published, event_end_date=published,
                    date_source="published", **fields))


def test_a_report_dated_only_by_a_publication_three_days_later_joins_the_event_dated_in_text(wh):
    late, late_mention = later_report("d", date(2024, 10, 21))
    build(wh, [*THREE_SITES, late], [mention("a", 0), late_mention])
    [event] = events(wh)
    assert (event["event_date"], event["date_source"], event["n_sources"]) == (ANCHOR, "timex", 2)


def test_a_report_dated_only_by_a_publication_four_days_later_stays_on_its_own_day(wh):
    late, late_mention = later_report("d", date(2024, 10, 22))
    build(wh, [*THREE_SITES, late], [mention("a", 0), late_mention])
    assert [(e["event_date"], e["date_source"]) for e in events(wh)] == [
        (ANCHOR, "timex"), (date(2024, 10, 22), "published")]


def test_a_later_confirmation_by_another_claimant_stays_on_its_own_day(wh):
    late, late_mention = later_report("d", date(2024, 10, 20), claimed_by_actor="KOR")
    build(wh, [*THREE_SITES, late], [mention("a", 0, claimed_by_actor="UKR"), late_mention])
    assert [e["event_date"] for e in events(wh)] == [ANCHOR, date(2024, 10, 20)]


def test_the_same_number_on_the_same_day_with_one_actor_in_common_is_one_claim(wh):
    build(wh, THREE_SITES, [
        mention("a", 0, quantity=12000.0, quantity_unit="troops"),
        mention("b", 0, quantity=12000.0, quantity_unit="troops"),
        mention("c", 0, quantity=12000.0, quantity_unit="troops", actor2="KOR"),  # the reporter
    ])
    [event] = events(wh)
    assert ({event["actor1"], event["actor2"]}, event["n_sources"]) == ({"PRK", "RUS"}, 3)


def test_a_claim_whose_only_richer_reading_joined_another_claim_is_still_an_event(wh):
    fourth = article("d", "fourth.example.com")
    build(wh, [*THREE_SITES, fourth], [
        mention("a", 0, quantity=12000.0),
        mention("b", 0, quantity=12000.0),
        mention("c", 0, quantity=12000.0, actor2="KOR"),  # restates a and b
        mention("d", 0, quantity=12000.0, actor1="KOR", actor2=None),  # a reading of c only
    ])
    assert sorted(e["n_mentions"] for e in events(wh)) == [1, 3]
    assert all(event_of(wh, m) is not None for m in ("a-0", "b-0", "c-0", "d-0"))


def test_a_mention_with_one_actor_known_joins_the_pair_that_contains_it(wh):
    build(wh, THREE_SITES, [mention("a", 0), mention("b", 0, actor1=None, actor2="PRK")])
    [event] = events(wh)
    assert {event["actor1"], event["actor2"]} == {"PRK", "RUS"}


def test_days_that_differ_stay_apart_and_are_shown_as_conflicting_claims(wh):
    build(wh, THREE_SITES, [
        mention("a", 0, quantity=10000.0, quantity_unit="troops"),
        mention("b", 0, quantity=10000.0, quantity_unit="troops", event_date=date(2024, 10, 17),
                event_end_date=date(2024, 10, 17)),
        mention("c", 0, quantity=11000.0, quantity_unit="soldiers"),  # one count, named otherwise
    ])
    claims = wh.sql("select * from fct_conflicting_claims order by mention_id").pl()
    assert claims["mention_id"].to_list() == ["a-0", "b-0", "c-0"]
    differs_on = dict(zip(claims["mention_id"], claims["differs_on"], strict=True))
    assert differs_on == {"a-0": "date and quantity", "b-0": "date and quantity",
                          "c-0": "quantity"}
    assert set(claims["source_key"]) == {"kbs.co.kr", "news.example.org", "another.example.net"}


KURSK = {"location": "Kursk", "location_country": "RUS", "location_kind": "region"}
DONETSK = {"location": "Donetsk", "location_country": "UKR", "location_kind": "region"}
RUSSIA = {"location": "Russia", "location_country": "RUS", "location_kind": "country"}
NEAR_KURSK = {"location": "Kursk", "location_country": "RUS", "location_kind": "vicinity"}


def test_places_in_different_countries_or_types_of_another_class_stay_different_events(wh):
    build(wh, THREE_SITES, [
        mention("a", 0, **KURSK),
        mention("b", 0, **DONETSK),
        mention("c", 0, event_type="CONSULT", **KURSK),
    ])
    assert len(events(wh)) == 3


def test_a_country_named_as_the_place_and_a_type_of_the_same_class_still_join(wh):
    build(wh, THREE_SITES, [
        mention("a", 0, **KURSK),
        mention("b", 0, **RUSSIA),
        mention("c", 0, event_type="ASSAULT", event_group="battles"),
    ])
    [event] = events(wh)
    assert (event["location"], event["event_type"], event["n_sources"]) == ("Kursk", "MOBILIZE", 3)


def test_a_vicinity_stands_before_a_country_and_after_a_named_place_and_is_shown(wh):
    build(wh, THREE_SITES, [mention("a", 0, **RUSSIA), mention("b", 0, **NEAR_KURSK)])
    [event] = events(wh)
    assert (event["location"], event["location_kind"]) == ("Kursk", "vicinity")
    build(wh, THREE_SITES, [mention("a", 0, **NEAR_KURSK), mention("b", 0, **KURSK)])
    [event] = events(wh)
    assert (event["location"], event["location_kind"]) == ("Kursk", "region")
    kinds = wh.sql("select location_kind from fct_event_mentions order by mention_id").fetchall()
    assert kinds == [("vicinity",), ("region",)]


def test_an_undated_mention_is_listed_but_is_no_timeline_event(wh):
    build(wh, THREE_SITES, [
        mention("a", 0),
        mention("b", 0, event_date=None, event_end_date=None, date_precision=None,
                date_source=None),
    ])
    assert len(events(wh)) == 1
    assert event_of(wh, "b-0") is None and event_of(wh, "a-0") is not None


def test_a_denied_or_supposed_deed_is_listed_but_is_no_timeline_event(wh):
    build(wh, THREE_SITES, [
        mention("a", 0),
        mention("b", 0, status="negated"),
        mention("c", 0, status="hypothetical", quantity=12000.0),
    ])
    assert [e["status"] for e in events(wh)] == ["occurred"]
    assert event_of(wh, "b-0") is None and event_of(wh, "c-0") is None
    statuses = wh.sql("select status from fct_event_mentions order by doc_id").fetchall()
    assert statuses == [("occurred",), ("negated",), ("hypothetical",)]


def events_loaded_in_both_orders(tmp_path, rows: list[dict]) -> list[list[dict]]:
    """The timeline after loading `rows` one document at a time, forwards and then backwards,
    each into its own warehouse."""
    timelines = []
    for name, order in (("first", rows), ("second", rows[::-1])):
        con = connect(tmp_path / f"{name}.duckdb")
        ensure_schema(con)
        for row in order:
            build(con, [a for a in THREE_SITES if a["doc_id"] == row["doc_id"]], [row])
        timelines.append(events(con))
        con.close()
    return timelines


def test_event_ids_do_not_depend_on_load_order(tmp_path):
    quantities = {"a": 1.0, "b": 1.0, "c": 2.0}
    rows = [mention(d, 0, quantity=q, quantity_unit="troops") for d, q in quantities.items()]
    ids = [sorted(e["event_id"] for e in t) for t in events_loaded_in_both_orders(tmp_path, rows)]
    assert ids[0] == ids[1] and len(ids[0]) == 2


def test_a_tie_between_units_is_broken_by_the_unit_not_by_load_order(tmp_path):
    rows = [mention("a", 0, quantity=11000.0, quantity_unit="soldiers", quantity_qualifier="about"),
            mention("b", 0, quantity=11000.0, quantity_unit="troops", quantity_qualifier="nearly")]
    readings = [
        [(e["quantity_unit"], e["quantity_qualifier"]) for e in timeline]
        for timeline in events_loaded_in_both_orders(tmp_path, rows)
    ]
    assert readings == [[("troops", "nearly")], [("troops", "nearly")]]


# Each data test of the timeline marts, with a statement that plants one row it must catch.
PLANTED = {
    "assert_fct_conflict_timeline__event_id_unique_and_not_null":
        "insert into fct_conflict_timeline select * from fct_conflict_timeline limit 1",
    "assert_fct_conflict_timeline__every_event_has_an_article":
        "update fct_conflict_timeline set doc_ids = ['no-such-article']",
    "assert_fct_conflict_timeline__begin_not_after_end":
        "update fct_conflict_timeline set event_end_date = event_date - 1",
    "assert_fct_conflict_timeline__not_a_century_before_its_articles":
        "update fct_conflict_timeline set event_date = date '1900-01-01', "
        "event_end_date = date '1900-01-01'",
    "assert_fct_conflict_timeline__sources_within_mentions":
        "update fct_conflict_timeline set n_sources = n_mentions + 1",
    "assert_fct_conflict_timeline__month_precision_spans_its_month":
        "update fct_conflict_timeline set date_precision = 'month'",
    "assert_fct_event_mentions__article_exists":
        "update fct_event_mentions set doc_id = 'no-such-article' where mention_id = 'a-0'",
    "assert_fct_event_mentions__occurred_not_dated_after_publication":
        "update fct_event_mentions set event_date = published_date + 2 where mention_id = 'a-0'",
}


def test_every_timeline_data_test_has_a_planted_row():
    assert sorted(PLANTED) == sorted(p.stem for p in TESTS_DIR.glob("assert_fct_*.sql"))


@pytest.mark.parametrize("name", sorted(PLANTED))
def test_data_test_passes_on_good_rows_and_catches_a_planted_bad_one(wh, name):
    build(wh, THREE_SITES, [mention("a", 0), mention("b", 0), mention("c", 0, quantity=5.0)])
    query = (TESTS_DIR / f"{name}.sql").read_text()
    assert wh.sql(query).fetchall() == []
    wh.execute(PLANTED[name])
    assert len(wh.sql(query).fetchall()) >= 1


def test_data_tests_declare_their_severity_and_purpose_on_their_first_lines():
    for path in TESTS_DIR.glob("assert_fct_*.sql"):
        first, second = path.read_text().splitlines()[:2]
        assert first in ("-- severity: error", "-- severity: warn"), path.name
        assert second.startswith("-- ") and len(second) > 20, path.name


def test_a_future_event_may_be_dated_after_its_article(wh):
    build(wh, THREE_SITES, [mention("a", 0, status="future", event_date=date(2024, 11, 1),
                                    event_end_date=date(2024, 11, 1))])
    query = (TESTS_DIR / "assert_fct_event_mentions__occurred_not_dated_after_publication.sql")
    assert wh.sql(query.read_text()).fetchall() == []


def test_an_article_published_sometime_in_october_may_report_october_8(wh):
    october = {**article("a", "www.kbs.co.kr", published=date(2024, 10, 1)),
               "published_precision": "month"}
    build(wh, [october], [mention("a", 0, event_date=date(2024, 10, 8),
                                  event_end_date=date(2024, 10, 8))])
    query = (TESTS_DIR / "assert_fct_event_mentions__occurred_not_dated_after_publication.sql")
    assert wh.sql(query.read_text()).fetchall() == []


def test_every_actor_role_of_a_mention_is_one_row_and_all_declared_keys_hold(wh):
    build(wh, THREE_SITES, [
        mention("a", 0, claimed_by="South Korea's spy agency", claimed_by_actor="KOR"),
        mention("b", 0, actor2=None),
    ])
    roles = wh.sql("select mention_id, actor_role, actor from int_actors_unpivoted "
                   "order by all").fetchall()
    assert roles == [("a-0", "actor1", "PRK"), ("a-0", "actor2", "RUS"),
                     ("a-0", "claimant", "KOR"), ("b-0", "actor1", "PRK")]
    failing = [r.name for r in run_checks(wh, SQL_DIR) if r.fails_run]
    assert failing == []


def test_the_status_of_an_event_is_that_of_its_most_specific_claim(wh):
    build(wh, THREE_SITES, [
        mention("a", 0, quantity=11000.0, quantity_unit="troops", status="ongoing"),
        mention("b", 0, status="occurred"),
        mention("c", 0, status="occurred", actor2=None),
    ])
    [event] = events(wh)
    assert (event["status"], event["quantity"], event["n_sources"]) == ("ongoing", 11000.0, 3)


def test_the_type_of_an_event_is_that_of_its_most_specific_claim(wh):
    # a deployment of 3,000 troops stays a deployment when two vaguer reports of fighting join it
    fighting = {"event_type": "ASSAULT", "event_group": "battles"}
    build(wh, THREE_SITES, [
        mention("a", 0, quantity=3000.0, quantity_unit="troops"),
        mention("b", 0, **fighting),
        mention("c", 0, **fighting),
    ])
    [event] = events(wh)
    assert (event["event_type"], event["quantity"], event["n_sources"]) == ("MOBILIZE", 3000.0, 3)
