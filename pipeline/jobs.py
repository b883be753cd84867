"""The only place that wires I/O to the pure steps: poll feeds, fetch pages, extract, store. The CLI and the DAGs call it."""
from __future__ import annotations

import hashlib
import logging
import time
import multiprocessing
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, ThreadPoolExecutor, as_completed, wait
from dataclasses import asdict, dataclass, field
from datetime import datetime, timedelta, timezone
from functools import lru_cache, partial
from pathlib import Path
from typing import Callable
from urllib.parse import urlsplit

from . import language, schedule, urls
from .config import Settings
from .errors import BlockedURLError, FetchError, HTTPStatusError, NewswatchError, TooLargeError
from .extract import extract_page
from .feeds import parse_feed
from .fetch import Fetcher, parse_cache_max_age
from .models import Feed, Response, RunSummary, Skipped
from .store import Store, columns_of

log = logging.getLogger("newswatch")

Progress = Callable[[str, int, int], None]
PAGE_BATCH = 500          # page outcomes written per transaction (a statement and a commit cost ~10 ms each: larger
                          # batches amortise them; at end-to-end rates PAGE_FLUSH_S ends a batch first)...
PAGE_FLUSH_S = 2.0        # ...or sooner, so a killed run loses at most this much work
POLL_BATCH = 50           # polls written per transaction (bulk statements), or sooner after PAGE_FLUSH_S; a killed
                          # run loses the unwritten polls whole (validators with their entries) and re-polls them
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
    url: str | None = None
    claims: list[dict] | None = None  # None: not read (text not final); []: read, no figures


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
    out = PageOutcome(article_id=art["article_id"], fetched_at=now, extraction_status="ok", fetch_attempts=attempts,
                      url=art["url"])
    permanent = False
    try:
        resp = fetcher.get(art["url"], kind="page")
        page = extract_page(resp.body, resp.final_url, min_chars=settings.articles.min_text_chars,
                            fast=settings.articles.fast_extraction, charset=_charset(resp.headers))
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
        if out.extraction_status != "failed":
            out.claims = claim_records(out.article_id, out.url, out.text, out.lang,
                                       out.published_at or art.get("published_at"))
    else:
        out.lang = art.get("lang_hint")
    return out


def _charset(headers: dict[str, str]) -> str | None:
    ctype = headers.get("content-type", "")
    for part in ctype.split(";")[1:]:
        k, _, v = part.strip().partition("=")
        if k.lower() == "charset" and v:
            return v.strip('"\' ').lower()
    return None


# -- claims --------------------------------------------------------------------------------

CLAIM_COLUMNS = ["claim_id", "article_id", "source_url", "published", "subject", "metric", "counterparty", "value",
                 "low", "high", "unit", "qualifier", "half_unit", "period_kind", "period_start", "period_end",
                 "period_text", "modality", "speaker", "speaker_kind", "quote", "span_start", "span_end", "lang",
                 "confidence"]


@lru_cache(maxsize=1)
def rules_version() -> str:
    """Which extraction rules read a text: a hash of the claims code and of the entity and metric lexicons,
    so `newswatch reprocess` knows which articles a rules change has not read yet."""
    from . import claims
    from .claims.lexicon import config_dir
    parts = sorted(Path(claims.__file__).parent.glob("*.py")) + sorted(Path(config_dir()).glob("*.toml"))
    h = hashlib.blake2b(digest_size=6)
    for p in parts:
        if p.name in ("newswatch.toml", "feeds.toml", "alerts.toml"):
            continue
        h.update(p.name.encode() + b"\0" + p.read_bytes())
    return h.hexdigest()


def claim_records(article_id: str, url: str | None, text: str, lang: str | None, published) -> list[dict]:
    """The claims of one article's text as rows of the claims table (pure; ids derived from content)."""
    from .claims import SUPPORTED, extract_claims
    if lang not in SUPPORTED:
        return []
    day = published.strftime("%Y-%m-%d") if isinstance(published, datetime) else (str(published)[:10] if published else None)
    rows = []
    for c in extract_claims(text, lang=lang, published=day):
        cid = urls.sha(f"{article_id}|{c.span[0]}|{c.span[1]}|{c.subject}|{c.metric}|{c.counterparty}|{c.value!r}|{c.unit}")
        rows.append({
            "claim_id": cid, "article_id": article_id, "source_url": url, "published": day,
            "subject": c.subject, "metric": c.metric, "counterparty": c.counterparty, "value": c.value,
            "low": c.low, "high": c.high, "unit": c.unit, "qualifier": c.qualifier, "half_unit": c.half_unit,
            "period_kind": c.period.kind, "period_start": c.period.start, "period_end": c.period.end,
            "period_text": c.period.text, "modality": c.modality, "speaker": c.speaker, "speaker_kind": c.speaker_kind,
            "quote": c.quote, "span_start": c.span[0], "span_end": c.span[1], "lang": c.lang,
            "confidence": c.confidence,
        })
    return rows


