-- The ledger entries of some keys, by their integer hash (migration 0005: equality on one indexed column, no
-- other predicate, no join, so DuckDB probes the ART index). The caller keeps the rows whose key_id matches
-- and reads the claims' figures by id (select_ledger_claim_figures): claims re-extracted away drop out there.
SELECT claim_id, key_id, article_id, published, article_seq, interval_low, interval_high, statement_id
FROM ledger
WHERE key_hash = ANY($key_hashes);
