-- The history entries (migration 0006) of the ledger rows of stale articles (articles.ledger_stale), from the
-- claims table as it is now: NULL (a tombstone, left out of every history) where the claim is gone, rebuilt where
-- a re-extraction kept it or brought it back. Semi-joins (no list_contains against the ledger's 1M rows); run
-- only when select_ledger_stale counts some.
UPDATE ledger SET entry = f.entry
FROM (SELECT l.claim_id,
             CASE WHEN c.claim_id IS NOT NULL THEN
                 json_array(l.key_id, l.claim_id, l.article_id, l.published::VARCHAR, l.article_seq, c.value, c.unit,
                            l.interval_low, l.interval_high, c.modality, l.statement_id, c.span_start,
                            c.confidence)::VARCHAR
             END AS entry
      FROM (SELECT * FROM ledger WHERE article_id IN (SELECT article_id FROM articles WHERE ledger_stale)) l
      LEFT JOIN claims c USING (claim_id)) f
WHERE ledger.claim_id = f.claim_id;