def replace_claims(store: Store, article_ids: list[str], rows: list[dict], now: datetime, version: str) -> None:
    """Within the caller's transaction: drop the articles' claims, write the new ones, mark the rules that read them."""
    if not article_ids:
        return
    store.run("delete_claims_of_articles", {"article_ids": article_ids})
    if rows:
        uniq = list({r["claim_id"]: r for r in rows}.values())
        store.bulk("insert_claims", columns_of(uniq, CLAIM_COLUMNS), {"rules_version": version, "now": now})
    store.run("mark_claims_version", {"article_ids": article_ids, "rules_version": version})


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
    return record_polls(store, [(feed, state, out)], settings, run_id)[0]


def record_polls(store: Store, polls: list[tuple[Feed, dict, PollOutcome]], settings: Settings,
                 run_id: str | None) -> list[int]:
    """Write a batch of polls (feed, its state before the run, outcome) in one transaction, one bulk statement
    per table: each poll's row, its feed's validators, health and schedule, and its new articles together, so a
    killed run never stores an ETag without the entries it covers. Returns each poll's number of new articles."""
    plans = [_poll_plan(feed, state or {}, out, settings) for feed, state, out in polls]
    counts: list[int] = []
    with store.transaction():
        chunk: list[dict] = []
        for plan in plans:          # a feed polled twice in the list: a second statement (one feed row per UPDATE)
            if any(p["out"].feed_id == plan["out"].feed_id for p in chunk):
                counts += _write_polls(store, chunk, run_id)
                chunk = []
            chunk.append(plan)
        counts += _write_polls(store, chunk, run_id)
    return counts


def _write_polls(store: Store, plans: list[dict], run_id: str | None) -> list[int]:
    """Within the caller's transaction: the rows of polls of distinct feeds."""
    if not plans:
        return []
    owner: dict[str, int] = {}        # article_id → the first poll of the batch that lists it
    articles, sources = [], []
    for k, plan in enumerate(plans):
        for r in plan["records"]:
            sources.append({**r, "first_seen_at": plan["out"].started_at})
            if r["article_id"] not in owner:
                owner[r["article_id"]] = k
                articles.append({**r, "first_seen_at": plan["out"].started_at})
    new = [0] * len(plans)
    if articles:
        for (aid,) in store.bulk("insert_articles", columns_of(articles, [
                "article_id", "feed_id", "url", "canonical_url", "guid", "title", "author",
                "published_at", "summary", "extraction_status", "first_seen_at"])):
            new[owner[aid]] += 1
        store.bulk("insert_article_sources", columns_of(sources, ["article_id", "feed_id", "url", "first_seen_at"]))
    polls, feeds = [], []
    for plan, n in zip(plans, new):
        out, now = plan["out"], plan["out"].started_at
        polls.append({"poll_id": urls.sha(f"{out.feed_id}|{now.isoformat()}"), "feed_id": out.feed_id,
                      "started_at": now, "status": out.status, "http_status": out.http_status,
                      "entries_seen": len(out.entries), "entries_new": n, "duration_ms": round(out.duration_ms, 1),
                      "error": out.error, "next_poll_at": plan["next_poll"]})
        feeds.append({"feed_id": out.feed_id, "etag": out.etag, "last_modified": out.last_modified, "started_at": now,
                      "status": out.status, "http_status": out.http_status, "error": out.error,
                      "consecutive_failures": plan["failures"], "failed": plan["failed"],
                      "last_new_article_at": now if n else None, "publish_interval_s": plan["interval"],
                      "next_poll_at": plan["next_poll"], "disabled_reason": plan["disabled"]})
    store.bulk("insert_feed_polls", columns_of(polls, list(polls[0])), {"run_id": run_id})
    store.bulk("update_feeds_after_polls", columns_of(feeds, list(feeds[0])))
    for plan in plans:
        out, now = plan["out"], plan["out"].started_at
        for kind, detail in plan["events"]:
            store.run("insert_feed_event", {"event_id": urls.sha(f"{out.feed_id}|{kind}|{now.isoformat()}"),
                                            "feed_id": out.feed_id, "occurred_at": now, "kind": kind, "detail": detail})
    return new


