-- Pipeline runs: when each ran, what it did, and how it ended.
-- grain: one row per `datelines` run
-- keys: run_id
-- run: run_id, flow_run_id, command, pid, status (running | completed | failed | crashed), message
-- timing: started_at, finished_at, duration_seconds
-- counts: inputs_read, articles_loaded, duplicates, unchanged, timexes_found, events_found, errors, warnings
with

runs as (
    select * from raw.pipeline_runs
),

runs_timed as (
    select
        run_id,
        flow_run_id,
        command,
        pid,
        status,
        message,
        started_at,
        finished_at,
        date_diff('millisecond', started_at, finished_at) / 1000.0 as duration_seconds,
        inputs_read,
        articles_loaded,
        duplicates,
        unchanged,
        timexes_found,
        events_found,
        errors,
        warnings
    from runs
)

select * from runs_timed
