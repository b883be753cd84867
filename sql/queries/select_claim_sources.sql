-- Syndication and corroboration: the later claims that repeat or confirm each given claim, with their sources.
SELECT l.previous_claim_id AS of_claim_id, l.relation, c.source_url, l.published, c.speaker, c.claim_id
FROM ledger l JOIN claims c USING (claim_id)
WHERE list_contains($claim_ids, l.previous_claim_id) AND l.relation IN ('repeats', 'confirms')
ORDER BY l.published, l.article_seq;
