-- Rows the step has checked are new (select_ledger_todo / select_ledgered): a plain INSERT, no ON CONFLICT
-- (which costs 20–40 ms against the VARCHAR primary key at 1M rows). With the history entry (migration 0006).
-- Reads the Arrow relation `batch` (Store.bulk).
INSERT INTO ledger (claim_id, key_id, article_id, published, article_seq, unit_dimension, interval_low, interval_high,
                    statement_id, relation, previous_claim_id, settled_by_claim_id, change_pct, alert_id, compared_at,
                    key_hash, entry)
SELECT claim_id, key_id, article_id, published_day, article_seq, unit_dimension, interval_low, interval_high,
       statement_id, relation, previous_claim_id, settled_by_claim_id, change_pct, alert_id, $now::TIMESTAMP,
       key_hash, entry
FROM batch;
