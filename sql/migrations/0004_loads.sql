-- 0004: which staged batches (Airflow runs) were merged into this database, so a re-run loads nothing twice.

CREATE TABLE loads (
    run_id      VARCHAR NOT NULL,     -- the Airflow run_id
    batch       VARCHAR NOT NULL,     -- <kind>/<key>: poll/<feed_id> or pages/<feed_id>
    kind        VARCHAR NOT NULL,     -- poll | pages
    sha256      VARCHAR NOT NULL,     -- of the batch file as loaded
    records     INTEGER NOT NULL,
    loaded_at   TIMESTAMP NOT NULL,
    PRIMARY KEY (run_id, batch)
);
