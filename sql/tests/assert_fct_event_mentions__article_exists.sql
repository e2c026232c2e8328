-- severity: error
-- Every event mention belongs to a loaded article.
select mention_id, doc_id
from fct_event_mentions
where doc_id not in (select doc_id from stg_articles)
