"""End to end on loopback: feeds and pages from a real HTTP server into a real DuckDB file."""
from __future__ import annotations

import dataclasses
from datetime import datetime, timedelta, timezone

import pytest

from loopback import Reply
from pipeline import jobs
from pipeline.config import load_settings
from pipeline.store import Store

NOW = datetime(2025, 10, 1, 12, 0, tzinfo=timezone.utc)

EN_TEXT = (
    "OpenAI told investors that its revenue reached 4.3 billion dollars in the first half of the year, "
    "while the company kept spending heavily on computing power for training and running its models. "
    "Executives said the business was on track to meet its annual target, and that demand for its "
    "products from large companies kept growing quarter after quarter across every region it serves."
)
FR_TEXT = (
    "Nvidia a annoncé un accord avec OpenAI portant sur dix gigawatts de capacité de calcul, et la "
    "société pourrait investir jusqu'à cent milliards de dollars au fil du déploiement des centres de "
    "données. Les analystes estiment que cet engagement renforce la position du fabricant de puces sur "
    "un marché où la demande dépasse encore largement l'offre disponible pour les prochaines années."
)


def page(title: str, text: str, lang: str = "en") -> bytes:
    nav = "".join(f"<li><a href='/s/{i}'>Section {i}</a></li>" for i in range(8))
    paras = "".join(f"<p>{s.strip()}.</p>" for s in text.split(". ") if s.strip())
    return (f"<!doctype html><html lang='{lang}'><head><meta charset='utf-8'><title>{title}</title></head><body>"
            f"<nav><ul>{nav}</ul></nav><article><h1>{title}</h1>{paras}</article>"
            f"<footer>Copyright Example Media. All rights reserved.</footer></body></html>").encode()


def rss(items: list[tuple[str, str, str]], ttl: int | None = None) -> bytes:
    body = "".join(
        f"<item><title>{t}</title><link>{link}</link><guid>{link}</guid><pubDate>{d}</pubDate>"
        f"<description>Summary of {t}.</description></item>" for t, link, d in items)
    ttl_el = f"<ttl>{ttl}</ttl>" if ttl else ""
    return (f"<?xml version='1.0' encoding='utf-8'?><rss version='2.0'><channel><title>Test</title>"
            f"<link>http://example.com/</link><description>d</description>{ttl_el}{body}</channel></rss>").encode()


def settings_for(tmp_path, feed_urls, **http):
    s = load_settings(None, db=tmp_path / "nw.duckdb", feeds=feed_urls, env={"NEWSWATCH_ALLOW_PRIVATE_NETWORKS": "1"})
    h = dataclasses.replace(s.http, **{"feed_deadline_s": 15.0, "page_deadline_s": 15.0, "connect_timeout_s": 5.0, **http})
    return dataclasses.replace(s, http=h)


def q(db, sql):
    with Store(db) as st:
        return st.sql(sql)[1]


@pytest.fixture
def news(http_server):
    """Two feeds, three pages: one article in both feeds (with tracking parameters in one)."""
    srv = http_server
    srv.route("/a/1.html", page("Revenue", EN_TEXT), headers={"Content-Type": "text/html; charset=utf-8"})
    srv.route("/a/2.html", page("Gigawatts", FR_TEXT, "fr"), headers={"Content-Type": "text/html; charset=utf-8"})
    srv.route("/a/3.html", page("Again", EN_TEXT.replace("4.3", "5.1")), headers={"Content-Type": "text/html"})
    d = "Wed, 01 Oct 2025 08:00:00 GMT"
    srv.route("/one.xml", rss([("Revenue", srv.url("/a/1.html"), d), ("Gigawatts", srv.url("/a/2.html"), d)]),
              headers={"Content-Type": "application/rss+xml"}, etag='"v1"')
    srv.route("/two.xml", rss([("Revenue", srv.url("/a/1.html") + "?utm_source=rss&utm_medium=feed#top", d),
                               ("Again", srv.url("/a/3.html"), d)]),
              headers={"Content-Type": "application/rss+xml"},
              last_modified="Wed, 01 Oct 2025 08:00:00 GMT")
    return srv