def _poll_plan(feed: Feed, state: dict, out: PollOutcome, settings: Settings) -> dict:
    """What a poll changes (pure): the feed's health, schedule and events, and the entries to store."""
    s = settings.schedule
    now = out.started_at
    failed = out.status in ("error", "gone", "blocked")
    failures = (state.get("consecutive_failures") or 0) + 1 if failed else 0
    events = []
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
    return {"out": out, "failed": failed, "failures": failures, "events": events, "interval": interval,
            "next_poll": next_poll, "disabled": disabled, "records": _new_article_records(out)}


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


def record_pages(store: Store, outcomes: list[PageOutcome]) -> int:
    """Write a batch of page outcomes and their claims; a text already stored under another URL marks the
    article a duplicate. Returns the number of claims written."""
    if not outcomes:
        return 0
    rows = [dict(vars(o)) for o in outcomes]   # shallow: asdict deep-copies every claim and was half the write time
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
        read = [r for r in rows if r["claims"] is not None and r["extraction_status"] != "duplicate"]
        claims = [c for r in read for c in r["claims"]]
        replace_claims(store, [r["article_id"] for r in read], claims, max(r["fetched_at"] for r in rows),
                       rules_version())
    return len(claims)


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
    workers: int = 1,
) -> RunSummary:
    """Poll the feeds, store new entries, fetch and extract their pages. Feeds in backoff wait for their time;
    with due_only, every feed waits for its next poll time. With workers > 1, pages are still fetched by the
    thread pool but extracted in that many processes (extraction is CPU-bound and holds the GIL); this
    process stays the only DuckDB writer."""
    now = now or utcnow()
    run_id = run_id or f"cli-{now:%Y%m%dT%H%M%S}"
    summary = RunSummary()
    own_store = store is None
    store = store or Store(settings.db_path)
    own_fetcher = fetcher is None
    fetcher = fetcher or make_fetcher(settings)
    procs = _extraction_processes(workers)
    try:
        feeds = tuple(f for f in settings.feeds)
        sync_feeds(store, feeds, now)
        states = feed_states(store, feeds)
        todo = [f for f in feeds if _should_poll(f, states.get(urls.feed_id(f.url), {}), now, due_only)]
        with ThreadPoolExecutor(max_workers=settings.http.concurrency, thread_name_prefix="nw-fetch") as pool:
            futures = {pool.submit(poll_feed, fetcher, f, states.get(urls.feed_id(f.url)), now): f for f in todo}
            polled: list[tuple[Feed, dict, PollOutcome]] = []     # written in batches: see POLL_BATCH
            flushed = time.monotonic()
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
                polled.append((feed, states.get(out.feed_id, {}), out))
                if len(polled) >= POLL_BATCH or time.monotonic() - flushed > PAGE_FLUSH_S:
                    summary.articles_new += sum(record_polls(store, polled, settings, run_id))
                    polled, flushed = [], time.monotonic()
                progress("feeds", i, len(todo))
            summary.articles_new += sum(record_polls(store, polled, settings, run_id)) if polled else 0

            pending = store.rows("select_pending_articles", {
                "max_attempts": settings.articles.max_fetch_attempts, "now": now, "limit": 1_000_000})
            batch: list[PageOutcome] = []
            flushed = time.monotonic()
            work = process_page if procs is None else partial(_process_page_in, procs)
            outcomes = _as_done(pool, lambda art: (work, fetcher, art, settings, now), pending,
                                window=4 * settings.http.concurrency)
            for i, out in enumerate(outcomes, 1):
                if out.extraction_status == "failed" or (out.error and out.extraction_status == "feed_summary"):
                    summary.articles_failed += 1
                batch.append(out)
                if len(batch) >= PAGE_BATCH or time.monotonic() - flushed > PAGE_FLUSH_S:
                    summary.claims_new += record_pages(store, batch)
                    batch, flushed = [], time.monotonic()
                progress("pages", i, len(pending))
            summary.claims_new += record_pages(store, batch)
        try:                          # the ledger, run health and alert delivery (issue 4)
            after_run(store, settings, summary, now=now, run_id=run_id)
        except NewswatchError as e:
            summary.errors.append(f"alerts: {e}")
    finally:
        if procs is not None:
            procs.shutdown(cancel_futures=True)
        if own_fetcher:
            fetcher.close()
        if own_store:
            store.close()
    return summary


def _as_done(pool, call, items, *, window: int):
    """Results of `call(item)` → (fn, *args) run on `pool`, as they complete, with at most `window` in flight:
    a finished outcome is dropped once the writer has it, so memory does not grow with the number of pages."""
    todo = iter(items)
    running = {pool.submit(*call(item)) for _, item in zip(range(window), todo)}
    while running:
        done, running = wait(running, return_when=FIRST_COMPLETED)
        for fut in done:
            running.update(pool.submit(*call(item)) for _, item in zip(range(1), todo))
            yield fut.result()


