-- `newswatch feeds`: each feed's health and schedule.
SELECT name, url, coalesce(disabled_reason, CASE WHEN enabled THEN last_status ELSE 'disabled' END) AS status,
       last_http_status AS http, last_polled_at, last_new_article_at,
       consecutive_failures AS failures_in_a_row, error_count AS errors_total,
       next_poll_at, last_error
FROM feeds
WHERE list_contains($feed_ids, feed_id) OR $all_feeds
ORDER BY name;
