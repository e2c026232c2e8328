-- severity: error
-- An event's start date is never after its end date, and a dated event has a precision.
select event_id, event_date, event_end_date, date_precision
from fct_conflict_timeline
where event_date is null
    or event_end_date < event_date
    or date_precision is null
