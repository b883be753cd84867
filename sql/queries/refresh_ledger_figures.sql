-- The figures of the ledger rows of stale articles (articles.ledger_stale), from the claims table as it is now: NULL
-- (a tombstone, left out of every history) where the claim is gone, restored where a re-extraction brought it back.
-- Semi-joins (no list_contains against the ledger's 1M rows); run only when select_ledger_stale counts some.
UPDATE ledger SET value = f.value, unit = f.unit, modality = f.modality, span_start = f.span_start,
                  confidence = f.confidence
FROM (SELECT l.claim_id, c.value, c.unit, c.modality, c.span_start, c.confidence
      FROM (SELECT claim_id FROM ledger
            WHERE article_id IN (SELECT article_id FROM articles WHERE ledger_stale)) l
      LEFT JOIN claims c USING (claim_id)) f
WHERE ledger.claim_id = f.claim_id;
