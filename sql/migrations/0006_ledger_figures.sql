-- 0006: the figures `compare` needs on the ledger row, so a key's history is ONE indexed read
-- (`WHERE key_hash = ...`, migration 0005) with no second read of the claims table.
--
-- The ledger row keeps the claim's value, unit, modality, span_start and confidence as the claims table
-- has them. A ledger row whose claim no longer exists (re-extraction replaced its article's claims) has
-- NULL figures: a tombstone, skipped by the history read, as the join to claims dropped it before; the
-- row stays, so the claim is not compared again if a later re-extraction brings it back (its figures are
-- then restored). `articles.ledger_stale` marks the articles whose claims were replaced after they had
-- been read once (mark_claims_version, update_articles_extracted); the ledger step refreshes the figures
-- of their ledger rows from the claims table (refresh_ledger_figures) and clears the mark.
--
-- The columns the history read returns are stored uncompressed: DuckDB fetches the ~40 rows of a key from all
-- over the table one by one, and fetching a row from a compressed segment (dictionary/FSST strings, RLE dates and
-- integers, ALP doubles) decodes part of the segment: ~1-5 ms a column for a key at 1M rows, against ~0.05 ms
-- uncompressed (bench/FINDINGS.md, item 4). The price is disk: ~170 bytes a row for these columns.
--
-- The table is rebuilt, as in 0005 (DuckDB cannot create an index in the transaction that updated its
-- rows), in its old row order (ties in compare's ordering keep their order).
CREATE TABLE ledger_0006 (
    claim_id             VARCHAR USING COMPRESSION uncompressed PRIMARY KEY,
    key_id               VARCHAR USING COMPRESSION uncompressed NOT NULL,
    article_id           VARCHAR USING COMPRESSION uncompressed NOT NULL,
    published            DATE USING COMPRESSION uncompressed,
    article_seq          BIGINT USING COMPRESSION uncompressed NOT NULL,
    unit_dimension       VARCHAR NOT NULL,
    interval_low         DOUBLE USING COMPRESSION uncompressed,
    interval_high        DOUBLE USING COMPRESSION uncompressed,
    statement_id         VARCHAR USING COMPRESSION uncompressed NOT NULL,
    relation             VARCHAR NOT NULL,
    previous_claim_id    VARCHAR,
    settled_by_claim_id  VARCHAR,
    change_pct           DOUBLE,
    alert_id             VARCHAR,
    compared_at          TIMESTAMP NOT NULL,
    key_hash             BIGINT NOT NULL,
    value                DOUBLE USING COMPRESSION uncompressed,    -- the claim's figures (claims table); NULL: the claim is gone
    unit                 VARCHAR USING COMPRESSION uncompressed,
    modality             VARCHAR USING COMPRESSION uncompressed,
    span_start           INTEGER USING COMPRESSION uncompressed,
    confidence           DOUBLE USING COMPRESSION uncompressed
);
INSERT INTO ledger_0006
SELECT l.claim_id, l.key_id, l.article_id, l.published, l.article_seq, l.unit_dimension, l.interval_low,
       l.interval_high, l.statement_id, l.relation, l.previous_claim_id, l.settled_by_claim_id, l.change_pct,
       l.alert_id, l.compared_at, l.key_hash, c.value, c.unit, c.modality, c.span_start, c.confidence
FROM (SELECT *, rowid AS r FROM ledger) l
LEFT JOIN claims c USING (claim_id)
ORDER BY l.r;
DROP TABLE ledger;
ALTER TABLE ledger_0006 RENAME TO ledger;
CREATE INDEX ledger_key_hash ON ledger (key_hash);

ALTER TABLE articles ADD COLUMN ledger_stale BOOLEAN;    -- TRUE: claims replaced since the ledger read them
