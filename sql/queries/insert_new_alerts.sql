-- Alerts the caller has checked are new (select_alert_ids, in the same transaction: one writer): a plain INSERT.
-- `ON CONFLICT DO NOTHING` costs ~7 ms a statement even on a small table; a duplicate dedup_key still fails here.
-- Reads the Arrow relation `batch` (Store.bulk).
INSERT INTO alerts
SELECT alert_id, dedup_key, category, kind, subject, metric, counterparty, key_id, unit_dimension, period_kind,
       period_start, period_end, previous_claim_id, claim_id, previous, "current", change_pct, severity, title,
       detail, $run_id, $now::TIMESTAMP
FROM batch;
