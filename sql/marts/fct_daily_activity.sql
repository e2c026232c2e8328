-- Daily activity: how many mentions and articles report each event type, per actor, per day.
-- grain: one row per day x event type x actor (a mention counts once for each distinct actor it names)
-- keys: activity_date, event_type, actor
-- when: activity_date (the event date of day-precision mentions; a month or a year is not spread over its days)
-- what: event_type
-- who: actor (ISO-3 code, or '(unknown)' when the mention names no actor)
-- counts: n_mentions, n_articles (distinct), n_sources (distinct sites), n_mentions_dated_in_text
-- filter: asserted mentions only, as int_event_mentions_by_actor holds them
with

mention_actors as (
    select * from int_event_mentions_by_actor
    where date_precision = 'day'
),

activity_by_day as (
    select
        event_date as activity_date,
        event_type,
        actor,
        count(*) as n_mentions,
        count(distinct doc_id) as n_articles,
        count(distinct source_key) as n_sources,
        count(*) filter (where is_dated_in_text) as n_mentions_dated_in_text
    from mention_actors
    group by event_date, event_type, actor
)

select * from activity_by_day
