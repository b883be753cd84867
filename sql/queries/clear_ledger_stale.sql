-- The ledger rows of stale articles have their claims' figures again (refresh_ledger_figures, same transaction).
UPDATE articles SET ledger_stale = NULL WHERE ledger_stale;
