-- Alerts the caller has checked are new (select_alert_ids, in the same transaction: one writer): a plain INSERT.
-- `ON CONFLICT DO NOTHING` costs ~7 ms a statement even on a small table; a duplicate dedup_key still fails here.
INSERT INTO alerts
SELECT unnest($alert_id), unnest($dedup_key), unnest($category), unnest($kind), unnest($subject), unnest($metric),
       unnest($counterparty), unnest($key_id), unnest($unit_dimension), unnest($period_kind), unnest($period_start),
       unnest($period_end), unnest($previous_claim_id), unnest($claim_id), unnest($previous), unnest($current),
       unnest($change_pct)::DOUBLE, unnest($severity), unnest($title), unnest($detail), $run_id, $now::TIMESTAMP;
