-- Which of these article ids are already stored (the rest are new: their pages are to fetch).
SELECT article_id FROM articles WHERE list_contains($article_ids, article_id);
