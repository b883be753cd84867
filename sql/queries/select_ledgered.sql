-- Which of these claims the ledger already has (primary-key equality list).
SELECT claim_id FROM ledger WHERE claim_id = ANY($claim_ids);
