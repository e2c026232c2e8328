-- What each grouped event is: its date, type, actors, place and number, read from the reports that agree on it.
-- grain: one row per event (event_id of int_event_mentions_clustered)
-- keys: event_id
-- date: event_date, event_end_date, date_precision (of the anchor claim: the most specific reading the reports agree on), date_source (timex when an anchor report dates it in its own clause, else context when one dates it by the
--   sentence before, else published)
-- event: event_type, event_mode, event_group (the reading most anchor reports give, so that the type goes with the
--   number and the sides it is shown with; types of one class may differ between reports), status (the anchor reports' most common)
-- who: actor1, actor2 (the order most anchor reports give), actor2_basis (the best of those reports give, in this order: named,
--   destination, location, claimant; actor 2 may be only where it happens or who reports it)
-- where and how many: location, location_country, location_kind (a named city or region before a vicinity or a country),
--   quantity, quantity_unit, quantity_qualifier
with

mentions as (
    select * from int_event_mentions_clustered
),

anchor_mentions as (
    select * from mentions where is_anchor_claim
),

type_votes as (
    -- ("Russia plans to deploy five battalions of about 3,000 troops" stays a deployment when two
    -- vaguer reports of fighting joined it)
    select event_id, event_type, event_mode, event_group,
        count(distinct source_key) as n_sources, count(*) as n_mentions
    from anchor_mentions
    group by all
),

types_by_event as (
    select event_id,
        arg_max((event_type, event_mode, event_group),
            (n_sources, n_mentions, event_type, event_mode, event_group)) as event_kind
    from type_votes
    group by event_id
),

status_votes as (
    select event_id, status, count(distinct source_key) as n_sources, count(*) as n_mentions
    from anchor_mentions
    group by all
),

statuses_by_event as (
    select event_id, arg_max(status, (n_sources, n_mentions, status)) as status
    from status_votes
    group by event_id
),

actor_orders as (
    select
        event_id,
        actor1,
        actor2,
        count(*) as n_mentions,
        arg_min(actor2_basis, case actor2_basis
            when 'named' then 0 when 'destination' then 1 when 'location' then 2 else 3 end
        ) as actor2_basis
    from anchor_mentions
    group by event_id, actor1, actor2
),

actors_by_event as (
    select event_id,
        arg_max((actor1, actor2, actor2_basis), (n_mentions, actor1, actor2)) as actors
    from actor_orders
    group by event_id
),

unit_votes as (
    select event_id, quantity_unit, quantity_qualifier, count(*) as n_mentions
    from anchor_mentions
    where quantity is not null
    group by all
),

units_by_event as (
    -- the reading most reports give; a tie is broken by the reading itself (a stated unit or
    -- qualifier before none), never by row order
    select event_id,
        arg_max((quantity_unit, quantity_qualifier),
            (n_mentions, coalesce(quantity_unit, ''), coalesce(quantity_qualifier, ''))) as reading
    from unit_votes
    group by event_id
),

anchors_by_event as (
    select
        event_id,
        min(event_date) as event_date,
        max(event_end_date) as event_end_date,
        arg_min(date_precision, precision_rank) as date_precision,
        case
            when bool_or(date_source = 'timex') then 'timex'
            when bool_or(date_source = 'context') then 'context'
            else 'published'
        end as date_source,
        arg_max((location, location_country, location_kind),
            (case location_kind when 'city' then 3 when 'region' then 3 when 'vicinity' then 2
                when 'country' then 1 else 0 end, location, location_country)) as place,
        -- one value: the anchor claim's key includes its number
        any_value(quantity) as quantity
    from anchor_mentions
    group by event_id
),

events_attributed as (
    select
        anchors_by_event.event_id,
        anchors_by_event.event_date,
        anchors_by_event.event_end_date,
        anchors_by_event.date_precision,
        anchors_by_event.date_source,
        types_by_event.event_kind[1] as event_type,
        types_by_event.event_kind[2] as event_mode,
        types_by_event.event_kind[3] as event_group,
        statuses_by_event.status,
        actors_by_event.actors[1] as actor1,
        actors_by_event.actors[2] as actor2,
        actors_by_event.actors[3] as actor2_basis,
        anchors_by_event.place[1] as location,
        anchors_by_event.place[2] as location_country,
        anchors_by_event.place[3] as location_kind,
        anchors_by_event.quantity,
        units_by_event.reading[1] as quantity_unit,
        units_by_event.reading[2] as quantity_qualifier
    from anchors_by_event
    inner join actors_by_event on actors_by_event.event_id = anchors_by_event.event_id
    inner join types_by_event on types_by_event.event_id = anchors_by_event.event_id
    inner join statuses_by_event on statuses_by_event.event_id = anchors_by_event.event_id
    left join units_by_event on units_by_event.event_id = anchors_by_event.event_id
)

select * from events_attributed
