"""Staged batches and the Airflow job steps without Airflow: the parallel steps stage files, one load writes, twice is once."""
from __future__ import annotations

import os
from datetime import datetime, timedelta, timezone

import pytest

from pipeline import jobs, staging
from pipeline.config import load_settings
from pipeline.store import Store

NOW = datetime(2026, 1, 5, 12, 0, tzinfo=timezone.utc)
TEXT = ("OpenAI's revenue reached $3.7 billion in 2024, the company told investors, while its losses were about "
        "$5 billion. Nvidia said two customers made up 39% of its revenue in the quarter. ") * 2
PAGE = "<html><head><title>{t}</title></head><body><article><h1>{t}</h1><p>{b}</p></article></body></html>"


def rss(base: str, paths: list[str]) -> str:
    items = "".join(f"<item><title>Story {p}</title><link>{base}{p}</link>"
                    f"<pubDate>Mon, 05 Jan 2026 08:00:00 GMT</pubDate></item>" for p in paths)
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>{items}</channel></rss>'


@pytest.fixture
def site(http_server):
    base = http_server.url("")
    http_server.route("/a.xml", rss(base, ["/1.html", "/2.html"]), headers={"Content-Type": "application/rss+xml"})
    http_server.route("/b.xml", rss(base, ["/2.html", "/3.html"]), headers={"Content-Type": "application/rss+xml"})
    http_server.route("/broken.xml", "no", status=500)
    for p in ("/1.html", "/2.html", "/3.html"):
        http_server.route(p, PAGE.format(t=p, b=TEXT), headers={"Content-Type": "text/html; charset=utf-8"})
    return http_server


def settings_for(tmp_path, srv, *paths):
    return load_settings(None, db=tmp_path / "data" / "nw.duckdb", feeds=[srv.url(p) for p in paths],
                         env={"NEWSWATCH_ALLOW_PRIVATE_NETWORKS": "1"})


def run_steps(s, run_id: str) -> dict:
    """What newswatch_ingest does, task by task, in one process."""
    for item in jobs.due_feeds(s, run_id, NOW):
        jobs.poll_to_stage(s, item, run_id, NOW)
    for todo in jobs.plan_fetch(s, run_id, NOW):
        jobs.fetch_to_stage(s, todo, run_id, NOW)
    return jobs.load_staged(s, run_id, NOW)


def count(s, table: str) -> int:
    with Store(s.db_path, read_only=True) as st:
        return st.sql(f"SELECT count(*) FROM {table}")[1][0][0]


def test_batch_round_trip_is_atomic_and_overwrites(tmp_path):
    s = load_settings(None, db=tmp_path / "nw.duckdb", feeds=[], env={})
    path = staging.batch_path(s, "manual__2026-01-05T12:00:00+00:00", "poll", "feed1")
    assert path.parent.parent.parent == tmp_path / "staging" and ":" not in str(path.relative_to(tmp_path))
    staging.write_batch(path, {"kind": "poll", "at": NOW}, [{"n": 1, "when": NOW}, {"n": 2, "when": None}])
    staging.write_batch(path, {"kind": "poll", "at": NOW}, [{"n": 3, "when": NOW}])   # a retried task
    header, records = staging.read_batch(path)
    assert header == {"kind": "poll", "at": NOW} and records == [{"n": 3, "when": NOW}]
    assert [p.name for p in path.parent.iterdir()] == ["feed1.jsonl"]               # no temp file left
    assert staging.run_dir(s, "a:b") != staging.run_dir(s, "a_b")


def test_staged_run_stores_each_article_once_and_records_the_failing_feed(tmp_path, site):
    s = settings_for(tmp_path, site, "/a.xml", "/b.xml", "/broken.xml")
    summary = run_steps(s, "run-1")
    assert (summary["feeds_polled"], summary["feeds_failed"], summary["articles_new"]) == (3, 1, 3)
    assert summary["claims_new"] > 0
    assert len(site.requests_to("/2.html")) == 1                 # carried by two feeds, fetched once
    with Store(s.db_path, read_only=True) as st:
        _, rows = st.sql("SELECT extraction_status, count(*) FROM articles GROUP BY ALL")
        _, broken = st.sql("SELECT last_status, last_http_status, consecutive_failures FROM feeds WHERE url LIKE '%broken%'")
    assert rows == [("ok", 3)]
    assert broken == [("error", 500, 1)]


