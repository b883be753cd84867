-- The outbox rows of alerts inserted in the same transaction (none can exist yet): a plain INSERT.
-- Reads the Arrow relation `batch` (Store.bulk).
INSERT INTO deliveries (alert_id, channel, status, attempts, next_attempt_at, created_at, updated_at)
SELECT alert_id, channel, 'pending', 0, $now::TIMESTAMP, $now::TIMESTAMP, $now::TIMESTAMP
FROM batch;
