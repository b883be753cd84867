-- Claims by id, with their article's title (the evidence of alerts): primary-key equality lists on both sides.
WITH c AS (SELECT * FROM claims WHERE claim_id = ANY($claim_ids))
SELECT c.*, a.title
FROM c
LEFT JOIN (SELECT article_id, title FROM articles WHERE article_id = ANY($article_ids)) a USING (article_id);
