-- severity: error
-- An event that is not future, hypothetical or negated starts at most 1 day after the last day its article may have been published.
-- The day of tolerance covers time zones: a page dated in Washington reports an event of the next
-- calendar day in Seoul (7 to 14 hours ahead); anything later is a date resolved the wrong way.
-- A publication known only to the month (or year) may be its last day.
with

mentions as (
    select
        *,
        case published_precision
            when 'month' then last_day(published_date)
            when 'year' then (date_trunc('year', published_date) + interval 1 year - interval 1 day)::date
            else published_date
        end as latest_published_date
    from fct_event_mentions
),

dated_after_publication as (
    select mention_id, doc_id, status, event_date, published_date, published_precision, timex_text
    from mentions
    where event_date > latest_published_date + interval 1 day
        and coalesce(status, 'occurred') not in ('future', 'hypothetical', 'negated')
)

select * from dated_after_publication
