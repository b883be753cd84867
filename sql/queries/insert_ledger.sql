-- Rows the step has checked are new (select_ledger_todo / select_ledgered): a plain INSERT, no ON CONFLICT
-- (which costs 20–40 ms against the VARCHAR primary key at 1M rows). With the history entry (migration 0006).
INSERT INTO ledger (claim_id, key_id, article_id, published, article_seq, unit_dimension, interval_low, interval_high,
                    statement_id, relation, previous_claim_id, settled_by_claim_id, change_pct, alert_id, compared_at,
                    key_hash, entry)
SELECT unnest($claim_id), unnest($key_id), unnest($article_id), unnest($published)::DATE, unnest($article_seq)::BIGINT,
       unnest($unit_dimension), unnest($interval_low)::DOUBLE, unnest($interval_high)::DOUBLE, unnest($statement_id),
       unnest($relation), unnest($previous_claim_id), unnest($settled_by_claim_id), unnest($change_pct)::DOUBLE,
       unnest($alert_id), $now::TIMESTAMP, unnest($key_hash)::BIGINT, unnest($entry);
