-- Deliveries waiting longer than max_age (their channel was never configured) are given up.
UPDATE deliveries SET status = 'expired', updated_at = $now::TIMESTAMP,
       last_error = coalesce(last_error, 'not sent within max_age')
WHERE status = 'pending' AND created_at < $cutoff::TIMESTAMP
RETURNING alert_id, channel;
