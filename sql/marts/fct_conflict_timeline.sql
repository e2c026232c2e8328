-- The conflict timeline: one row per event, merged from every report of it.
-- grain: one row per event (mentions grouped in int_event_mentions_clustered; undated mentions are not events)
-- keys: event_id
-- date: event_date, event_end_date, date_precision (of the most specific claim the reports agree on), date_source (timex when a report dates it in its own clause, else context when by the sentence
--   before, else published)
-- event: event_type, event_mode, event_group, status (of the most specific claim, as most of its reports give them)
-- who and where: actor1, actor2 (in the order most reports give), actor2_basis (named | destination | claimant | location), location, location_country,
--   location_kind (city | region | country | vicinity: near that city, "10km east of Damascus")
-- how many: quantity, quantity_unit, quantity_qualifier
-- attestation: n_mentions, n_sources (distinct sites), n_sources_dated_in_text, attestation_score (a source dating the event in its text counts 1, one dating it only by publication 0.5)
-- provenance: summary (a reporting sentence), first_url, first_published_date, doc_ids, source_keys
with

mentions as (
    select * from int_event_mentions_clustered
),

events as (
    select * from int_events_attributed
),

reports_by_event as (
    select
        event_id,
        count(*) as n_mentions,
        count(distinct source_key) as n_sources,
        count(distinct source_key) filter (where is_dated_in_text) as n_sources_dated_in_text,
        -- the summary is a sentence of the anchor claim, dated in its text, reported first
        left(arg_min(sentence, (not is_anchor_claim, not is_dated_in_text,
            coalesce(published_date, date '9999-12-31'), mention_id)), 400) as summary,
        arg_min(url, (coalesce(published_date, date '9999-12-31'), url)) as first_url,
        min(published_date) as first_published_date,
        list_sort(list(distinct doc_id)) as doc_ids,
        list_sort(list(distinct source_key)) as source_keys
    from mentions
    group by event_id
),

timeline as (
    select
        events.*,
        reports_by_event.n_mentions,
        reports_by_event.n_sources,
        reports_by_event.n_sources_dated_in_text,
        reports_by_event.n_sources_dated_in_text
            + 0.5 * (reports_by_event.n_sources - reports_by_event.n_sources_dated_in_text)
            as attestation_score,
        reports_by_event.summary,
        reports_by_event.first_url,
        reports_by_event.first_published_date,
        reports_by_event.doc_ids,
        reports_by_event.source_keys
    from events
    inner join reports_by_event on reports_by_event.event_id = events.event_id
)

select * from timeline