def _extraction_processes(workers: int) -> ProcessPoolExecutor | None:
    # spawn, not fork: this process has threads and an open DuckDB connection, which a fork would copy half-made.
    if workers <= 1:
        return None
    return ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("spawn"))


class _Fetched:
    """Stands in for the Fetcher in another process: hands back the response this process already fetched."""

    def __init__(self, response: Response):
        self.response = response

    def get(self, url: str, *, kind: str = "page", **_) -> Response:
        return self.response


def _process_page_in(procs: ProcessPoolExecutor, fetcher: Fetcher, art: dict, settings: Settings,
                     now: datetime) -> PageOutcome:
    """process_page with the I/O here (a thread of the pool) and the CPU-bound rest in a worker process."""
    try:
        resp = fetcher.get(art["url"], kind="page")
    except NewswatchError as e:
        # the failure is handled as process_page handles it, without a trip to a worker
        return process_page(_Failed(e), art, settings, now)
    return procs.submit(process_page, _Fetched(resp), art, settings, now).result()


class _Failed:
    def __init__(self, error: Exception):
        self.error = error

    def get(self, url: str, **_) -> Response:
        raise self.error


def reprocess(
    settings: Settings,
    *,
    since: datetime | None = None,
    everything: bool = True,
    now: datetime | None = None,
    progress: Progress = _noop,
    store: Store | None = None,
    batch: int = 500,
) -> dict:
    """Read stored article texts again with the current rules and replace their claims (ids are derived from
    content, so unchanged claims keep their ids). With everything=False only articles not yet read by these
    rules are done. Returns counts."""
    now = now or utcnow()
    version = rules_version()
    own = store is None
    store = store or Store(settings.db_path)
    done = claims_n = 0
    try:
        todo = store.rows("select_articles_for_claims", {"all": everything, "rules_version": version,
                                                         "since": since, "limit": 10_000_000})
        for i in range(0, len(todo), batch):
            chunk = todo[i:i + batch]
            rows = [c for a in chunk for c in claim_records(a["article_id"], a["url"], a["text"], a["lang"],
                                                           a["published_at"])]
            with store.transaction():
                replace_claims(store, [a["article_id"] for a in chunk], rows, now, version)
            done += len(chunk)
            claims_n += len(rows)
            progress("articles", done, len(todo))
    finally:
        if own:
            store.close()
    return {"articles": done, "claims": claims_n, "rules_version": version}


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


# -- Airflow: parallel tasks stage files, one task writes --------------------------------------
# The DAG (dags/newswatch_ingest.py) runs: due_feeds → poll_to_stage (mapped per feed) → plan_fetch →
# fetch_to_stage (mapped per host) → load_staged → claims_and_ledger. Only load_staged and the steps after it
# open the database for writing; due_feeds and plan_fetch read it. All of them run in a one-slot Airflow pool,
# so no two processes ever hold the file; the mapped tasks never open it.

def feed_record(feed: Feed) -> dict:
    return {"name": feed.name, "url": feed.url, "lang": feed.lang, "interval_s": feed.interval_s,
            "enabled": feed.enabled}


def _read_only_store(settings: Settings) -> Store | None:
    """The database opened read-only, or None when it does not exist yet (the first run: every feed is due)."""
    return Store(settings.db_path, read_only=True) if settings.db_path.exists() else None


def due_feeds(settings: Settings, run_id: str, now: datetime | None = None) -> list[dict]:
    """The first task of a run: the feeds due now, each with the validators its conditional GET needs (small
    JSON for XCom). Reads the database read-only and starts the run's staging folder afresh."""
    from . import staging
    now = now or utcnow()
    staging.clear_run(settings, run_id)
    feeds = tuple(settings.feeds)
    store = _read_only_store(settings)
    try:
        states = feed_states(store, feeds) if store else {}
    finally:
        if store:
            store.close()
    due = []
    for f in feeds:
        fid = urls.feed_id(f.url)
        state = states.get(fid, {})
        if _should_poll(f, state, now, due_only=True):
            due.append({"feed": feed_record(f), "feed_id": fid,
                        "state": {"etag": state.get("etag"), "last_modified": state.get("last_modified")}})
    return due


