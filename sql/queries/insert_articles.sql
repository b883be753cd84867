-- New entries become articles (pending a page fetch); an article already stored is left as it is.
-- Reads the Arrow relation `batch` (Store.bulk); article_id is unique within a batch.
INSERT INTO articles (article_id, feed_id, url, canonical_url, guid, title, author, published_at,
                      first_seen_at, summary, extraction_status)
SELECT article_id, feed_id, url, canonical_url, guid, title, author, published_at::TIMESTAMP,
       first_seen_at::TIMESTAMP, summary, extraction_status
FROM batch
ON CONFLICT DO NOTHING
RETURNING article_id;
