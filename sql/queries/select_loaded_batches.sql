-- The batches of a run already merged into the database.
SELECT batch, sha256, loaded_at FROM loads WHERE run_id = $run_id;
