"""The ledger step in batches (pipeline/alerts/ledger.py) gives the result of one batch; migrations 0005 and 0006
backfill `ledger.key_hash` and the claims' figures on a database that already has ledger rows; a re-extracted
claim leaves its key's history."""
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
    # the step keeps its keys' histories from one batch to the next (ledger.Histories); with no room for them
    # each batch reads them again from the ledger: the same result
    monkeypatch.setattr(ledger, "HISTORY_CACHE_ENTRIES", 0)
    reread = _replay(tmp_path, "reread")
    assert one[0] and one[1]
    assert small == one
    assert reread == one
    assert all(r[2] == ledger.key_hash(r[1]) for r in one[0])


def test_migration_0005_backfills_key_hash(tmp_path, monkeypatch):
    old_sql = tmp_path / "sql"
    shutil.copytree(store_mod.SQL_DIR, old_sql)
    for m in (old_sql / "migrations").glob("*.sql"):      # a database of schema 4: without 0005 and later
        if m.name >= "0005":
            m.unlink()
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


def _claim(cid: str, article_id: str, value: float, span: int = 0, published: str = "2026-01-05") -> dict:
    return {"claim_id": cid, "article_id": article_id, "source_url": f"https://ex.test/{article_id}",
            "published": published, "subject": "openai", "metric": "revenue", "counterparty": None, "value": value,
            "low": None, "high": None, "unit": "USD", "qualifier": "exact", "half_unit": 5e8, "period_kind": "annual",
            "period_start": "2025", "period_end": None, "period_text": "2025", "modality": "actual", "speaker": None,
            "speaker_kind": "company", "quote": f"quote {cid}", "span_start": span, "span_end": span + 10, "lang": "en",
            "confidence": 0.9}


def _article(s: Store, article_id: str, seen: str) -> None:
    s.sql(f"INSERT INTO articles (article_id, feed_id, url, canonical_url, first_seen_at, extraction_status) VALUES "
          f"('{article_id}', 'f', 'https://ex.test/{article_id}', 'ex.test/{article_id}', TIMESTAMP '{seen}', 'ok')")


def test_reextracted_claims_leave_the_history(tmp_path):
    """A claim that a re-extraction removed is no longer history (the ledger row keeps NULL figures, as the join to
    claims dropped it); one that comes back is history again and is not compared a second time."""
    from datetime import datetime
    from pipeline import compare as cmp
    from pipeline.alerts.settings import AlertSettings
    from pipeline.jobs import replace_claims
    now = datetime(2026, 1, 10)
    settings = AlertSettings()
    with Store(tmp_path / "r.duckdb") as s:
        _article(s, "a1", "2026-01-01 00:00:00")
        _article(s, "a2", "2026-01-02 00:00:00")
        with s.transaction():
            replace_claims(s, ["a1"], [_claim("c1", "a1", 10e9), _claim("c1b", "a1", 20e9, span=50)], now, "v1")
        ledger.update_ledger(s, settings, now=now, route=False)
        key = cmp.key_of(ledger.claim_of(_claim("c1", "a1", 10e9))).id
        assert sorted(e.claim_id for e in ledger.history_of(s, {key})[key]) == ["c1", "c1b"]
        # re-extraction of a1 (rules v2) keeps c1 and loses c1b
        with s.transaction():
            replace_claims(s, ["a1"], [_claim("c1", "a1", 10e9)], now, "v2")
        assert s.sql("SELECT count(*) FROM articles WHERE ledger_stale")[1][0][0] == 1
        with s.transaction():       # a later article with c1b's figure: compared with c1 only, as before 0006
            replace_claims(s, ["a2"], [_claim("c2", "a2", 20e9, published="2026-01-06")], now, "v2")
        out = ledger.update_ledger(s, settings, now=now, route=False)
        assert out.compared == 1
        assert s.sql("SELECT count(*) FROM articles WHERE ledger_stale")[1][0][0] == 0
        assert s.sql("SELECT entry FROM ledger WHERE claim_id = 'c1b'")[1] == [(None,)]     # the row stays
        assert sorted(e.claim_id for e in ledger.history_of(s, {key})[key]) == ["c1", "c2"]
        # with c1b still history, c2 would overlap it and confirm
        assert s.sql("SELECT relation, previous_claim_id FROM ledger WHERE claim_id = 'c2'")[1] == [("contradicts", "c1")]
        # a third re-extraction brings c1b back: history again, not compared again
        with s.transaction():
            replace_claims(s, ["a1"], [_claim("c1", "a1", 10e9), _claim("c1b", "a1", 20e9, span=50)], now, "v3")
        assert ledger.update_ledger(s, settings, now=now, route=False).compared == 0
        assert s.sql("SELECT entry->>'$[5]' FROM ledger WHERE claim_id = 'c1b'")[1] == [("20000000000.0",)]
        assert sorted(e.claim_id for e in ledger.history_of(s, {key})[key]) == ["c1", "c1b", "c2"]


