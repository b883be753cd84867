-- `newswatch timeline SUBJECT METRIC`: every claim of the subject's metric, by key then date.
SELECT period_kind, period_start, period_end, counterparty, published, value, low, high, unit, qualifier, interval_low,
       interval_high, modality, relation, change_pct_vs_previous, speaker, outlet, source_url, quote
FROM claim_history
WHERE subject = $subject AND metric = $metric
ORDER BY period_kind, period_start NULLS FIRST, period_end NULLS FIRST, counterparty NULLS FIRST, published, article_seq;
