-- 0003: the claim ledger, alerts (../shared/spec/claims.md §3), the delivery outbox, mutes and
-- incident state for operational alerts. All timestamps are UTC.

-- One row per claim the ledger has compared: its key, its interval and how it relates to the
-- earlier claims of its key. Claims not yet here are the ledger step's work list.
CREATE TABLE ledger (
    claim_id             VARCHAR PRIMARY KEY,
    key_id               VARCHAR NOT NULL,      -- hash of (subject, metric, counterparty, unit dimension, period)
    article_id           VARCHAR NOT NULL,
    published            DATE,                  -- the claim's as-of date
    article_seq          BIGINT NOT NULL,       -- order of articles of one date (ingestion order)
    unit_dimension       VARCHAR NOT NULL,      -- money | power | count | percent
    interval_low         DOUBLE,                -- the interval compared (qualifier + half-unit + about width); NULL = open
    interval_high        DOUBLE,
    statement_id         VARCHAR NOT NULL,      -- same key, figure and quote: a syndicated statement counts once
    relation             VARCHAR NOT NULL,      -- new | confirms | contradicts | changed | repeats | settled | incomparable | unmatched_denial
    previous_claim_id    VARCHAR,               -- the earlier claim compared with
    settled_by_claim_id  VARCHAR,               -- late article: the newer claim that already held its figure
    change_pct           DOUBLE,
    alert_id             VARCHAR,               -- the alert it raised, if any
    compared_at          TIMESTAMP NOT NULL
);

CREATE TABLE alerts (
    alert_id            VARCHAR PRIMARY KEY,    -- = dedup_key (stable)
    dedup_key           VARCHAR NOT NULL UNIQUE,  -- key + kind + claim pair: the same alert is never raised twice
    category            VARCHAR NOT NULL,       -- claim | ops
    kind                VARCHAR NOT NULL,       -- new_figure | figure_changed | contradiction | feed_failing | feed_recovered | feed_gone | run_failing | run_recovered | delivery_failed
    subject             VARCHAR,
    metric              VARCHAR,
    counterparty        VARCHAR,
    key_id              VARCHAR,
    unit_dimension      VARCHAR,
    period_kind         VARCHAR,
    period_start        VARCHAR,
    period_end          VARCHAR,
    previous_claim_id   VARCHAR,
    claim_id            VARCHAR,
    previous            VARCHAR,                -- JSON: value, interval, unit, qualifier, source_url, published, speaker, quote
    "current"           VARCHAR,                -- JSON, same fields (kept: claims can be re-extracted, the evidence stays)
    change_pct          DOUBLE,
    severity            VARCHAR NOT NULL,       -- info | warning | critical
    title               VARCHAR,                -- ops alerts: one line
    detail              VARCHAR,                -- ops alerts: what happened
    run_id              VARCHAR,                -- the run that raised it (grouping: one message per key per run)
    created_at          TIMESTAMP NOT NULL
);

-- The outbox: one row per alert and channel. Never lost (failed attempts are retried later with
-- backoff), never twice (a row is claimed as `sending` before the send and marked `sent` after).
CREATE TABLE deliveries (
    alert_id         VARCHAR NOT NULL,
    channel          VARCHAR NOT NULL,          -- a [channels.*] name of alerts.toml
    status           VARCHAR NOT NULL,          -- pending | sending | sent | failed | uncertain | muted | expired
    attempts         INTEGER NOT NULL DEFAULT 0,
    last_error       VARCHAR,                   -- scrubbed: never a webhook URL or a password
    next_attempt_at  TIMESTAMP,                 -- pending: not before this
    claimed_at       TIMESTAMP,                 -- sending: when the send began
    sent_at          TIMESTAMP,
    message_id       VARCHAR,                   -- the message (group) it went out in
    created_at       TIMESTAMP NOT NULL,
    updated_at       TIMESTAMP NOT NULL,
    PRIMARY KEY (alert_id, channel)
);

-- `newswatch mute SUBJECT METRIC --for 7d`: alerts of the key are recorded but not sent until `until`.
CREATE TABLE mutes (
    mute_id     VARCHAR PRIMARY KEY,
    subject     VARCHAR NOT NULL,
    metric      VARCHAR NOT NULL,
    until       TIMESTAMP NOT NULL,
    reason      VARCHAR,
    created_at  TIMESTAMP NOT NULL
);

-- Incidents of operational alerts (e.g. `run_feeds`): raised once when they start, once when they end.
CREATE TABLE ops_state (
    incident    VARCHAR PRIMARY KEY,
    state       VARCHAR NOT NULL,               -- failing | ok
    since       TIMESTAMP NOT NULL,
    detail      VARCHAR
);
