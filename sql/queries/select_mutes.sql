-- Mutes in force at $now (all of them, expired included, with $all).
SELECT subject, metric, until, reason, created_at, until > $now::TIMESTAMP AS active
FROM mutes WHERE $all OR until > $now::TIMESTAMP
ORDER BY until DESC;
