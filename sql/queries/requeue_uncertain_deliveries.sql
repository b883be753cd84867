UPDATE deliveries SET status = 'pending', next_attempt_at = $now::TIMESTAMP, updated_at = $now::TIMESTAMP
WHERE status = 'uncertain'
RETURNING alert_id, channel;
