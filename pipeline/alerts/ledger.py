"""The ledger step: claims not yet compared → ledger rows, alerts and their outbox rows, in publication order.

Reads and writes through `Store` named queries; the decisions are `compare.compare` (pure).
"""
from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from .. import compare as cmp
from ..models import Claim, Period
from ..store import Store, columns_of
from .settings import AlertSettings

LEDGER_COLUMNS = ["claim_id", "key_id", "article_id", "published", "article_seq", "unit_dimension", "interval_low",
                  "interval_high", "statement_id", "relation", "previous_claim_id", "settled_by_claim_id",
                  "change_pct", "alert_id"]
ALERT_COLUMNS = ["alert_id", "dedup_key", "category", "kind", "subject", "metric", "counterparty", "key_id",
                 "unit_dimension", "period_kind", "period_start", "period_end", "previous_claim_id", "claim_id",
                 "previous", "current", "change_pct", "severity", "title", "detail"]


@dataclass
class LedgerSummary:
    compared: int = 0
    relations: dict[str, int] = field(default_factory=dict)
    alerts: dict[str, int] = field(default_factory=dict)
    deliveries: int = 0

    def as_dict(self) -> dict:
        return {"compared": self.compared, "relations": self.relations, "alerts": self.alerts,
                "deliveries": self.deliveries}


def claim_of(row: dict) -> Claim:
    return Claim(subject=row["subject"], metric=row["metric"], value=row["value"], unit=row["unit"],
                 qualifier=row["qualifier"], period=Period(row["period_kind"], row["period_start"], row["period_end"],
                                                           row.get("period_text")),
                 modality=row["modality"], speaker_kind=row.get("speaker_kind") or "unattributed",
                 quote=row.get("quote") or "", span=(row.get("span_start") or 0, row.get("span_end") or 0),
                 lang=row.get("lang") or "", counterparty=row["counterparty"], low=row["low"], high=row["high"],
                 speaker=row.get("speaker"), published=str(row["published"]) if row.get("published") else None,
                 confidence=row["confidence"] if row.get("confidence") is not None else 0.5,
                 half_unit=row.get("half_unit"))


def _history_entry(r: dict) -> cmp.Entry:
    return cmp.Entry(claim_id=r["claim_id"], article_id=r["article_id"], published=r["published"],
                     seq=r["article_seq"], value=r["value"], unit=r["unit"],
                     interval=cmp.Interval(r["interval_low"], r["interval_high"]), modality=r["modality"],
                     statement_id=r["statement_id"], span_start=r["span_start"] or 0,
                     confidence=r["confidence"] if r["confidence"] is not None else 1.0)


def snapshot(row: dict, e: cmp.Entry) -> dict:
    """The evidence kept on an alert for one claim (previous or current), contract §3."""
    return {"claim_id": row["claim_id"], "value": row["value"], "low": row["low"], "high": row["high"],
            "interval": [e.interval.low, e.interval.high], "unit": row["unit"], "qualifier": row["qualifier"],
            "modality": row["modality"], "period": {"kind": row["period_kind"], "start": row["period_start"],
                                                    "end": row["period_end"], "text": row.get("period_text")},
            "source_url": row.get("source_url"), "published": str(row["published"]) if row.get("published") else None,
            "speaker": row.get("speaker"), "speaker_kind": row.get("speaker_kind"), "quote": row.get("quote"),
            "title": row.get("title"), "lang": row.get("lang")}


