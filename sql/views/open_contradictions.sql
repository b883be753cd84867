-- open_contradictions: contradiction alerts that nothing published since has settled — no newer
-- figure of the key has been given after the contradicting claim.
--   SELECT subject, metric, previous_value, current_value, current_published FROM open_contradictions;
CREATE OR REPLACE VIEW open_contradictions AS
WITH contradictions AS (
    SELECT a.alert_id, a.key_id, a.subject, a.metric, a.counterparty, a.period_kind, a.period_start, a.period_end,
           a.previous_claim_id, a.claim_id, a.severity, a.created_at,
           CAST(json_extract(a.previous, '$.value') AS DOUBLE) AS previous_value,
           CAST(json_extract(a."current", '$.value') AS DOUBLE) AS current_value,
           json_extract_string(a."current", '$.unit') AS unit,
           json_extract_string(a.previous, '$.source_url') AS previous_source_url,
           json_extract_string(a."current", '$.source_url') AS current_source_url,
           CAST(json_extract_string(a."current", '$.published') AS DATE) AS current_published
    FROM alerts a
    WHERE a.kind = 'contradiction'
),
placed AS (
    SELECT c.*, l.article_seq FROM contradictions c LEFT JOIN ledger l ON l.claim_id = c.claim_id
)
SELECT p.* EXCLUDE (article_seq)
FROM placed p
WHERE NOT EXISTS (
    SELECT 1 FROM ledger n
    WHERE n.key_id = p.key_id AND n.relation IN ('new', 'confirms', 'contradicts', 'changed')
      AND (n.published > p.current_published
           OR (n.published = p.current_published AND n.article_seq > coalesce(p.article_seq, 0)))
);
