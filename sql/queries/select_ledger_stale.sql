-- How many articles had their claims replaced after a first read (mark_claims_version, update_articles_extracted):
-- the figures of their ledger rows may be out of date. A scan of one BOOLEAN column; usually 0.
SELECT count(*) FROM articles WHERE ledger_stale;
