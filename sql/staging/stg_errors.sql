-- Every recorded failure or warning about an input: where it came from, at which stage, and why.
-- grain: one row per recorded failure (stable error_id: a re-run does not repeat it)
-- keys: error_id
-- input: error_id, source (what the user named), uri, line, doc_id, has_document
-- failure: stage (read | decode | parse | extract | timex | events | fetch | load ...), severity (error | warning), is_error, http_status, message
-- run: run_id, occurred_at
with

errors as (
    select * from raw.errors
),

errors_described as (
    select
        error_id,
        source,
        uri,
        line,
        doc_id,
        doc_id is not null as has_document,
        stage,
        severity,
        severity = 'error' as is_error,
        http_status,
        message,
        run_id,
        occurred_at
    from errors
)

select * from errors_described
