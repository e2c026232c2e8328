-- severity: warn
-- A month-precision event covers whole calendar months: it starts on a first and ends on a last day of a month.
select event_id, event_date, event_end_date
from fct_conflict_timeline
where date_precision = 'month'
    and (event_date <> date_trunc('month', event_date)
        or event_end_date <> last_day(event_end_date))
