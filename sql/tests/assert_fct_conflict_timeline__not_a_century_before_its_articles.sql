-- severity: warn
-- An event dated a century or more before the first article reporting it: history (a 13th-century citadel) or a misread date, worth a look.
select event_id, event_date, event_end_date, first_published_date, summary
from fct_conflict_timeline
where event_end_date < first_published_date - interval 100 year
