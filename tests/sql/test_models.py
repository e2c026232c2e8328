"""The SQL models on a small sample warehouse: build order, materialization, grain, and counts."""

from __future__ import annotations

import pytest

from warehouse.models import LAYERS, ModelError, build_models, discover_models, references

OWN_MODELS = (
    "stg_documents",
    "stg_articles",
    "stg_timexes",
    "stg_event_mentions",
    "stg_errors",
    "stg_pipeline_runs",
    "fct_daily_activity",
    "fct_weekly_activity",
    "dim_actors",
    "dim_sources",
)


def rows(con, query: str) -> list[dict]:
    return con.sql(query).pl().to_dicts()


def test_every_model_comes_after_the_models_it_reads(sql_dir):
    ordered = discover_models(sql_dir)
    position = {model.name: i for i, model in enumerate(ordered)}
    names = set(position)
    for model in ordered:
        assert all(position[ref] < position[model.name] for ref in references(model, names))


def test_staging_models_are_built_first_and_marts_last(sql_dir):
    layers = [LAYERS.index(model.layer) for model in discover_models(sql_dir)]
    assert layers[0] == 0 and layers[-1] == 2
    assert all(name in {m.name for m in discover_models(sql_dir)} for name in OWN_MODELS)


def test_every_model_opens_with_purpose_grain_keys_and_column_groups(sql_dir):
    for model in discover_models(sql_dir):
        lines = model.sql.splitlines()
        purpose = lines[0].removeprefix("-- ")
        assert purpose != lines[0] and not purpose.startswith(("grain:", "keys:")), model.name
        assert lines[1].startswith("-- grain: "), model.name
        assert lines[2].startswith("-- keys: ") and model.keys, model.name
        assert lines[3].startswith("-- ") and ":" in lines[3], model.name


def test_staging_and_intermediate_are_views_and_marts_are_tables(shared_sample_wh, sql_dir):
    views = {
        n for (n,) in shared_sample_wh.execute("select view_name from duckdb_views()").fetchall()
    }
    tables = {
        n
        for (n,) in shared_sample_wh.execute(
            "select table_name from duckdb_tables() where schema_name = 'main'"
        ).fetchall()
    }
    for model in discover_models(sql_dir):
        assert model.name in (tables if model.layer == "marts" else views), model.name


def test_every_model_builds_on_an_empty_warehouse_and_returns_no_rows(empty_wh, sql_dir):
    built = build_models(empty_wh, sql_dir)
    assert set(OWN_MODELS) <= set(built)
    for name in built:
        assert empty_wh.execute(f"select count(*) from {name}").fetchall() == [(0,)], name


def test_building_twice_gives_the_same_marts(shared_sample_wh, sql_dir):
    before = rows(shared_sample_wh, "select * from fct_daily_activity order by all")
    build_models(shared_sample_wh, sql_dir)
    assert rows(shared_sample_wh, "select * from fct_daily_activity order by all") == before


def test_every_input_is_an_article_a_linked_duplicate_or_an_error_in_one_query(shared_sample_wh):
    outcomes = shared_sample_wh.execute(
        "select outcome, count(*) from stg_documents group by outcome "
        "union all select 'error without document', count(*) from stg_errors "
        "where not has_document order by 1"
    ).fetchall()
    assert outcomes == [
        ("article", 2),
        ("duplicate", 1),
        ("error", 1),
        ("error without document", 1),
        ("feed", 1),
    ]


def test_stg_articles_exposes_publication_provenance_and_duplicates(shared_sample_wh):
    (row,) = rows(shared_sample_wh, "select * from stg_articles where doc_id = 'doc-a'")
    assert {
        k: row[k]
        for k in (
            "source_key",
            "published_precision",
            "published_source",
            "published_flag",
            "is_duplicate",
            "language",
        )
    } == {
        "source_key": "example.org",
        "published_precision": "day",
        "published_source": "sidecar",
        "published_flag": "ok",
        "is_duplicate": False,
        "language": "en",
    }
    assert str(row["published_date"]) == "2024-10-18" and row["text"].startswith("On October")


def test_stg_errors_says_source_stage_and_message(shared_sample_wh):
    found = rows(
        shared_sample_wh, "select source, stage, message, is_error from stg_errors order by 1"
    )
    assert found == [
        {
            "source": "file:///in/bad.html",
            "stage": "extract",
            "message": "no main text",
            "is_error": True,
        },
        {
            "source": "file:///in/x.jsonl#line=3",
            "stage": "parse",
            "message": "not an object",
            "is_error": True,
        },
    ]


