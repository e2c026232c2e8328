-- How strongly the corpus attests each day: sources dating an event on it, sources naming it, and a small publication prior.
-- grain: one row per calendar day that some text names at day precision or that a day-precision event mention is dated on
-- keys: attested_date
-- events: n_sources_dating_events_in_text (sites whose own text dates an event mention on the day), n_sources_dating_events_by_publication (sites whose mention of it carries only the publication date)
-- references: n_sources_naming_day (sites whose text names the day: "22 April", "on Thursday", "yesterday"; bare clock times such as "17:03" are page furniture, not references)
-- publication: n_sources_published (sites publishing on the day or the next: news reports an event the same or the next day)
-- score: attestation_score = 2 x events dated in text + 1 x naming the day + 0.25 x published (Tran et al. 2013 and
--   Ghalandari & Ifrim 2020: counting articles that refer to a date is a strong signal; publication counts are only a prior)
with

day_references as (
    select articles.source_key, timexes.begin_date as attested_date
    from stg_timexes as timexes
    inner join stg_articles as articles on articles.doc_id = timexes.doc_id
    where timexes.type in ('DATE', 'TIME')
        and timexes.precision in ('day', 'time')
        and timexes.begin_date = timexes.end_date
        and regexp_matches(timexes.text, '[[:alpha:]]')
),

references_by_day as (
    select attested_date, count(distinct source_key) as n_sources_naming_day
    from day_references
    group by attested_date
),

mentions_by_day as (
    select
        event_date as attested_date,
        count(distinct source_key) filter (where is_dated_in_text) as n_sources_dating_events_in_text,
        count(distinct source_key) filter (where not is_dated_in_text)
            as n_sources_dating_events_by_publication
    from int_event_mentions_dated
    where is_dated and date_precision = 'day' and event_type is not null and not is_site_repeat
        -- (a historical event retold with no day of its own attests no day: int_event_mentions_keyed)
        and not (status = 'historical' and not is_dated_in_text)
    group by event_date
),

publications as (
    select published_date as attested_date, source_key from stg_articles
    where published_precision = 'day'
    union
    select published_date - 1, source_key from stg_articles
    where published_precision = 'day'
),

publications_by_day as (
    select attested_date, count(distinct source_key) as n_sources_published
    from publications
    group by attested_date
),

attested_days as (
    select attested_date from references_by_day
    union
    select attested_date from mentions_by_day
),

daily_attestation as (
    select
        attested_days.attested_date,
        coalesce(mentions_by_day.n_sources_dating_events_in_text, 0) as n_sources_dating_events_in_text,
        coalesce(mentions_by_day.n_sources_dating_events_by_publication, 0)
            as n_sources_dating_events_by_publication,
        coalesce(references_by_day.n_sources_naming_day, 0) as n_sources_naming_day,
        coalesce(publications_by_day.n_sources_published, 0) as n_sources_published,
        2 * coalesce(mentions_by_day.n_sources_dating_events_in_text, 0)
            + coalesce(references_by_day.n_sources_naming_day, 0)
            + 0.25 * coalesce(publications_by_day.n_sources_published, 0) as attestation_score
    from attested_days
    left join mentions_by_day on mentions_by_day.attested_date = attested_days.attested_date
    left join references_by_day on references_by_day.attested_date = attested_days.attested_date
    left join publications_by_day on publications_by_day.attested_date = attested_days.attested_date
)

select * from daily_attestation
