-- Every input that became a document, with what happened to it: an article, a linked duplicate, a feed, or an error.
-- grain: one row per input document (the current version of each canonical uri)
-- keys: doc_id
-- identity: doc_id, uri, source, line, media_type, content_hash, body_bytes
-- fetch: http_status, fetched_at, run_id, metadata_json, headers_json
-- outcome: is_duplicate, duplicate_of, is_feed (kept raw; its entries are documents of their own), has_article, has_error, outcome (article | duplicate | feed | error | unaccounted)
with

documents as (
    select * exclude (body) from raw.documents
),

documents_with_outcome as (
    select
        documents.*,
        documents.duplicate_of is not null as is_duplicate,
        coalesce(
            documents.media_type in ('application/rss+xml', 'application/atom+xml', 'application/rdf+xml'),
            false
        ) as is_feed,
        exists (
            select 1 from raw.articles as articles where articles.doc_id = documents.doc_id
        ) as has_article,
        exists (
            select 1 from raw.errors as errors
            where errors.doc_id = documents.doc_id or errors.uri = documents.uri
        ) as has_error,
        exists (
            select 1 from raw.articles as originals where originals.doc_id = documents.duplicate_of
        ) as is_linked_duplicate
    from documents
),

documents_classified as (
    select
        * exclude (is_linked_duplicate),
        case
            when has_article then 'article'
            when is_linked_duplicate then 'duplicate'
            when is_feed then 'feed'
            when has_error then 'error'
            else 'unaccounted'
        end as outcome
    from documents_with_outcome
)

select * from documents_classified
