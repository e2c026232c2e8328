-- Event mentions as extracted: type, actors, place, quantity, status and date of each reported event.
-- grain: one row per event mention (a trigger in a sentence)
-- keys: mention_id
-- sentence: mention_id, doc_id, sentence_index, sentence_start, sentence_end, sentence, trigger, trigger_start, trigger_end
-- event: event_type (PLOVER), event_mode, event_group (ACLED-style), status, claimed_by, claimed_by_actor
-- actors: actor1, actor1_sector, actor1_text, actor2, actor2_sector, actor2_text (ISO 3166-1 alpha-3 codes),
--   actor2_basis (named | destination | claimant | location: how actor 2 stands in the text)
-- place: location, location_country, location_kind (city, region, country, or vicinity: near that city, "Zamalka, 10km east of Damascus")
-- quantity: quantity, quantity_unit, quantity_qualifier, quantity_text
-- date: event_date, event_end_date, date_precision, date_source (timex | context | published | null), date_mod (the
--   governing expression's TimeML modifier; BEFORE for a historical event dated only by its report), timex_text, timex_value
with

mentions as (
    select * from raw.event_mentions
)

select * from mentions
