-- Stored articles that already carry one of these texts (a re-published identical text is not new).
SELECT content_hash, min(article_id) AS article_id
FROM articles
WHERE list_contains($hashes, content_hash) AND extraction_status IN ('ok', 'feed_summary')
GROUP BY content_hash;
