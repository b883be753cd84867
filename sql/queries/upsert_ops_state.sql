INSERT INTO ops_state VALUES ($incident, $state, $since::TIMESTAMP, $detail)
ON CONFLICT (incident) DO UPDATE SET state = excluded.state, since = excluded.since, detail = excluded.detail;
