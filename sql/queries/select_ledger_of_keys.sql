-- Some keys' history: the entries compare needs, kept on the ledger rows (migration 0006: one JSON column), by
-- the keys' integer hash (migration 0005). ONE statement: an equality on one indexed column, no other predicate (a range or a second
-- column disables DuckDB's ART index), no join. The caller keeps the entries whose key_id matches and skips
-- tombstones (NULL: the claim was re-extracted away).
SELECT entry
FROM ledger
WHERE key_hash = ANY($key_hashes);
