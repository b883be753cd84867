-- A batch of polls (Store.bulk reads the Arrow relation `batch`): one row each; poll_id is unique within a batch.
INSERT INTO feed_polls (poll_id, feed_id, run_id, started_at, status, http_status, entries_seen,
                        entries_new, duration_ms, error, next_poll_at)
SELECT poll_id, feed_id, $run_id, started_at::TIMESTAMP, status, http_status::INTEGER, entries_seen::INTEGER,
       entries_new::INTEGER, duration_ms::DOUBLE, error, next_poll_at::TIMESTAMP
FROM batch
ON CONFLICT DO NOTHING;
