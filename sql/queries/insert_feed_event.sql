INSERT INTO feed_events (event_id, feed_id, occurred_at, kind, detail)
VALUES ($event_id, $feed_id, $occurred_at, $kind, $detail)
ON CONFLICT DO NOTHING;
