-- severity: error
-- Every temporal expression lies inside its article's text: 0 <= start < end <= length of the text.
select timexes.doc_id, timexes.timex_index, timexes.start_offset, timexes.end_offset,
    coalesce(articles.text_chars, length(articles.text)) as text_chars
from stg_timexes as timexes
left join stg_articles as articles on articles.doc_id = timexes.doc_id
where articles.doc_id is null
    or timexes.start_offset < 0
    or timexes.end_offset <= timexes.start_offset
    or timexes.end_offset > coalesce(articles.text_chars, length(articles.text))
