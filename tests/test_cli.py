"""The `newswatch` command as a user runs it: a real process, a loopback server, a DuckDB file."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from loopback import Reply
from pipeline.cli import build_parser
from test_jobs import EN_TEXT, page, rss

ROOT = Path(__file__).resolve().parents[1]
DATE = "Wed, 01 Oct 2025 08:00:00 GMT"


def newswatch(*args, env=None, timeout=120, **kw):
    e = {**os.environ, "NEWSWATCH_ALLOW_PRIVATE_NETWORKS": "1", **(env or {})}
    e.pop("NEWSWATCH_FEEDS", None) if "NEWSWATCH_FEEDS" not in (env or {}) else None
    return subprocess.run([sys.executable, "-m", "pipeline.cli", *args], cwd=ROOT, env=e, capture_output=True,
                          text=True, timeout=timeout, **kw)


def subcommands():
    parser = build_parser()
    action = next(a for a in parser._actions if a.dest == "command")
    return action.choices


@pytest.mark.parametrize("name", sorted(subcommands()))
def test_every_command_has_help_with_an_example(name):
    text = subcommands()[name].format_help()
    assert "Example:" in text and f"newswatch {name}" in text


def test_top_level_help_lists_every_command():
    out = newswatch("--help").stdout
    assert "Example:" in out
    for name in subcommands():
        assert name in out


def test_run_feeds_and_sql(tmp_path, http_server):
    srv = http_server
    srv.route("/a.html", page("Revenue", EN_TEXT))
    srv.route("/f.xml", rss([("Revenue", srv.url("/a.html"), DATE)]), etag='"1"')
    db = str(tmp_path / "nw.duckdb")
    r = newswatch("run", "--once", "--feed", srv.url("/f.xml"), "--db", db)
    assert r.returncode == 0, r.stderr
    assert "1 new articles" in r.stdout
    r = newswatch("feeds", "--feed", srv.url("/f.xml"), "--db", db, "--format", "json")
    feed = json.loads(r.stdout.splitlines()[0])
    assert feed["status"] == "ok" and feed["failures_in_a_row"] == 0 and feed["next_poll_at"]
    r = newswatch("sql", "SELECT lang, extraction_status AS s FROM articles", "--db", db, "--format", "csv")
    assert r.stdout.splitlines() == ["lang,s", "en,ok"]
    r = newswatch("sql", "SELECT count(*) AS n FROM articles", "--db", db)
    assert "(1 row)" in r.stdout


def test_feeds_from_environment(tmp_path, http_server):
    http_server.route("/e.xml", rss([]))
    db = str(tmp_path / "nw.duckdb")
    r = newswatch("run", "--once", env={"NEWSWATCH_FEEDS": http_server.url("/e.xml"), "NEWSWATCH_DB": db})
    assert r.returncode == 0 and "polled 1 feeds" in r.stdout
    assert len(http_server.requests_to("/e.xml")) == 1


def test_sql_is_read_only(tmp_path, http_server):
    http_server.route("/e.xml", rss([]))
    db = str(tmp_path / "nw.duckdb")
    newswatch("run", "--once", "--feed", http_server.url("/e.xml"), "--db", db)
    r = newswatch("sql", "DELETE FROM feeds", "--db", db)
    assert r.returncode == 1 and "read-only" in r.stderr.lower()
    assert "Traceback" not in r.stderr


def test_sql_without_a_database_says_what_to_do(tmp_path):
    r = newswatch("sql", "SELECT 1", "--db", str(tmp_path / "none.duckdb"))
    assert r.returncode == 1 and "newswatch run --once" in r.stderr


def test_unreachable_feed_is_reported_and_run_exits_0(tmp_path):
    r = newswatch("run", "--once", "--feed", "http://feed.newswatch-test.invalid/rss.xml", "--db", str(tmp_path / "x.duckdb"))
    assert r.returncode == 0, r.stderr
    assert "1 failed" in r.stdout and "feed.newswatch-test.invalid" in r.stdout
    assert "Traceback" not in r.stderr


@pytest.mark.parametrize("content, message", [
    ("[http\nconcurrency = 2", "invalid TOML"),
    ("[http]\nconcurency = 2", "unknown key 'concurency'"),
    ("[http]\nconcurrency = 'many'", "concurrency must be int"),
    ("[schedule]\nevery = 'often'", "not a duration"),
    ("feeds_file = 'nope.toml'", "not found"),
    ("[[feeds]]\nurl = 'ftp://x/feed'", "must start with http"),
])
def test_broken_config_names_file_and_key(tmp_path, content, message):
    cfg = tmp_path / "newswatch.toml"
    cfg.write_text(content)
    r = newswatch("config", "check", "--config", str(cfg))
    assert r.returncode == 2
    assert str(cfg) in r.stderr and message in r.stderr and "Traceback" not in r.stderr


def test_shipped_config_is_valid():
    r = newswatch("config", "check")
    assert r.returncode == 0 and "ok" in r.stdout
    n = int(r.stdout.split("feeds: ")[1].split()[0])
    assert 15 <= n <= 25


def test_kill_9_mid_run_then_resume(tmp_path, http_server):
    """A run killed while fetching pages leaves a database that opens, and the next run finishes the work."""
    srv = http_server
    slow = {"on": True}
    for i in range(30):
        body = page(f"Story {i}", EN_TEXT.replace("4.3", f"{i}.5"))
        srv.route(f"/p/{i}.html", handler=lambda req, b=body: Reply(200, {"Content-Type": "text/html"}, b,
                                                                       hang_s=0.4 if slow["on"] else 0))
    srv.route("/f.xml", rss([(f"Story {i}", srv.url(f"/p/{i}.html"), DATE) for i in range(30)]))
    cfg = tmp_path / "nw.toml"
    cfg.write_text("[http]\nconcurrency = 2\n")
    db = str(tmp_path / "nw.duckdb")
    e = {**os.environ, "NEWSWATCH_ALLOW_PRIVATE_NETWORKS": "1"}
    proc = subprocess.Popen([sys.executable, "-m", "pipeline.cli", "run", "--once", "--config", str(cfg),
                             "--feed", srv.url("/f.xml"), "--db", db], cwd=ROOT, env=e,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if sum(r.path.startswith("/p/") for r in srv.requests) >= 14:
            break
        time.sleep(0.05)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    r = newswatch("sql", "SELECT extraction_status, count(*) FROM articles GROUP BY 1 ORDER BY 1", "--db", db, "--format", "json")
    assert r.returncode == 0, r.stderr
    counts = {row["extraction_status"]: row["count_star()"] for row in map(json.loads, r.stdout.splitlines())}
    assert sum(counts.values()) == 30 and counts.get("pending", 0) > 0
    slow["on"] = False
    r = newswatch("run", "--once", "--config", str(cfg), "--feed", srv.url("/f.xml"), "--db", db)
    assert r.returncode == 0, r.stderr
    r = newswatch("sql", "SELECT count(*) AS n, count(DISTINCT canonical_url) AS u, "
                  "count(*) FILTER (WHERE extraction_status = 'ok') AS ok FROM articles", "--db", db, "--format", "json")
    assert json.loads(r.stdout) == {"n": 30, "u": 30, "ok": 30}


def test_extraction_workers_from_the_config(tmp_path, http_server):
    """`[articles] workers = 2` reaches the run from the config file, and the process pool stores every page and its claims."""
    srv = http_server
    for i in range(4):
        srv.route(f"/w/{i}.html", page(f"Story {i}", EN_TEXT.replace("4.3", f"{i}.5")))
    srv.route("/w.xml", rss([(f"Story {i}", srv.url(f"/w/{i}.html"), DATE) for i in range(4)]))
    cfg = tmp_path / "nw.toml"
    cfg.write_text("[articles]\nworkers = 2\n")
    db = str(tmp_path / "nw.duckdb")
    r = newswatch("run", "--once", "--config", str(cfg), "--feed", srv.url("/w.xml"), "--db", db)
    assert r.returncode == 0, r.stderr
    r = newswatch("sql", "SELECT count(*) FILTER (WHERE extraction_status = 'ok') AS ok, "
                  "(SELECT count(*) FROM claims) > 0 AS claims FROM articles", "--db", db, "--format", "json")
    assert json.loads(r.stdout) == {"ok": 4, "claims": True}
