-- A key's history: its ledger entries with the figures compare needs (migration 0006), by the key's integer hash
-- (migration 0005). ONE statement: an equality on one indexed column, no other predicate (a range or a second
-- column disables DuckDB's ART index), no join. The caller keeps the rows whose key_id matches and skips
-- tombstones (value NULL: the claim was re-extracted away).
SELECT claim_id, key_id, article_id, published, article_seq, interval_low, interval_high, statement_id,
       value, unit, modality, span_start, confidence
FROM ledger
WHERE key_hash = ANY($key_hashes);
