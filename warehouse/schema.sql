-- datelines raw schema, version: 1
-- The raw layer: one table per frame of transforms/schemas.py, same columns in the same order
-- (tests/warehouse/test_schema.py asserts it). Applied idempotently by warehouse/schema.py, one
-- statement at a time. Bump the version above when a change needs a migration.

create schema if not exists raw;

create table if not exists raw.schema_version (
    version     integer primary key,
    applied_at  timestamptz not null
);

-- one row per input document version: raw bytes (zlib) and what its source declared
create table if not exists raw.documents (
    doc_id         varchar,
    uri            varchar,
    source         varchar,
    line           bigint,
    media_type     varchar,
    content_hash   varchar,
    body           blob,
    body_bytes     bigint,
    metadata_json  varchar,
    headers_json   varchar,
    http_status    integer,
    fetched_at     timestamptz,
    duplicate_of   varchar,
    run_id         varchar,
    primary key (doc_id)
);

-- one row per document that yielded text: text, metadata, and where its publication date came from
create table if not exists raw.articles (
    doc_id               varchar,
    uri                  varchar,
    content_hash         varchar,
    url                  varchar,
    title                varchar,
    language             varchar,
    language_source      varchar,
    published_at         timestamptz,
    published_date       date,
    published_precision  varchar,
    published_source     varchar,
    published_raw        varchar,
    published_flag       varchar,
    source_name          varchar,
    encoding             varchar,
    text                 varchar,
    text_chars           bigint,
    extra_json           varchar,
    run_id               varchar,
    primary key (doc_id)
);

-- one row per temporal expression found in an article (character offsets into articles.text)
create table if not exists raw.timexes (
    doc_id              varchar,
    timex_index         integer,
    start               integer,
    "end"               integer,
    text                varchar,
    type                varchar,
    value               varchar,
    begin_date          date,
    end_date            date,
    precision           varchar,
    mod                 varchar,
    direction           varchar,
    needs_anchor        boolean,
    is_resolved         boolean,
    anchor_date         date,
    anchor_precision    varchar,
    anchor_is_inferred  boolean,
    primary key (doc_id, timex_index)
);

-- one row per event mention: type, actors, place, quantity, status, date
create table if not exists raw.event_mentions (
    mention_id          varchar,
    doc_id              varchar,
    sentence_index      integer,
    sentence_start      integer,
    sentence_end        integer,
    sentence            varchar,
    event_type          varchar,
    event_mode          varchar,
    event_group         varchar,
    trigger             varchar,
    trigger_start       integer,
    trigger_end         integer,
    actor1              varchar,
    actor1_sector       varchar,
    actor1_text         varchar,
    actor2              varchar,
    actor2_sector       varchar,
    actor2_text         varchar,
    location            varchar,
    location_country    varchar,
    location_kind       varchar,
    quantity            double,
    quantity_unit       varchar,
    quantity_qualifier  varchar,
    quantity_text       varchar,
    status              varchar,
    claimed_by          varchar,
    claimed_by_actor    varchar,
    event_date          date,
    event_end_date      date,
    date_precision      varchar,
    date_source         varchar,
    date_mod            varchar,
    timex_text          varchar,
    timex_value         varchar,
    actor2_basis        varchar,
    primary key (mention_id)
);

-- one row per recorded failure or warning about an input (error_id is stable across re-runs)
create table if not exists raw.errors (
    error_id     varchar,
    run_id       varchar,
    source       varchar,
    uri          varchar,
    doc_id       varchar,
    line         bigint,
    stage        varchar,
    severity     varchar,
    http_status  integer,
    message      varchar,
    occurred_at  timestamptz,
    primary key (error_id)
);

-- one row per `datelines` run: start, end, counts, status
create table if not exists raw.pipeline_runs (
    run_id           varchar,
    flow_run_id      varchar,
    command          varchar,
    started_at       timestamptz,
    finished_at      timestamptz,
    status           varchar,
    pid              bigint,
    inputs_read      bigint,
    articles_loaded  bigint,
    duplicates       bigint,
    unchanged        bigint,
    timexes_found    bigint,
    events_found     bigint,
    errors           bigint,
    warnings         bigint,
    message          varchar,
    primary key (run_id)
);

-- one row per fetched URL: validators for conditional requests (owned by warehouse/fetch_state.py)
create table if not exists raw.fetch_state (
    url            varchar,
    final_url      varchar,
    etag           varchar,
    last_modified  varchar,
    content_hash   varchar,
    http_status    integer,
    fetched_at     timestamptz,
    primary key (url)
);

