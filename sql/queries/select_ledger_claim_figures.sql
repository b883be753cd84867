-- The figures of some ledger entries' claims, by primary-key equality list (the history compare needs).
SELECT claim_id, value, unit, modality, span_start, confidence FROM claims WHERE claim_id = ANY($claim_ids);
