-- Re-processing an article replaces its claims. `= ANY($list)`: a hash semi-join (list_contains compares each row
-- with the whole list: ~2x the time for a page batch of 500 articles).
DELETE FROM claims WHERE article_id = ANY($article_ids);