def update_ledger(store: Store, alerts: AlertSettings, *, now: datetime, run_id: str | None = None,
                  article_ids: list[str] | None = None, route: bool = True) -> LedgerSummary:
    """Compare every claim not yet in the ledger (of `article_ids`, or all) with its key's history, in
    publication order; record relations, raise alerts, queue their deliveries. One transaction."""
    tol = alerts.compare
    summary = LedgerSummary()
    todo = store.rows("select_ledger_todo", {"article_ids": article_ids})
    if not todo:
        return summary
    by_id = {r["claim_id"]: r for r in todo}
    claims = {r["claim_id"]: claim_of(r) for r in todo}
    keys = {cid: cmp.key_of(c) for cid, c in claims.items()}
    history: dict[str, list[cmp.Entry]] = defaultdict(list)
    old_rows: dict[str, dict] = {}
    for r in store.rows("select_ledger_of_keys", {"key_ids": sorted({k.id for k in keys.values()})}):
        history[r["key_id"]].append(_history_entry(r))
        old_rows[r["claim_id"]] = r
    prev_rows = _previous_claim_rows(store, old_rows)

    ledger_rows: list[dict] = []
    alert_rows: list[dict] = []
    raised: dict[tuple, dict] = {}        # (article, key, kind) → its alert: one alert per article, key and kind
    # Articles in publication order; the claims of one article are compared with history only, then added.
    articles: dict[str, list[str]] = defaultdict(list)
    for r in todo:
        articles[r["article_id"]].append(r["claim_id"])
    for article_id, cids in articles.items():
        placed = []
        for cid in cids:
            row, claim, key = by_id[cid], claims[cid], keys[cid]
            e = cmp.entry(cid, claim, article_id=article_id, published=_day(row["published"]),
                          seq=row["article_seq"], tol=tol)
            v = cmp.compare(e, history[key.id], tol)
            alert_id = None
            if v.alert:
                group = (article_id, key.id, v.alert)
                if group in raised:
                    alert_id = raised[group]["alert_id"]
                else:
                    prev_id = v.previous.claim_id if v.previous else None
                    prev_row = by_id.get(prev_id) or prev_rows.get(prev_id) if prev_id else None
                    a = _alert_row(key, v, row, e, prev_row, alerts)
                    raised[group] = a
                    alert_rows.append(a)
                    alert_id = a["alert_id"]
            ledger_rows.append({
                "claim_id": cid, "key_id": key.id, "article_id": article_id, "published": e.published,
                "article_seq": e.seq, "unit_dimension": key.dimension, "interval_low": e.interval.low,
                "interval_high": e.interval.high, "statement_id": e.statement_id, "relation": v.relation,
                "previous_claim_id": v.previous.claim_id if v.previous else None,
                "settled_by_claim_id": v.settled_by.claim_id if v.settled_by else None,
                "change_pct": v.change_pct, "alert_id": alert_id})
            summary.relations[v.relation] = summary.relations.get(v.relation, 0) + 1
            placed.append((key.id, e))
        for key_id, e in placed:
            history[key_id].append(e)
    summary.compared = len(ledger_rows)

    with store.transaction():
        store.bulk("insert_ledger", columns_of(ledger_rows, LEDGER_COLUMNS), {"now": now})
        new_ids = set()
        if alert_rows:
            new_ids = {r[0] for r in store.bulk("insert_alerts", columns_of(alert_rows, ALERT_COLUMNS),
                                                {"run_id": run_id, "now": now})}
        fresh = [a for a in alert_rows if a["alert_id"] in new_ids]
        for a in fresh:
            summary.alerts[a["kind"]] = summary.alerts.get(a["kind"], 0) + 1
        if route:
            summary.deliveries = queue_deliveries(store, alerts, fresh, now)
    return summary


def queue_deliveries(store: Store, alerts: AlertSettings, alert_rows: list[dict], now: datetime) -> int:
    """One outbox row per alert and routed channel (within the caller's transaction)."""
    ids, chans = [], []
    for a in alert_rows:
        for ch in alerts.channels_for(category=a["category"], kind=a["kind"], metric=a.get("metric"),
                                      subject=a.get("subject"), severity=a["severity"]):
            ids.append(a["alert_id"])
            chans.append(ch)
    if ids:
        store.bulk("insert_deliveries", {"alert_id": ids, "channel": chans}, {"now": now})
    return len(ids)


def _alert_row(key: cmp.Key, v: cmp.Verdict, row: dict, e: cmp.Entry, prev_row: dict | None,
               alerts: AlertSettings) -> dict:
    prev_id = v.previous.claim_id if v.previous else None
    dk = cmp.dedup_key(key, v.alert, prev_id, row["claim_id"])
    return {
        "alert_id": dk, "dedup_key": dk, "category": "claim", "kind": v.alert, "subject": key.subject,
        "metric": key.metric, "counterparty": key.counterparty, "key_id": key.id, "unit_dimension": key.dimension,
        "period_kind": key.period_kind, "period_start": key.period_start, "period_end": key.period_end,
        "previous_claim_id": prev_id, "claim_id": row["claim_id"],
        "previous": json.dumps(snapshot(prev_row, v.previous), ensure_ascii=False) if prev_row and v.previous else None,
        "current": json.dumps(snapshot(row, e), ensure_ascii=False),
        "change_pct": v.change_pct if v.alert != "new_figure" else None,
        "severity": alerts.severity_of(v.alert, key.metric), "title": None, "detail": None,
    }


def _previous_claim_rows(store: Store, old_rows: dict[str, dict]) -> dict[str, dict]:
    """Full claim rows of the history (for the `previous` evidence of alerts), read lazily by id."""
    if not old_rows:
        return {}
    rows = store.rows("select_claims_by_id", {"claim_ids": list(old_rows)})
    return {r["claim_id"]: r for r in rows}


def _day(x: Any) -> date:
    if isinstance(x, datetime):
        return x.date()
    if isinstance(x, date):
        return x
    return date.fromisoformat(str(x)[:10])
