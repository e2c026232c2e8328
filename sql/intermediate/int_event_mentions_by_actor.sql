-- Asserted, dated event mentions, once per actor they name: what the activity marts count.
-- grain: one row per event mention x distinct actor (a mention naming no actor counts once, as '(unknown)')
-- keys: mention_id, actor
-- ids: mention_id, doc_id, source_key
-- what and when: event_type, event_date, date_precision (day or week only), is_dated_in_text
-- who: actor (ISO-3 code, or '(unknown)')
-- filter: asserted mentions only (negated and hypothetical reports are not activity), each sentence once per site
with

mentions as (
    select mention_id, doc_id, source_key, event_type, event_date, date_precision, actor1, actor2,
        is_dated_in_text
    from int_event_mentions_dated
    where is_dated
        and date_precision in ('day', 'week')
        and event_type is not null
        and status_class = 'asserted'
        and not is_site_repeat
),

mentions_by_actor as (
    select * exclude (actor1, actor2), actor1 as actor from mentions where actor1 is not null
    union
    select * exclude (actor1, actor2), actor2 as actor from mentions where actor2 is not null
    union
    select * exclude (actor1, actor2), '(unknown)' as actor
    from mentions where actor1 is null and actor2 is null
)

select * from mentions_by_actor
