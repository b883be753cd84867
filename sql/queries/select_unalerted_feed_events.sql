-- Feed-health events (failing, recovered, gone) not yet turned into operational alerts.
SELECT e.event_id, e.feed_id, e.occurred_at, e.kind, e.detail, f.name, f.url
FROM feed_events e LEFT JOIN feeds f USING (feed_id)
WHERE NOT EXISTS (SELECT 1 FROM alerts a WHERE a.dedup_key = 'feed_event|' || e.event_id)
ORDER BY e.occurred_at;
