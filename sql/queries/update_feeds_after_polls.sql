-- A batch of polls' outcomes on their feeds' rows (Store.bulk reads the Arrow relation `batch`; one row a feed).
UPDATE feeds SET
    etag                 = coalesce(v.etag, feeds.etag),
    last_modified        = coalesce(v.last_modified, feeds.last_modified),
    last_polled_at       = v.started_at::TIMESTAMP,
    last_status          = v.status,
    last_http_status     = v.http_status::INTEGER,
    last_error           = v.error,
    consecutive_failures = v.consecutive_failures::INTEGER,
    error_count          = feeds.error_count + v.failed::INTEGER,
    last_new_article_at  = coalesce(v.last_new_article_at::TIMESTAMP, feeds.last_new_article_at),
    publish_interval_s   = coalesce(v.publish_interval_s::DOUBLE, feeds.publish_interval_s),
    next_poll_at         = v.next_poll_at::TIMESTAMP,
    disabled_reason      = coalesce(v.disabled_reason, feeds.disabled_reason),
    updated_at           = v.started_at::TIMESTAMP
FROM batch AS v
WHERE feeds.feed_id = v.feed_id;
