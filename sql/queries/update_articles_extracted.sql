-- A batch of fetch/extraction outcomes written onto their article rows. Reads the Arrow relation `batch` (Store.bulk).
UPDATE articles SET
    title             = coalesce(v.title, articles.title),
    author            = coalesce(v.author, articles.author),
    published_at      = coalesce(articles.published_at, v.published_at::TIMESTAMP),
    fetched_at        = v.fetched_at::TIMESTAMP,
    lang              = v.lang,
    lang_prob         = v.lang_prob::DOUBLE,
    text              = v.text,
    content_hash      = v.content_hash,
    extraction_status = v.extraction_status,
    duplicate_of      = v.duplicate_of,
    fetch_attempts    = v.fetch_attempts::INTEGER,
    next_fetch_at     = v.next_fetch_at::TIMESTAMP,
    error             = v.error,
    -- the rules that read this text (NULL: not read, e.g. a duplicate); claims read from an earlier text may be in
    -- the ledger: the ledger step rebuilds their entries (0006)
    claims_version    = v.claims_version,
    ledger_stale      = CASE WHEN articles.claims_version IS NOT NULL THEN TRUE ELSE articles.ledger_stale END
FROM batch AS v
WHERE articles.article_id = v.article_id;
