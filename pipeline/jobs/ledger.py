"""The claim ledger and alerts as jobs: compare new claims, deliver through the outbox, replay archives,
mutes and reports."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

from .. import language, urls
from ..config import Settings
from ..errors import NewswatchError
from ..extract import extract_page
from ..models import Feed, RunSummary, Skipped
from ..store import Store, columns_of
from ..reading import PageOutcome, read_claims
from .work import PAGE_BATCH, Progress, _noop, utcnow
from .write import record_pages, sync_feeds

# -- the claim ledger and alerts (issue 4) ---------------------------------------------------------

def update_ledger(settings: Settings, *, store: Store | None = None, article_ids: list[str] | None = None,
                  now: datetime | None = None, run_id: str | None = None, route: bool = True) -> dict:
    """Compare the claims not yet in the ledger (of `article_ids`, or all) with the earlier claims of their
    keys, in publication order; raise alerts and queue their deliveries (unless route=False)."""
    from ..alerts.ledger import update_ledger as _update
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
    from ..alerts import ops
    from ..alerts.deliver import Outbox
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
    from ..alerts import ops
    now = now or utcnow()
    with Store(settings.db_path) as store:
        ops.send_operational_alert(store, settings.alerts, subject, detail, now=now)
        return deliver_pending(settings, now, store=store)


def after_run(store: Store, settings: Settings, summary: RunSummary, *, now: datetime, run_id: str,
              deliver: bool = True) -> dict:
    """The end of `newswatch run`: the ledger on the run's new claims, run health, then delivery."""
    from ..alerts import ops
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
            out.claims, out.claims_error = read_claims(aid, url, text, out.lang, published)
            out.error = out.claims_error
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
    return {"records": len(records), "claims": claims_n, "ledger": ledger,
            "failed": [f"{o.url}: {o.claims_error}" for o in outcomes if o.claims_error]}


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