def test_run_stores_each_article_once_then_304s_add_nothing(tmp_path, news):
    s = settings_for(tmp_path, [news.url("/one.xml"), news.url("/two.xml")])
    summary = jobs.run_once(s, now=NOW)
    assert (summary.feeds_polled, summary.feeds_failed, summary.articles_new) == (2, 0, 3)
    rows = q(s.db_path, "SELECT canonical_url, extraction_status, lang, length(text) > 200 FROM articles ORDER BY 1")
    assert [(r[1], r[2], r[3]) for r in rows] == [("ok", "en", True), ("ok", "fr", True), ("ok", "en", True)]
    assert all("utm_" not in r[0] for r in rows)
    assert q(s.db_path, "SELECT count(*) FROM article_sources")[0][0] == 4
    text = q(s.db_path, "SELECT text FROM articles WHERE canonical_url LIKE '%/a/1.html'")[0][0]
    assert "4.3 billion" in text and "Section 3" not in text and "Copyright" not in text
    assert len(news.requests_to("/a/1.html")) == 1

    summary2 = jobs.run_once(s, now=NOW + timedelta(minutes=20))
    assert (summary2.feeds_polled, summary2.feeds_not_modified, summary2.articles_new) == (2, 2, 0)
    assert news.requests_to("/one.xml")[-1].headers.get("if-none-match") == '"v1"'
    assert news.requests_to("/two.xml")[-1].headers.get("if-modified-since") == "Wed, 01 Oct 2025 08:00:00 GMT"
    assert q(s.db_path, "SELECT count(*) FROM articles")[0][0] == 3
    assert q(s.db_path, "SELECT status, count(*) FROM feed_polls GROUP BY 1 ORDER BY 1") == [("not_modified", 2), ("ok", 2)]
    assert len(news.requests_to("/a/1.html")) == 1          # no page fetched twice


def test_due_only_waits_for_the_next_poll_time(tmp_path, news):
    s = settings_for(tmp_path, [news.url("/one.xml")])
    jobs.run_once(s, now=NOW)
    assert jobs.run_once(s, now=NOW + timedelta(minutes=1), due_only=True).feeds_polled == 0
    assert jobs.run_once(s, now=NOW + timedelta(days=2), due_only=True).feeds_polled == 1


def test_republished_identical_text_is_a_duplicate(tmp_path, http_server):
    srv = http_server
    srv.route("/x/original.html", page("Revenue", EN_TEXT))
    srv.route("/y/copy.html", page("Revenue", EN_TEXT))
    d = "Wed, 01 Oct 2025 08:00:00 GMT"
    srv.route("/f.xml", rss([("Revenue", srv.url("/x/original.html"), d), ("Copy", srv.url("/y/copy.html"), d)]))
    s = settings_for(tmp_path, [srv.url("/f.xml")])
    jobs.run_once(s, now=NOW)
    rows = q(s.db_path, "SELECT extraction_status, duplicate_of IS NOT NULL, claims_version FROM articles "
                        "ORDER BY extraction_status")
    # the original's text was read by the current rules; the duplicate's claims are its original's
    assert rows == [("duplicate", True, None), ("ok", False, jobs.rules_version())]


