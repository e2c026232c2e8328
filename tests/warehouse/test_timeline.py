"""`warehouse.timeline`: the timeline query, its filters and `--top K` days, on a real file."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from transforms.process import ProcessOptions, process_documents
from transforms.records import RawDocument
from warehouse.load import replace_documents
from warehouse.models import build_models
from warehouse.timeline import TimelineQueryError, query_timeline, rank_days

SQL_DIR = Path(__file__).resolve().parents[2] / "sql"
ANCHOR = date(2024, 10, 18)


def article(doc_id: str, site: str, published: date = ANCHOR) -> dict:
    return {
        "doc_id": doc_id,
        "uri": f"file:///fixtures/{doc_id}.txt",
        "content_hash": doc_id,
        "url": f"https://{site}/{doc_id}",
        "language": "en",
        "published_date": published,
        "published_precision": "day",
        "published_source": "jsonl",
        "published_flag": "ok",
        "text": "(fixture)",
        "text_chars": 9,
    }


def mention(doc_id: str, day: date, source: str = "timex", **fields: object) -> dict:
    row = {
        "mention_id": f"{doc_id}-{day}-{fields.get('event_type', 'MOBILIZE')}",
        "doc_id": doc_id,
        "sentence_index": 0,
        "sentence": f"(the sentence of {doc_id})",
        "event_type": "MOBILIZE",
        "actor1": "PRK",
        "actor2": "RUS",
        "status": "occurred",
        "event_date": day,
        "event_end_date": day,
        "date_precision": "day",
        "date_source": source,
    }
    row.update(fields)
    return row


def load(con, reports: dict[date, int], published_only: dict[date, int] | None = None) -> None:
    """`reports[day]` sites date an event on `day` in their text; `published_only[day]` sites
    publish that day without dating anything (their mentions carry the publication date)."""
    articles, mentions = [], []
    for day, n_sites in reports.items():
        for i in range(n_sites):
            doc = f"t{day:%m%d}{i}"
            articles.append(article(doc, f"site{i}.example", published=day + timedelta(days=1)))
            mentions.append(mention(doc, day))
    for day, n_sites in (published_only or {}).items():
        for i in range(n_sites):
            doc = f"p{day:%m%d}{i}"
            articles.append(article(doc, f"paper{i}.example", published=day))
            mentions.append(mention(doc, day, source="published", event_type="CONSULT"))
    replace_documents(con, {"articles": articles, "event_mentions": mentions})
    build_models(con, SQL_DIR)


def days_of(frame) -> list[date]:
    return sorted(set(frame["event_date"].to_list()))


OCT = {ANCHOR: 4, date(2024, 10, 23): 3, date(2024, 10, 28): 2, date(2024, 11, 5): 1}


def test_top_k_keeps_the_events_of_exactly_k_days_the_best_attested(con):
    load(con, OCT)
    assert days_of(query_timeline(con, top=2)) == [ANCHOR, date(2024, 10, 23)]


def test_top_k_keeps_fewer_days_only_when_fewer_days_are_attested(con):
    load(con, {ANCHOR: 2, date(2024, 10, 23): 1})
    assert len(days_of(query_timeline(con, top=5))) == 2


def test_days_rank_by_sources_dating_them_in_text_not_by_publication_count(con):
    load(con, {date(2024, 10, 23): 2}, published_only={date(2024, 10, 25): 6})
    assert days_of(query_timeline(con, top=1)) == [date(2024, 10, 23)]


def test_pages_of_one_site_count_as_one_source(con):
    one_site = [article(f"s{i}", "www.same.example") for i in range(3)]
    two_sites = [article("x", "one.example"), article("y", "two.example")]
    day = date(2024, 10, 23)
    replace_documents(
        con,
        {
            "articles": one_site + two_sites,
            "event_mentions": [mention(a["doc_id"], ANCHOR) for a in one_site]
            + [mention(a["doc_id"], day) for a in two_sites],
        },
    )
    build_models(con, SQL_DIR)
    ranked = rank_days(con)
    assert ranked["day"].to_list() == [day, ANCHOR]
    assert ranked["n_sources_dated_in_text"].to_list() == [2, 1]


def test_a_sentence_a_site_reprints_on_later_pages_is_one_event_from_its_first_page(con):
    # a teaser or background paragraph the site repeats on the pages of three days, each dated
    # only by its page; another site carrying the same sentence is a source of its own
    pages = [("a", "site.example", 14), ("b", "site.example", 15), ("c", "site.example", 16)]
    pages += [("d", "other.example", 16)]
    sentence = "Hopes remain alive despite air strikes attributed to Israel."
    replace_documents(
        con,
        {
            "articles": [article(d, site, date(2024, 10, n)) for d, site, n in pages],
            "event_mentions": [
                mention(d, date(2024, 10, n), source="published", sentence=sentence)
                for d, _, n in pages
            ],
        },
    )
    build_models(con, SQL_DIR)
    repeats = con.sql(
        "select doc_id from fct_event_mentions where is_site_repeat order by doc_id"
    ).fetchall()
    assert repeats == [("b",), ("c",)]
    assert sorted(days_of(query_timeline(con))) == [date(2024, 10, 14), date(2024, 10, 16)]


def test_a_sentence_every_page_of_one_address_less_file_repeats_is_one_event(con):
    # a JSON Lines file of one outlet's articles, no web addresses: its promo caption on every
    # page is one event, from the first page; the pages stay sources of their own otherwise
    pages = [("a", 14), ("b", 15), ("c", 16)]
    articles = [
        {**article(d, "x", date(2024, 10, n)), "url": None,
         "uri": f"file:///corpus/articles.jsonl#id={d}"}
        for d, n in pages
    ]  # fmt: skip
    sentence = "Hopes remain alive despite air strikes attributed to Israel, says Jim Muir."
    replace_documents(
        con,
        {
            "articles": articles,
            "event_mentions": [
                mention(d, date(2024, 10, n), source="published", sentence=sentence)
                for d, n in pages
            ],
        },
    )
    build_models(con, SQL_DIR)
    repeats = con.sql(
        "select doc_id from fct_event_mentions where is_site_repeat order by doc_id"
    ).fetchall()
    assert repeats == [("b",), ("c",)]
    sources = con.sql("select count(distinct source_key) from stg_articles").fetchall()
    assert sources == [(3,)]


def test_a_reprinted_teaser_with_page_furniture_glued_on_is_still_a_repeat(con):
    # no full stop parts "BACK NEXT" from the teaser, so the sentences differ; the words around
    # the trigger do not. Another sentence of the site that only ends the same way is no repeat
    teaser = (
        "Hopes for a negotiated settlement in the region remain alive, despite regional tensions "
        "stoked by recent air strikes attributed to Israel, says our correspondent."
    )
    other = (
        "Rebels said government forces had shelled the town for a week, in clashes that went on "
        "despite tensions stoked by recent air strikes attributed to Israel, says a correspondent."
    )
    pages = [("a", 14, teaser), ("b", 15, "BACK NEXT " + teaser), ("c", 16, other)]
    mentions = []
    for doc, n, sentence in pages:
        at = sentence.index("air strikes")
        mentions.append(
            mention(
                doc, date(2024, 10, n), source="published", sentence=sentence, sentence_start=0,
                sentence_end=len(sentence), trigger="air strikes", trigger_start=at,
                trigger_end=at + len("air strikes"),
            )
        )
    replace_documents(
        con,
        {
            "articles": [article(d, "site.example", date(2024, 10, n)) for d, n, _ in pages],
            "event_mentions": mentions,
        },
    )
    build_models(con, SQL_DIR)
    repeats = con.sql("select doc_id from fct_event_mentions where is_site_repeat").fetchall()
    assert repeats == [("b",)]


def test_a_historical_event_retold_with_no_day_of_its_own_is_no_timeline_row(con):
    # "the invasion of Iraq" retold in a 2005 article: history, not news of its publication day
    replace_documents(
        con,
        {
            "articles": [article("a", "site.example")],
            "event_mentions": [
                mention(
                    "a", ANCHOR, source="published", status="historical", event_type="ASSAULT",
                    actor1="USA", actor2="IRQ",
                ),
                mention("a", ANCHOR, source="published"),
            ],
        },
    )
    build_models(con, SQL_DIR)
    rows = query_timeline(con)
    assert rows.select("event_type", "actor1").rows() == [("MOBILIZE", "PRK")]
    kept = con.sql("select count(*) from fct_event_mentions").fetchall()
    assert kept == [(2,)]


def test_filters_by_actor_type_and_date_range(con):
    load(con, OCT, published_only={date(2024, 10, 25): 1})
    assert days_of(query_timeline(con, since="2024-10-20", until=date(2024, 10, 30))) == [
        date(2024, 10, 23),
        date(2024, 10, 25),
        date(2024, 10, 28),
    ]
    assert days_of(query_timeline(con, event_type="consult")) == [date(2024, 10, 25)]
    assert query_timeline(con, actor="ukr").is_empty()
    assert query_timeline(con, actor="prk").height == 5


@pytest.mark.parametrize(
    ("filters", "message"),
    [
        ({"since": "18/10/2024"}, "--since must be a date as YYYY-MM-DD"),
        ({"since": "2024-10-20", "until": "2024-10-01"}, "is after --until"),
        ({"actor": "North Korea"}, "--actor must be an ISO 3166-1 alpha-3 code such as PRK"),
        ({"event_type": "troops sent"}, "--type must be a PLOVER type such as MOBILIZE"),
        ({"top": 0}, "--top must be a whole number of days"),
        ({"top": "3"}, "--top must be a whole number of days"),
    ],
    ids=["day-first-date", "since-after-until", "actor-name-not-code", "type-words-not-code",
         "top-zero", "top-text"],
)
def test_bad_filters_raise_a_clear_error(con, filters, message):
    with pytest.raises(TimelineQueryError, match=message):
        query_timeline(con, **filters)


def test_a_warehouse_whose_models_were_never_built_gives_an_empty_timeline(con):
    assert query_timeline(con, top=3).is_empty()
    assert rank_days(con).is_empty()


# Fixture reports written for these tests: one site each, dated by their own text ("on Friday").
SAME_EVENT = {
    "alpha": ("2024-10-18", "North Korea has sent 1,500 special forces troops to Russia, "
              "South Korea's intelligence agency said on Friday."),
    "beta": ("2024-10-18", "South Korea's spy agency said on Friday that North Korea had sent "
             "1,500 special forces troops to Russia."),
    "gamma": ("2024-10-19", "On Friday, South Korea's National Intelligence Service said North "
              "Korea sent 1,500 special forces troops to Russia."),
}
DIFFERENT_CLAIMS = {
    "alpha": ("2024-10-18", "North Korea has decided to send about 12,000 troops to Russia, "
              "South Korea's intelligence agency said on Friday."),
    "beta": ("2024-10-18", "North Korea has sent about 11,000 troops to Russia for training, "
             "a Ukrainian official said on Friday."),
    "gamma": ("2024-10-18", "North Korea has sent troops to Russia, a Western diplomat said on "
              "Friday."),
}


def load_reports(con, reports: dict[str, tuple[str, str]]) -> None:
    """Plain-text reports through the real extraction, dating and events, then load and build."""
    raws = [
        RawDocument(site, f"file:///fixtures/{site}.txt", text.encode(), "text/plain",
                    metadata={"published": published, "url": f"https://{site}.example/news/1"},
                    metadata_sources={"published": "sidecar", "url": "sidecar"})
        for site, (published, text) in reports.items()
    ]
    batch = process_documents(raws, ProcessOptions("test-run", datetime.now(UTC)), {})
    replace_documents(con, batch.frames())
    build_models(con, SQL_DIR)


def test_three_articles_reporting_one_event_give_one_row_with_three_sources(con):
    load_reports(con, SAME_EVENT)
    [event] = query_timeline(con).to_dicts()
    assert (event["event_date"], event["date_precision"]) == (ANCHOR, "day")
    assert {event["actor1"], event["actor2"]} == {"PRK", "RUS"}
    assert (event["quantity"], event["n_sources"], len(event["doc_ids"])) == (1500.0, 3, 3)


def test_twelve_thousand_to_be_deployed_and_eleven_thousand_training_stay_two_rows(con):
    load_reports(con, DIFFERENT_CLAIMS)
    timeline = query_timeline(con)
    assert sorted(timeline["quantity"].to_list()) == [11000.0, 12000.0]
    assert timeline["n_sources"].sum() == 3  # the report without a number joined one of them


def test_an_empty_timeline_has_the_columns_of_the_built_mart(con, tmp_path):
    empty_columns = query_timeline(con).columns
    load(con, {ANCHOR: 1})
    assert query_timeline(con).columns == empty_columns


def naming(doc_id: str, day: date, text: str, *, kind: str = "DATE", precision: str = "day"):
    """A timex row: the article's text names `day` as `text` (no event mention with it)."""
    return {
        "doc_id": doc_id, "timex_index": 0, "start": 0, "end": len(text), "text": text,
        "type": kind, "value": day.isoformat(), "begin_date": day, "end_date": day,
        "precision": precision, "direction": "past", "needs_anchor": False, "is_resolved": True,
    }


