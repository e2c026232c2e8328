-- Dated event mentions that report the same event, across articles, under one event_id.
-- grain: one row per dated event mention with an event type
-- keys: mention_id
-- ids: mention_id, event_id (stable: a hash of the claim the event is anchored on), claim_key, is_anchor_claim
-- rule: mentions stating the same claim form one event with every claim anchored on it (int_claims_anchored)
with

mentions as (
    select * from int_event_mentions_keyed
),

claims as (
    select claim_key, anchor_claim_key from int_claims_anchored
),

mentions_clustered as (
    select
        mentions.*,
        claims.anchor_claim_key = mentions.claim_key as is_anchor_claim,
        left(sha256('event|' || claims.anchor_claim_key), 16) as event_id
    from mentions
    inner join claims on claims.claim_key = mentions.claim_key
)

select * from mentions_clustered