def test_failing_feed_backs_off_records_health_and_recovers(tmp_path, http_server):
    srv = http_server
    state = {"fail": True}
    good = rss([("Revenue", srv.url("/a.html"), "Wed, 01 Oct 2025 08:00:00 GMT")])
    srv.route("/a.html", page("Revenue", EN_TEXT))
    srv.route("/f.xml", handler=lambda req: Reply(500, {}, b"oops") if state["fail"] else Reply(200, {}, good))
    other = srv.url("/ok.xml")
    srv.route("/ok.xml", rss([]))
    s = settings_for(tmp_path, [srv.url("/f.xml"), other])
    t = NOW
    for i in range(3):
        summary = jobs.run_once(s, now=t, due_only=True)
        assert summary.feeds_failed == 1 and any("500" in e for e in summary.errors)
        st = q(s.db_path, f"SELECT consecutive_failures, next_poll_at FROM feeds WHERE url = '{srv.url('/f.xml')}'")[0]
        assert st[0] == i + 1
        assert st[1] > t.replace(tzinfo=None) + timedelta(minutes=4)   # backoff, not the normal rhythm
        t = st[1].replace(tzinfo=timezone.utc) + timedelta(seconds=1)
    assert q(s.db_path, "SELECT kind FROM feed_events") == [("failing",)]
    state["fail"] = False
    summary = jobs.run_once(s, now=t, due_only=True)
    assert summary.feeds_failed == 0 and summary.articles_new == 1
    assert q(s.db_path, "SELECT kind FROM feed_events ORDER BY occurred_at") == [("failing",), ("recovered",)]
    assert q(s.db_path, f"SELECT consecutive_failures, error_count FROM feeds WHERE url = '{srv.url('/f.xml')}'") == [(0, 3)]


def test_gone_feed_is_disabled_and_not_polled_again(tmp_path, http_server):
    http_server.route("/gone.xml", b"gone", status=410)
    s = settings_for(tmp_path, [http_server.url("/gone.xml")])
    assert jobs.run_once(s, now=NOW).feeds_failed == 1
    assert jobs.run_once(s, now=NOW + timedelta(days=3)).feeds_polled == 0
    assert len(http_server.requests_to("/gone.xml")) == 1
    assert q(s.db_path, "SELECT kind FROM feed_events") == [("gone",)]
    assert "410" in q(s.db_path, "SELECT disabled_reason FROM feeds")[0][0]


def test_retry_after_is_honoured(tmp_path, http_server):
    http_server.route("/busy.xml", b"slow down", status=429, headers={"Retry-After": "7200"})
    s = settings_for(tmp_path, [http_server.url("/busy.xml")])
    jobs.run_once(s, now=NOW)
    nxt = q(s.db_path, "SELECT next_poll_at FROM feeds")[0][0]
    assert nxt >= NOW.replace(tzinfo=None) + timedelta(seconds=7200)
    assert jobs.run_once(s, now=NOW + timedelta(hours=1)).feeds_polled == 0   # held even by --once


def test_ttl_and_cache_control_set_the_next_poll(tmp_path, http_server):
    http_server.route("/ttl.xml", rss([], ttl=180), headers={"Cache-Control": "max-age=60"})
    s = settings_for(tmp_path, [http_server.url("/ttl.xml")])
    jobs.run_once(s, now=NOW)
    nxt = q(s.db_path, "SELECT next_poll_at FROM feeds")[0][0]
    assert nxt >= NOW.replace(tzinfo=None) + timedelta(minutes=180 * 0.9)


def test_failed_page_keeps_summary_and_is_retried_later(tmp_path, http_server):
    srv = http_server
    state = {"fail": True}
    srv.route("/p.html", handler=lambda req: Reply(503, {}, b"") if state["fail"] else Reply(200, {}, page("R", EN_TEXT)))
    srv.route("/f.xml", rss([("Revenue", srv.url("/p.html"), "Wed, 01 Oct 2025 08:00:00 GMT")]))
    s = settings_for(tmp_path, [srv.url("/f.xml")])
    summary = jobs.run_once(s, now=NOW)
    assert summary.articles_failed == 1
    row = q(s.db_path, "SELECT extraction_status, text, fetch_attempts, error FROM articles")[0]
    assert row[:3] == ("failed", "Summary of Revenue.", 1) and "503" in row[3]
    jobs.run_once(s, now=NOW + timedelta(minutes=5))            # too early: not retried
    assert len(srv.requests_to("/p.html")) == 1
    state["fail"] = False
    jobs.run_once(s, now=NOW + timedelta(hours=2))
    row = q(s.db_path, "SELECT extraction_status, fetch_attempts, error FROM articles")[0]
    assert row == ("ok", 2, None)


