"""`newswatch replay`, `alerts`, `timeline`, `mute`, `send` as a user runs them: a real process and a DuckDB file."""
from __future__ import annotations

import json

from test_cli import newswatch

TAIL = " The company did not comment further on its plans for the coming year, analysts said."
RECORDS = [   # out of publication order on purpose: replay sorts them
    {"id": "3", "published": "2025-09-20", "source_url": "https://b.example/three",
     "text": "OpenAI expects revenue of $20 billion in 2025, chief financial officer Sarah Friar said." + TAIL},
    {"id": "1", "published": "2025-01-10", "source_url": "https://a.example/one",
     "text": "OpenAI expects revenue of $13 billion in 2025, chief financial officer Sarah Friar said." + TAIL},
    {"id": "2", "published": "2025-03-01", "source_url": "https://c.example/two",
     "html": "<html><body><article><p>OpenAI still expects revenue of $13 billion in 2025, Sarah Friar "
             "repeated on Monday." + TAIL + "</p></article></body></html>"},
]


def write(tmp_path, records):
    path = tmp_path / "archive.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records))
    return str(path)


def test_replay_then_alerts_jsonl(tmp_path):
    db = str(tmp_path / "nw.duckdb")
    src = write(tmp_path, RECORDS)
    r = newswatch("replay", src, "--db", db)
    assert r.returncode == 0, r.stderr
    assert "replayed 3 records" in r.stdout
    r = newswatch("alerts", "--db", db, "--format", "jsonl")
    alerts = [json.loads(x) for x in r.stdout.splitlines()]
    kinds = [(a["kind"], a["current"]["source_url"]) for a in alerts]
    assert kinds == [("new_figure", "https://a.example/one"), ("figure_changed", "https://b.example/three")]
    changed = alerts[1]
    assert changed["previous"]["source_url"] == "https://c.example/two"        # the LATEST earlier claim
    assert round(changed["change_pct"]) == 54 and changed["severity"] in ("warning", "critical")
    assert changed["dedup_key"] and changed["current"]["speaker"] == "Sarah Friar"
    # A second replay of the same archive raises nothing new.
    newswatch("replay", src, "--db", db)
    again = newswatch("alerts", "--db", db, "--format", "jsonl").stdout.splitlines()
    assert len(again) == 2
    r = newswatch("alerts", "--db", db, "--kind", "figure_changed")
    assert "$13B → $20B (+54 %)" in r.stdout


def test_timeline_and_mute(tmp_path):
    db = str(tmp_path / "nw.duckdb")
    newswatch("replay", write(tmp_path, RECORDS), "--db", db)
    r = newswatch("timeline", "openai", "revenue", "--db", db)
    assert r.returncode == 0, r.stderr
    lines = r.stdout.splitlines()
    assert [x.split()[3] for x in lines[2:5]] == ["$13B", "$13B", "$20B"]
    assert "confirms" in r.stdout and "changed" in r.stdout
    r = newswatch("mute", "openai", "revenue", "--for", "7d", "--db", db)
    assert r.returncode == 0 and "muted openai revenue until" in r.stdout
    r = newswatch("mute", "--db", db)
    assert "openai" in r.stdout and "revenue" in r.stdout
    r = newswatch("mute", "openai", "revenue", "--off", "--db", db)
    assert "1 mute lifted" in r.stdout


def test_send_without_channels_says_what_waits(tmp_path):
    db = str(tmp_path / "nw.duckdb")
    newswatch("replay", write(tmp_path, RECORDS), "--db", db, "--notify")
    env = {"NEWSWATCH_SLACK_WEBHOOK_URL": "", "NEWSWATCH_SMTP_URL": "", "NEWSWATCH_APPRISE_URLS": ""}
    r = newswatch("send", "--db", db, env=env)
    assert r.returncode == 0, r.stderr
    assert "sent 0 deliveries" in r.stdout and "waiting for channel configuration" in r.stdout


def test_replay_of_a_bad_file_is_a_clear_error(tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": 1, "published": "2025-01-01"}\n')
    r = newswatch("replay", str(bad), "--db", str(tmp_path / "x.duckdb"))
    assert r.returncode == 1 and "needs text or html" in r.stderr and "Traceback" not in r.stderr


def test_timeline_plot_writes_a_png(tmp_path):
    db = str(tmp_path / "nw.duckdb")
    newswatch("replay", write(tmp_path, RECORDS), "--db", db)
    png = tmp_path / "revenue.png"
    r = newswatch("timeline", "openai", "revenue", "--plot", str(png), "--db", db)
    assert r.returncode == 0, r.stderr
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and png.stat().st_size > 5000
