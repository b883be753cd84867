-- What the ledger step compares, for some claims by id ($claim_ids, with their $article_ids): equality lists on
-- the primary keys (DuckDB probes the ART index for a short list), both sides filtered before the join.
-- Same columns and order as select_ledger_claims_of_articles.
WITH c AS (SELECT * FROM claims WHERE claim_id = ANY($claim_ids)),
a AS (SELECT article_id, published_at, first_seen_at, title FROM articles WHERE article_id = ANY($article_ids))
SELECT c.claim_id, c.article_id, c.source_url, coalesce(c.published, a.published_at::DATE, a.first_seen_at::DATE) AS published,
       epoch_us(coalesce(a.first_seen_at, c.extracted_at)) AS article_seq,
       c.subject, c.metric, c.counterparty, c.value, c.low, c.high, c.unit, c.qualifier, c.half_unit,
       c.period_kind, c.period_start, c.period_end, c.period_text, c.modality, c.speaker, c.speaker_kind,
       c.quote, c.span_start, c.span_end, c.lang, c.confidence, a.title
FROM c
LEFT JOIN a USING (article_id)
ORDER BY 4, 5, c.article_id, c.span_start, c.claim_id;   -- claim_id: claims of one sentence in a fixed order
