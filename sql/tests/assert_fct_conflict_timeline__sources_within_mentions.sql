-- severity: error
-- An event has at least one source, never more distinct sources than mentions, and as many dating it in text at most.
select event_id, n_mentions, n_sources, n_sources_dated_in_text
from fct_conflict_timeline
where n_sources < 1
    or n_sources > n_mentions
    or n_sources_dated_in_text > n_sources
