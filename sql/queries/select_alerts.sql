-- `newswatch alerts`: alerts raised, filtered by date and kind, oldest first.
SELECT a.*, (SELECT list(d.channel || ':' || d.status ORDER BY d.channel) FROM deliveries d WHERE d.alert_id = a.alert_id) AS deliveries
FROM alerts a
WHERE ($since IS NULL OR a.created_at >= $since::TIMESTAMP
       OR CAST(json_extract_string(a."current", '$.published') AS DATE) >= $since::DATE)
  AND ($kind IS NULL OR a.kind = $kind)
  AND ($category IS NULL OR a.category = $category)
ORDER BY coalesce(CAST(json_extract_string(a."current", '$.published') AS DATE), a.created_at::DATE), a.created_at, a.alert_id;
