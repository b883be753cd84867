"""Operational alerts through the same channels (route `category = "ops"`): a feed failing 3 times in a
row and its recovery, a feed gone, a run with most feeds failing and its recovery, a delivery failing
for good. Each is raised once per incident (its dedup key names the incident) and again on recovery."""
from __future__ import annotations

from datetime import datetime

from ..store import Store, columns_of
from .ledger import ALERT_COLUMNS, queue_deliveries
from .settings import AlertSettings

_FEED_KIND = {"failing": "feed_failing", "recovered": "feed_recovered", "gone": "feed_gone"}


def raise_ops(store: Store, settings: AlertSettings, items: list[dict], *, now: datetime,
              run_id: str | None = None) -> int:
    """Insert operational alerts (dedup_key decides "once") and queue their deliveries. Returns how many are new."""
    rows = []
    for it in items:
        rows.append({c: None for c in ALERT_COLUMNS} | {
            "alert_id": it["dedup_key"], "dedup_key": it["dedup_key"], "category": "ops", "kind": it["kind"],
            "title": it["title"], "detail": it.get("detail"), "severity": settings.severity_of(it["kind"], None),
            "subject": it.get("subject"), "metric": it.get("metric")})
    if not rows:
        return 0
    with store.transaction():
        new = {r[0] for r in store.bulk("insert_alerts", columns_of(rows, ALERT_COLUMNS), {"run_id": run_id, "now": now})}
        queue_deliveries(store, settings, [r for r in rows if r["alert_id"] in new], now)
    return len(new)


def feed_events(store: Store, settings: AlertSettings, *, now: datetime) -> int:
    """feed_events (failing after N failures in a row, recovered, gone) not yet alerted → ops alerts."""
    items = []
    for e in store.rows("select_unalerted_feed_events"):
        kind = _FEED_KIND.get(e["kind"])
        if kind is None:
            continue
        name = e.get("name") or e["feed_id"]
        verb = {"feed_failing": "is failing", "feed_recovered": "recovered", "feed_gone": "is gone (410)"}[kind]
        items.append({"dedup_key": f"feed_event|{e['event_id']}", "kind": kind, "title": f"feed {name} {verb}",
                      "detail": f"{e.get('detail') or ''} ({e.get('url') or ''}, {e['occurred_at']:%Y-%m-%d %H:%M} UTC)"})
    return raise_ops(store, settings, items, now=now)


def run_health(store: Store, settings: AlertSettings, *, polled: int, failed: int, now: datetime,
               run_id: str | None = None) -> str | None:
    """A run where most feeds failed opens an incident (one alert); the first healthy run closes it (one alert)."""
    if polled < 2:
        return None
    failing = failed * 2 > polled
    state = store.rows("select_ops_state", {"incident": "run_feeds"})
    was_failing = bool(state) and state[0]["state"] == "failing"
    if failing == was_failing:
        return None
    since = now if failing else state[0]["since"]
    detail = f"{failed} of {polled} feeds failed in run {run_id or ''}".strip()
    kind = "run_failing" if failing else "run_recovered"
    store.run("upsert_ops_state", {"incident": "run_feeds", "state": "failing" if failing else "ok",
                                   "since": now, "detail": detail})
    raise_ops(store, settings, [{"dedup_key": f"run_feeds|{kind}|{since:%Y%m%dT%H%M%S}", "kind": kind,
                                 "title": "most feeds failing" if failing else "feeds recovered",
                                 "detail": detail}], now=now, run_id=run_id)
    return kind


def delivery_failed(store: Store, settings: AlertSettings, channel: str, group: list[dict], reason: str, *,
                    now: datetime) -> int:
    """A delivery that failed for good is reported on the other channels (never about an ops alert: no loops)."""
    items = []
    for a in group:
        if a.get("category") == "ops":
            continue
        items.append({"dedup_key": f"delivery_failed|{a['alert_id']}|{channel}", "kind": "delivery_failed",
                      "title": f"an alert could not be sent to {channel}",
                      "detail": f"{a['kind']} {a.get('subject')}/{a.get('metric')}: {reason}"})
    if not items:
        return 0
    n = raise_ops(store, settings, items, now=now)
    # Do not try the channel that just failed for good with the report of its own failure.
    store.run("update_deliveries", {"alert_ids": [i["dedup_key"] for i in items], "channel": channel,
                                    "status": "failed", "add_attempt": 0, "last_error": "not sent: this channel failed",
                                    "next_attempt_at": None, "message_id": None, "now": now})
    return n


def send_operational_alert(store: Store, settings: AlertSettings, subject: str, detail: str, *, now: datetime) -> int:
    """An ad-hoc operational alert (e.g. a failed Airflow task); once per subject and detail."""
    import hashlib
    dk = "task|" + hashlib.blake2b(f"{subject}|{detail}".encode(), digest_size=12).hexdigest()
    return raise_ops(store, settings, [{"dedup_key": dk, "kind": "run_failing", "title": subject, "detail": detail}],
                     now=now)
