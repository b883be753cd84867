-- Articles whose text the current rules have not read: all of them with $all, else those not yet read
-- by $rules_version; only texts that are final (a failed fetch waits for its retry; a duplicate's
-- claims are its original's).
SELECT article_id, url, text, lang, published_at
FROM articles
WHERE text IS NOT NULL
  AND extraction_status IN ('ok', 'feed_summary')
  AND ($all OR claims_version IS DISTINCT FROM $rules_version)
  AND ($since IS NULL OR published_at >= $since::TIMESTAMP)
ORDER BY published_at NULLS FIRST, article_id
LIMIT $limit;
