UPDATE articles SET claims_version = $rules_version WHERE list_contains($article_ids, article_id);
