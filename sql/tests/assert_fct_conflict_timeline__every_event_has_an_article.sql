-- severity: error
-- Every document an event cites is a loaded article, and every event cites at least one.
with

event_documents as (
    select event_id, unnest(doc_ids) as doc_id from fct_conflict_timeline
),

documents_without_article as (
    select event_documents.event_id, event_documents.doc_id
    from event_documents
    left join stg_articles on stg_articles.doc_id = event_documents.doc_id
    where stg_articles.doc_id is null
),

events_without_documents as (
    select event_id, null as doc_id
    from fct_conflict_timeline
    where doc_ids is null or len(doc_ids) = 0
),

offending_events as (
    select * from documents_without_article
    union all
    select * from events_without_documents
)

select * from offending_events
