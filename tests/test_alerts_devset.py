"""Quality gate for alerting on the labelled dev set (../shared/eval/dev/stream.json).

1. The comparison rules alone, fed the dev set's *gold* claims: every expected alert, no forbidden
   one. This pins compare.py to the contract independently of extraction quality.
2. End to end (`newswatch replay` + `newswatch alerts`, scored by ../shared/eval/score_alerts.py):
   floors in tests/fixtures/alerts_floor.json, which only move up as extraction improves.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from pipeline.compare import Tolerances, compare, entry, key_of
from pipeline.models import Claim, Period

ROOT = Path(__file__).resolve().parents[1]
EVAL = ROOT.parent / "shared" / "eval"
DEV = EVAL / "dev"
FLOOR = Path(__file__).parent / "fixtures" / "alerts_floor.json"

pytestmark = pytest.mark.skipif(not (DEV / "stream.json").exists(), reason=f"no dev set at {DEV}")


def _gold_alerts() -> list[dict]:
    docs = sorted((json.loads(x) for x in (DEV / "articles.jsonl").read_text(encoding="utf-8").splitlines() if x.strip()),
                  key=lambda d: d["published"])
    ledger: dict[str, list] = {}
    out = []
    for seq, d in enumerate(docs):
        placed = []
        for i, c in enumerate(d["claims"]):
            p = c["period"]
            claim = Claim(subject=c["subject"], metric=c["metric"], value=c["value"], unit=c["unit"],
                          qualifier=c["qualifier"], period=Period(p["kind"], p.get("start"), p.get("end")),
                          modality=c["modality"], speaker_kind=c.get("speaker_kind") or "unattributed",
                          quote=c["quote"], span=tuple(c["span"]), lang=d["lang"], counterparty=c.get("counterparty"),
                          low=c.get("low"), high=c.get("high"), half_unit=c.get("half_unit"))
            key = key_of(claim)
            e = entry(f"{d['id']}#{i}", claim, article_id=d["id"], published=date.fromisoformat(d["published"][:10]),
                      seq=seq)
            v = compare(e, ledger.get(key.id, []), Tolerances())
            placed.append((key.id, e))
            if v.alert:
                out.append({"kind": v.alert, "subject": key.subject, "metric": key.metric,
                            "counterparty": key.counterparty, "current": {"source_url": d["source_url"]}})
        for kid, e in placed:
            ledger.setdefault(kid, []).append(e)
    return out


def _score(args: list[str]) -> dict:
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}"}
    r = subprocess.run([sys.executable, str(EVAL / "score_alerts.py"), str(DEV), *args], capture_output=True,
                       text=True, cwd=ROOT, env=env, timeout=600)
    assert r.returncode == 0, r.stdout + r.stderr
    last = r.stdout.strip().splitlines()[-1].split()          # "alerts recall 0.702 forbidden 1"
    return {"recall": float(last[2]), "forbidden": int(last[4])}


def test_rules_on_gold_claims_find_every_expected_alert_and_no_forbidden_one(tmp_path):
    path = tmp_path / "gold_alerts.jsonl"
    path.write_text("".join(json.dumps(a) + "\n" for a in _gold_alerts()))
    assert _score(["--alerts", str(path)]) == {"recall": 1.0, "forbidden": 0}


@pytest.mark.slow
def test_end_to_end_alerts_hold_their_floor():
    floor = json.loads(FLOOR.read_text())
    got = _score([])
    assert got["recall"] >= floor["recall"] and got["forbidden"] <= floor["forbidden"], (got, floor)
