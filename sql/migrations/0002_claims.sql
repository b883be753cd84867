-- 0002: claims — one statement with a figure in one article (../shared/spec/claims.md §1).

CREATE TABLE claims (
    claim_id       VARCHAR PRIMARY KEY,    -- hash of article, span and the figure: re-extraction keeps ids
    article_id     VARCHAR NOT NULL,
    source_url     VARCHAR,                -- the article's URL
    published      DATE,                   -- the article's publication date: the claim's as-of date
    subject        VARCHAR NOT NULL,       -- entity id (config/entities.toml)
    metric         VARCHAR NOT NULL,       -- metric id (config/metrics.toml)
    counterparty   VARCHAR,
    value          DOUBLE NOT NULL,        -- base units: dollars, watts, a count, percent points
    low            DOUBLE,                 -- the interval the statement allows; NULL = open
    high           DOUBLE,
    unit           VARCHAR NOT NULL,       -- USD, EUR, W, count, percent
    qualifier      VARCHAR NOT NULL,       -- exact, about, more_than, at_least, less_than, at_most, up_to, between, nearly
    half_unit      DOUBLE,                 -- half a unit of the last digit as written (interval rules)
    period_kind    VARCHAR NOT NULL,       -- annual, quarter, run_rate, cumulative, point
    period_start   VARCHAR,                -- YYYY, YYYY-MM or YYYY-MM-DD
    period_end     VARCHAR,
    period_text    VARCHAR,
    modality       VARCHAR NOT NULL,       -- actual, projected, denied
    speaker        VARCHAR,
    speaker_kind   VARCHAR NOT NULL,       -- company, media_report, analyst, other, unattributed
    quote          VARCHAR NOT NULL,
    span_start     INTEGER NOT NULL,       -- character offsets of quote in articles.text
    span_end       INTEGER NOT NULL,
    lang           VARCHAR,
    confidence     DOUBLE,
    rules_version  VARCHAR,                -- the extraction rules that produced it
    extracted_at   TIMESTAMP NOT NULL
);

-- Which rules last read an article's text (NULL: never, or the text changed since).
ALTER TABLE articles ADD COLUMN claims_version VARCHAR;
