-- Event mentions joined to their article, with what grouping compares: date interval, type class, actor pair, place.
-- grain: one row per event mention
-- keys: mention_id
-- ids: mention_id, doc_id, sentence_index, sentence
-- event: event_type, event_class (CAMEO quad class of the PLOVER type: the types one report may call another), event_mode, event_group, trigger, status, status_class, claimed_by, claimed_by_actor
-- actors: actor1, actor1_sector, actor2, actor2_sector, actor_low, actor_high (the unordered pair)
-- place and quantity: location, location_country, location_kind, place_key (country of a named city or region; a country named as the place is too vague to tell events apart), quantity, quantity_unit, quantity_qualifier, quantity_text
-- date: event_date, event_end_date (inclusive; the start when none), date_precision, precision_rank, date_source, date_mod, timex_text, is_dated, is_dated_in_text
-- rule: a report with no date of its own is dated by its publication day (int_event_mentions_clustered says which
--   earlier events it may join)
-- repeats: is_site_repeat (words a site, or for documents with no web address their file, already carried
--   on an earlier page: a teaser, a caption or a background paragraph it reprints; only its first page's mention
--   is an event of the timeline and the activity marts). The words compared are the trigger with up to 80
--   characters either side, within its sentence: a reprinted teaser stays a repeat when page furniture with no
--   full stop ("BACK NEXT", a caption) is glued onto its sentence more than 80 characters from the trigger (a
--   teaser whose event word lies nearer its start is not recognised when furniture is glued on)
-- article: url, title, source_key (from stg_articles: host of the url, else source name, else uri), published_date, published_precision
with

mentions as (
    select * from stg_event_mentions
),

articles as (
    select doc_id, url, title, source_key, published_date, published_precision
    from stg_articles
),

mentions_with_articles as (
    select
        mentions.*,
        articles.url,
        articles.title,
        articles.source_key,
        articles.published_date,
        articles.published_precision
    from mentions
    -- a left join, so that a mention whose article is missing shows up in the data tests
    left join articles on articles.doc_id = mentions.doc_id
),

mentions_dated as (
    select
        * exclude (event_end_date, date_precision),
        coalesce(event_end_date, event_date) as event_end_date,
        case when date_precision = 'time' then 'day' else date_precision end as date_precision,
        -- a smaller rank is a more precise date
        case coalesce(date_precision, 'day')
            when 'time' then 0 when 'day' then 0 when 'week' then 1 when 'month' then 2
            when 'quarter' then 3 when 'season' then 3 when 'half' then 4 when 'year' then 5
            else 6
        end as precision_rank,
        event_date is not null as is_dated,
        -- the text dates it: in its own clause, or the sentence before that it goes on telling
        coalesce(date_source in ('timex', 'context'), false) as is_dated_in_text,
        case when status in ('negated', 'hypothetical') then status else 'asserted' end
            as status_class,
        case
            when event_type in ('AGREE', 'CONSULT', 'SUPPORT') then 'verbal cooperation'
            when event_type in ('COOPERATE', 'AID', 'CONCEDE', 'RETREAT', 'INVESTIGATE')
                then 'material cooperation'
            when event_type in ('DEMAND', 'DISAPPROVE', 'REJECT', 'THREATEN', 'PROTEST')
                then 'verbal conflict'
            when event_type in ('SANCTION', 'CRIME', 'MOBILIZE', 'COERCE', 'ASSAULT')
                then 'material conflict'
            else event_type
        end as event_class,
        case when location_kind in ('city', 'region') then location_country end as place_key,
        coalesce(
            substr(
                sentence,
                greatest(1, trigger_start - sentence_start + 1 - 80),
                least(trigger_start - sentence_start, 80) + (trigger_end - trigger_start) + 80
            ),
            sentence
        ) as words_around_trigger,
        least(actor1, actor2) as actor_low,
        case when actor1 is not null and actor2 is not null then greatest(actor1, actor2) end
            as actor_high,
        -- the first page of the site to carry the words, by publication day (undated pages last);
        -- documents with no web address repeat their file's (a JSON Lines file of one outlet's
        -- articles reprints its promo caption on every page: 'path#id=...' is one file)
        doc_id <> first_value(doc_id) over (
            partition by regexp_replace(source_key, '#.*$', ''), words_around_trigger
            order by published_date nulls last, doc_id
        ) as is_site_repeat
    from mentions_with_articles
)

select * from mentions_dated
