-- Retention of the raw poll log: feeds keep their state, only old feed_polls rows go.
DELETE FROM feed_polls WHERE started_at < $before RETURNING poll_id;
