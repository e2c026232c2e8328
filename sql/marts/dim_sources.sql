-- Sources: every site or named source articles came from, with what it contributed.
-- grain: one row per source (stg_articles.source_key: the url's host, else the source name, else the uri)
-- keys: source_key
-- articles: n_articles, n_duplicates_received (other inputs repeating one of its articles), languages
-- dates: first_published_date, last_published_date, n_undated_articles, last_fetched_at
-- yield: n_event_mentions, n_dated_event_mentions, n_errors
with

articles as (
    select * from stg_articles
),

mention_counts as (
    select doc_id, count(*) as n_mentions, count(event_date) as n_dated
    from stg_event_mentions
    group by doc_id
),

duplicate_counts as (
    select duplicate_of as doc_id, count(*) as n_duplicates
    from stg_documents
    where duplicate_of is not null
    group by duplicate_of
),

error_counts as (
    select doc_id, count(*) as n_errors
    from stg_errors
    where doc_id is not null
    group by doc_id
),

sources as (
    select
        articles.source_key,
        count(*) as n_articles,
        coalesce(sum(duplicate_counts.n_duplicates), 0)::bigint as n_duplicates_received,
        list_sort(list_distinct(list(articles.language))) as languages,
        min(articles.published_date) as first_published_date,
        max(articles.published_date) as last_published_date,
        count(*) filter (where articles.published_date is null) as n_undated_articles,
        max(articles.fetched_at) as last_fetched_at,
        coalesce(sum(mention_counts.n_mentions), 0)::bigint as n_event_mentions,
        coalesce(sum(mention_counts.n_dated), 0)::bigint as n_dated_event_mentions,
        coalesce(sum(error_counts.n_errors), 0)::bigint as n_errors
    from articles
    left join mention_counts on mention_counts.doc_id = articles.doc_id
    left join duplicate_counts on duplicate_counts.doc_id = articles.doc_id
    left join error_counts on error_counts.doc_id = articles.doc_id
    group by articles.source_key
)

select * from sources
