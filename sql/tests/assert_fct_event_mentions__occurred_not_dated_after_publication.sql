-- severity: error
-- An event that is not future or hypothetical starts at most 1 day after its article's publication date.
-- The day of tolerance covers time zones: a page dated in Washington reports an event of the next
-- calendar day in Seoul (7 to 14 hours ahead); anything later is a date resolved the wrong way.
select mention_id, doc_id, status, event_date, published_date, timex_text
from fct_event_mentions
where event_date > published_date + interval 1 day
    and coalesce(status, 'occurred') not in ('future', 'hypothetical')
