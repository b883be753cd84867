"""The outbox: pending deliveries → one message per group of alerts per channel, with retries, never twice.

Protocol for one message (a group of alerts on one channel):

1. mark its deliveries `sending` (committed), 2. send, 3. mark them `sent` (committed).

A failure in 2 records the error and, by kind: 429 → wait for Retry-After (within the run when it is
short, else until the next run); 5xx, timeouts, network → `pending` again after a doubling backoff,
until `max_attempts`; a permanent 4xx (400, 401, 403, 404, 410) or a refused address → `failed`
at once, reported by an operational alert. Nothing is ever retried forever, nothing is dropped.

The remaining window: a process killed after 1 and before 3 (the length of one send, at most the
`timeout`) leaves rows in `sending`; the channel may or may not have the message. Those rows are
never re-sent on their own (that could send twice): after `uncertain_after` they become `uncertain`,
are counted in every `newswatch send` summary, and `newswatch send --resend-uncertain` re-queues
them when the operator has checked the channel. Email carries a Message-ID derived from the group,
so a re-sent mail is recognisably the same message.
"""
from __future__ import annotations

import hashlib
import json
import logging
import time
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Callable

from ..store import Store
from .channels import SendError, Sender, make_sender, missing_env
from .settings import AlertSettings

log = logging.getLogger("newswatch.alerts")


@dataclass
class DeliverySummary:
    sent: int = 0                    # deliveries (alert × channel) sent
    messages: int = 0
    retrying: int = 0
    failed: int = 0
    muted: int = 0
    inhibited: int = 0
    expired: int = 0
    uncertain: int = 0
    waiting: dict[str, int] = field(default_factory=dict)     # channel not configured → deliveries waiting
    errors: list[str] = field(default_factory=list)

    def as_dict(self) -> dict:
        return {k: v for k, v in self.__dict__.items()}


