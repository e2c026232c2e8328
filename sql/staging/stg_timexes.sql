-- Temporal expressions found in articles, with their normalized value and calendar interval.
-- grain: one row per temporal expression in an article
-- keys: doc_id, timex_index
-- position: doc_id, timex_index, start_offset, end_offset (characters into stg_articles.text, end exclusive), text
-- TIMEX3: type (DATE | TIME | DURATION | SET), value, mod
-- interval: begin_date, end_date (inclusive), precision, direction (past | future | present)
-- anchoring: needs_anchor, is_resolved, anchor_date, anchor_precision, anchor_is_inferred
with

timexes as (
    select * from raw.timexes
),

timexes_renamed as (
    select
        doc_id,
        timex_index,
        "start" as start_offset,
        "end" as end_offset,
        text,
        type,
        value,
        mod,
        begin_date,
        end_date,
        precision,
        direction,
        needs_anchor,
        is_resolved,
        anchor_date,
        anchor_precision,
        anchor_is_inferred
    from timexes
)

select * from timexes_renamed
