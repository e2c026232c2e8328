-- severity: warn
-- The characters at a temporal expression's offsets are the text it records.
select timexes.doc_id, timexes.timex_index, timexes.text,
    substring(articles.text, timexes.start_offset + 1, timexes.end_offset - timexes.start_offset)
        as text_at_offsets
from stg_timexes as timexes
inner join stg_articles as articles on articles.doc_id = timexes.doc_id
where substring(articles.text, timexes.start_offset + 1, timexes.end_offset - timexes.start_offset)
    is distinct from timexes.text
