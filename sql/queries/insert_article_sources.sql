-- Every feed an article was seen in, and the link that feed gave.
INSERT INTO article_sources (article_id, feed_id, url, first_seen_at)
SELECT * FROM (
    SELECT unnest($article_id) AS article_id, unnest($feed_id) AS feed_id, unnest($url) AS url,
           $now::TIMESTAMP AS first_seen_at
)
ON CONFLICT DO NOTHING;