def test_page_404_falls_back_to_summary_without_retry(tmp_path, http_server):
    srv = http_server
    srv.route("/f.xml", rss([("Missing", srv.url("/missing.html"), "Wed, 01 Oct 2025 08:00:00 GMT")]))
    s = settings_for(tmp_path, [srv.url("/f.xml")])
    jobs.run_once(s, now=NOW)
    jobs.run_once(s, now=NOW + timedelta(days=1))
    assert len(srv.requests_to("/missing.html")) == 1
    assert q(s.db_path, "SELECT extraction_status, text FROM articles") == [("feed_summary", "Summary of Missing.")]


def test_bozo_feed_keeps_its_entries_and_records_the_problem(tmp_path, http_server):
    srv = http_server
    srv.route("/a.html", page("R", EN_TEXT))
    broken = rss([("Revenue", srv.url("/a.html"), "Wed, 01 Oct 2025 08:00:00 GMT")]).replace(b"</channel></rss>", b"<oops></channel>")
    srv.route("/bozo.xml", broken)
    s = settings_for(tmp_path, [srv.url("/bozo.xml")])
    summary = jobs.run_once(s, now=NOW)
    assert summary.articles_new == 1 and summary.feeds_failed == 0
    status, error = q(s.db_path, "SELECT status, error FROM feed_polls")[0]
    assert status == "ok" and "malformed" in error


def test_not_a_feed_is_a_failure_with_its_reason(tmp_path, http_server):
    http_server.route("/html.xml", b"<html><body>Not a feed</body></html>", headers={"Content-Type": "text/html"})
    s = settings_for(tmp_path, [http_server.url("/html.xml")])
    summary = jobs.run_once(s, now=NOW)
    assert summary.feeds_failed == 1 and "not a readable feed" in summary.errors[0]


def test_private_address_link_is_not_fetched(tmp_path, http_server):
    """The guard is on: the loopback feed server is allowed by address, a link to 10.0.0.1 is refused
    before any connection is made, and the entry keeps its feed summary."""
    srv = http_server
    srv.route("/f.xml", rss([("Internal", "http://10.0.0.1/admin", "Wed, 01 Oct 2025 08:00:00 GMT")]))
    s = settings_for(tmp_path, [srv.url("/f.xml")], allow_private_networks=False)
    fetcher = jobs.make_fetcher(s, allowed_addresses=["127.0.0.1"])
    try:
        jobs.run_once(s, now=NOW, fetcher=fetcher)
    finally:
        fetcher.close()
    status, text, error = q(s.db_path, "SELECT extraction_status, text, error FROM articles")[0]
    assert (status, text) == ("feed_summary", "Summary of Internal.")
    assert "10.0.0.1" in error and "private" in error.lower()


def test_every_poll_is_recorded(tmp_path, news):
    s = settings_for(tmp_path, [news.url("/one.xml")])
    for i in range(3):
        jobs.run_once(s, now=NOW + timedelta(minutes=30 * i))
    rows = q(s.db_path, "SELECT status, http_status, entries_seen, entries_new, duration_ms IS NOT NULL FROM feed_polls ORDER BY started_at")
    assert rows == [("ok", 200, 2, 2, True), ("not_modified", 304, 0, 0, True), ("not_modified", 304, 0, 0, True)]


