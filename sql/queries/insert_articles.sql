-- New entries become articles (pending a page fetch); an article already stored is left as it is.
INSERT INTO articles (article_id, feed_id, url, canonical_url, guid, title, author, published_at,
                      first_seen_at, summary, extraction_status)
SELECT * FROM (
    SELECT unnest($article_id) AS article_id, unnest($feed_id) AS feed_id, unnest($url) AS url,
           unnest($canonical_url) AS canonical_url, unnest($guid) AS guid, unnest($title) AS title,
           unnest($author) AS author, unnest($published_at)::TIMESTAMP AS published_at,
           $now::TIMESTAMP AS first_seen_at, unnest($summary) AS summary,
           unnest($extraction_status) AS extraction_status
)
ON CONFLICT DO NOTHING
RETURNING article_id;
