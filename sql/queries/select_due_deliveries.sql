-- Pending deliveries that are due, with their alerts, oldest first.
SELECT d.alert_id, d.channel, d.attempts, d.created_at AS queued_at, a.*  EXCLUDE (alert_id)
FROM deliveries d
JOIN alerts a USING (alert_id)
WHERE d.status = 'pending' AND (d.next_attempt_at IS NULL OR d.next_attempt_at <= $now::TIMESTAMP)
ORDER BY a.created_at, a.subject, a.metric, a.kind, d.alert_id;
