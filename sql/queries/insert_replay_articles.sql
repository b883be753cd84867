-- `newswatch replay`: records become articles (feed "replay"), each with its own first_seen_at so that
-- articles of one publication date keep the order of the file.
INSERT INTO articles (article_id, feed_id, url, canonical_url, guid, title, published_at, first_seen_at,
                      extraction_status)
SELECT * FROM (
    SELECT unnest($article_id) AS article_id, unnest($feed_id) AS feed_id, unnest($url) AS url,
           unnest($canonical_url) AS canonical_url, unnest($guid) AS guid, unnest($title) AS title,
           unnest($published_at)::TIMESTAMP AS published_at, unnest($first_seen_at)::TIMESTAMP AS first_seen_at,
           'pending' AS extraction_status
)
ON CONFLICT DO NOTHING;
