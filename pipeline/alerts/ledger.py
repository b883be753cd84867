"""The ledger step: claims not yet compared → ledger rows, alerts and their outbox rows, in publication order.

Reads and writes through `Store` named queries; the decisions are `compare.compare` (pure). At 1M claims every
read is an equality on one indexed column (DuckDB's ART index: `ledger.key_hash`, the primary keys), never a
join of whole tables, and rows known to be new are written by plain INSERTs (no ON CONFLICT): bench/FINDINGS.md.
The ledger row keeps the figures compare needs (migration 0006), so checking a claim is one read of its key's
history (`history_of`) and `compare`; a batch's writes go in one transaction.
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

LEDGER_COLUMNS = ["claim_id", "key_id", "key_hash", "article_id", "published_day", "article_seq", "unit_dimension",
                  "interval_low", "interval_high", "statement_id", "relation", "previous_claim_id",
                  "settled_by_claim_id", "change_pct", "alert_id", "entry"]
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


def snapshot(row: dict, e: cmp.Entry) -> dict:
    """The evidence kept on an alert for one claim (previous or current), contract §3."""
    return {"claim_id": row["claim_id"], "value": row["value"], "low": row["low"], "high": row["high"],
            "interval": [e.interval.low, e.interval.high], "unit": row["unit"], "qualifier": row["qualifier"],
            "modality": row["modality"], "period": {"kind": row["period_kind"], "start": row["period_start"],
                                                    "end": row["period_end"], "text": row.get("period_text")},
            "source_url": row.get("source_url"), "published": str(row["published"]) if row.get("published") else None,
            "speaker": row.get("speaker"), "speaker_kind": row.get("speaker_kind"), "quote": row.get("quote"),
            "title": row.get("title"), "lang": row.get("lang")}


BATCH_CLAIMS = 1000        # claims compared per batch (whole articles): what the step holds in memory at once


def key_hash(key_id: str) -> int:
    """The ledger's integer key (migration 0005): the first 15 hex digits of the key's hash, a positive BIGINT."""
    return int(key_id[:15], 16)


def update_ledger(store: Store, alerts: AlertSettings, *, now: datetime, run_id: str | None = None,
                  article_ids: list[str] | None = None, route: bool = True) -> LedgerSummary:
    """Compare every claim not yet in the ledger (of `article_ids`, or all) with its key's history, in
    publication order; record relations, raise alerts, queue their deliveries.

    Batches of whole articles (~`BATCH_CLAIMS` claims), each in one transaction: a batch reads its keys'
    history from the ledger, which holds the earlier batches, so the result is that of one batch while memory
    stays bounded. A step stopped between batches leaves the rest for the next step (claims not in the ledger)."""
    tol = alerts.compare
    summary = LedgerSummary()
    refresh_stale(store)
    if article_ids is not None:
        if not article_ids:
            return summary
        rows = store.rows("select_ledger_claims_of_articles", {"article_ids": list(article_ids)})
        done = _ledgered(store, [r["claim_id"] for r in rows])
        rows = _by_article([r for r in rows if r["claim_id"] not in done], lambda r: r["article_id"])
        batches = ((rows[i:j], None) for i, j in _article_batches([(r["claim_id"], r["article_id"]) for r in rows]))
    else:
        # every claim not compared yet, with its row, in one read (columnar: ~40 MB for 81k claims), turned into
        # row dicts a batch at a time (a read per batch scanned the claims table each time)
        table = store.table("select_ledger_todo")
        ids = list(zip(table.column("claim_id").to_pylist(), table.column("article_id").to_pylist()))
        order = _by_article(range(len(ids)), lambda i: ids[i][1])
        if order != list(range(len(ids))):
            table = table.take(order)
            ids = [ids[i] for i in order]
        batches = ((table.slice(i, j - i).to_pylist(), None) for i, j in _article_batches(ids))
    compared: set[str] = set()        # claims compared by this step (their rows as read here: evidence)
    histories = Histories()
    for rows, _ in batches:
        if rows:
            _compare_batch(store, alerts, tol, rows, compared, summary, histories, now=now, run_id=run_id,
                           route=route)
    return summary


def _by_article(items: list, article_of) -> list:
    """The step's order, with each article's claims together at its first place (as one batch compares them)."""
    groups: dict[str, list] = defaultdict(list)
    for x in items:
        groups[article_of(x)].append(x)
    return [x for g in groups.values() for x in g]


def _article_batches(ids: list[tuple[str, str]]) -> list[tuple[int, int]]:
    """[(claim_id, article_id)] in step order → (start, end) slices of about BATCH_CLAIMS claims that never split
    an article (its claims are compared with history only, and grouped into one alert per key and kind)."""
    out, start = [], 0
    for i in range(1, len(ids) + 1):
        if i == len(ids) or (i - start >= BATCH_CLAIMS and ids[i][1] != ids[i - 1][1]):
            out.append((start, i))
            start = i
    return [b for b in out if b[1] > b[0]]


def _ledgered(store: Store, claim_ids: list[str]) -> set[str]:
    done: set[str] = set()
    for i in range(0, len(claim_ids), BATCH_CLAIMS):
        done.update(r[0] for r in store.run("select_ledgered", {"claim_ids": claim_ids[i:i + BATCH_CLAIMS]}))
    return done


def history_of(store: Store, key_ids: set[str]) -> dict[str, list[cmp.Entry]]:
    """The history entries of these keys whose claims still exist, as the ledger rows keep them: ONE statement, an
    equality on the ART-indexed integer `key_hash` (migration 0005) returning one JSON column (0006), no join. With
    one key this plus `compare` is the per-claim check of bench figure 4."""
    history: dict[str, list[cmp.Entry]] = defaultdict(list)
    if not key_ids:
        return history
    if len(key_ids) == 1:
        rows = store.run("select_ledger_of_key", {"key_hash": key_hash(next(iter(key_ids)))})
    else:
        rows = store.run("select_ledger_of_keys", {"key_hashes": sorted({key_hash(k) for k in key_ids})})
    Entry, Interval, day = cmp.Entry, cmp.Interval, date.fromisoformat
    days: dict[str, date] = {}
    # one JSON document for all the rows (one parse instead of one a row); NULL = a tombstone: the claim was
    # re-extracted away (migration 0006)
    for (key_id, claim_id, article_id, published, seq, value, unit, low, high, modality, statement_id, span_start,
         confidence) in json.loads("[" + ",".join(e for (e,) in rows if e is not None) + "]"):
        if key_id in key_ids:           # another key: a hash collision
            d = days.get(published)
            if d is None and published:
                d = days[published] = day(published)
            history[key_id].append(Entry(claim_id, article_id, d, seq, value, unit, Interval(low, high), modality,
                                         statement_id, span_start or 0, confidence if confidence is not None else 1.0))
    return history


def entry_json(key_id: str, e: cmp.Entry, row: dict) -> str:
    """A claim's history entry as the ledger row keeps it (migration 0006 gives the order; refresh_ledger_entries
    builds the same in SQL): the compared entry `e`, with the claim row's own value, unit, modality, span_start and
    confidence, as the claims table holds them."""
    return json.dumps([key_id, e.claim_id, e.article_id, e.published.isoformat() if e.published else None, e.seq,
                       row["value"], row["unit"], e.interval.low, e.interval.high, row["modality"], e.statement_id,
                       row["span_start"], row["confidence"]], separators=(",", ":"))


def refresh_stale(store: Store) -> int:
    """Articles whose claims were replaced since the ledger read them (re-extraction): rebuild the history entries
    their ledger rows keep, so a claim that is gone drops out of its key's history, as the join to claims did. Returns
    how many articles; one cheap scan when there are none (the usual case)."""
    stale = store.run("select_ledger_stale")[0][0]
    if stale:
        with store.transaction():
            store.run("refresh_ledger_entries")
            store.run("clear_ledger_stale")
    return stale


HISTORY_CACHE_ENTRIES = 200_000   # history entries a step keeps between its batches (~300 bytes each)


class Histories:
    """The histories of the keys a step has read, kept sorted (`compare.History`) from one batch to the next with
    the step's own new entries added: a key is read from the ledger once a step, not once a batch (a step of
    2,000 articles read each entry ~8 times and re-sorted it as often). The ledger holds exactly what is kept here
    (the step is the only writer, its batches commit what they add), so a batch sees what a fresh read would give.
    Bounded: past HISTORY_CACHE_ENTRIES it starts afresh (the next batch reads its keys again)."""

    def __init__(self, limit: int | None = None):
        self.limit = HISTORY_CACHE_ENTRIES if limit is None else limit
        self.keys: dict[str, cmp.History] = {}
        self.size = 0

    def load(self, store: Store, key_ids: set[str]) -> dict[str, cmp.History]:
        if self.size > self.limit:
            self.keys, self.size = {}, 0
        missing = key_ids - self.keys.keys()
        read = history_of(store, missing) if missing else {}
        for k in missing:
            h = self.keys[k] = cmp.History(read.get(k, ()))
            self.size += len(h)
        return {k: self.keys[k] for k in key_ids}

    def add(self, key_id: str, e: cmp.Entry) -> None:
        self.keys[key_id].add(e)
        self.size += 1


def _compare_batch(store: Store, alerts: AlertSettings, tol: cmp.Tolerances, todo: list[dict], compared: set[str],
                   summary: LedgerSummary, histories: Histories, *, now: datetime, run_id: str | None,
                   route: bool) -> None:
    by_id = {r["claim_id"]: r for r in todo}
    claims = {r["claim_id"]: claim_of(r) for r in todo}
    keys = {cid: cmp.key_of(c) for cid, c in claims.items()}
    history = histories.load(store, {k.id for k in keys.values()})

    ledger_rows: list[dict] = []
    pending: list[tuple] = []             # alerts to build once their previous claims' rows are read
    raised: dict[tuple, str] = {}         # (article, key, kind) → its alert: one alert per article, key and kind
    # Articles in publication order; the claims of one article are compared with history only, then added.
    articles: dict[str, list[str]] = defaultdict(list)
    for r in todo:
        articles[r["article_id"]].append(r["claim_id"])
    for article_id, cids in articles.items():
        placed = []
        for cid in cids:
            row, claim, key = by_id[cid], claims[cid], keys[cid]
            e = cmp.entry(cid, claim, article_id=article_id, published=_day(row["published"]),
                          seq=row["article_seq"], tol=tol, key=key)
            v = cmp.compare_sorted(e, history[key.id], tol)
            alert_id = None
            if v.alert:
                group = (article_id, key.id, v.alert)
                if group in raised:
                    alert_id = raised[group]
                else:
                    prev_id = v.previous.claim_id if v.previous else None
                    alert_id = cmp.dedup_key(key, v.alert, prev_id, cid)
                    raised[group] = alert_id
                    pending.append((key, v, row, e))
            ledger_rows.append({
                "claim_id": cid, "key_id": key.id, "key_hash": key_hash(key.id), "article_id": article_id,
                "published_day": e.published, "article_seq": e.seq, "unit_dimension": key.dimension,
                "interval_low": e.interval.low, "interval_high": e.interval.high, "statement_id": e.statement_id,
                "relation": v.relation, "previous_claim_id": v.previous.claim_id if v.previous else None,
                "settled_by_claim_id": v.settled_by.claim_id if v.settled_by else None,
                "change_pct": v.change_pct, "alert_id": alert_id, "entry": entry_json(key.id, e, row)})
            summary.relations[v.relation] = summary.relations.get(v.relation, 0) + 1
            placed.append((key.id, e))
        for key_id, e in placed:
            histories.add(key_id, e)
    summary.compared += len(ledger_rows)

    prev_rows = _previous_claim_rows(store, [v.previous for _, v, _, _ in pending if v.previous is not None
                                             and v.previous.claim_id not in by_id], compared)
    alert_rows = []
    for key, v, row, e in pending:
        prev_id = v.previous.claim_id if v.previous else None
        prev_row = by_id.get(prev_id) or prev_rows.get(prev_id) if prev_id else None
        alert_rows.append(_alert_row(key, v, row, e, prev_row, alerts))
    compared.update(by_id)

    with store.transaction():
        store.bulk("insert_ledger", columns_of(ledger_rows, LEDGER_COLUMNS), {"now": now})
        fresh = []
        if alert_rows:       # a dedup_key already raised is not raised again
            have = {r[0] for r in store.run("select_alert_ids", {"alert_ids": [a["alert_id"] for a in alert_rows]})}
            fresh = [a for a in alert_rows if a["alert_id"] not in have]
            store.bulk("insert_new_alerts", columns_of(fresh, ALERT_COLUMNS), {"run_id": run_id, "now": now})
        for a in fresh:
            summary.alerts[a["kind"]] = summary.alerts.get(a["kind"], 0) + 1
        if route:
            summary.deliveries += queue_deliveries(store, alerts, fresh, now, query="insert_new_deliveries")


def queue_deliveries(store: Store, alerts: AlertSettings, alert_rows: list[dict], now: datetime,
                     query: str = "insert_deliveries") -> int:
    """One outbox row per alert and routed channel (within the caller's transaction); `insert_new_deliveries`
    for alerts inserted in that transaction (no ON CONFLICT)."""
    ids, chans = [], []
    for a in alert_rows:
        for ch in alerts.channels_for(category=a["category"], kind=a["kind"], metric=a.get("metric"),
                                      subject=a.get("subject"), severity=a["severity"]):
            ids.append(a["alert_id"])
            chans.append(ch)
    if ids:
        store.bulk(query, {"alert_id": ids, "channel": chans}, {"now": now})
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


def _previous_claim_rows(store: Store, previous: list[cmp.Entry], compared: set[str]) -> dict[str, dict]:
    """Full claim rows of the previous claims of the batch's alerts (their evidence), by primary key: as the step
    reads them for a claim an earlier batch of this step compared, as stored (`select_claims_by_id`) otherwise."""
    out: dict[str, dict] = {}
    by_id = {e.claim_id: e.article_id for e in previous}
    ours = [c for c in by_id if c in compared]
    theirs = [c for c in by_id if c not in compared]
    for name, ids in (("select_ledger_claims", ours), ("select_claims_by_id", theirs)):
        for i in range(0, len(ids), BATCH_CLAIMS):
            chunk = ids[i:i + BATCH_CLAIMS]
            for r in store.rows(name, {"claim_ids": chunk, "article_ids": sorted({by_id[c] for c in chunk})}):
                out[r["claim_id"]] = r
    return out


def _day(x: Any) -> date:
    if isinstance(x, datetime):
        return x.date()
    if isinstance(x, date):
        return x
    return date.fromisoformat(str(x)[:10])
