-- severity: error
-- An event mention's date interval never ends before it begins.
select mention_id, doc_id, event_date, event_end_date, date_precision
from stg_event_mentions
where event_end_date < event_date
