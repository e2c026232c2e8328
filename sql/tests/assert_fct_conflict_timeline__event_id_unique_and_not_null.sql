-- severity: error
-- Every timeline event has an event_id, and no two events share one.
select event_id, count(*) as n_rows
from fct_conflict_timeline
group by event_id
having event_id is null or count(*) > 1
