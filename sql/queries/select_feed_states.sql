-- What the poller needs to know of each feed: conditional-GET validators, health and schedule.
SELECT feed_id, url, etag, last_modified, consecutive_failures, error_count, next_poll_at,
       disabled_reason, publish_interval_s, last_status, last_new_article_at
FROM feeds
WHERE list_contains($feed_ids, feed_id);
