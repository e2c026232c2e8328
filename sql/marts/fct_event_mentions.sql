-- Every event mention with its sentence, its article and the timeline event it was grouped into.
-- grain: one row per event mention
-- keys: mention_id
-- ids: mention_id, doc_id, event_id (null when the mention has no date or no type, or repeats a sentence its site
--   carried on an earlier page: is_site_repeat), sentence_index
-- text: sentence, trigger, timex_text, claimed_by, claimed_by_actor
-- event: event_type, event_mode, event_group, status, actor1, actor1_sector, actor2, actor2_sector
-- how actor 2 stands in the text: actor2_basis (named | destination: where troops go | claimant: only the claim's source | location)
-- place and quantity: location, location_country, location_kind (city | region | country | vicinity: near that city), quantity,
--   quantity_unit, quantity_qualifier
-- date: event_date, event_end_date, date_precision, date_source, date_mod, is_dated, is_dated_in_text
-- article: url, title, source_key, published_date, published_precision
with

mentions as (
    select * from int_event_mentions_dated
),

clustered as (
    select mention_id, event_id, is_anchor_claim from int_event_mentions_clustered
),

mentions_with_events as (
    select
        mentions.mention_id,
        mentions.doc_id,
        clustered.event_id,
        clustered.is_anchor_claim,
        mentions.sentence_index,
        mentions.sentence,
        mentions.trigger,
        mentions.timex_text,
        mentions.claimed_by,
        mentions.claimed_by_actor,
        mentions.event_type,
        mentions.event_mode,
        mentions.event_group,
        mentions.status,
        mentions.actor1,
        mentions.actor1_sector,
        mentions.actor2,
        mentions.actor2_sector,
        mentions.actor2_basis,
        mentions.location,
        mentions.location_country,
        mentions.location_kind,
        mentions.quantity,
        mentions.quantity_unit,
        mentions.quantity_qualifier,
        mentions.event_date,
        mentions.event_end_date,
        mentions.date_precision,
        mentions.date_source,
        mentions.date_mod,
        mentions.is_dated,
        mentions.is_dated_in_text,
        mentions.is_site_repeat,
        mentions.url,
        mentions.title,
        mentions.source_key,
        mentions.published_date,
        mentions.published_precision
    from mentions
    left join clustered on clustered.mention_id = mentions.mention_id
)

select * from mentions_with_events