class Outbox:
    """Delivers due deliveries. `sleep` and `clock` are parameters so tests run the real code fast."""

    def __init__(self, store: Store, settings: AlertSettings, env: dict[str, str], *, now: datetime,
                 sleep: Callable[[float], None] = time.sleep, clock: Callable[[], float] = time.monotonic,
                 senders: dict[str, Sender] | None = None, after_send: Callable[[list[str], str], None] | None = None):
        self.store, self.settings, self.env, self.now = store, settings, env, now
        self.sleep, self.clock = sleep, clock
        self.d = settings.delivery
        self._senders = senders
        self._after_send = after_send          # tests: simulate a crash between send and record
        self._last_post: dict[str, float] = {}
        self.summary = DeliverySummary()

    # -- the run ------------------------------------------------------------------------------------
    def run(self, *, resend_uncertain: bool = False) -> DeliverySummary:
        s, now = self.summary, self.now
        stuck = self.store.run("mark_uncertain_deliveries", {
            "now": now, "cutoff": now - timedelta(seconds=self.d.uncertain_after_s)})
        if stuck:
            log.warning("%d deliveries were interrupted between send and record; see `newswatch send --help`",
                        len(stuck))
        if resend_uncertain:
            self.store.run("requeue_uncertain_deliveries", {"now": now})
        s.expired += len(self.store.run("expire_deliveries", {
            "now": now, "cutoff": now - timedelta(seconds=self.d.max_age_s)}))
        due = self.store.rows("select_due_deliveries", {"now": now})
        muted = {(m["subject"], m["metric"]) for m in self.store.rows("select_mutes", {"now": now, "all": False})}
        by_channel: dict[str, list[dict]] = defaultdict(list)
        for r in due:
            if r["category"] == "claim" and (r["subject"], r["metric"]) in muted:
                self._set([r["alert_id"]], r["channel"], "muted")
                s.muted += 1
                continue
            by_channel[r["channel"]].append(r)
        for channel, rows in by_channel.items():
            sender = self._sender(channel)
            if sender is None:
                s.waiting[channel] = len(rows)
                continue
            for group in self._groups(rows, channel):
                self._deliver(sender, channel, group)
        s.uncertain = self._count_uncertain()
        return s

    # -- grouping: one message per key per run (Alertmanager's group_by), or a digest -------------------
    def _groups(self, rows: list[dict], channel: str) -> list[list[dict]]:
        groups: dict[tuple, list[dict]] = defaultdict(list)
        for r in rows:
            if self.d.digest:
                g = (r["category"],)
            elif r["category"] == "ops":
                g = ("ops", r["alert_id"])
            else:
                g = ("claim", r["run_id"], r["key_id"])
            groups[g].append(r)
        out = []
        for g in groups.values():
            contradicted = {c for a in g if a["kind"] == "contradiction" for c in (a["claim_id"], a["previous_claim_id"])}
            keep = []
            for a in g:
                # A contradiction inhibits the `changed` alert of the same claims (Alertmanager's inhibit rule).
                if a["kind"] == "figure_changed" and ({a["claim_id"], a["previous_claim_id"]} & contradicted):
                    self._set([a["alert_id"]], channel, "inhibited")
                    self.summary.inhibited += 1
                else:
                    keep.append(a)
            if keep:
                out.append(keep)
        return out

    # -- one message ------------------------------------------------------------------------------------
    def _deliver(self, sender: Sender, channel: str, group: list[dict]) -> None:
        ids = [a["alert_id"] for a in group]
        mid = "nw-" + hashlib.blake2b(f"{channel}|{'|'.join(sorted(ids))}".encode(), digest_size=12).hexdigest()
        alerts = self._with_sources(group)
        self._set(ids, channel, "sending")
        tries = 0
        while True:
            tries += 1
            try:
                self._pace(sender)
                kwargs = {"message_id": f"<{mid}@newswatch>"} if sender.type == "email" else {}
                sender.send(alerts, pace=lambda: self._pace(sender), **kwargs)
                self._last_post[sender.type] = self.clock()
            except SendError as e:
                self._last_post[sender.type] = self.clock()
                if e.retry_after is not None and e.retry_after <= self.d.max_retry_after_s and tries < 3:
                    self.sleep(e.retry_after)      # Slack asked us to wait: do, then try again
                    continue
                self._failed(channel, group, e)
                return
            break
        if self._after_send:
            self._after_send(ids, channel)
        self._set(ids, channel, "sent", add_attempt=1, message_id=mid)
        self.summary.sent += len(ids)
        self.summary.messages += 1

    def _failed(self, channel: str, group: list[dict], e: SendError) -> None:
        ids = [a["alert_id"] for a in group]
        attempts = max(a["attempts"] for a in group) + 1
        msg = str(e)
        self.summary.errors.append(f"{channel}: {msg}")
        if e.permanent or attempts >= self.d.max_attempts:
            reason = msg if e.permanent else f"gave up after {attempts} attempts: {msg}"
            self._set(ids, channel, "failed", add_attempt=1, error=reason)
            self.summary.failed += len(ids)
            from .ops import delivery_failed
            delivery_failed(self.store, self.settings, channel, [a for a in group if a["kind"] != "delivery_failed"],
                            reason, now=self.now)
            return
        if e.retry_after is not None:
            wait = e.retry_after
        else:
            wait = min(self.d.backoff_base_s * 2 ** (attempts - 1), self.d.backoff_max_s)
        self._set(ids, channel, "pending", add_attempt=1, error=msg, next_at=self.now + timedelta(seconds=wait))
        self.summary.retrying += len(ids)

    # -- helpers ----------------------------------------------------------------------------------------
    def _pace(self, sender: Sender) -> None:
        """Slack allows about one message a second per webhook: wait until the last post is that old."""
        if sender.type != "slack":
            return
        last = self._last_post.get("slack")
        if last is not None:
            gap = self.d.slack_min_interval_s - (self.clock() - last)
            if gap > 0:
                self.sleep(gap)
        self._last_post["slack"] = self.clock()

    def _sender(self, channel: str) -> Sender | None:
        if self._senders is not None and channel in self._senders:
            return self._senders[channel]
        ch = self.settings.channel(channel)
        if ch is None:
            return None
        try:
            sender = make_sender(ch, self.env, self.d)
        except SendError as e:
            self.summary.errors.append(f"{channel}: {e}")
            return None
        if sender is None:
            log.info("channel %s not configured (set %s): its alerts wait", channel, missing_env(ch))
        return sender

    def _with_sources(self, group: list[dict]) -> list[dict]:
        ids = [a["claim_id"] for a in group if a.get("claim_id")]
        sources: dict[str, list[dict]] = defaultdict(list)
        if ids:
            for r in self.store.rows("select_claim_sources", {"claim_ids": ids}):
                sources[r["of_claim_id"]].append({"source_url": r["source_url"], "published": str(r["published"]),
                                                   "relation": r["relation"]})
        out = []
        for a in group:
            a = dict(a)
            a["previous"] = json.loads(a["previous"]) if isinstance(a.get("previous"), str) else a.get("previous")
            a["current"] = json.loads(a["current"]) if isinstance(a.get("current"), str) else a.get("current")
            a["sources"] = sources.get(a.get("claim_id"), [])
            out.append(a)
        return out

    def _set(self, ids: list[str], channel: str, status: str, *, add_attempt: int = 0, error: str | None = None,
             next_at: datetime | None = None, message_id: str | None = None) -> None:
        self.store.run("update_deliveries", {
            "alert_ids": ids, "channel": channel, "status": status, "add_attempt": add_attempt,
            "last_error": error, "next_attempt_at": next_at, "message_id": message_id, "now": self.now})

    def _count_uncertain(self) -> int:
        rows = self.store.run("count_deliveries_by_status", {"status": "uncertain"})
        return rows[0][0] if rows else 0
