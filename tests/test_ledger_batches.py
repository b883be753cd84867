"""The ledger step in batches (pipeline/alerts/ledger.py) gives the result of one batch, and migration 0005
backfills `ledger.key_hash` on a database that already has ledger rows."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from pipeline import store as store_mod
from pipeline.alerts import ledger
from pipeline.store import Store

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT.parent / "shared" / "eval" / "dev" / "articles.jsonl"


def _replay(tmp_path: Path, name: str) -> tuple[list, list]:
    import json
    from pipeline.cli import main
    src = tmp_path / "articles.jsonl"
    if not src.exists():
        with src.open("w", encoding="utf-8") as f:
            for line in DEV.read_text(encoding="utf-8").splitlines():
                if line.strip():
                    d = json.loads(line)
                    f.write(json.dumps({k: d[k] for k in ("id", "title", "text", "published", "source_url") if k in d},
                                       ensure_ascii=False) + "\n")
    db = tmp_path / f"{name}.duckdb"
    assert not main(["replay", "--db", str(db), str(src)])
    with Store(db, read_only=True) as s:
        led = s.sql("SELECT claim_id, key_id, key_hash, relation, previous_claim_id, settled_by_claim_id, change_pct, "
                    "alert_id FROM ledger ORDER BY claim_id")[1]
        alerts = s.sql('SELECT alert_id, kind, previous_claim_id, claim_id, previous, "current", change_pct, severity '
                       "FROM alerts ORDER BY alert_id")[1]
    return led, alerts


@pytest.mark.skipif(not DEV.exists(), reason=f"no dev set at {DEV}")
def test_batches_give_the_result_of_one_batch(tmp_path, monkeypatch):
    one = _replay(tmp_path, "one")
    monkeypatch.setattr(ledger, "BATCH_CLAIMS", 2)
    small = _replay(tmp_path, "small")
    assert one[0] and one[1]
    assert small == one
    assert all(r[2] == ledger.key_hash(r[1]) for r in one[0])


def test_migration_0005_backfills_key_hash(tmp_path, monkeypatch):
    old_sql = tmp_path / "sql"
    shutil.copytree(store_mod.SQL_DIR, old_sql)
    (old_sql / "migrations" / "0005_ledger_keys.sql").unlink()
    monkeypatch.setattr(store_mod, "SQL_DIR", old_sql)
    db = tmp_path / "old.duckdb"
    with Store(db) as s:
        assert s.schema_version() == 4
        s.sql("INSERT INTO ledger (claim_id, key_id, article_id, published, article_seq, unit_dimension, statement_id, "
              "relation, compared_at) VALUES ('c1', 'fedcba9876543210aabbccddeeff0011', 'a1', DATE '2026-01-01', 1, "
              "'money', 's1', 'new', TIMESTAMP '2026-01-01')")
    monkeypatch.undo()
    with Store(db) as s:
        assert s.schema_version() >= 5
        assert s.sql("SELECT key_hash FROM ledger WHERE claim_id = 'c1'")[1] == [
            (ledger.key_hash("fedcba9876543210aabbccddeeff0011"),)]
        assert s.sql("SELECT index_name FROM duckdb_indexes() WHERE table_name = 'ledger'")[1] == [("ledger_key_hash",)]
        assert s.sql("SELECT count(*) FROM claim_history")[1][0][0] >= 0     # the views read the new table
