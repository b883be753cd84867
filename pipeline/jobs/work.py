"""Workers of a run: network and parsing — feed polls, page fetches (what a fetched page gives: `pipeline.reading`),
and the claims rows' replacement for the writer. Their outcomes are plain data, so a thread, a process or an
Airflow task can hand them to the writer."""
from __future__ import annotations

import hashlib
import logging
import threading
import time
from dataclasses import dataclass, field
from datetime import datetime, timezone
from functools import lru_cache
from pathlib import Path
from typing import Callable

from .. import urls
from ..config import Settings
from ..errors import BlockedURLError, FetchError, HTTPStatusError, NewswatchError
from ..feeds import parse_feed
from ..fetch import Fetcher, parse_cache_max_age
from ..models import Feed, Response
from ..reading import CLAIM_COLUMNS, PageOutcome, read_page
from ..store import Store, columns_of

log = logging.getLogger("newswatch")

Progress = Callable[[str, int, int], None]
PAGE_BATCH = 500          # page outcomes written per transaction (a statement and a commit cost ~10 ms each: larger
                          # batches amortise them; at end-to-end rates PAGE_FLUSH_S ends a batch first)...
PAGE_FLUSH_S = 2.0        # ...or sooner, so a killed run loses at most this much work
POLL_BATCH = 50           # polls written per transaction (bulk statements), or sooner after PAGE_FLUSH_S; a killed
                          # run loses the unwritten polls whole (validators with their entries) and re-polls them


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
    try:
        fetched: Response | NewswatchError = fetcher.get(art["url"], kind="page")
    except NewswatchError as e:
        fetched = e
    with _READING:
        return read_page(fetched, art, settings.articles, now)


# One page's CPU-bound work at a time in a process: the GIL runs one thread anyway, and pool threads taking turns
# every 5 ms (sys.getswitchinterval) inside lxml and the claim rules cost ~15 % more CPU an article (trafilatura's
# extraction went from ~5 to ~9 ms a page with 8 threads at it; bench/FINDINGS.md). Fetches still overlap.
_READING = threading.Lock()


# -- claims --------------------------------------------------------------------------------

@lru_cache(maxsize=1)
def rules_version() -> str:
    """Which extraction rules read a text: a hash of the claims code and of the entity and metric lexicons,
    so `newswatch reprocess` knows which articles a rules change has not read yet."""
    from .. import claims
    from ..claims.lexicon import config_dir
    parts = sorted(Path(claims.__file__).parent.glob("*.py")) + sorted(Path(config_dir()).glob("*.toml"))
    h = hashlib.blake2b(digest_size=6)
    for p in parts:
        if p.name in ("newswatch.toml", "feeds.toml", "alerts.toml"):
            continue
        h.update(p.name.encode() + b"\0" + p.read_bytes())
    return h.hexdigest()


def replace_claims(store: Store, article_ids: list[str], rows: list[dict], now: datetime, version: str, *,
                   mark: bool = True) -> None:
    """Within the caller's transaction: drop the articles' claims, write the new ones, mark the rules that read them
    (`mark=False`: the caller's own UPDATE of the articles set `claims_version`)."""
    if not article_ids:
        return
    store.run("delete_claims_of_articles", {"article_ids": article_ids})
    if rows:
        uniq = list({r["claim_id"]: r for r in rows}.values())
        store.bulk("insert_claims", columns_of(uniq, CLAIM_COLUMNS), {"rules_version": version, "now": now})
    if mark:
        store.run("mark_claims_version", {"article_ids": article_ids, "rules_version": version})


