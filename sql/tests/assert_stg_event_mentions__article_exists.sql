-- severity: error
-- Every event mention belongs to a loaded article.
select mentions.mention_id, mentions.doc_id
from stg_event_mentions as mentions
left join stg_articles as articles on articles.doc_id = mentions.doc_id
where articles.doc_id is null
