INSERT INTO feed_polls (poll_id, feed_id, run_id, started_at, status, http_status, entries_seen,
                        entries_new, duration_ms, error, next_poll_at)
VALUES ($poll_id, $feed_id, $run_id, $started_at, $status, $http_status, $entries_seen,
        $entries_new, $duration_ms, $error, $next_poll_at)
ON CONFLICT DO NOTHING;
