-- Every feed an article was seen in, and the link that feed gave. Reads the Arrow relation `batch` (Store.bulk).
INSERT INTO article_sources (article_id, feed_id, url, first_seen_at)
SELECT article_id, feed_id, url, first_seen_at::TIMESTAMP
FROM batch
ON CONFLICT DO NOTHING;
