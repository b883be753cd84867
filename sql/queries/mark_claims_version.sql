-- Which rules last read the articles' texts. An article read before (claims_version set) had its claims
-- replaced: `ledger_stale` asks the ledger step to rebuild the entries its ledger rows keep (migration 0006).
UPDATE articles SET claims_version = $rules_version,
                    ledger_stale = CASE WHEN claims_version IS NOT NULL THEN TRUE ELSE ledger_stale END
WHERE article_id = ANY($article_ids);
