"""The CLI's jobs: one run (poll, fetch, extract, store, then the ledger), re-reading stored articles,
the feeds report."""
from __future__ import annotations

import time
from collections import deque
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from datetime import datetime
from functools import partial
from queue import Empty, SimpleQueue

from .. import urls
from ..config import Settings
from ..errors import NewswatchError
from ..fetch import Fetcher
from ..models import Feed, RunSummary
from ..reading import PageOutcome, read_claims, read_page
from ..store import Store
from ..workers import pool as worker_pool, read_in
from .ledger import after_run
from .work import (PAGE_BATCH, PAGE_FLUSH_S, POLL_BATCH, PollOutcome, Progress, _noop, poll_feed, process_page,
                   replace_claims, rules_version, utcnow)
from .write import feed_states, record_pages, record_polls, sync_feeds

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
        max_connections=max(h.concurrency * 8, 64),     # keep-alive: the last 32+ hosts keep their connections
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
    workers: int | None = None,
) -> RunSummary:
    """Poll the feeds, store new entries, fetch and extract their pages. Feeds in backoff wait for their time;
    with due_only, every feed waits for its next poll time. With workers > 1 (default: [articles] workers),
    pages are still fetched by the thread pool but extracted in that many processes (extraction is CPU-bound
    and holds the GIL); this process stays the only DuckDB writer."""
    now = now or utcnow()
    run_id = run_id or f"cli-{now:%Y%m%dT%H%M%S}"
    summary = RunSummary()
    own_store = store is None
    store = store or Store(settings.db_path)
    own_fetcher = fetcher is None
    fetcher = fetcher or make_fetcher(settings)
    procs = _extraction_processes(settings.articles.workers if workers is None else workers, settings)
    try:
        feeds = tuple(f for f in settings.feeds)
        sync_feeds(store, feeds, now)
        states = feed_states(store, feeds)
        todo = [f for f in feeds if _should_poll(f, states.get(urls.feed_id(f.url), {}), now, due_only)]
        _poll_and_read(store, fetcher, settings, todo, states, summary, now=now, run_id=run_id, progress=progress,
                       work=process_page if procs is None else partial(_process_page_in, procs))
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


