-- The outbox rows of alerts inserted in the same transaction (none can exist yet): a plain INSERT.
INSERT INTO deliveries (alert_id, channel, status, attempts, next_attempt_at, created_at, updated_at)
SELECT unnest($alert_id), unnest($channel), 'pending', 0, $now::TIMESTAMP, $now::TIMESTAMP, $now::TIMESTAMP;