def poll_to_stage(settings: Settings, item: dict, run_id: str, now: datetime | None = None) -> dict:
    """One mapped task: poll one feed and stage the outcome (its entries as records). No database."""
    from . import staging
    now = now or utcnow()
    feed = Feed(**item["feed"])
    with make_fetcher(settings) as fetcher:
        out = poll_feed(fetcher, feed, item.get("state"), now)
    header = {"kind": "poll", "run_id": run_id, "feed": item["feed"],
              "outcome": {k: v for k, v in asdict(out).items() if k != "entries"}}
    path = staging.write_batch(staging.batch_path(settings, run_id, "poll", out.feed_id), header, out.entries)
    return {"feed_id": out.feed_id, "status": out.status, "http_status": out.http_status,
            "entries": len(out.entries), "error": out.error, "path": str(path)}


def plan_fetch(settings: Settings, run_id: str, now: datetime | None = None) -> list[str]:
    """Between the polls and the page fetches: which pages to fetch — entries not stored yet (once, even when
    several feeds carry them) and stored articles still pending or due for a retry — grouped by host, so one
    mapped task keeps the per-host politeness limit. Reads the database read-only; returns the todo batches."""
    from . import staging
    now = now or utcnow()
    staging.clear_kind(settings, run_id, "todo")
    fresh: dict[str, dict] = {}
    for path in staging.list_batches(settings, run_id, "poll"):
        header, entries = staging.read_batch(path)
        out = PollOutcome(**header["outcome"], entries=entries)
        lang_hint = header["feed"].get("lang")
        for r in _new_article_records(out):
            fresh.setdefault(r["article_id"], {
                "article_id": r["article_id"], "url": r["url"], "summary": r.get("summary"),
                "published_at": r.get("published_at"), "fetch_attempts": 0, "title": r.get("title"),
                "author": r.get("author"), "lang_hint": r.get("lang") or lang_hint})
    store = _read_only_store(settings)
    try:
        known = {row[0] for row in store.run("select_known_articles", {"article_ids": list(fresh)})} \
            if store and fresh else set()
        pending = store.rows("select_pending_articles", {
            "max_attempts": settings.articles.max_fetch_attempts, "now": now, "limit": 1_000_000}) if store else []
    finally:
        if store:
            store.close()
    todo = [a for aid, a in fresh.items() if aid not in known] + [a for a in pending if a["article_id"] not in fresh]
    by_host: dict[str, list[dict]] = {}
    for a in todo:
        by_host.setdefault((urlsplit(a["url"]).hostname or "unknown").lower(), []).append(a)
    return [str(staging.write_batch(staging.batch_path(settings, run_id, "todo", host),
                                    {"kind": "todo", "run_id": run_id, "host": host}, arts))
            for host, arts in sorted(by_host.items())]


def fetch_to_stage(settings: Settings, todo_path: str, run_id: str, now: datetime | None = None) -> dict:
    """One mapped task: fetch and extract the pages of one todo batch (one host) and stage the outcomes."""
    from . import staging
    now = now or utcnow()
    header, arts = staging.read_batch(todo_path)
    with make_fetcher(settings) as fetcher, \
            ThreadPoolExecutor(max_workers=settings.http.concurrency, thread_name_prefix="nw-fetch") as pool:
        outcomes = list(pool.map(lambda a: process_page(fetcher, a, settings, now), arts))
    path = staging.write_batch(staging.batch_path(settings, run_id, "pages", header["host"]),
                               {"kind": "pages", "run_id": run_id, "host": header["host"]},
                               [asdict(o) for o in outcomes])
    failed = sum(1 for o in outcomes if o.extraction_status == "failed" or (o.error and o.extraction_status != "ok"))
    return {"host": header["host"], "pages": len(outcomes), "failed": failed, "path": str(path)}


