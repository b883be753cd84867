-- 0001: feeds, their polls and health events, and articles.
-- All timestamps are UTC (TIMESTAMP without time zone, always written in UTC).

CREATE TABLE feeds (
    feed_id               VARCHAR PRIMARY KEY,   -- hash of the feed URL
    name                  VARCHAR NOT NULL,
    url                   VARCHAR NOT NULL UNIQUE,
    lang_hint             VARCHAR,               -- from config: used when a text is too short to tell
    interval_s            INTEGER,               -- fixed interval from config, NULL = adaptive
    enabled               BOOLEAN NOT NULL DEFAULT TRUE,  -- from config
    etag                  VARCHAR,               -- sent back as If-None-Match
    last_modified         VARCHAR,               -- sent back as If-Modified-Since
    last_polled_at        TIMESTAMP,
    last_status           VARCHAR,               -- ok | not_modified | error | gone | blocked
    last_http_status      INTEGER,
    last_error            VARCHAR,
    consecutive_failures  INTEGER NOT NULL DEFAULT 0,
    error_count           INTEGER NOT NULL DEFAULT 0,   -- failures ever
    last_new_article_at   TIMESTAMP,
    publish_interval_s    DOUBLE,                -- how often the feed publishes (median gap of entry dates)
    next_poll_at          TIMESTAMP,             -- due when NULL or in the past
    disabled_reason       VARCHAR,               -- set on 410 Gone: the feed is not polled until it is cleared
    created_at            TIMESTAMP NOT NULL,
    updated_at            TIMESTAMP NOT NULL
);

CREATE TABLE feed_polls (
    poll_id        VARCHAR PRIMARY KEY,          -- hash of feed and start time
    feed_id        VARCHAR NOT NULL,
    run_id         VARCHAR,
    started_at     TIMESTAMP NOT NULL,
    status         VARCHAR NOT NULL,             -- ok | not_modified | error | gone | blocked
    http_status    INTEGER,
    entries_seen   INTEGER NOT NULL DEFAULT 0,
    entries_new    INTEGER NOT NULL DEFAULT 0,
    duration_ms    DOUBLE,
    error          VARCHAR,                      -- what went wrong, incl. a bozo feed's reason
    next_poll_at   TIMESTAMP
);

CREATE TABLE feed_events (
    event_id    VARCHAR PRIMARY KEY,
    feed_id     VARCHAR NOT NULL,
    occurred_at TIMESTAMP NOT NULL,
    kind        VARCHAR NOT NULL,                -- failing | recovered | gone
    detail      VARCHAR
);

CREATE TABLE articles (
    article_id          VARCHAR PRIMARY KEY,     -- hash of the canonical URL without scheme
    feed_id             VARCHAR NOT NULL,        -- the feed it was first seen in
    url                 VARCHAR NOT NULL,        -- the link as the feed gave it
    canonical_url       VARCHAR NOT NULL,        -- no trackers, no fragment, normalized host
    guid                VARCHAR,
    title               VARCHAR,
    author              VARCHAR,
    published_at        TIMESTAMP,               -- from the feed, else the page; UTC
    first_seen_at       TIMESTAMP NOT NULL,
    fetched_at          TIMESTAMP,               -- when the page was fetched (NULL until then)
    lang                VARCHAR,                 -- ISO 639-1, langdetect
    lang_prob           DOUBLE,                  -- langdetect's probability; 0 = the feed's hint was used
    summary             VARCHAR,                 -- the feed's own content or summary, plain text
    text                VARCHAR,                 -- the article text (page extraction, else the summary)
    content_hash        VARCHAR,                 -- hash of the normalized text
    extraction_status   VARCHAR NOT NULL,        -- pending | ok | feed_summary | failed | duplicate
    duplicate_of        VARCHAR,                 -- article_id with the same text, when status = duplicate
    fetch_attempts      INTEGER NOT NULL DEFAULT 0,
    next_fetch_at       TIMESTAMP,               -- when a failed page fetch is tried again
    error               VARCHAR                  -- last fetch or extraction error
);

CREATE TABLE article_sources (
    article_id     VARCHAR NOT NULL,
    feed_id        VARCHAR NOT NULL,
    url            VARCHAR NOT NULL,             -- the link as that feed gave it
    first_seen_at  TIMESTAMP NOT NULL,
    PRIMARY KEY (article_id, feed_id)
);

