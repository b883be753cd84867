"""The DuckDB store: migrations upgrade an older file in order, each in one transaction; bulk writes; read-only use."""
from __future__ import annotations

import shutil
from pathlib import Path

import duckdb
import pytest

from pipeline import store as store_mod
from pipeline.errors import StoreError
from pipeline.store import Store, migrations


@pytest.fixture
def sql_dir(tmp_path, monkeypatch):
    """A copy of sql/ holding only the first migration, as an older release had it."""
    d = tmp_path / "sql"
    shutil.copytree(store_mod.SQL_DIR, d)
    for p in sorted((d / "migrations").glob("*.sql"))[1:]:
        p.unlink()
    for p in (d / "views").glob("*.sql"):
        p.unlink()
    monkeypatch.setattr(store_mod, "SQL_DIR", d)
    return d


def test_opening_an_older_database_upgrades_it(tmp_path, sql_dir, monkeypatch):
    db = tmp_path / "old.duckdb"
    with Store(db) as st:
        assert st.schema_version() == 1
        st.con.execute("INSERT INTO feeds (feed_id, name, url, created_at, updated_at) VALUES ('f', 'F', 'http://x/', now(), now())")
    monkeypatch.setattr(store_mod, "SQL_DIR", store_mod.Path(__file__).resolve().parents[1] / "sql")
    latest = max(v for v, _, _ in migrations())
    with Store(db) as st:
        assert st.schema_version() == latest
        assert st.sql("SELECT name FROM feeds")[1] == [("F",)]               # data kept
        assert [r[0] for r in st.sql("SELECT version FROM schema_migrations ORDER BY 1")[1]] == list(range(1, latest + 1))
        assert st.sql("SELECT count(*) FROM claims")[1] == [(0,)]           # later tables exist
    with Store(db) as st:                                                      # re-opening applies nothing
        assert st.migrate() == []


def test_a_failing_migration_rolls_back_and_names_the_file(tmp_path, sql_dir):
    (sql_dir / "migrations" / "0002_broken.sql").write_text("CREATE TABLE t (a INTEGER);\nTHIS IS NOT SQL;\n")
    with pytest.raises(StoreError, match="0002_broken.sql"):
        Store(tmp_path / "x.duckdb")
    con = duckdb.connect(str(tmp_path / "x.duckdb"))
    assert con.execute("SELECT max(version) FROM schema_migrations").fetchone() == (1,)
    assert con.execute("SELECT count(*) FROM information_schema.tables WHERE table_name = 't'").fetchone() == (0,)


def test_bulk_rejects_ragged_columns(tmp_path):
    with Store(tmp_path / "b.duckdb") as st:
        with pytest.raises(StoreError, match="unequal length"):
            st.bulk("insert_article_sources", {"article_id": ["a", "b"], "feed_id": ["f"], "url": ["u", "v"]}, {"now": None})


def test_columns_of_turns_records_into_columns_and_a_missing_name_into_none():
    from pipeline.store import columns_of

    recs = [{"a": 1, "b": "x", "c": None}, {"a": 2, "b": "y", "c": 3.5}]
    assert columns_of(recs, ["a", "b", "c"]) == {"a": [1, 2], "b": ["x", "y"], "c": [None, 3.5]}
    assert columns_of(iter(recs), ["b"]) == {"b": ["x", "y"]}
    assert columns_of([*recs, {"a": 3}], ["a", "b"]) == {"a": [1, 2, 3], "b": ["x", "y", None]}
    assert columns_of([], ["a", "b"]) == {"a": [], "b": []}


def test_read_only_store_refuses_writes_and_a_missing_file(tmp_path):
    with pytest.raises(StoreError, match="newswatch run --once"):
        Store(tmp_path / "missing.duckdb", read_only=True)
    Store(tmp_path / "r.duckdb").close()
    with Store(tmp_path / "r.duckdb", read_only=True) as st:
        with pytest.raises(StoreError, match="read-only"):
            st.sql("DELETE FROM feeds")


def test_the_writer_runs_duckdb_on_the_threads_it_is_given(tmp_path, monkeypatch):
    db = tmp_path / "t.duckdb"
    with Store(db) as st:              # default: one thread (small statements; the cores go to extraction)
        assert st.sql("SELECT current_setting('threads')")[1][0][0] == 1
        assert st.sql("SELECT current_setting('memory_limit')")[1][0][0] != ""
    monkeypatch.setattr(store_mod, "WRITER_THREADS", "3")
    with Store(db) as st:
        assert st.sql("SELECT current_setting('threads')")[1][0][0] == 3
    monkeypatch.setattr(store_mod, "WRITER_THREADS", "two")
    with pytest.raises(StoreError, match="NEWSWATCH_DUCKDB_THREADS must be a whole number"):
        Store(db)


def test_the_writer_checkpoints_at_the_wal_size_it_is_given(tmp_path, monkeypatch):
    """A run's writes stay in the WAL (durable) up to NEWSWATCH_DUCKDB_CHECKPOINT_THRESHOLD, and are checkpointed
    into the database file past it and when the writer closes; a size DuckDB cannot read is a clear error."""
    db = tmp_path / "c.duckdb"
    wal = Path(f"{db}.wal")
    text = "x" * 3_000_000           # ~3 MB a row in the WAL: under 64MB, over 1MB

    def write(st, k):
        with st.transaction():
            st.con.execute("INSERT INTO t VALUES (?, ?)", [k, text + str(k)])

    with Store(db) as st:
        # DuckDB shows 64MB (64·10⁶ bytes) in MiB
        assert st.sql("SELECT current_setting('checkpoint_threshold')")[1][0][0] == "61.0 MiB"
        st.con.execute("CREATE TABLE t (k INTEGER, s VARCHAR)")
        st.checkpoint()
        for k in range(3):
            write(st, k)
        assert wal.exists() and wal.stat().st_size > 6_000_000       # not checkpointed yet
    assert not wal.exists()                                           # closing checkpoints
    with Store(db, read_only=True) as st:
        assert st.sql("SELECT count(*) FROM t")[1][0][0] == 3
    monkeypatch.setattr(store_mod, "CHECKPOINT_THRESHOLD", "1MB")
    with Store(db) as st:
        write(st, 3)
        write(st, 4)                 # DuckDB checkpoints at the commit that finds the WAL past its threshold
        assert not wal.exists() or wal.stat().st_size < 1_000_000
    monkeypatch.setattr(store_mod, "CHECKPOINT_THRESHOLD", "lots")
    with pytest.raises(StoreError, match="NEWSWATCH_DUCKDB_CHECKPOINT_THRESHOLD .* must be sizes such as"):
        Store(db)


def test_a_store_table_reads_a_query_as_arrow(tmp_path):
    """Store.table: a named query's result as one Arrow table (the ledger step's read of its todo claims)."""
    with Store(tmp_path / "a.duckdb") as st:
        t = st.table("select_ledger_todo")
        assert t.num_rows == 0 and "claim_id" in t.column_names and "quote" in t.column_names
