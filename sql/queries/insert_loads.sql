-- Record merged batches, in the transaction that merged them.
INSERT INTO loads (run_id, batch, kind, sha256, records, loaded_at)
SELECT $run_id, unnest($batch), unnest($kind), unnest($sha256), unnest($records), $now::TIMESTAMP;
