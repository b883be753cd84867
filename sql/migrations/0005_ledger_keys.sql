-- 0005: the ledger's history of a key by an integer key: `key_hash` = the first 15 hex digits of `key_id`
-- (60 bits, always a positive BIGINT) with an ART index. DuckDB uses an ART index for an equality on one
-- column (`WHERE key_hash = $k`); a VARCHAR `key_id` or a compound index is scanned in full at 1M rows.
-- The ledger step computes the same value in Python (`pipeline.alerts.ledger.key_hash`), reads a key's
-- history by that equality only, then keeps the rows whose `key_id` matches (a collision reads more, never less).
--
-- DuckDB cannot create an index in the transaction that updated the table ("outstanding updates"), so the
-- table is rebuilt with the new column (backfilled from key_id) and its index, then renamed; the views that
-- read it are re-created after every migration (Store.migrate).
CREATE TABLE ledger_0005 (
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
    key_hash             BIGINT NOT NULL        -- ('0x' || left(key_id, 15))::BIGINT
);
INSERT INTO ledger_0005
SELECT claim_id, key_id, article_id, published, article_seq, unit_dimension, interval_low, interval_high, statement_id,
       relation, previous_claim_id, settled_by_claim_id, change_pct, alert_id, compared_at,
       ('0x' || left(key_id, 15))::BIGINT
FROM ledger;
DROP TABLE ledger;
ALTER TABLE ledger_0005 RENAME TO ledger;
CREATE INDEX ledger_key_hash ON ledger (key_hash);
