-- claim_history: every claim the ledger compared, oldest first within its key, with how it
-- related to the claim before it. The history of one figure:
--   SELECT * FROM claim_history WHERE subject = 'openai' AND metric = 'revenue' ORDER BY key_id, published;
CREATE OR REPLACE VIEW claim_history AS
WITH placed AS (
    SELECT l.key_id, l.claim_id, l.published, l.article_seq, l.relation, l.previous_claim_id,
           l.settled_by_claim_id, l.change_pct, l.alert_id, l.interval_low, l.interval_high, l.statement_id
    FROM ledger l
)
SELECT p.key_id, c.subject, c.metric, c.counterparty, c.period_kind, c.period_start, c.period_end,
       p.published, c.value, c.low, c.high, c.unit, c.qualifier, p.interval_low, p.interval_high, c.modality,
       p.relation, p.change_pct AS change_pct_vs_previous, p.previous_claim_id, p.alert_id,
       c.speaker, c.source_url, regexp_extract(c.source_url, '^https?://(?:www\.)?([^/:]+)', 1) AS outlet,
       c.quote, c.claim_id, p.statement_id, p.article_seq
FROM placed p
JOIN claims c USING (claim_id);
