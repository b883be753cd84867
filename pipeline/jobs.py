"""The only place that wires I/O to the pure steps: poll feeds, fetch pages, extract, store. The CLI and the DAGs call it."""
from __future__ import annotations

import logging
import time
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import asdict, dataclass, field
from datetime import datetime, timedelta, timezone
from typing import Callable
from urllib.parse import urlsplit

from . import language, schedule, urls
from .config import Settings
from .errors import BlockedURLError, FetchError, HTTPStatusError, NewswatchError, TooLargeError
from .extract import extract_page
from .feeds import parse_feed
from .fetch import Fetcher, parse_cache_max_age
from .models import Feed, RunSummary, Skipped
from .store import Store, columns_of

log = logging.getLogger("newswatch")

Progress = Callable[[str, int, int], None]
PAGE_BATCH = 100          # page outcomes written per transaction...
PAGE_FLUSH_S = 2.0        # ...or sooner, so a killed run loses at most this much work
PERMANENT_4XX = {400, 401, 403, 404, 405, 410, 451}


def _noop(stage: str, done: int, total: int) -> None:
    pass


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


# -- outcomes: plain data, so a worker (thread, process or Airflow task) can hand them to the writer --

@dataclass
class PollOutcome:
    feed_id: str
    started_at: datetime
    status: str                       # ok | not_modified | error | gone | blocked
    http_status: int | None = None
    etag: str | None = None
    last_modified: str | None = None
    entries: list[dict] = field(default_factory=list)
    error: str | None = None
    retry_after_s: float | None = None
    ttl_s: float | None = None
    max_age_s: float | None = None
    duration_ms: float = 0.0


@dataclass
class PageOutcome:
    article_id: str
    fetched_at: datetime
    extraction_status: str            # ok | feed_summary | failed
    fetch_attempts: int
    text: str | None = None
    title: str | None = None
    author: str | None = None
    published_at: datetime | None = None
    lang: str | None = None
    lang_prob: float | None = None
    content_hash: str | None = None
    next_fetch_at: datetime | None = None
    error: str | None = None


# -- workers: network and parsing, no database ----------------------------------------------

def poll_feed(fetcher: Fetcher, feed: Feed, state: dict | None, now: datetime) -> PollOutcome:
    """Fetch one feed (conditionally) and parse it. Never raises for a feed's own failure."""
    state = state or {}
    t0 = time.monotonic()
    out = PollOutcome(feed_id=urls.feed_id(feed.url), started_at=now, status="ok")
    try:
        resp = fetcher.get(feed.url, kind="feed", etag=state.get("etag"), last_modified=state.get("last_modified"))
        out.http_status = resp.status
        out.max_age_s = parse_cache_max_age(resp.headers)
        if resp.status == 304:
            out.status = "not_modified"
        else:
            out.etag = resp.headers.get("etag")
            out.last_modified = resp.headers.get("last-modified")
            parsed = parse_feed(resp.body, resp.headers, resp.final_url)
            out.ttl_s = parsed.ttl_s
            if parsed.bozo and not parsed.entries:
                out.status = "error"
                out.error = f"not a readable feed: {parsed.bozo_reason}"
                out.etag = out.last_modified = None   # read it again next time
            else:
                if parsed.bozo:
                    out.error = f"feed is malformed, entries kept: {parsed.bozo_reason}"
                out.entries = [_entry_record(e, feed) for e in parsed.entries]
    except HTTPStatusError as e:
        out.http_status = e.status
        out.status = "gone" if e.status == 410 else "error"
        out.error = str(e)
        out.retry_after_s = e.retry_after
    except BlockedURLError as e:
        out.status = "blocked"
        out.error = str(e)
    except FetchError as e:
        out.status = "error"
        out.error = str(e)
    except NewswatchError as e:        # a parser bug must not stop the other feeds
        out.status = "error"
        out.error = f"{type(e).__name__}: {e}"
    out.duration_ms = (time.monotonic() - t0) * 1000
    return out


def _entry_record(e, feed: Feed) -> dict:
    return {
        "url": e.url,
        "guid": e.guid,
        "title": e.title,
        "author": e.author,
        "published_at": e.published,
        "summary": e.summary,
        "lang": e.lang or feed.lang,
    }


