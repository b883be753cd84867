-- A batch of fetch/extraction outcomes written onto their article rows.
UPDATE articles SET
    title             = coalesce(v.title, articles.title),
    author            = coalesce(v.author, articles.author),
    published_at      = coalesce(articles.published_at, v.published_at),
    fetched_at        = v.fetched_at,
    lang              = v.lang,
    lang_prob         = v.lang_prob,
    text              = v.text,
    content_hash      = v.content_hash,
    extraction_status = v.extraction_status,
    duplicate_of      = v.duplicate_of,
    fetch_attempts    = v.fetch_attempts,
    next_fetch_at     = v.next_fetch_at,
    error             = v.error,
    claims_version    = NULL
FROM (
    SELECT unnest($article_id) AS article_id, unnest($title) AS title, unnest($author) AS author,
           unnest($published_at)::TIMESTAMP AS published_at, unnest($fetched_at)::TIMESTAMP AS fetched_at,
           unnest($lang) AS lang, unnest($lang_prob)::DOUBLE AS lang_prob, unnest($text) AS text,
           unnest($content_hash) AS content_hash, unnest($extraction_status) AS extraction_status,
           unnest($duplicate_of) AS duplicate_of, unnest($fetch_attempts)::INTEGER AS fetch_attempts,
           unnest($next_fetch_at)::TIMESTAMP AS next_fetch_at, unnest($error) AS error
) AS v
WHERE articles.article_id = v.article_id;
