-- New claims (their articles' old claims were just deleted: no ON CONFLICT, whose check costs at scale).
-- Reads the Arrow relation `batch` (Store.bulk); claim_id is unique within a batch.
INSERT INTO claims
SELECT claim_id, article_id, source_url, published::DATE, subject, metric, counterparty, value::DOUBLE,
       low::DOUBLE, high::DOUBLE, unit, qualifier, half_unit::DOUBLE, period_kind, period_start, period_end,
       period_text, modality, speaker, speaker_kind, quote, span_start::INTEGER, span_end::INTEGER, lang,
       confidence::DOUBLE, $rules_version, $now::TIMESTAMP
FROM batch;
