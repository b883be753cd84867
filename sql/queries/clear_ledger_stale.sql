-- The ledger rows of stale articles have their history entries again (refresh_ledger_entries, same transaction).
UPDATE articles SET ledger_stale = NULL WHERE ledger_stale;
