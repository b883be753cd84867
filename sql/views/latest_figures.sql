-- latest_figures: the latest figure of each key (subject, metric, counterparty, unit dimension,
-- period) — the last claim that is not a denial — with how many distinct statements and outlets
-- have given a figure of the key that agrees with it.
--   SELECT subject, metric, period_kind, period_start, value, unit, statements, outlets FROM latest_figures;
CREATE OR REPLACE VIEW latest_figures AS
WITH figures AS (
    SELECT l.key_id, l.claim_id, l.published, l.article_seq, l.statement_id, l.interval_low, l.interval_high,
           c.subject, c.metric, c.counterparty, l.unit_dimension, c.period_kind, c.period_start, c.period_end,
           c.value, c.unit, c.qualifier, c.modality, c.speaker, c.source_url, c.quote, c.span_start
    FROM ledger l JOIN claims c USING (claim_id)
    WHERE c.modality <> 'denied'
),
ranked AS (
    SELECT *, row_number() OVER (PARTITION BY key_id ORDER BY published DESC, article_seq DESC, span_start DESC) AS rn
    FROM figures
),
latest AS (SELECT * FROM ranked WHERE rn = 1),
agreeing AS (   -- figures of the key whose interval overlaps the latest one's
    SELECT l.key_id, count(DISTINCT f.statement_id) AS statements,
           count(DISTINCT regexp_extract(f.source_url, '^https?://(?:www\.)?([^/:]+)', 1)) AS outlets,
           min(f.published) AS first_published
    FROM latest l JOIN figures f ON f.key_id = l.key_id
     AND coalesce(f.interval_low, -1e300) <= coalesce(l.interval_high, 1e300)
     AND coalesce(l.interval_low, -1e300) <= coalesce(f.interval_high, 1e300)
    GROUP BY l.key_id
)
SELECT l.key_id, l.subject, l.metric, l.counterparty, l.unit_dimension, l.period_kind, l.period_start, l.period_end,
       l.value, l.unit, l.qualifier, l.interval_low, l.interval_high, l.modality, l.published, l.speaker,
       l.source_url, l.quote, a.statements, a.outlets, a.first_published AS agreed_since, l.claim_id
FROM latest l JOIN agreeing a USING (key_id);