def load_staged(settings: Settings, run_id: str, now: datetime | None = None) -> dict:
    """The only writer of an Airflow run: merge the run's staged poll and page batches into the database in one
    transaction, polls first. A batch already merged (recorded in `loads`) is skipped, so re-running the task,
    or the run, adds nothing twice; feed states are read here, at write time, not from the polls' XCom."""
    from . import staging
    now = now or utcnow()
    polls = staging.list_batches(settings, run_id, "poll")
    pages = staging.list_batches(settings, run_id, "pages")
    summary = {"run_id": run_id, "batches": 0, "skipped": 0, "feeds_polled": 0, "feeds_failed": 0,
               "articles_new": 0, "pages": 0, "claims_new": 0, "errors": []}
    with Store(settings.db_path) as store:
        loaded = {r["batch"] for r in store.rows("select_loaded_batches", {"run_id": run_id})}
        done: list[dict] = []
        with store.transaction():
            batches = [(p, staging.read_batch(p)) for p in polls]
            feeds = {f.url: f for f in settings.feeds}
            for _, (header, _) in batches:
                feeds.setdefault(header["feed"]["url"], Feed(**header["feed"]))
            sync_feeds(store, tuple(feeds.values()), now)
            states = feed_states(store, tuple(feeds.values()))
            polled: list[tuple[Feed, dict, PollOutcome]] = []
            for path, (header, entries) in batches:
                name = f"poll/{path.stem}"
                if name in loaded:
                    summary["skipped"] += 1
                    continue
                out = PollOutcome(**header["outcome"], entries=entries)
                feed = feeds[header["feed"]["url"]]
                polled.append((feed, states.get(out.feed_id, {}), out))
                summary["feeds_polled"] += 1
                if out.status in ("error", "gone", "blocked"):
                    summary["feeds_failed"] += 1
                if out.error:
                    summary["errors"].append(f"feed {feed.name}: {out.error}")
                done.append({"batch": name, "kind": "poll", "sha256": staging.digest(path), "records": len(entries)})
            summary["articles_new"] += sum(record_polls(store, polled, settings, run_id)) if polled else 0
            for path in pages:
                name = f"pages/{path.stem}"
                if name in loaded:
                    summary["skipped"] += 1
                    continue
                _, records = staging.read_batch(path)
                summary["claims_new"] += record_pages(store, [PageOutcome(**r) for r in records]) or 0
                summary["pages"] += len(records)
                done.append({"batch": name, "kind": "pages", "sha256": staging.digest(path), "records": len(records)})
            store.bulk("insert_loads", columns_of(done, ["batch", "kind", "sha256", "records"]),
                       {"run_id": run_id, "now": now})
        summary["batches"] = len(done)
    return summary


def claims_and_ledger(settings: Settings, run_id: str, load_summary: dict | None = None,
                      now: datetime | None = None) -> dict:
    """After the load: claims for stored articles the current rules have not read (the pages fetched in this run
    were read by their fetch task), the comparison ledger (which raises alerts and queues their deliveries), and
    the run's health. Delivery is the alerts DAG's job, triggered by the Asset this step updates."""
    from .alerts import ops
    now = now or utcnow()
    load_summary = load_summary or {}
    with Store(settings.db_path) as store:
        out = {"claims": reprocess(settings, everything=False, now=now, store=store),
               "ledger": update_ledger(settings, store=store, now=now, run_id=run_id)}
        if load_summary.get("feeds_polled"):
            ops.run_health(store, settings.alerts, polled=load_summary["feeds_polled"],
                           failed=load_summary.get("feeds_failed", 0), now=now, run_id=run_id)
    return out


def deliver_alerts(settings: Settings, now: datetime | None = None, env: dict[str, str] | None = None) -> dict:
    """The alerts DAG's task: feed-health events become operational alerts, then the outbox delivers (channel
    secrets from `env`: the environment, plus Airflow Variables when the DAG passes them)."""
    return deliver_pending(settings, now or utcnow(), env=env)


def notify_task_failure(settings: Settings, subject: str, detail: str) -> dict:
    """An operational alert for an Airflow task that failed for good, through the alert channels."""
    return send_operational_alert(settings, subject, detail)


# -- maintenance (the daily DAG) ------------------------------------------------------------------

def checkpoint_db(settings: Settings) -> dict:
    """Fold DuckDB's write-ahead log into the file."""
    with Store(settings.db_path) as store:
        store.checkpoint()
    return {"db": str(settings.db_path), "bytes": settings.db_path.stat().st_size}


def export_parquet(settings: Settings, now: datetime | None = None) -> dict:
    """Every table to <export>/<table>.parquet, for other tools and as a backup. Each file is written beside
    its target and renamed, so a reader never sees half a file."""
    from . import staging
    root = staging.export_root(settings)
    root.mkdir(parents=True, exist_ok=True)
    counts = {}
    with Store(settings.db_path) as store:
        for table in store.tables():
            tmp = root / f".{table}.parquet.tmp"
            counts[table] = store.export_parquet(table, tmp)
            tmp.replace(root / f"{table}.parquet")
    return {"dir": str(root), "tables": counts}


def prune_old(settings: Settings, now: datetime | None = None) -> dict:
    """Delete staged batches past `[storage] staging_retention` and feed_polls rows past `polls_retention`."""
    from . import staging
    now = now or utcnow()
    runs = staging.prune(settings, now)
    with Store(settings.db_path) as store, store.transaction():
        polls = store.run("delete_old_polls", {"before": now - timedelta(seconds=settings.storage.polls_retention_s)})
        loads = store.run("delete_old_loads",
                          {"before": now - timedelta(seconds=settings.storage.staging_retention_s)})
    return {"staging_runs": len(runs), "feed_polls": len(polls), "loads": len(loads)}


