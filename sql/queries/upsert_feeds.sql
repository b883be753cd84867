-- The configured feeds: new ones are added, known ones take the config's name, hint, interval and enabled flag.
-- Reads the Arrow relation `batch` (Store.bulk).
INSERT INTO feeds (feed_id, name, url, lang_hint, interval_s, enabled, created_at, updated_at)
SELECT feed_id, name, url, lang_hint, interval_s::INTEGER, enabled::BOOLEAN, $now::TIMESTAMP, $now::TIMESTAMP
FROM batch
ON CONFLICT (feed_id) DO UPDATE SET
    name = excluded.name, lang_hint = excluded.lang_hint, interval_s = excluded.interval_s,
    enabled = excluded.enabled, updated_at = excluded.updated_at;
