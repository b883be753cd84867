-- Claims the ledger has not compared yet, in publication order (then ingestion order, then position in the text),
-- with what the step compares (the columns and order of select_ledger_claims): the catch-up list of the ledger
-- step, read once per step as an Arrow table (Store.table) and turned into row dicts one batch at a time. One
-- anti-join of all claims against the ledger: run it once per run, not per claim.
SELECT c.claim_id, c.article_id, c.source_url, coalesce(c.published, a.published_at::DATE, a.first_seen_at::DATE) AS published,
       epoch_us(coalesce(a.first_seen_at, c.extracted_at)) AS article_seq,
       c.subject, c.metric, c.counterparty, c.value, c.low, c.high, c.unit, c.qualifier, c.half_unit,
       c.period_kind, c.period_start, c.period_end, c.period_text, c.modality, c.speaker, c.speaker_kind,
       c.quote, c.span_start, c.span_end, c.lang, c.confidence, a.title
FROM claims c
LEFT JOIN articles a USING (article_id)
LEFT JOIN ledger l USING (claim_id)
WHERE l.claim_id IS NULL
ORDER BY 4, 5, c.article_id, c.span_start, c.claim_id;   -- claim_id: claims of one sentence in a fixed order
