-- 0006: (1) the ledger keeps what compare needs; (2) article texts are compressed with zstd.
--
-- (1) What `compare` needs of each earlier claim of a key, on the ledger row, so a key's history is ONE
-- indexed read (`WHERE key_hash = ...`, migration 0005) with no second read of the claims table.
--
-- `entry` is the history entry as one JSON array, in this order (pipeline.alerts.ledger.entry_json builds
-- it, history_of reads it):
--     [key_id, claim_id, article_id, published, article_seq, value, unit, interval_low, interval_high,
--      modality, statement_id, span_start, confidence]
-- value, unit, modality, span_start and confidence are the claims table's. One column, stored uncompressed,
-- because DuckDB fetches a key's ~40 rows one by one from all over the table: each column fetched costs
-- ~3 µs a row (~0.13 ms a column for a key at 1M rows), and a compressed one (FSST strings, RLE, ALP doubles)
-- far more; 13 separate columns cost ~2.2 ms of CPU a key, one JSON column ~0.75 ms with its parsing
-- (bench/FINDINGS.md, item 4). The price is disk: ~250 bytes a row.
--
-- A ledger row whose claim no longer exists (re-extraction replaced its article's claims) has a NULL entry:
-- a tombstone, skipped by the history read, as the join to claims dropped it before; the row stays, so the
-- claim is not compared again if a later re-extraction brings it back (its entry is then restored).
-- `articles.ledger_stale` marks the articles whose claims were replaced after a first read
-- (mark_claims_version, update_articles_extracted); the ledger step rebuilds the entries of their ledger rows
-- from the claims table (refresh_ledger_entries) and clears the mark.
--
-- The table is rebuilt, as in 0005 (DuckDB cannot create an index in the transaction that updated its
-- rows), in its old row order (ties in compare's ordering keep their order).
CREATE TABLE ledger_0006 (
    claim_id             VARCHAR PRIMARY KEY,
    key_id               VARCHAR NOT NULL,
    article_id           VARCHAR NOT NULL,
    published            DATE,
    article_seq          BIGINT NOT NULL,
    unit_dimension       VARCHAR NOT NULL,
    interval_low         DOUBLE,
    interval_high        DOUBLE,
    statement_id         VARCHAR NOT NULL,
    relation             VARCHAR NOT NULL,
    previous_claim_id    VARCHAR,
    settled_by_claim_id  VARCHAR,
    change_pct           DOUBLE,
    alert_id             VARCHAR,
    compared_at          TIMESTAMP NOT NULL,
    key_hash             BIGINT NOT NULL,
    entry                VARCHAR USING COMPRESSION uncompressed     -- JSON, above; NULL: the claim is gone
);
INSERT INTO ledger_0006
SELECT l.claim_id, l.key_id, l.article_id, l.published, l.article_seq, l.unit_dimension, l.interval_low,
       l.interval_high, l.statement_id, l.relation, l.previous_claim_id, l.settled_by_claim_id, l.change_pct,
       l.alert_id, l.compared_at, l.key_hash,
       CASE WHEN c.claim_id IS NOT NULL THEN
           json_array(l.key_id, l.claim_id, l.article_id, l.published::VARCHAR, l.article_seq, c.value, c.unit,
                      l.interval_low, l.interval_high, c.modality, l.statement_id, c.span_start, c.confidence)::VARCHAR
       END
FROM (SELECT *, rowid AS r FROM ledger) l
LEFT JOIN claims c USING (claim_id)
ORDER BY l.r;
DROP TABLE ledger;
ALTER TABLE ledger_0006 RENAME TO ledger;
CREATE INDEX ledger_key_hash ON ledger (key_hash);

-- (2) articles.text with zstd instead of the compression DuckDB picks for strings (dictionary/FSST): at each
-- checkpoint DuckDB analyses and compresses the text column of every row group that changed, and FSST made
-- commits and checkpoints most of the writer's time (10k articles: ~1.6 s of checkpoint for 45 MB of text,
-- ~0.25 s with zstd, and a smaller file: bench/FINDINGS.md, item 5). The table is rebuilt (DuckDB cannot change
-- a column's compression in place), in its row order, with `ledger_stale` (1) added:
-- TRUE = claims replaced since the ledger read them.
CREATE TABLE articles_0006 (
    article_id          VARCHAR PRIMARY KEY,
    feed_id             VARCHAR NOT NULL,
    url                 VARCHAR NOT NULL,
    canonical_url       VARCHAR NOT NULL,
    guid                VARCHAR,
    title               VARCHAR,
    author              VARCHAR,
    published_at        TIMESTAMP,
    first_seen_at       TIMESTAMP NOT NULL,
    fetched_at          TIMESTAMP,
    lang                VARCHAR,
    lang_prob           DOUBLE,
    summary             VARCHAR,
    text                VARCHAR USING COMPRESSION zstd,
    content_hash        VARCHAR,
    extraction_status   VARCHAR NOT NULL,
    duplicate_of        VARCHAR,
    fetch_attempts      INTEGER NOT NULL DEFAULT 0,
    next_fetch_at       TIMESTAMP,
    error               VARCHAR,
    claims_version      VARCHAR,
    ledger_stale        BOOLEAN
);
INSERT INTO articles_0006
SELECT article_id, feed_id, url, canonical_url, guid, title, author, published_at, first_seen_at, fetched_at, lang,
       lang_prob, summary, text, content_hash, extraction_status, duplicate_of, fetch_attempts, next_fetch_at, error,
       claims_version, NULL
FROM (SELECT *, rowid AS r FROM articles) ORDER BY r;
DROP TABLE articles;
ALTER TABLE articles_0006 RENAME TO articles;
