-- Claims the ledger has not compared yet (ids only), in publication order (then ingestion order, then position
-- in the text): the catch-up list of the ledger step, read once per step; the rows are read per batch
-- (select_ledger_claims). One anti-join of all claims against the ledger: run it once per run, not per claim.
SELECT c.claim_id, c.article_id
FROM claims c
LEFT JOIN articles a USING (article_id)
LEFT JOIN ledger l USING (claim_id)
WHERE l.claim_id IS NULL
ORDER BY coalesce(c.published, a.published_at::DATE, a.first_seen_at::DATE),
         epoch_us(coalesce(a.first_seen_at, c.extracted_at)), c.article_id, c.span_start;