def test_worker_processes_give_the_same_database_as_one(tmp_path, news):
    """workers=2 extracts pages in worker processes; the rows (articles, languages, claims) are those of workers=1,
    and a page that fails to fetch is handled in this process as before."""
    news.route("/a/4.html", "", status=404)
    news.route("/three.xml", rss([("Missing", news.url("/a/4.html"), "Wed, 01 Oct 2025 08:00:00 GMT")]))
    feeds = [news.url("/one.xml"), news.url("/two.xml"), news.url("/three.xml")]
    results = []
    for workers in (1, 2):
        s = settings_for(tmp_path / f"w{workers}", feeds)
        summary = jobs.run_once(s, now=NOW, workers=workers)
        assert (summary.articles_new, summary.articles_failed) == (4, 1)
        results.append((
            q(s.db_path, "SELECT canonical_url, extraction_status, lang, content_hash, error IS NULL FROM articles ORDER BY 1"),
            q(s.db_path, "SELECT claim_id FROM claims ORDER BY 1"),
        ))
    assert results[0] == results[1] and results[1][1], "same rows, and some claims"
    assert [r[1] for r in results[1][0]] == ["ok", "ok", "ok", "feed_summary"]


@pytest.mark.parametrize("workers", [1, 2])
def test_pages_are_read_while_other_feeds_are_still_polled(tmp_path, http_server, workers):
    """A slow feed holds up no page of the others: the fast feed's page is fetched (and stored) while the slow
    feed is still answering. The slow feed answers once that page has been requested, or after 10 s; the run
    polled first and fetched after would get the page request only after that wait."""
    import threading
    srv = http_server
    page_asked = threading.Event()
    released_by_page: list[bool] = []

    def slow_feed(req):
        released_by_page.append(page_asked.wait(10))
        return Reply(200, {"Content-Type": "application/rss+xml"},
                     rss([("Later", srv.url("/a/later.html"), "Wed, 01 Oct 2025 09:00:00 GMT")]))

    def fast_page(req):
        page_asked.set()
        return Reply(200, {"Content-Type": "text/html; charset=utf-8"}, page("Revenue", EN_TEXT))
    srv.route("/slow.xml", handler=slow_feed)
    srv.route("/fast.xml", rss([("Revenue", srv.url("/a/fast.html"), "Wed, 01 Oct 2025 08:00:00 GMT")]))
    srv.route("/a/fast.html", handler=fast_page)
    srv.route("/a/later.html", page("Gigawatts", FR_TEXT, "fr"), headers={"Content-Type": "text/html; charset=utf-8"})
    s = settings_for(tmp_path, [srv.url("/slow.xml"), srv.url("/fast.xml")])
    summary = jobs.run_once(s, now=NOW, workers=workers)
    assert released_by_page == [True]
    assert (summary.feeds_polled, summary.articles_new, summary.articles_failed) == (2, 2, 0)
    assert q(s.db_path, "SELECT title, extraction_status, lang FROM articles ORDER BY title") == [
        ("Later", "ok", "fr"), ("Revenue", "ok", "en")]
    assert len(srv.requests_to("/a/fast.html")) == len(srv.requests_to("/a/later.html")) == 1


def test_a_worker_pool_shut_down_before_its_workers_are_up_ends_quietly():
    """The workers are started by a thread of the pool's own (their start overlaps the polls): a run that ends
    at once (no feed due) shuts the pool down under that thread, which must neither raise nor hang."""
    import threading
    from pipeline import workers
    from pipeline.config import ArticleSettings
    errors = []
    hook, threading.excepthook = threading.excepthook, lambda args: errors.append(args.exc_value)
    try:
        for _ in range(3):
            procs = workers.pool(2, ArticleSettings())
            procs.shutdown(cancel_futures=True)
        for t in threading.enumerate():
            if t.name == "nw-workers-start":
                t.join(30)
    finally:
        threading.excepthook = hook
    assert errors == [] and not any(t.name == "nw-workers-start" for t in threading.enumerate())


