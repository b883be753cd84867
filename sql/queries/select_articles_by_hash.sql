-- Stored articles that already carry one of these texts (a re-published identical text is not new).
SELECT content_hash, min(article_id) AS article_id
FROM articles
WHERE content_hash = ANY($hashes) AND extraction_status IN ('ok', 'feed_summary')
GROUP BY content_hash;
