-- Claims that disagree: reports of one event (same type, same actor pair, close dates) stating different numbers or dates.
-- grain: one row per mention of a timeline event that some other event contradicts
-- keys: mention_id
-- rule: two events disagree when they share type and both actors and either state different quantities less than
--   7 days apart, or the same quantity on different days less than 7 days apart ("Tuesday" vs "Wednesday"); units are
--   not compared, because reports name one count differently (troops, soldiers, soldats, 명): the unit column shows them
-- ids: mention_id, event_id, doc_id, conflicting_event_ids, differs_on (quantity | date)
-- claim: event_date, date_precision, quantity, quantity_unit, quantity_qualifier, claimed_by, sentence
-- source: source_key, url, published_date
with

events as (
    select * from fct_conflict_timeline
    where actor1 is not null and actor2 is not null
),

event_pairs as (
    select
        claim.event_id,
        other.event_id as other_event_id,
        case when claim.quantity is not distinct from other.quantity then 'date' else 'quantity' end
            as differs_on
    from events as claim
    inner join events as other
        on other.event_type = claim.event_type
        and least(other.actor1, other.actor2) = least(claim.actor1, claim.actor2)
        and greatest(other.actor1, other.actor2) = greatest(claim.actor1, claim.actor2)
        and other.event_id <> claim.event_id
        and abs(other.event_date - claim.event_date) < 7
    where claim.quantity is not null and other.quantity is not null
        and (claim.quantity <> other.quantity or claim.event_date <> other.event_date)
),

conflicts_by_event as (
    select
        event_id,
        list_sort(list(distinct other_event_id)) as conflicting_event_ids,
        string_agg(distinct differs_on, ' and ' order by differs_on) as differs_on
    from event_pairs
    group by event_id
),

claims as (
    select
        mentions.mention_id,
        mentions.event_id,
        mentions.doc_id,
        conflicts_by_event.conflicting_event_ids,
        conflicts_by_event.differs_on,
        mentions.event_date,
        mentions.date_precision,
        mentions.quantity,
        mentions.quantity_unit,
        mentions.quantity_qualifier,
        mentions.claimed_by,
        mentions.sentence,
        mentions.source_key,
        mentions.url,
        mentions.published_date
    from fct_event_mentions as mentions
    inner join conflicts_by_event on conflicts_by_event.event_id = mentions.event_id
)

select * from claims