def test_record_polls_writes_a_batch_like_one_poll_at_a_time(tmp_path):
    """Polls written in one batch: an article listed by two feeds is new for the first only, a feed polled twice
    in the batch gets both rows and the later state, and validators land with their entries."""
    from pipeline import urls
    from pipeline.models import Feed
    a, b = Feed(name="a", url="http://a.test/feed.xml"), Feed(name="b", url="http://b.test/feed.xml")
    settings = dataclasses.replace(load_settings(None, db=tmp_path / "nw.duckdb"), feeds=(a, b))
    ida, idb = urls.feed_id(a.url), urls.feed_id(b.url)
    entry = lambda u: {"url": u, "guid": None, "title": "T", "author": None, "published_at": NOW, "summary": "s"}  # noqa: E731
    polls = [
        (a, {}, jobs.PollOutcome(feed_id=ida, started_at=NOW, status="ok", http_status=200, etag='"a1"',
                                 entries=[entry("http://a.test/1"), entry("http://x.test/shared")])),
        (b, {}, jobs.PollOutcome(feed_id=idb, started_at=NOW, status="ok", http_status=200, etag='"b1"',
                                 entries=[entry("http://x.test/shared")])),
        (a, {}, jobs.PollOutcome(feed_id=ida, started_at=NOW + timedelta(minutes=1), status="not_modified",
                                 http_status=304)),
        (b, {}, jobs.PollOutcome(feed_id=idb, started_at=NOW + timedelta(minutes=1), status="error",
                                 error="boom")),
    ]
    with Store(settings.db_path) as st:
        jobs.sync_feeds(st, settings.feeds, NOW)
        assert jobs.record_polls(st, polls, settings, "r1") == [2, 0, 0, 0]
        assert st.sql("SELECT count(*) FROM articles")[1] == [(2,)]
        assert st.sql("SELECT count(*) FROM article_sources")[1] == [(3,)]
        assert sorted(st.sql("SELECT feed_id, status, entries_new, run_id FROM feed_polls")[1]) == sorted([
            (ida, "ok", 2, "r1"), (idb, "ok", 0, "r1"), (ida, "not_modified", 0, "r1"), (idb, "error", 0, "r1")])
        rows = dict((r[0], r[1:]) for r in st.sql(
            "SELECT feed_id, etag, last_status, consecutive_failures, error_count, last_new_article_at FROM feeds")[1])
        assert rows[ida] == ('"a1"', "not_modified", 0, 0, NOW.replace(tzinfo=None))
        assert rows[idb] == ('"b1"', "error", 1, 1, None)


def test_page_metadata_is_read_only_when_the_feed_lacks_a_title_or_date(tmp_path, http_server):
    """skip_page_metadata (the default): an entry with a title and a date keeps them and the page's metadata pass
    is skipped; an entry without a date has the page's read. Off: every page's title replaces the feed's."""
    srv = http_server
    srv.route("/a/1.html", page("Page title one", EN_TEXT), headers={"Content-Type": "text/html; charset=utf-8"})
    srv.route("/a/2.html", page("Page title two", FR_TEXT, "fr"), headers={"Content-Type": "text/html; charset=utf-8"})
    items = (f"<item><title>Feed title one</title><link>{srv.url('/a/1.html')}</link>"
             f"<pubDate>Wed, 01 Oct 2025 08:00:00 GMT</pubDate></item>"
             f"<item><title>Feed title two</title><link>{srv.url('/a/2.html')}</link></item>")
    srv.route("/f.xml", (f"<?xml version='1.0'?><rss version='2.0'><channel><title>T</title><link>http://e.com/</link>"
                         f"<description>d</description>{items}</channel></rss>").encode(),
              headers={"Content-Type": "application/rss+xml"})
    titles = {}
    for skip in (True, False):
        s = settings_for(tmp_path / str(skip), [srv.url("/f.xml")])
        s = dataclasses.replace(s, articles=dataclasses.replace(s.articles, skip_page_metadata=skip))
        jobs.run_once(s, now=NOW)
        titles[skip] = q(s.db_path, "SELECT title, lang, extraction_status FROM articles ORDER BY url")
    assert titles[True] == [("Feed title one", "en", "ok"), ("Page title two", "fr", "ok")]
    assert titles[False] == [("Page title one", "en", "ok"), ("Page title two", "fr", "ok")]


