-- Who takes part in each event mention, one actor per row: doer, target and claimant side by side for counting by actor.
-- grain: one row per event mention and actor role that names an actor
-- keys: mention_id, actor_role
-- ids: mention_id, doc_id, event_id (null when the mention is not on the timeline)
-- actor: actor_role (actor1 | actor2 | claimant), actor (ISO 3166-1 alpha-3, or NATO, EU, UN, LAS for the Arab League, GCC for the Gulf Cooperation Council), actor_sector, actor_text
-- event: event_type, event_date, date_precision, source_key
with

mentions as (
    select * from int_event_mentions_dated
),

clustered as (
    select mention_id, event_id from int_event_mentions_clustered
),

roles as (
    select mention_id, doc_id, event_type, event_date, date_precision, source_key,
        'actor1' as actor_role, actor1 as actor, actor1_sector as actor_sector,
        actor1_text as actor_text
    from mentions
    union all
    select mention_id, doc_id, event_type, event_date, date_precision, source_key,
        'actor2', actor2, actor2_sector, actor2_text
    from mentions
    union all
    select mention_id, doc_id, event_type, event_date, date_precision, source_key,
        'claimant', claimed_by_actor, null, claimed_by
    from mentions
),

actors_unpivoted as (
    select roles.*, clustered.event_id
    from roles
    left join clustered on clustered.mention_id = roles.mention_id
    where roles.actor is not null
)

select * from actors_unpivoted
