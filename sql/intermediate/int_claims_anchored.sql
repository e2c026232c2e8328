-- Each claim with the claim it is anchored on: itself, or the best-attested more specific reading of it.
-- grain: one row per claim (mentions of int_event_mentions_keyed stating exactly the same thing)
-- keys: claim_key
-- ids: claim_key, anchor_claim_key
-- rule: a claim that is a less specific reading of other claims (an actor unknown, a wider interval such as
--   the month around a day, no quantity, no place) joins the best-attested most specific one; claims that
--   differ (12,000 vs 11,000) stay apart
-- rule: a claim dated only by its reports' publication joins one dated in text up to 3 days before
--   (news reports an event days later) unless it names a claimant the other does not (a later
--   confirmation by another side is an event of its own: NIS confirming a capture Ukraine announced)
-- rule: the same number on the same day with an actor in common is one claim whose other side a
--   report misread (the agency reporting it); it joins the better-attested reading
with

claims as (
    select
        claim_key, event_class, status_class, actor_low, actor_high, event_date,
        event_end_date, quantity, place_key,
        bool_or(is_dated_in_text) as is_dated_in_text,
        coalesce(list_sort(list(distinct claimed_by_actor) filter (where claimed_by_actor is not null)), [])
            as claimants,
        count(distinct source_key) as n_sources,
        count(*) as n_mentions
    from int_event_mentions_keyed
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
        and specific.event_end_date <= general.event_end_date
        and (specific.event_date >= general.event_date
            or (specific.event_date >= general.event_date - 3
                and specific.is_dated_in_text and not general.is_dated_in_text
                and list_has_all(specific.claimants, general.claimants)))
        and (general.place_key is null or general.place_key = specific.place_key)
    where general.actor_low is not null
        and general.actor_low in (specific.actor_low, specific.actor_high)
        and (general.actor_high is null or general.actor_high in (specific.actor_low, specific.actor_high))
        and (general.quantity is null or general.quantity = specific.quantity)
),

restatements as (
    -- the same number for the same day and an actor in common: one claim whose other side one
    -- report misread (the agency reporting it, a place); it joins the better-attested reading
    select smaller.claim_key, larger.claim_key as specific_claim_key,
        larger.n_sources, larger.n_mentions
    from claims as smaller
    inner join claims as larger
        on larger.event_class = smaller.event_class
        and larger.status_class = smaller.status_class
        and larger.quantity = smaller.quantity
        and larger.event_date = smaller.event_date
        and larger.event_end_date = smaller.event_end_date
        and (smaller.place_key is null or smaller.place_key = larger.place_key)
        and (larger.n_sources, larger.n_mentions, larger.claim_key)
            > (smaller.n_sources, smaller.n_mentions, smaller.claim_key)
    where smaller.actor_low in (larger.actor_low, larger.actor_high)
        or smaller.actor_high in (larger.actor_low, larger.actor_high)
),

joins as (
    select * from refinements
    union all
    select * from restatements
),

anchor_claims as (
    select claim_key from claims
    where claim_key not in (select claim_key from joins)
),

claims_joined as (
    select claim_key, arg_max(specific_claim_key, (n_sources, n_mentions, specific_claim_key)) as anchor_claim_key
    from joins
    where specific_claim_key in (select claim_key from anchor_claims)
    group by claim_key
),

claims_anchored as (
    -- a claim whose readings all joined other claims stays its own anchor: no mention is lost
    select claim_key, anchor_claim_key from claims_joined
    union all
    select claim_key, claim_key from claims
    where claim_key not in (select claim_key from claims_joined)
)

select * from claims_anchored
