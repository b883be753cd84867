-- One state change of the deliveries of one message (the alerts grouped in it) on one channel.
UPDATE deliveries SET
    status = $status,
    attempts = attempts + $add_attempt,
    last_error = CASE WHEN $status IN ('sending', 'sent', 'muted') THEN last_error ELSE coalesce($last_error, last_error) END,
    next_attempt_at = $next_attempt_at::TIMESTAMP,
    claimed_at = CASE WHEN $status = 'sending' THEN $now::TIMESTAMP ELSE claimed_at END,
    sent_at = CASE WHEN $status = 'sent' THEN $now::TIMESTAMP ELSE sent_at END,
    message_id = coalesce($message_id, message_id),
    updated_at = $now::TIMESTAMP
WHERE channel = $channel AND list_contains($alert_ids, alert_id);
