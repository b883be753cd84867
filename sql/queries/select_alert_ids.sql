-- Which of these alerts exist already (primary-key equality list; alert_id = dedup_key for every alert).
SELECT alert_id FROM alerts WHERE alert_id = ANY($alert_ids);
