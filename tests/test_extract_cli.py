"""`run_extract` on .txt, .html and .jsonl files: JSONL claims carry doc_id; the table is one line a claim."""
from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

from pipeline.claims.documents import run_extract

EN = "OpenAI raised $40 billion in March, a round that values the company at $300 billion."
FR = "Anthropic a levé 13 milliards de dollars, ce qui porte sa valorisation à 183 milliards de dollars."


def _jsonl(out: str) -> list[dict]:
    return [json.loads(line) for line in out.splitlines() if line.strip()]


def test_txt(tmp_path: Path):
    p = tmp_path / "a.txt"
    p.write_text(EN, encoding="utf-8")
    buf = io.StringIO()
    assert run_extract([str(p)], fmt="jsonl", published="2025-04-01", out=buf) == 0
    rows = _jsonl(buf.getvalue())
    assert {(r["subject"], r["metric"], r["value"]) for r in rows} >= {("openai", "funding", 40e9), ("openai", "valuation", 300e9)}
    assert all(r["published"] == "2025-04-01" for r in rows)


def test_html(tmp_path: Path):
    html = f"<html><head><title>t</title></head><body><article><h1>Titre</h1><p>{FR}</p>" \
           f"<p>{FR.replace('13', '14')}</p></article></body></html>"
    p = tmp_path / "a.html"
    p.write_text(html, encoding="utf-8")
    buf = io.StringIO()
    assert run_extract([str(p)], fmt="jsonl", lang="fr", out=buf) == 0
    rows = _jsonl(buf.getvalue())
    assert ("anthropic", "funding", 13e9) in {(r["subject"], r["metric"], r["value"]) for r in rows}


def test_jsonl_carries_doc_id(tmp_path: Path):
    p = tmp_path / "docs.jsonl"
    recs = [{"id": "d1", "text": EN, "published": "2025-04-01", "source_url": "https://example.com/a"},
            {"id": "d2", "html": f"<html><body><article><p>{FR}</p><p>{FR}</p></article></body></html>", "published": "2025-09-03"}]
    p.write_text("\n".join(json.dumps(r) for r in recs), encoding="utf-8")
    buf = io.StringIO()
    assert run_extract([str(p)], fmt="jsonl", out=buf) == 0
    rows = _jsonl(buf.getvalue())
    assert {r["doc_id"] for r in rows} == {"d1", "d2"}
    assert all(r["source_url"] == "https://example.com/a" for r in rows if r["doc_id"] == "d1")
    for r in rows:
        if r["doc_id"] == "d1":
            assert EN[r["span"][0]:r["span"][1]] == r["quote"]


def test_table_format(tmp_path: Path):
    p = tmp_path / "a.txt"
    p.write_text(EN, encoding="utf-8")
    buf = io.StringIO()
    run_extract([str(p)], fmt="table", lang="en", out=buf)
    lines = buf.getvalue().splitlines()
    assert len(lines) == 2
    assert "$40B" in lines[0] and "funding" in lines[0] and "«" in lines[0]


def test_missing_file_is_an_error(tmp_path: Path):
    buf = io.StringIO()
    assert run_extract([str(tmp_path / "nope.txt")], fmt="jsonl", out=buf) == 1


def test_module_entry_point_reads_stdin():
    proc = subprocess.run([sys.executable, "-m", "pipeline.claims", "--format", "jsonl", "--lang", "en", "-"],
                          input=EN, capture_output=True, text=True, check=True)
    assert len(_jsonl(proc.stdout)) == 2