def process_page(fetcher: Fetcher, art: dict, settings: Settings, now: datetime) -> PageOutcome:
    """Fetch an article page, extract its text, detect its language. Falls back to the feed's summary."""
    attempts = (art.get("fetch_attempts") or 0) + 1
    summary = art.get("summary") or ""
    out = PageOutcome(article_id=art["article_id"], fetched_at=now, extraction_status="ok", fetch_attempts=attempts)
    permanent = False
    try:
        resp = fetcher.get(art["url"], kind="page")
        page = extract_page(resp.body, resp.final_url, min_chars=settings.articles.min_text_chars,
                            fast=settings.articles.fast_extraction)
        if isinstance(page, Skipped):
            out.extraction_status = "feed_summary"
            out.error = f"page text {page.reason}" + (f": {page.detail}" if page.detail else "")
            out.text = summary or None
        else:
            out.text, out.title, out.author, out.published_at = page.text, page.title, page.author, page.published
    except (BlockedURLError, TooLargeError) as e:
        permanent, out.error = True, str(e)
    except HTTPStatusError as e:
        permanent, out.error = e.status in PERMANENT_4XX, str(e)
    except FetchError as e:
        out.error = str(e)
    except NewswatchError as e:
        permanent, out.error = True, f"{type(e).__name__}: {e}"
    if out.error and out.extraction_status == "ok":
        out.text = summary or None
        if permanent or attempts >= settings.articles.max_fetch_attempts:
            out.extraction_status = "feed_summary"
            if not permanent:
                out.error = f"gave up after {attempts} attempts: {out.error}"
        else:
            out.extraction_status = "failed"
            delay = settings.articles.retry_after_s * 2 ** (attempts - 1)
            out.next_fetch_at = now + timedelta(seconds=delay)
    if out.text:
        out.lang, out.lang_prob = language.detect(out.text, art.get("lang_hint"))
        out.content_hash = urls.content_hash(out.text)
    else:
        out.lang = art.get("lang_hint")
    return out


# -- the writer: the only code that changes the database -------------------------------------

def sync_feeds(store: Store, feeds: tuple[Feed, ...], now: datetime) -> None:
    store.bulk("upsert_feeds", {
        "feed_id": [urls.feed_id(f.url) for f in feeds],
        "name": [f.name for f in feeds],
        "url": [f.url for f in feeds],
        "lang_hint": [f.lang for f in feeds],
        "interval_s": [f.interval_s for f in feeds],
        "enabled": [f.enabled for f in feeds],
    }, {"now": now})


def feed_states(store: Store, feeds: tuple[Feed, ...]) -> dict[str, dict]:
    rows = store.rows("select_feed_states", {"feed_ids": [urls.feed_id(f.url) for f in feeds]})
    return {r["feed_id"]: r for r in rows}


