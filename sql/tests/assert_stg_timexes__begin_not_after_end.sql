-- severity: error
-- A temporal expression's calendar interval never ends before it begins.
select doc_id, timex_index, text, value, begin_date, end_date
from stg_timexes
where end_date < begin_date
