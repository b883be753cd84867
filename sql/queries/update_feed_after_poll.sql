-- One poll's outcome on the feed's row.
UPDATE feeds SET
    etag                 = coalesce($etag, etag),
    last_modified        = coalesce($last_modified, last_modified),
    last_polled_at       = $started_at,
    last_status          = $status,
    last_http_status     = $http_status,
    last_error           = $error,
    consecutive_failures = $consecutive_failures,
    error_count          = error_count + $failed::INTEGER,
    last_new_article_at  = coalesce($last_new_article_at, last_new_article_at),
    publish_interval_s   = coalesce($publish_interval_s, publish_interval_s),
    next_poll_at         = $next_poll_at,
    disabled_reason      = coalesce($disabled_reason, disabled_reason),
    updated_at           = $started_at
WHERE feed_id = $feed_id;
