-- select_pending_articles for the articles some feeds ($feed_ids) own: what a run reads after writing a batch of
-- polls (their new entries; the rest was read when the run began), so that each read returns about that batch's
-- pages, not every page still pending in the run.
SELECT a.article_id, a.url, a.summary, a.published_at, a.fetch_attempts, a.title, a.author,
       f.lang_hint
FROM articles a LEFT JOIN feeds f USING (feed_id)
WHERE a.feed_id = ANY($feed_ids)
  AND (a.extraction_status = 'pending'
       OR (a.extraction_status = 'failed' AND a.fetch_attempts < $max_attempts
           AND (a.next_fetch_at IS NULL OR a.next_fetch_at <= $now)))
ORDER BY a.published_at DESC NULLS LAST, a.first_seen_at;
