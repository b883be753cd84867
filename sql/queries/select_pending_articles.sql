-- Articles whose page is still to fetch: new ones, and failed ones whose retry time has come.
SELECT a.article_id, a.url, a.summary, a.published_at, a.fetch_attempts, a.title, a.author,
       f.lang_hint
FROM articles a LEFT JOIN feeds f USING (feed_id)
WHERE a.extraction_status = 'pending'
   OR (a.extraction_status = 'failed' AND a.fetch_attempts < $max_attempts
       AND (a.next_fetch_at IS NULL OR a.next_fetch_at <= $now))
ORDER BY a.published_at DESC NULLS LAST, a.first_seen_at
LIMIT $limit;
