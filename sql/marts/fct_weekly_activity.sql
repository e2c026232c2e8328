-- Weekly activity: how many mentions and articles report each event type, per actor, per ISO week.
-- grain: one row per ISO week x event type x actor (a mention counts once for each distinct actor it names)
-- keys: activity_week, event_type, actor
-- when: activity_week ('2024-W42', ISO 8601), week_start_date (its Monday); mentions dated to a day or a week
-- what: event_type
-- who: actor (ISO-3 code, or '(unknown)' when the mention names no actor)
-- counts: n_mentions, n_articles (distinct), n_sources (distinct sites), n_mentions_dated_in_text
-- filter: asserted mentions only, as int_event_mentions_by_actor holds them
with

mention_actors as (
    select * from int_event_mentions_by_actor
),

activity_by_week as (
    select
        strftime(event_date, '%G-W%V') as activity_week,
        min(date_trunc('week', event_date))::date as week_start_date,
        event_type,
        actor,
        count(*) as n_mentions,
        count(distinct doc_id) as n_articles,
        count(distinct source_key) as n_sources,
        count(*) filter (where is_dated_in_text) as n_mentions_dated_in_text
    from mention_actors
    group by activity_week, event_type, actor
)

select * from activity_by_week
