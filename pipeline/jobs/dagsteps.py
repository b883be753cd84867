"""The Airflow DAGs' steps: parallel tasks stage files, one task writes; the daily maintenance."""
from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict
from datetime import datetime, timedelta
from urllib.parse import urlsplit

from .. import urls
from ..config import Settings
from ..models import Feed
from ..store import Store, columns_of
from .ledger import deliver_pending, send_operational_alert, update_ledger
from .run import _should_poll, make_fetcher, reprocess
from ..reading import PageOutcome
from .work import PollOutcome, poll_feed, process_page, utcnow
from .write import _new_article_records, feed_states, record_pages, record_polls, sync_feeds

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
    from .. import staging
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
    from .. import staging
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
    from .. import staging
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
    from .. import staging
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
    from .. import staging
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
    from ..alerts import ops
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
    from .. import staging
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
    from .. import staging
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


