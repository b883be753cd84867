"""The writer: the only code that changes the database during a run — feeds, polls, articles, pages and
their claims."""
from __future__ import annotations

from datetime import datetime
from urllib.parse import urlsplit

from .. import schedule, urls
from ..config import Settings
from ..models import Feed
from ..store import Store, columns_of
from ..reading import PageOutcome
from .work import PollOutcome, replace_claims, rules_version

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
        canonical = urls.canonical_url(url)
        aid = urls.sha(canonical.split("://", 1)[-1])     # = urls.article_id(url), without normalising the URL twice
        if aid in seen:
            continue
        seen.add(aid)
        records.append({**e, "article_id": aid, "feed_id": out.feed_id, "canonical_url": canonical,
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
        version = rules_version()
        read = []
        for r in rows:
            r["claims_version"] = None
            if r["claims"] is not None and r["extraction_status"] != "duplicate":
                r["claims_version"] = version
                read.append(r)
        store.bulk("update_articles_extracted", columns_of(rows, [
            "article_id", "title", "author", "published_at", "fetched_at", "lang", "lang_prob", "text",
            "content_hash", "extraction_status", "duplicate_of", "fetch_attempts", "next_fetch_at", "error",
            "claims_version"]))
        claims = [c for r in read for c in r["claims"]]
        replace_claims(store, [r["article_id"] for r in read], claims, max(r["fetched_at"] for r in rows),
                       version, mark=False)
    return len(claims)


