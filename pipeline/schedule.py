"""When to poll a feed next (pure): adaptive intervals, the server's hints, jitter and failure backoff."""
from __future__ import annotations

import random
import statistics
from datetime import datetime, timedelta

from .config import ScheduleSettings


def publish_interval(dates: list[datetime]) -> float | None:
    """The median gap, in seconds, between a feed's entry dates: how often it publishes (None if unknown)."""
    ds = sorted({d for d in dates if d is not None})
    if len(ds) < 3:
        return None
    gaps = [(b - a).total_seconds() for a, b in zip(ds, ds[1:])]
    gaps = [g for g in gaps if g > 0]
    return statistics.median(gaps) if gaps else None


def next_poll_ok(
    now: datetime,
    s: ScheduleSettings,
    *,
    feed_key: str,
    fixed_interval_s: float | None = None,
    publish_interval_s: float | None = None,
    ttl_s: float | None = None,
    max_age_s: float | None = None,
) -> datetime:
    """After a successful poll: the configured interval, else how often the feed publishes, never sooner
    than the feed's <ttl> or Cache-Control max-age asks, clamped to [min, max], with jitter."""
    if fixed_interval_s:
        base = fixed_interval_s
    else:
        base = publish_interval_s if publish_interval_s else s.default_interval_s
        base = min(max(base, s.min_interval_s), s.max_interval_s)
    for hint in (ttl_s, max_age_s):
        if hint:
            base = max(base, min(hint, s.max_interval_s))
    return now + timedelta(seconds=_jitter(base, s.jitter, feed_key, now))


def next_poll_failed(
    now: datetime,
    s: ScheduleSettings,
    *,
    feed_key: str,
    failures: int,
    retry_after_s: float | None = None,
) -> datetime:
    """After the n-th failure in a row: exponential backoff up to the cap, and never before Retry-After."""
    delay = min(s.backoff_base_s * (2 ** max(failures - 1, 0)), s.backoff_max_s)
    delay = _jitter(delay, s.jitter, feed_key, now)
    if retry_after_s:
        delay = max(delay, min(retry_after_s, s.backoff_max_s))
    return now + timedelta(seconds=delay)


def _jitter(seconds: float, share: float, key: str, now: datetime) -> float:
    # Seeded by feed and time so a run can be replayed, yet feeds of one host spread apart.
    rng = random.Random(f"{key}|{now.isoformat()}")
    return seconds * (1 + rng.uniform(-share, share))
