"""The labelled dev set served as real feeds and pages (../shared/eval/serve_feed.py) through one run and a re-run."""
from __future__ import annotations

import json
import subprocess
import sys
import time
from datetime import datetime
from pathlib import Path

import pytest

from pipeline import jobs
from pipeline.config import load_settings
from pipeline.store import Store

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
DEV = SHARED / "eval" / "dev" / "articles.jsonl"
SERVE = SHARED / "eval" / "serve_feed.py"

pytestmark = pytest.mark.skipif(not DEV.exists(), reason=f"the shared dev set is not at {DEV}")


@pytest.fixture(scope="module")
def dev_server(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("serve")
    url_file, log = tmp / "url", tmp / "requests.jsonl"
    proc = subprocess.Popen([sys.executable, str(SERVE), str(DEV), "--port", "0", "--url-file", str(url_file),
                             "--log", str(log)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 20
    while not (url_file.exists() and url_file.read_text().strip()):
        assert time.monotonic() < deadline and proc.poll() is None, "serve_feed.py did not start"
        time.sleep(0.05)
    yield url_file.read_text().strip().rstrip("/"), log
    proc.kill()
    proc.wait()


def test_dev_set_once_with_right_language_then_304s(tmp_path, dev_server):
    base, log = dev_server
    docs = {d["id"]: d for d in map(json.loads, DEV.read_text(encoding="utf-8").splitlines())}
    feeds = [f"{base}/feeds/all.xml", f"{base}/feeds/all.atom", f"{base}/feeds/en.xml", f"{base}/feeds/fr.xml"]
    s = load_settings(None, db=tmp_path / "dev.duckdb", feeds=feeds, env={"NEWSWATCH_ALLOW_PRIVATE_NETWORKS": "1"})
    summary = jobs.run_once(s)
    assert summary.feeds_failed == 0 and summary.articles_new == len(docs)

    with Store(s.db_path) as st:
        _, rows = st.sql("SELECT url, lang, extraction_status, published_at, text FROM articles")
        sources = st.sql("SELECT count(*) FROM article_sources")[1][0][0]
    assert len(rows) == len(docs)
    assert sources == 2 * len(docs) + len(docs)        # all.xml + all.atom + its language feed
    for url, lang, status, published, text in rows:
        doc = docs[url.rsplit("/", 1)[1].removesuffix(".html")]
        assert status == "ok", url
        assert lang == doc["lang"], (url, lang)
        assert published.strftime("%Y-%m-%d") == doc["published"]
        assert doc["text"][:80] in text                 # the article, not the navigation
        assert "Mentions légales" not in text and "À lire aussi" not in text

    before = sum(1 for _ in log.open())
    summary = jobs.run_once(s)
    assert (summary.feeds_not_modified, summary.articles_new) == (len(feeds), 0)
    again = [json.loads(line) for line in log.open()][before:]
    assert len(again) == len(feeds)                    # no page fetched again
    assert all(r["status"] == 304 for r in again)
    with Store(s.db_path) as st:
        assert st.sql("SELECT count(*) FROM articles")[1][0][0] == len(docs)


def test_dev_set_claims_stored_then_reprocessed_without_duplicates(tmp_path, dev_server):
    base, _ = dev_server
    s = load_settings(None, db=tmp_path / "dev.duckdb", feeds=[f"{base}/feeds/all.xml"],
                      env={"NEWSWATCH_ALLOW_PRIVATE_NETWORKS": "1"})
    summary = jobs.run_once(s)
    with Store(s.db_path) as st:
        ids = st.sql("SELECT claim_id FROM claims ORDER BY 1")[1]
        rows = st.sql("SELECT c.source_url = a.url, c.published = a.published_at::DATE, "
                      "a.text[c.span_start + 1 : c.span_end] = c.quote "
                      "FROM claims c JOIN articles a USING (article_id)")[1]
        stale = st.sql("SELECT count(*) FROM articles WHERE claims_version IS NULL")[1][0][0]
    assert summary.claims_new == len(ids) > 100             # the dev set holds 294 labelled claims
    assert all(all(r) for r in rows)                        # carries its article's URL, date, and its quote's span
    assert stale == 0
    assert jobs.reprocess(s, everything=False)["articles"] == 0      # nothing left unread by these rules
    out = jobs.reprocess(s)
    assert out["articles"] == 79 and out["claims"] == len(ids)
    with Store(s.db_path) as st:
        assert st.sql("SELECT claim_id FROM claims ORDER BY 1")[1] == ids    # same ids, no duplicates
    since = jobs.reprocess(s, since=datetime(2025, 6, 1))
    assert 0 < since["articles"] < 79