def test_worker_processes_fork_from_a_preloaded_server(tmp_path):
    """The extraction processes come from the fork server, which imported the preload (the imports and one-off
    loads) before forking them: not children of the run's process (threads, a DuckDB connection), not a
    fresh interpreter each."""
    import os
    from pipeline import workers
    from pipeline.config import ArticleSettings
    procs = workers.pool(2, ArticleSettings())
    try:
        seen = [procs.submit(workers.about).result() for _ in range(4)]
    finally:
        procs.shutdown()
    assert all(s["preloaded"] for s in seen)
    assert {s["parent"] for s in seen} != {os.getpid()} and len({s["parent"] for s in seen}) == 1


def test_the_worker_preload_stays_light():
    """The fork server imports the preload and then forks: it must start no thread (a fork copies a thread's
    locks half-held), so the page-reading path imports no DuckDB, Arrow, numpy or httpx. Nor does the CLI's module,
    which every worker re-imports (the `newswatch` script is the main module it starts from)."""
    import json
    import subprocess
    import sys
    code = ("import json, os, sys; import pipeline._worker_preload, pipeline.cli; "
            "print(json.dumps([len(os.listdir('/proc/self/task')), "
            "sorted(m for m in ('duckdb', 'pyarrow', 'numpy', 'httpx') if m in sys.modules)]))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert json.loads(out.stdout.strip().splitlines()[-1]) == [1, []]


def test_a_fault_in_the_claim_rules_costs_one_article_not_the_run(tmp_path, news, monkeypatch, caplog):
    # a fault of ours (here made to happen: the rules raise on the French text) must not stop the run nor lose the
    # text; the article is reported, left unread by these rules, and `reprocess --stale` reads it once they are fixed
    import pipeline.claims
    rules = pipeline.claims.extract_claims

    def faulty(text, *a, **k):
        if "gigawatts" in text:
            raise IndexError("list index out of range")
        return rules(text, *a, **k)
    monkeypatch.setattr(pipeline.claims, "extract_claims", faulty)
    s = settings_for(tmp_path, [news.url("/one.xml"), news.url("/two.xml")])
    summary = jobs.run_once(s, now=NOW)
    assert summary.articles_new == 3 and summary.claims_new > 0
    assert [e for e in summary.errors if "claim extraction failed (IndexError" in e and "/a/2.html" in e]
    assert "claim extraction failed on article" in caplog.text and "Traceback" in caplog.text
    rows = q(s.db_path, "SELECT lang, extraction_status, text IS NOT NULL, claims_version IS NULL, error FROM articles "
                        "ORDER BY lang")
    assert [r[:4] for r in rows] == [("en", "ok", True, False), ("en", "ok", True, False), ("fr", "ok", True, True)]
    assert "reprocess --stale" in rows[2][4]
    assert q(s.db_path, "SELECT count(*) FROM claims c JOIN articles a USING (article_id) WHERE a.lang = 'fr'")[0][0] == 0

    out = jobs.reprocess(s, everything=False)                  # still faulty: reported again, nothing lost
    assert out["articles"] == 1 and len(out["failed"]) == 1 and "/a/2.html" in out["failed"][0]
    monkeypatch.setattr(pipeline.claims, "extract_claims", rules)   # the rules fixed
    out = jobs.reprocess(s, everything=False)
    assert (out["articles"], out["failed"]) == (1, []) and out["claims"] > 0
    assert q(s.db_path, "SELECT count(*) FROM articles WHERE claims_version IS DISTINCT FROM "
                        f"'{jobs.rules_version()}'")[0][0] == 0
