-- The conflict timeline: one row per event, merged from every report of it.
-- grain: one row per event (mentions grouped in int_event_mentions_clustered; undated mentions are not events)
-- keys: event_id
-- date: event_date, event_end_date, date_precision (of the most specific claim the reports agree on), date_source (timex when a report dates it in its text)
-- event: event_type, event_mode, event_group (the reading most sources give), status (the most reported)
-- who and where: actor1, actor2 (in the order most reports give), location, location_country
-- how many: quantity, quantity_unit, quantity_qualifier
-- attestation: n_mentions, n_sources (distinct sites), n_sources_dated_in_text, attestation_score (a source dating the event in its text counts 1, one dating it only by publication 0.5)
-- provenance: summary (a reporting sentence), first_url, first_published_date, doc_ids, source_keys
with

mentions as (
    select * from int_event_mentions_clustered
),

anchor_mentions as (
    select * from mentions where is_anchor_claim
),

actor_orders as (
    select event_id, actor1, actor2, count(*) as n_mentions
    from anchor_mentions
    group by all
),

type_votes as (
    select event_id, event_type, event_mode, event_group,
        count(distinct source_key) as n_sources, count(*) as n_mentions
    from mentions
    group by all
),

types_by_event as (
    select event_id,
        arg_max((event_type, event_mode, event_group),
            (n_sources, n_mentions, event_type, event_mode, event_group)) as event_kind
    from type_votes
    group by event_id
),

actors_by_event as (
    select event_id, arg_max((actor1, actor2), (n_mentions, actor1, actor2)) as actors
    from actor_orders
    group by event_id
),

anchors_by_event as (
    select
        event_id,
        min(event_date) as event_date,
        max(event_end_date) as event_end_date,
        arg_min(date_precision, precision_rank) as date_precision,
        case when bool_or(is_dated_in_text) then 'timex' else 'published' end as date_source,
        arg_max(location, (coalesce(location_kind in ('city', 'region'), false),
            location is not null, location)) as location,
        arg_max(location_country, (location_country is not null, location_country)) as location_country,
        any_value(quantity) as quantity,
        any_value(quantity_unit) as quantity_unit,
        mode(quantity_qualifier) as quantity_qualifier
    from anchor_mentions
    group by event_id
),

reports_by_event as (
    select
        event_id,
        mode(status) as status,
        count(*) as n_mentions,
        count(distinct source_key) as n_sources,
        count(distinct source_key) filter (where is_dated_in_text) as n_sources_dated_in_text,
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
        anchors_by_event.event_id,
        anchors_by_event.event_date,
        anchors_by_event.event_end_date,
        anchors_by_event.date_precision,
        anchors_by_event.date_source,
        types_by_event.event_kind[1] as event_type,
        types_by_event.event_kind[2] as event_mode,
        types_by_event.event_kind[3] as event_group,
        actors_by_event.actors[1] as actor1,
        actors_by_event.actors[2] as actor2,
        anchors_by_event.location,
        anchors_by_event.location_country,
        anchors_by_event.quantity,
        anchors_by_event.quantity_unit,
        anchors_by_event.quantity_qualifier,
        reports_by_event.status,
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
    from anchors_by_event
    inner join reports_by_event on reports_by_event.event_id = anchors_by_event.event_id
    inner join actors_by_event on actors_by_event.event_id = anchors_by_event.event_id
    inner join types_by_event on types_by_event.event_id = anchors_by_event.event_id
)

select * from timeline
