INSERT INTO ledger
SELECT unnest($claim_id), unnest($key_id), unnest($article_id), unnest($published)::DATE, unnest($article_seq)::BIGINT,
       unnest($unit_dimension), unnest($interval_low)::DOUBLE, unnest($interval_high)::DOUBLE, unnest($statement_id),
       unnest($relation), unnest($previous_claim_id), unnest($settled_by_claim_id), unnest($change_pct)::DOUBLE,
       unnest($alert_id), $now::TIMESTAMP
ON CONFLICT DO NOTHING;
