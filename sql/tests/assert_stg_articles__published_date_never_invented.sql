-- severity: error
-- A publication date is present exactly when it is trusted (flag ok), and then it says where it came from.
select doc_id, uri, published_date, published_flag, published_source, published_raw
from stg_articles
where (published_date is null and published_flag = 'ok')
    or (published_date is not null and published_flag is distinct from 'ok')
    or (published_date is not null and coalesce(published_source, 'unknown') = 'unknown')
