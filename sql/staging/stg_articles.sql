-- Articles as extracted: text, metadata, and where the publication date came from.
-- grain: one row per article (a document that yielded text)
-- keys: doc_id
-- identity: doc_id, uri, url, content_hash, source_name, source_key (host of the url, else the source name, else the uri)
-- language: language, language_source, encoding
-- publication: published_at (UTC, when the source states a zone), published_date (as the source states it), published_precision, published_source, published_raw, published_flag (ok | missing | invalid | implausible), has_published_date
-- content: title, text, text_chars, extra_json
-- duplicates: is_duplicate, duplicate_of (from raw.documents), fetched_at, run_id
with

articles as (
    select * from raw.articles
),

documents as (
    select doc_id, duplicate_of, fetched_at from raw.documents
),

articles_with_documents as (
    select
        articles.* exclude (run_id),
        coalesce(
            nullif(regexp_extract(lower(articles.url), '^[a-z][a-z0-9+.-]*://(www\d?\.)?([^/:?#]+)', 2), ''),
            nullif(lower(articles.source_name), ''),
            articles.uri
        ) as source_key,
        articles.published_date is not null as has_published_date,
        coalesce(documents.duplicate_of is not null, false) as is_duplicate,
        documents.duplicate_of,
        documents.fetched_at,
        articles.run_id
    from articles
    left join documents on documents.doc_id = articles.doc_id
)

select * from articles_with_documents