def add_articles_naming(con, day: date, text: str, n_sites: int, **timex: str) -> None:
    """`n_sites` later articles, each from its own site, whose text names `day`."""
    docs = [article(f"n{day:%m%d}{i}", f"later{i}.example", published=date(2024, 11, 20))
            for i in range(n_sites)]
    timexes = [naming(doc["doc_id"], day, text, **timex) for doc in docs]
    replace_documents(con, {"articles": docs, "timexes": timexes})
    build_models(con, SQL_DIR)


EARLY, LATE = date(2024, 10, 23), date(2024, 10, 28)


def test_a_day_that_more_sources_name_in_their_text_ranks_first(con):
    load(con, {EARLY: 1, LATE: 1})
    assert rank_days(con)["day"].to_list() == [EARLY, LATE]  # a tie: the earlier day
    add_articles_naming(con, LATE, "on 28 October", n_sites=2)
    ranked = rank_days(con)
    assert ranked["day"].to_list() == [LATE, EARLY]
    assert ranked["n_sources_naming_day"].to_list() == [2, 0]


def test_a_bare_clock_time_is_page_furniture_not_a_reference_to_its_day(con):
    load(con, {EARLY: 1, LATE: 1})
    add_articles_naming(con, LATE, "17:03", n_sites=2, kind="TIME", precision="time")
    assert rank_days(con)["day"].to_list() == [EARLY, LATE]


def test_a_source_dating_an_event_in_text_outweighs_four_that_only_publish_that_day(con):
    load(con, {EARLY: 1}, published_only={LATE: 4})
    ranked = rank_days(con)
    assert ranked["day"].to_list() == [EARLY, LATE]
    assert ranked["attestation_score"].to_list() == [2.25, 1.0]


def test_unfiltered_day_scores_are_those_of_the_daily_attestation_mart(con):
    load(con, OCT, published_only={date(2024, 10, 25): 3})
    add_articles_naming(con, date(2024, 10, 28), "last Monday", n_sites=3)
    ranked = dict(rank_days(con).select("day", "attestation_score").rows())
    mart = dict(
        con.sql("select attested_date, attestation_score from fct_daily_attestation").fetchall()
    )
    assert ranked == {day: mart[day] for day in ranked}
    assert len(ranked) == len(OCT) + 1


def test_top_k_on_models_built_before_day_ranking_asks_for_a_rebuild(con):
    load(con, OCT)
    con.execute("drop table fct_daily_attestation")
    assert query_timeline(con).height == len(OCT)  # the timeline itself still reads
    with pytest.raises(TimelineQueryError, match="run `datelines build`"):
        query_timeline(con, top=2)
