-- Load records of runs whose staged batches were pruned.
DELETE FROM loads WHERE loaded_at < $before RETURNING run_id;