def record_poll(store: Store, feed: Feed, state: dict, out: PollOutcome, settings: Settings, run_id: str | None) -> int:
    """Write one poll: its row, the feed's health and schedule, its new articles. One transaction."""
    s = settings.schedule
    now = out.started_at
    failed = out.status in ("error", "gone", "blocked")
    failures = (state.get("consecutive_failures") or 0) + 1 if failed else 0
    events = []
    new_ids: list = []
    interval = None
    disabled = None
    if out.status == "gone":
        disabled = f"410 Gone at {now:%Y-%m-%d %H:%M} UTC: the publisher removed this feed; remove it from the config"
        next_poll = None
        events.append(("gone", out.error))
    elif failed:
        next_poll = schedule.next_poll_failed(now, s, feed_key=out.feed_id, failures=failures,
                                              retry_after_s=out.retry_after_s)
        if failures == s.health_failures:
            events.append(("failing", f"{failures} failures in a row; last: {out.error}"))
    else:
        interval = schedule.publish_interval([e["published_at"] for e in out.entries]) if out.entries else None
        next_poll = schedule.next_poll_ok(now, s, feed_key=out.feed_id, fixed_interval_s=feed.interval_s,
                                          publish_interval_s=interval or state.get("publish_interval_s"),
                                          ttl_s=out.ttl_s, max_age_s=out.max_age_s)
        if (state.get("consecutive_failures") or 0) >= s.health_failures:
            events.append(("recovered", f"polled fine after {state['consecutive_failures']} failures"))
    records = _new_article_records(out)
    with store.transaction():
        if records:
            new_ids = [r[0] for r in store.bulk("insert_articles", columns_of(records, [
                "article_id", "feed_id", "url", "canonical_url", "guid", "title", "author",
                "published_at", "summary", "extraction_status"]), {"now": now})]
            store.bulk("insert_article_sources", columns_of(records, ["article_id", "feed_id", "url"]), {"now": now})
        store.run("insert_feed_poll", {
            "poll_id": urls.sha(f"{out.feed_id}|{now.isoformat()}"), "feed_id": out.feed_id, "run_id": run_id,
            "started_at": now, "status": out.status, "http_status": out.http_status,
            "entries_seen": len(out.entries), "entries_new": len(new_ids), "duration_ms": round(out.duration_ms, 1),
            "error": out.error, "next_poll_at": next_poll,
        })
        store.run("update_feed_after_poll", {
            "feed_id": out.feed_id, "etag": out.etag, "last_modified": out.last_modified, "started_at": now,
            "status": out.status, "http_status": out.http_status, "error": out.error,
            "consecutive_failures": failures, "failed": failed,
            "last_new_article_at": now if new_ids else None, "publish_interval_s": interval,
            "next_poll_at": next_poll, "disabled_reason": disabled,
        })
        for kind, detail in events:
            store.run("insert_feed_event", {"event_id": urls.sha(f"{out.feed_id}|{kind}|{now.isoformat()}"),
                                            "feed_id": out.feed_id, "occurred_at": now, "kind": kind, "detail": detail})
    return len(new_ids)


def _new_article_records(out: PollOutcome) -> list[dict]:
    records, seen = [], set()
    for e in out.entries:
        url = e["url"]
        if not _acceptable_link(url):
            continue
        aid = urls.article_id(url)
        if aid in seen:
            continue
        seen.add(aid)
        records.append({**e, "article_id": aid, "feed_id": out.feed_id, "canonical_url": urls.canonical_url(url),
                        "extraction_status": "pending"})
    return records


def _acceptable_link(url: str) -> bool:
    """Feed links are third-party input: http(s) only, no credentials. Addresses are checked at fetch time."""
    try:
        p = urlsplit(url)
    except ValueError:
        return False
    return p.scheme in ("http", "https") and bool(p.hostname) and p.username is None and p.password is None


def record_pages(store: Store, outcomes: list[PageOutcome]) -> None:
    """Write a batch of page outcomes; a text already stored under another URL marks the article a duplicate."""
    if not outcomes:
        return
    rows = [asdict(o) for o in outcomes]
    hashes = [r["content_hash"] for r in rows if r["content_hash"] and r["extraction_status"] != "failed"]
    with store.transaction():
        known = {h: aid for h, aid in store.run("select_articles_by_hash", {"hashes": hashes})} if hashes else {}
        for r in rows:
            r["duplicate_of"] = None
            h = r["content_hash"]
            if not h or r["extraction_status"] == "failed":
                continue
            first = known.setdefault(h, r["article_id"])
            if first != r["article_id"]:
                r["extraction_status"], r["duplicate_of"] = "duplicate", first
        store.bulk("update_articles_extracted", columns_of(rows, [
            "article_id", "title", "author", "published_at", "fetched_at", "lang", "lang_prob", "text",
            "content_hash", "extraction_status", "duplicate_of", "fetch_attempts", "next_fetch_at", "error"]))


# -- the job -------------------------------------------------------------------------------