def maintenance(settings: Settings, now: datetime | None = None) -> dict:
    """checkpoint, Parquet export and pruning, in that order (what the maintenance DAG runs, as one call)."""
    now = now or utcnow()
    return {"checkpoint": checkpoint_db(settings), "export": export_parquet(settings, now),
            "prune": prune_old(settings, now)}


# -- the claim ledger and alerts (issue 4) ---------------------------------------------------------

def update_ledger(settings: Settings, *, store: Store | None = None, article_ids: list[str] | None = None,
                  now: datetime | None = None, run_id: str | None = None, route: bool = True) -> dict:
    """Compare the claims not yet in the ledger (of `article_ids`, or all) with the earlier claims of their
    keys, in publication order; raise alerts and queue their deliveries (unless route=False)."""
    from .alerts.ledger import update_ledger as _update
    now = now or utcnow()
    own = store is None
    store = store or Store(settings.db_path)
    try:
        return _update(store, settings.alerts, now=now, run_id=run_id or f"ledger-{now:%Y%m%dT%H%M%S}",
                       article_ids=article_ids, route=route).as_dict()
    finally:
        if own:
            store.close()


def deliver_pending(settings: Settings, now: datetime | None = None, *, store: Store | None = None,
                    env: dict[str, str] | None = None, resend_uncertain: bool = False, **outbox_kw) -> dict:
    """Deliver pending alerts through the outbox (Slack, email, Apprise), after turning new feed-health
    events into operational alerts. Returns the delivery summary."""
    import os
    from .alerts import ops
    from .alerts.deliver import Outbox
    now = now or utcnow()
    own = store is None
    store = store or Store(settings.db_path)
    try:
        ops.feed_events(store, settings.alerts, now=now)
        box = Outbox(store, settings.alerts, dict(os.environ) if env is None else env, now=now, **outbox_kw)
        summary = box.run(resend_uncertain=resend_uncertain)
        if summary.failed:          # the reports of permanent failures go out in the same run
            box.run()
        return summary.as_dict()
    finally:
        if own:
            store.close()


def send_operational_alert(settings: Settings, subject: str, detail: str, now: datetime | None = None) -> dict:
    """An operational alert (e.g. a failed Airflow task) through the ops routes, delivered now."""
    from .alerts import ops
    now = now or utcnow()
    with Store(settings.db_path) as store:
        ops.send_operational_alert(store, settings.alerts, subject, detail, now=now)
        return deliver_pending(settings, now, store=store)


def after_run(store: Store, settings: Settings, summary: RunSummary, *, now: datetime, run_id: str,
              deliver: bool = True) -> dict:
    """The end of `newswatch run`: the ledger on the run's new claims, run health, then delivery."""
    from .alerts import ops
    out = {"ledger": update_ledger(settings, store=store, now=now, run_id=run_id)}
    ops.run_health(store, settings.alerts, polled=summary.feeds_polled, failed=summary.feeds_failed, now=now,
                   run_id=run_id)
    if deliver:
        out["delivery"] = deliver_pending(settings, now, store=store)
    return out


def replay(settings: Settings, path: str | Path, *, now: datetime | None = None, progress: Progress = _noop,
           notify: bool = False) -> dict:
    """`newswatch replay FILE.jsonl`: records {id, text | html, published, source_url, lang?, title?} go, in
    publication order, through the path of fetched articles: stored as articles of the feed "replay",
    language, claims, ledger, alerts. Alerts are recorded; they are queued for delivery only with notify."""
    import json as _json
    now = now or utcnow()
    records = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                r = _json.loads(line)
            except ValueError as e:
                raise NewswatchError(f"{path}:{n}: not JSON: {e}") from None
            if not isinstance(r, dict) or not (r.get("text") or r.get("html")):
                raise NewswatchError(f"{path}:{n}: each record needs text or html")
            records.append(r)
    records.sort(key=lambda r: str(r.get("published") or ""))     # stable: file order within a date
    feed = Feed(name="replay", url="replay:", enabled=False)
    rows, outcomes = [], []
    for i, r in enumerate(records):
        url = r.get("source_url") or r.get("url") or f"replay:{r.get('id', i)}"
        aid = urls.article_id(url) if url.startswith(("http://", "https://")) else urls.sha(url)
        published = _parse_day(r.get("published"))
        text, title = r.get("text"), r.get("title")
        if not text:
            page = extract_page(r["html"].encode("utf-8"), url if url.startswith("http") else "https://replay.invalid/",
                                min_chars=0)
            text = None if isinstance(page, Skipped) else page.text
            title = title or (None if isinstance(page, Skipped) else page.title)
        seen = now + timedelta(microseconds=i)          # ingestion order = publication order
        rows.append({"article_id": aid, "feed_id": urls.feed_id(feed.url), "url": url,
                     "canonical_url": urls.canonical_url(url) if url.startswith("http") else url,
                     "guid": str(r.get("id")) if r.get("id") is not None else None, "title": title,
                     "published_at": published, "first_seen_at": seen})
        out = PageOutcome(article_id=aid, fetched_at=seen, extraction_status="ok" if text else "feed_summary",
                          fetch_attempts=1, text=text, title=title, published_at=published, url=url,
                          error=None if text else "no text in the record")
        if text:
            out.lang, out.lang_prob = (r["lang"], 1.0) if r.get("lang") else language.detect(text, None)
            out.content_hash = urls.content_hash(text)
            out.claims = claim_records(aid, url, text, out.lang, published)
        outcomes.append(out)
        progress("records", i + 1, len(records))
    run_id = f"replay-{now:%Y%m%dT%H%M%S}"
    with Store(settings.db_path) as store:
        sync_feeds(store, (feed,), now)
        store.bulk("insert_replay_articles", columns_of(rows, ["article_id", "feed_id", "url", "canonical_url", "guid",
                                                               "title", "published_at", "first_seen_at"]))
        claims_n = 0
        for i in range(0, len(outcomes), PAGE_BATCH):
            claims_n += record_pages(store, outcomes[i:i + PAGE_BATCH]) or 0
        ledger = update_ledger(settings, store=store, now=now, run_id=run_id, route=notify)
    return {"records": len(records), "claims": claims_n, "ledger": ledger}


