-- Event mentions that can be timeline events, each with the key of the claim it states.
-- grain: one row per dated event mention with an event type
-- keys: mention_id
-- ids: mention_id, claim_key (a hash of type class, status class, actor pair, date interval, quantity, place;
--   the status class is always 'asserted' now, and stays in the hash so that event ids do not change)
-- rule: a mention dated only by its publication is a timeline event too, whether it occurred, goes on or is
--   planned (a planned deployment "reported by this day"; the seed's 12,000 more troops), except a historical
--   one: "the invasion of Iraq" retold in 2005 did not happen on the day it was retold, and its text gives no day
-- rule: a sentence a site reprints on later pages counts once, on its first page (is_site_repeat)
-- rule: only what a report asserts is a timeline event (occurred, ongoing, historical, future); a denial ("there
--   is no evidence that more troops are entering Russia") or a supposition ("Russia may deploy them") is a claim
--   about an event, kept in fct_event_mentions with its status, not an event of the timeline
with

mentions as (
    select * from int_event_mentions_dated
    where is_dated and event_type is not null and not is_site_repeat
        and not (status = 'historical' and not is_dated_in_text)
        and status_class = 'asserted'
),

mentions_keyed as (
    select
        *,
        left(sha256(concat_ws('|',
            event_class, status_class, coalesce(actor_low, '~'), coalesce(actor_high, '~'),
            event_date::varchar, event_end_date::varchar,
            coalesce(quantity::varchar, '~'), coalesce(place_key, '~')
        )), 16) as claim_key
    from mentions
)

select * from mentions_keyed
