-- One key's history (the per-claim check): select_ledger_of_keys with a plain equality, which DuckDB answers by an
-- ART index lookup alone (`= ANY($list)` adds a semi-join: ~1 ms more at 1M rows). Same column.
SELECT entry
FROM ledger
WHERE key_hash = $key_hash;
