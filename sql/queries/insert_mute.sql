INSERT INTO mutes VALUES ($mute_id, $subject, $metric, $until::TIMESTAMP, $reason, $now::TIMESTAMP)
ON CONFLICT (mute_id) DO UPDATE SET until = excluded.until, reason = excluded.reason, created_at = excluded.created_at;
