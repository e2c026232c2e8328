-- Dated event mentions that report the same event, across articles, under one event_id.
-- grain: one row per dated event mention with an event type
-- keys: mention_id
-- ids: mention_id, event_id (stable: a hash of the claim the event is anchored on), claim_key, is_anchor_claim
-- rule: mentions stating exactly the same claim (type class, asserted/negated, actor pair, date interval,
--   quantity, place) form a claim; a claim that is a less specific reading of other claims (an actor
--   unknown, a wider interval such as the month around a day, no quantity, no place) joins the
--   best-attested most specific one; claims that differ (12,000 vs 11,000) stay apart
with

mentions as (
    select * from int_event_mentions_dated
    where is_dated and event_type is not null
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
),

claims as (
    select
        claim_key, event_class, status_class, actor_low, actor_high, event_date,
        event_end_date, quantity, place_key,
        count(distinct source_key) as n_sources,
        count(*) as n_mentions
    from mentions_keyed
    group by all
),

refinements as (
    select general.claim_key, specific.claim_key as specific_claim_key,
        specific.n_sources, specific.n_mentions
    from claims as general
    inner join claims as specific
        on specific.event_class = general.event_class
        and specific.status_class = general.status_class
        and specific.claim_key <> general.claim_key
        and specific.event_date >= general.event_date
        and specific.event_end_date <= general.event_end_date
    where general.actor_low is not null
        and general.actor_low in (specific.actor_low, specific.actor_high)
        and (general.actor_high is null or general.actor_high in (specific.actor_low, specific.actor_high))
        and (general.quantity is null or general.quantity = specific.quantity)
        and (general.place_key is null or general.place_key = specific.place_key)
),

anchor_claims as (
    select claim_key from claims
    where claim_key not in (select claim_key from refinements)
),

claims_anchored as (
    select claim_key, claim_key as anchor_claim_key from anchor_claims
    union all
    select claim_key, arg_max(specific_claim_key, (n_sources, n_mentions, specific_claim_key)) as anchor_claim_key
    from refinements
    where specific_claim_key in (select claim_key from anchor_claims)
    group by claim_key
),

mentions_clustered as (
    select
        mentions_keyed.*,
        claims_anchored.anchor_claim_key = mentions_keyed.claim_key as is_anchor_claim,
        left(sha256('event|' || claims_anchored.anchor_claim_key), 16) as event_id
    from mentions_keyed
    inner join claims_anchored on claims_anchored.claim_key = mentions_keyed.claim_key
)

select * from mentions_clustered
