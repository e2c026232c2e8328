-- Actors: every actor code the event mentions name, with how it is written and how often it appears.
-- grain: one row per actor code (ISO 3166-1 alpha-3, or NATO / EU / UN / LAS (Arab League) / GCC (Gulf states))
-- keys: actor
-- naming: actor, display_name (the way articles write it most often; the shortest on a tie), is_iso3
-- roles: sectors (government, military, ...), n_as_actor1, n_as_actor2
-- reach: n_mentions, n_articles, first_event_date, last_event_date
with

mentions as (
    select * from stg_event_mentions
),

actor_mentions as (
    select mention_id, doc_id, event_date, actor1 as actor, actor1_sector as sector,
        actor1_text as actor_text, 1 as role
    from mentions where actor1 is not null
    union all
    select mention_id, doc_id, event_date, actor2 as actor, actor2_sector as sector,
        actor2_text as actor_text, 2 as role
    from mentions where actor2 is not null
),

actor_spellings as (
    select actor, actor_text, count(*) as n_written
    from actor_mentions
    where actor_text is not null
    group by actor, actor_text
),

names_by_actor as (
    select
        actor,
        arg_max(actor_text, (n_written, -length(actor_text), actor_text)) as display_name
    from actor_spellings
    group by actor
),

actors as (
    select
        actor,
        regexp_full_match(actor, '[A-Z]{3}') and actor not in ('LAS', 'GCC') as is_iso3,
        list_sort(list_distinct(list(sector))) as sectors,
        count(*) filter (where role = 1) as n_as_actor1,
        count(*) filter (where role = 2) as n_as_actor2,
        count(distinct mention_id) as n_mentions,
        count(distinct doc_id) as n_articles,
        min(event_date) as first_event_date,
        max(event_date) as last_event_date
    from actor_mentions
    group by actor
),

actors_named as (
    select actors.actor, names_by_actor.display_name, actors.* exclude (actor)
    from actors
    left join names_by_actor on names_by_actor.actor = actors.actor
)

select * from actors_named
