-- What the ledger step compares, for the claims of some articles (in publication order, then ingestion order,
-- then position in the text), whether or not the ledger has them (the caller drops those it has: select_ledgered).
WITH c AS (SELECT * FROM claims WHERE list_contains($article_ids, article_id)),
a AS (SELECT article_id, published_at, first_seen_at, title FROM articles WHERE article_id = ANY($article_ids))
SELECT c.claim_id, c.article_id, c.source_url, coalesce(c.published, a.published_at::DATE, a.first_seen_at::DATE) AS published,
       epoch_us(coalesce(a.first_seen_at, c.extracted_at)) AS article_seq,
       c.subject, c.metric, c.counterparty, c.value, c.low, c.high, c.unit, c.qualifier, c.half_unit,
       c.period_kind, c.period_start, c.period_end, c.period_text, c.modality, c.speaker, c.speaker_kind,
       c.quote, c.span_start, c.span_end, c.lang, c.confidence, a.title
FROM c
LEFT JOIN a USING (article_id)
ORDER BY 4, 5, c.article_id, c.span_start, c.claim_id;   -- claim_id: claims of one sentence in a fixed order
