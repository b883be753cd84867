-- The outbox, for `newswatch send --status` and tests.
SELECT d.*, a.kind, a.subject, a.metric FROM deliveries d JOIN alerts a USING (alert_id)
WHERE ($status IS NULL OR d.status = $status)
ORDER BY d.created_at, d.alert_id, d.channel;