def _poll_and_read(store: Store, fetcher: Fetcher, settings: Settings, todo: list[Feed], states: dict,
                   summary: RunSummary, *, now: datetime, run_id: str, progress: Progress, work) -> None:
    """Poll the feeds and read the pages to fetch, both at once: the pages of the first feeds written are fetched
    while the other feeds are still being polled, so a slow feed holds up no page of the others, and worker
    processes are not idle through the polls.

    Polls and pages run on threads of their own (`http.concurrency` each; the fetcher's per-host slots keep a
    host's load down), pages at most 4 × concurrency in flight: an outcome is dropped once written, so memory does
    not grow with the run. This thread is the only writer: polls in batches of POLL_BATCH, pages of PAGE_BATCH, each
    also after PAGE_FLUSH_S. The pages to fetch (`select_pending_articles`: new entries, and failed pages whose
    retry time has come) are read when the run begins, and those of a batch's feeds after the batch of polls is
    written; the ones not taken yet join the queue: a page is taken once a run. Progress: the feeds while they are
    polled, then the pages."""
    threads = settings.http.concurrency
    finished: SimpleQueue = SimpleQueue()   # (kind, tag, future) as each ends: no wait() over every future
    in_flight = {"poll": 0, "page": 0}
    taken: set[str] = set()
    queue: deque[dict] = deque()

    def submit(pool: ThreadPoolExecutor, kind: str, tag, *call) -> None:
        in_flight[kind] += 1
        pool.submit(*call).add_done_callback(lambda fut: finished.put((kind, tag, fut)))

    def take_pending(polls: list[tuple[Feed, dict, PollOutcome]] | None = None) -> None:
        """The pages to fetch: all of them (`polls` None), or those of the feeds of a batch of polls just written."""
        params = {"max_attempts": settings.articles.max_fetch_attempts, "now": now}
        rows = store.rows("select_pending_articles", {**params, "limit": 1_000_000}) if polls is None else \
            store.rows("select_pending_articles_of_feeds", {**params, "feed_ids": [o.feed_id for _, _, o in polls]})
        for art in rows:
            if art["article_id"] not in taken:
                taken.add(art["article_id"])
                queue.append(art)

    def start_pages() -> None:
        while queue and in_flight["page"] < 4 * threads:
            submit(page_pool, "page", None, work, fetcher, queue.popleft(), settings, now)

    polled: list[tuple[Feed, dict, PollOutcome]] = []     # written in batches: see POLL_BATCH
    batch: list[PageOutcome] = []
    polls_done = pages_done = shown = 0
    with ThreadPoolExecutor(max_workers=threads, thread_name_prefix="nw-poll") as poll_pool, \
            ThreadPoolExecutor(max_workers=threads, thread_name_prefix="nw-fetch") as page_pool:
        take_pending()              # pages an earlier run left (a retry due, a run stopped midway) start at once
        start_pages()
        for f in todo:
            submit(poll_pool, "poll", f, poll_feed, fetcher, f, states.get(urls.feed_id(f.url)), now)
        polls_flushed = pages_flushed = time.monotonic()
        while in_flight["poll"] or in_flight["page"]:
            due = [t + PAGE_FLUSH_S - time.monotonic() for t, pending in ((polls_flushed, polled),
                                                                          (pages_flushed, batch)) if pending]
            try:                    # a batch waiting is written after PAGE_FLUSH_S even if nothing else ends
                kind, tag, fut = finished.get(timeout=max(0.0, min(due)) if due else None)
            except Empty:
                kind = None
            if kind is not None:
                in_flight[kind] -= 1
                out = fut.result()
            if kind == "poll":
                _count_poll(summary, tag, out)
                polled.append((tag, states.get(out.feed_id, {}), out))
                polls_done += 1
                progress("feeds", polls_done, len(todo))
            elif kind == "page":
                if out.extraction_status == "failed" or (out.error and out.extraction_status == "feed_summary"):
                    summary.articles_failed += 1
                if out.claims_error:
                    summary.errors.append(f"article {out.url}: {out.claims_error}")
                batch.append(out)
                pages_done += 1
                if not in_flight["poll"]:
                    progress("pages", pages_done, len(taken))
                    shown = pages_done
            if polled and (len(polled) >= POLL_BATCH or not in_flight["poll"]
                           or time.monotonic() - polls_flushed >= PAGE_FLUSH_S):
                summary.articles_new += sum(record_polls(store, polled, settings, run_id))
                take_pending(polled)
                polled, polls_flushed = [], time.monotonic()
            if batch and (len(batch) >= PAGE_BATCH or time.monotonic() - pages_flushed >= PAGE_FLUSH_S):
                summary.claims_new += record_pages(store, batch)
                batch, pages_flushed = [], time.monotonic()
            start_pages()
        if batch:
            summary.claims_new += record_pages(store, batch)
        if pages_done != shown:     # the last pages were read while feeds were still being polled
            progress("pages", pages_done, len(taken))


def _count_poll(summary: RunSummary, feed: Feed, out: PollOutcome) -> None:
    summary.feeds_polled += 1
    summary.entries_seen += len(out.entries)
    if out.status == "not_modified":
        summary.feeds_not_modified += 1
    if out.status in ("error", "gone", "blocked"):
        summary.feeds_failed += 1
        summary.errors.append(f"feed {feed.name}: {out.error}")
    elif out.error:
        summary.errors.append(f"feed {feed.name}: {out.error}")


def _extraction_processes(workers: int, settings: Settings) -> ProcessPoolExecutor | None:
    return worker_pool(workers, settings.articles) if workers > 1 else None


def _process_page_in(procs: ProcessPoolExecutor, fetcher: Fetcher, art: dict, settings: Settings,
                     now: datetime) -> PageOutcome:
    """process_page with the I/O here (a thread of the pool) and the CPU-bound rest in a worker process, which
    gets the response, the article's row and the time (its settings came once, at its start)."""
    try:
        resp = fetcher.get(art["url"], kind="page")
    except NewswatchError as e:
        # the failure is handled as process_page handles it (the feed's summary), without a trip to a worker
        return read_page(e, art, settings.articles, now)
    return read_in(procs, resp, art, now)


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
    failed: list[str] = []
    try:
        todo = store.rows("select_articles_for_claims", {"all": everything, "rules_version": version,
                                                         "since": since, "limit": 10_000_000})
        for i in range(0, len(todo), batch):
            chunk, rows, read = todo[i:i + batch], [], []
            for a in chunk:
                got, error = read_claims(a["article_id"], a["url"], a["text"], a["lang"], a["published_at"])
                if error:
                    failed.append(f"{a['url']}: {error}")   # its claims stay as they were, not marked read
                    continue
                rows += got
                read.append(a["article_id"])
            with store.transaction():
                replace_claims(store, read, rows, now, version)
            done += len(chunk)
            claims_n += len(rows)
            progress("articles", done, len(todo))
    finally:
        if own:
            store.close()
    return {"articles": done, "claims": claims_n, "rules_version": version, "failed": failed}


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


