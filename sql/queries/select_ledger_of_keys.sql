-- The ledger entries of some keys, with what comparison needs (claims since re-extracted away drop out).
SELECT l.claim_id, l.key_id, l.article_id, l.published, l.article_seq, l.interval_low, l.interval_high,
       l.statement_id, c.value, c.unit, c.modality, c.span_start, c.confidence
FROM ledger l
JOIN claims c USING (claim_id)
WHERE list_contains($key_ids, l.key_id);