def make_fetcher(settings: Settings, **overrides) -> Fetcher:
    h = settings.http
    kwargs = dict(
        user_agent=h.user_agent_header,
        connect_timeout_s=h.connect_timeout_s,
        feed_deadline_s=h.feed_deadline_s,
        page_deadline_s=h.page_deadline_s,
        max_redirects=h.max_redirects,
        feed_max_bytes=h.feed_max_bytes,
        page_max_bytes=h.page_max_bytes,
        per_host_limit=h.per_host_concurrency,
        allow_private_networks=h.allow_private_networks,
        max_connections=max(h.concurrency * 2, 10),
    )
    kwargs.update(overrides)
    return Fetcher(**kwargs)


def run_once(
    settings: Settings,
    *,
    now: datetime | None = None,
    run_id: str | None = None,
    due_only: bool = False,
    progress: Progress = _noop,
    store: Store | None = None,
    fetcher: Fetcher | None = None,
) -> RunSummary:
    """Poll the feeds, store new entries, fetch and extract their pages. Feeds in backoff wait for their time;
    with due_only, every feed waits for its next poll time."""
    now = now or utcnow()
    run_id = run_id or f"cli-{now:%Y%m%dT%H%M%S}"
    summary = RunSummary()
    own_store = store is None
    store = store or Store(settings.db_path)
    own_fetcher = fetcher is None
    fetcher = fetcher or make_fetcher(settings)
    try:
        feeds = tuple(f for f in settings.feeds)
        sync_feeds(store, feeds, now)
        states = feed_states(store, feeds)
        todo = [f for f in feeds if _should_poll(f, states.get(urls.feed_id(f.url), {}), now, due_only)]
        with ThreadPoolExecutor(max_workers=settings.http.concurrency, thread_name_prefix="nw-fetch") as pool:
            futures = {pool.submit(poll_feed, fetcher, f, states.get(urls.feed_id(f.url)), now): f for f in todo}
            for i, fut in enumerate(as_completed(futures), 1):
                feed = futures[fut]
                out = fut.result()
                summary.feeds_polled += 1
                summary.entries_seen += len(out.entries)
                if out.status == "not_modified":
                    summary.feeds_not_modified += 1
                if out.status in ("error", "gone", "blocked"):
                    summary.feeds_failed += 1
                    summary.errors.append(f"feed {feed.name}: {out.error}")
                elif out.error:
                    summary.errors.append(f"feed {feed.name}: {out.error}")
                summary.articles_new += record_poll(store, feed, states.get(out.feed_id, {}), out, settings, run_id)
                progress("feeds", i, len(todo))

            pending = store.rows("select_pending_articles", {
                "max_attempts": settings.articles.max_fetch_attempts, "now": now, "limit": 1_000_000})
            batch: list[PageOutcome] = []
            flushed = time.monotonic()
            futures2 = [pool.submit(process_page, fetcher, art, settings, now) for art in pending]
            for i, fut in enumerate(as_completed(futures2), 1):
                out = fut.result()
                if out.extraction_status == "failed" or (out.error and out.extraction_status == "feed_summary"):
                    summary.articles_failed += 1
                batch.append(out)
                if len(batch) >= PAGE_BATCH or time.monotonic() - flushed > PAGE_FLUSH_S:
                    record_pages(store, batch)
                    batch, flushed = [], time.monotonic()
                progress("pages", i, len(pending))
            record_pages(store, batch)
    finally:
        if own_fetcher:
            fetcher.close()
        if own_store:
            store.close()
    return summary


def _should_poll(feed: Feed, state: dict, now: datetime, due_only: bool) -> bool:
    if not feed.enabled or state.get("disabled_reason"):
        return False
    nxt = state.get("next_poll_at")
    due = nxt is None or nxt <= now.replace(tzinfo=None)
    # A one-off run polls every healthy feed now; a feed in backoff (or held by Retry-After) waits.
    return due or (not due_only and not state.get("consecutive_failures"))


def feeds_report(settings: Settings) -> tuple[list[str], list[tuple]]:
    """`newswatch feeds`: the configured feeds with their health (read-only)."""
    with Store(settings.db_path, read_only=True) as store:
        rows = store.rows("list_feeds", {"feed_ids": [urls.feed_id(f.url) for f in settings.feeds],
                                          "all_feeds": not settings.feeds})
    if not rows:
        return [], []
    cols = list(rows[0])
    return cols, [tuple(r.values()) for r in rows]
