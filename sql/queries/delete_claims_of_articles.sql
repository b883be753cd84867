-- Re-processing an article replaces its claims.
DELETE FROM claims WHERE list_contains($article_ids, article_id);
