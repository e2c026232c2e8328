-- severity: error
-- Every input document is an article, a duplicate linked to the article it repeats, a stored feed, or an error row.
select doc_id, uri, source, duplicate_of, outcome
from stg_documents
where outcome = 'unaccounted'