def test_migration_0006_keeps_figures_on_the_ledger(tmp_path, monkeypatch):
    """0006 backfills the history entries onto existing ledger rows (NULL where the claim is gone), keeps the rows'
    order, and the history read then gives what the join to claims gave; it rebuilds articles as they were."""
    old_sql = tmp_path / "sql"
    shutil.copytree(store_mod.SQL_DIR, old_sql)
    for m in (old_sql / "migrations").glob("*.sql"):
        if m.name >= "0006":
            m.unlink()
    monkeypatch.setattr(store_mod, "SQL_DIR", old_sql)
    db = tmp_path / "old.duckdb"
    with Store(db) as s:
        assert s.schema_version() == 5
        from pipeline.store import columns_of
        from pipeline.jobs import CLAIM_COLUMNS
        rows = [_claim("c1", "a1", 10e9), _claim("c2", "a2", 12e9)]
        s.bulk("insert_claims", columns_of(rows, CLAIM_COLUMNS), {"rules_version": "v", "now": "2026-01-05"})
        s.sql("INSERT INTO articles (article_id, feed_id, url, canonical_url, first_seen_at, extraction_status, text, "
              "claims_version) VALUES ('a2', 'f', 'https://ex.test/a2', 'ex.test/a2', TIMESTAMP '2026-01-01', 'ok', "
              "'Some text.', 'v'), ('a1', 'f', 'https://ex.test/a1', 'ex.test/a1', TIMESTAMP '2026-01-02', 'pending', "
              "NULL, NULL)")
        articles = s.sql("SELECT * FROM articles ORDER BY rowid")[1]
        for cid in ("c2", "c1", "gone"):       # row order: c2, c1, gone
            s.sql(f"INSERT INTO ledger (claim_id, key_id, key_hash, article_id, published, article_seq, unit_dimension, "
                  f"interval_low, interval_high, statement_id, relation, compared_at) VALUES ('{cid}', "
                  f"'fedcba9876543210aabbccddeeff0011', {ledger.key_hash('fedcba9876543210aabbccddeeff0011')}, 'a', "
                  f"DATE '2026-01-01', 1, 'money', 1, 2, 's{cid}', 'new', TIMESTAMP '2026-01-01')")
    monkeypatch.undo()
    with Store(db) as s:
        assert s.schema_version() >= 6
        assert [r[0] for r in s.sql("SELECT claim_id FROM ledger ORDER BY rowid")[1]] == ["c2", "c1", "gone"]
        assert s.sql("SELECT entry FROM ledger WHERE claim_id = 'gone'")[1] == [(None,)]
        assert s.sql("SELECT index_name FROM duckdb_indexes() WHERE table_name = 'ledger'")[1] == [("ledger_key_hash",)]
        hist = ledger.history_of(s, {"fedcba9876543210aabbccddeeff0011"})["fedcba9876543210aabbccddeeff0011"]
        assert [e.claim_id for e in hist] == ["c2", "c1"]
        # the entry SQL builds (0006, refresh_ledger_entries) reads as the one Python builds (entry_json)
        from datetime import date
        from pipeline import compare as cmp
        e = cmp.Entry("c2", "a", date(2026, 1, 1), 1, 12e9, "USD", cmp.Interval(1.0, 2.0), "actual", "sc2", 0, 0.9)
        assert hist[0] == e
        row = {"value": 12e9, "unit": "USD", "modality": "actual", "span_start": 0, "confidence": 0.9}
        s.sql("UPDATE ledger SET entry = '" + ledger.entry_json("fedcba9876543210aabbccddeeff0011", e, row)
              + "' WHERE claim_id = 'c2'")
        assert ledger.history_of(s, {"fedcba9876543210aabbccddeeff0011"})["fedcba9876543210aabbccddeeff0011"][0] == e
        assert s.sql("SELECT count(*) FROM claim_history")[1][0][0] == 2
        # articles rebuilt with zstd text: same rows in the same order, the new column empty, the key still enforced
        assert [r[:-1] for r in s.sql("SELECT * FROM articles ORDER BY rowid")[1]] == articles
        assert s.sql("SELECT count(*) FROM articles WHERE ledger_stale IS NOT NULL")[1][0][0] == 0
        assert "USING COMPRESSION ZSTD" in s.sql("SELECT sql FROM duckdb_tables() WHERE table_name = 'articles'")[1][0][0]
        with pytest.raises(Exception):
            s.sql("INSERT INTO articles (article_id, feed_id, url, canonical_url, first_seen_at, extraction_status) "
                  "VALUES ('a1', 'f', 'u', 'u', TIMESTAMP '2026-01-03', 'pending')")
