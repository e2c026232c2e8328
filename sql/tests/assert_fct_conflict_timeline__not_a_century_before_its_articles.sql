-- severity: warn
-- An event that ends a century or more before the first article reporting it is more likely a misread date than history.
select event_id, event_date, event_end_date, first_published_date, summary
from fct_conflict_timeline
where event_end_date < first_published_date - interval 100 year
