INSERT INTO claims
SELECT * FROM (
    SELECT unnest($claim_id) AS claim_id, unnest($article_id) AS article_id, unnest($source_url) AS source_url,
           unnest($published)::DATE AS published, unnest($subject) AS subject, unnest($metric) AS metric,
           unnest($counterparty) AS counterparty, unnest($value)::DOUBLE AS value, unnest($low)::DOUBLE AS low,
           unnest($high)::DOUBLE AS high, unnest($unit) AS unit, unnest($qualifier) AS qualifier,
           unnest($half_unit)::DOUBLE AS half_unit, unnest($period_kind) AS period_kind,
           unnest($period_start) AS period_start, unnest($period_end) AS period_end,
           unnest($period_text) AS period_text, unnest($modality) AS modality, unnest($speaker) AS speaker,
           unnest($speaker_kind) AS speaker_kind, unnest($quote) AS quote,
           unnest($span_start)::INTEGER AS span_start, unnest($span_end)::INTEGER AS span_end,
           unnest($lang) AS lang, unnest($confidence)::DOUBLE AS confidence,
           $rules_version AS rules_version, $now::TIMESTAMP AS extracted_at
)
ON CONFLICT DO NOTHING;