def test_loading_a_run_twice_or_after_a_retried_task_adds_nothing(tmp_path, site):
    s = settings_for(tmp_path, site, "/a.xml", "/broken.xml")
    first = run_steps(s, "run-1")
    before = {t: count(s, t) for t in ("articles", "article_sources", "feed_polls", "feed_events", "claims", "loads")}
    again = jobs.load_staged(s, "run-1", NOW)                     # the load task re-run
    assert (again["batches"], again["skipped"]) == (0, first["batches"])
    item = {"feed": jobs.feed_record(s.feeds[0]), "state": {}}
    jobs.poll_to_stage(s, item, "run-1", NOW + timedelta(minutes=1))   # a poll task cleared and re-run
    assert jobs.load_staged(s, "run-1", NOW)["batches"] == 0
    assert {t: count(s, t) for t in before} == before


def test_a_later_run_polls_only_due_feeds_and_fetches_nothing_known(tmp_path, site):
    s = settings_for(tmp_path, site, "/a.xml")
    run_steps(s, "run-1")
    assert jobs.due_feeds(s, "run-2", NOW + timedelta(minutes=1)) == []
    due = jobs.due_feeds(s, "run-3", NOW + timedelta(days=2))
    assert [d["feed"]["url"] for d in due] == [site.url("/a.xml")]
    jobs.poll_to_stage(s, due[0], "run-3", NOW + timedelta(days=2))
    assert jobs.plan_fetch(s, "run-3", NOW + timedelta(days=2)) == []   # both entries are stored already


def test_maintenance_exports_parquet_and_prunes(tmp_path, site):
    s = settings_for(tmp_path, site, "/a.xml")
    run_steps(s, "run-1")
    later = NOW + timedelta(days=100)
    old, recent = staging.run_dir(s, "run-1"), staging.run_dir(s, "run-2")
    staging.write_batch(staging.batch_path(s, "run-2", "poll", "x"), {}, [])
    for folder, age in ((old, timedelta(days=8)), (recent, timedelta(days=1))):   # file times, as seen at `later`
        t = (later - age).timestamp()
        for p in [folder, *folder.rglob("*")]:
            os.utime(p, (t, t))
    out = jobs.maintenance(s, later)
    export = tmp_path / "data" / "export"
    assert out["export"]["tables"]["articles"] == 2
    assert (export / "articles.parquet").stat().st_size > 0 and not list(export.glob(".*"))
    with Store(s.db_path, read_only=True) as st:
        assert st.sql(f"SELECT count(*) FROM read_parquet('{export / 'articles.parquet'}')")[1][0][0] == 2
    assert out["prune"] == {"staging_runs": 1, "feed_polls": 1, "loads": 2}
    assert not old.exists() and recent.exists() and count(s, "articles") == 2 and count(s, "feeds") == 1


def test_the_dags_failure_callback_raises_an_operational_alert(tmp_path, monkeypatch):
    from types import SimpleNamespace

    from pipeline import dagkit
    db = tmp_path / "nw.duckdb"
    monkeypatch.setenv("NEWSWATCH_DB", str(db))
    monkeypatch.setenv("NEWSWATCH_FEEDS", "https://example.com/rss")
    ti = SimpleNamespace(dag_id="newswatch_ingest", task_id="fetch_pages", map_index=3)
    dagkit.notify_failure({"ti": ti, "run_id": "scheduled__x", "exception": RuntimeError("boom")})
    with Store(db, read_only=True) as st:
        cols, rows = st.sql("SELECT * FROM alerts")
    text = " ".join(str(v) for row in rows for v in row)
    assert len(rows) == 1 and "fetch_pages[3]" in text and "boom" in text
