-- The configured feeds: new ones are added, known ones take the config's name, hint, interval and enabled flag.
INSERT INTO feeds (feed_id, name, url, lang_hint, interval_s, enabled, created_at, updated_at)
SELECT * FROM (
    SELECT unnest($feed_id) AS feed_id, unnest($name) AS name, unnest($url) AS url,
           unnest($lang_hint) AS lang_hint, unnest($interval_s) AS interval_s,
           unnest($enabled) AS enabled, $now::TIMESTAMP AS created_at, $now::TIMESTAMP AS updated_at
)
ON CONFLICT (feed_id) DO UPDATE SET
    name = excluded.name, lang_hint = excluded.lang_hint, interval_s = excluded.interval_s,
    enabled = excluded.enabled, updated_at = excluded.updated_at;
