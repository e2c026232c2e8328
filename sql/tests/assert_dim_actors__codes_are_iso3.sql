-- severity: warn
-- Actor codes are ISO 3166-1 alpha-3 (or NATO, EU, UN, LAS, GCC): anything else is a coding slip to look at.
select actor, display_name, n_mentions
from dim_actors
where not is_iso3 and actor not in ('NATO', 'EU', 'UN', 'LAS', 'GCC')