def _parse_day(value) -> datetime | None:
    if not value:
        return None
    s = str(value).strip()
    try:
        dt = datetime.fromisoformat(s.replace("Z", "+00:00"))
    except ValueError:
        try:
            dt = datetime.fromisoformat(s[:10])
        except ValueError:
            return None
    return dt.astimezone(timezone.utc) if dt.tzinfo else dt.replace(tzinfo=timezone.utc)


def alerts_report(settings: Settings, *, since: str | None = None, kind: str | None = None,
                  category: str | None = "claim") -> list[dict]:
    """`newswatch alerts`: the alerts raised, as contract §3 JSON (with current/previous source URLs)."""
    import json as _json
    with Store(settings.db_path, read_only=True) as store:
        rows = store.rows("select_alerts", {"since": since, "kind": kind, "category": None if kind else category})
    out = []
    for r in rows:
        cur = _json.loads(r["current"]) if r.get("current") else None
        prev = _json.loads(r["previous"]) if r.get("previous") else None
        out.append({
            "id": r["alert_id"], "kind": r["kind"], "subject": r["subject"], "metric": r["metric"],
            "counterparty": r["counterparty"],
            "period": {"kind": r["period_kind"], "start": r["period_start"], "end": r["period_end"]}
            if r["period_kind"] else None,
            "previous_claim_id": r["previous_claim_id"], "claim_id": r["claim_id"], "previous": prev, "current": cur,
            "change_pct": r["change_pct"], "severity": r["severity"], "dedup_key": r["dedup_key"],
            "created_at": r["created_at"].isoformat() if r["created_at"] else None,
            "title": r["title"], "detail": r["detail"], "deliveries": r["deliveries"] or [],
        })
    return out


def timeline(settings: Settings, subject: str, metric: str) -> list[dict]:
    """`newswatch timeline SUBJECT METRIC`: every claim of the figure, by key and date."""
    with Store(settings.db_path, read_only=True) as store:
        return store.rows("select_timeline", {"subject": subject, "metric": metric})


def mute(settings: Settings, subject: str, metric: str, *, for_s: float | None, reason: str | None = None,
         now: datetime | None = None) -> dict:
    """Silence a key's alerts for a while (recorded, listed, expiring); for_s None lifts the mute."""
    now = now or utcnow()
    with Store(settings.db_path) as store:
        if for_s is None:
            return {"unmuted": len(store.run("delete_mute", {"subject": subject, "metric": metric}))}
        until = now + timedelta(seconds=for_s)
        store.run("insert_mute", {"mute_id": urls.sha(f"{subject}|{metric}"), "subject": subject, "metric": metric,
                                  "until": until, "reason": reason, "now": now})
        return {"subject": subject, "metric": metric, "until": until.replace(tzinfo=None).isoformat(timespec="seconds")}


def mutes(settings: Settings, *, everything: bool = False, now: datetime | None = None) -> list[dict]:
    now = now or utcnow()
    with Store(settings.db_path, read_only=True) as store:
        return store.rows("select_mutes", {"now": now, "all": everything})