def test_daily_activity_counts_day_dated_asserted_mentions_per_actor(shared_sample_wh):
    found = rows(
        shared_sample_wh,
        "select activity_date::varchar as day, event_type, actor, n_mentions,"
        " n_articles, n_sources from fct_daily_activity order by actor",
    )
    # Kursk in August (month precision) is not spread over days; the negated threat is no activity.
    assert found == [
        {
            "day": "2024-10-18",
            "event_type": "MOBILIZE",
            "actor": "PRK",
            "n_mentions": 2,
            "n_articles": 2,
            "n_sources": 2,
        },
        {
            "day": "2024-10-18",
            "event_type": "MOBILIZE",
            "actor": "RUS",
            "n_mentions": 1,
            "n_articles": 1,
            "n_sources": 1,
        },
    ]


def test_weekly_activity_uses_iso_weeks_starting_on_monday(shared_sample_wh):
    found = rows(
        shared_sample_wh,
        "select activity_week, week_start_date::varchar as monday, actor,"
        " n_mentions from fct_weekly_activity order by actor",
    )
    assert found == [
        {"activity_week": "2024-W42", "monday": "2024-10-14", "actor": "PRK", "n_mentions": 2},
        {"activity_week": "2024-W42", "monday": "2024-10-14", "actor": "RUS", "n_mentions": 1},
    ]


def test_dim_actors_names_each_code_as_articles_write_it(shared_sample_wh):
    found = {r["actor"]: r for r in rows(shared_sample_wh, "select * from dim_actors")}
    assert set(found) == {"PRK", "RUS", "UKR", "KOR"}
    assert found["PRK"]["display_name"] == "North Korean"
    assert (found["PRK"]["n_mentions"], found["PRK"]["n_articles"]) == (3, 2)


def test_dim_sources_counts_articles_duplicates_and_mentions_per_site(shared_sample_wh):
    found = {r["source_key"]: r for r in rows(shared_sample_wh, "select * from dim_sources")}
    assert set(found) == {"example.org", "news.example.net"}
    assert found["example.org"]["n_duplicates_received"] == 1
    assert found["news.example.net"]["n_event_mentions"] == 2


HEADER = "-- Numbers.\n-- grain: one row per n\n-- keys: n\n"


def write_models(root, files: dict[str, str]):
    for relative, sql in files.items():
        path = root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(sql)
    return root


def test_a_failing_model_names_its_file_and_keeps_the_previous_build(empty_wh, tmp_path):
    good = write_models(
        tmp_path / "good",
        {
            "staging/stg_numbers.sql": HEADER + "select 1 as n",
            "marts/fct_numbers.sql": HEADER + "select n from stg_numbers",
        },
    )
    build_models(empty_wh, good)
    bad = write_models(
        tmp_path / "bad",
        {
            "staging/stg_numbers.sql": HEADER + "select 2 as n",
            "marts/fct_numbers.sql": HEADER + "select n from no_such_model",
        },
    )
    with pytest.raises(ModelError, match=r"model fct_numbers \(.*fct_numbers\.sql\) failed"):
        build_models(empty_wh, bad)
    assert empty_wh.execute("select n from stg_numbers").fetchall() == [(1,)]
    assert empty_wh.execute("select n from fct_numbers").fetchall() == [(1,)]


def test_models_that_read_each_other_in_a_cycle_are_refused(tmp_path):
    cyclic = write_models(
        tmp_path,
        {
            "marts/fct_a.sql": "select * from fct_b",
            "marts/fct_b.sql": "select * from fct_a",
        },
    )
    with pytest.raises(ModelError, match="cycle"):
        discover_models(cyclic)


def test_a_model_mentioned_only_in_a_comment_is_not_a_dependency(tmp_path):
    files = write_models(
        tmp_path,
        {
            "staging/stg_z.sql": "-- unlike fct_a, this reads nothing\nselect 1 as n",
            "marts/fct_a.sql": "select * from stg_z",
        },
    )
    assert [m.name for m in discover_models(files)] == ["stg_z", "fct_a"]


def test_a_model_whose_file_is_gone_is_dropped_and_user_tables_stay(empty_wh, tmp_path):
    files = write_models(
        tmp_path,
        {
            "staging/stg_numbers.sql": HEADER + "select 1 as n",
            "marts/fct_old_name.sql": HEADER + "select n from stg_numbers",
        },
    )
    build_models(empty_wh, files)
    empty_wh.execute("create table my_notes as select 'keep me' as note")
    (files / "marts" / "fct_old_name.sql").rename(files / "marts" / "fct_new_name.sql")
    build_models(empty_wh, files)
    tables = {
        n
        for (n,) in empty_wh.execute(
            "select table_name from duckdb_tables() where schema_name = 'main'"
        ).fetchall()
    }
    assert tables == {"fct_new_name", "my_notes"}
