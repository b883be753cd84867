-- Claims by id, with their article's title (the evidence of alerts).
SELECT c.*, a.title FROM claims c LEFT JOIN articles a USING (article_id)
WHERE list_contains($claim_ids, c.claim_id);
