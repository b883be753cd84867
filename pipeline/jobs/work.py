"""Workers of a run: network and parsing, no database — feed polls, page fetches, the claims of a text.
Their outcomes are plain data, so a thread, a process or an Airflow task can hand them to the writer."""
from __future__ import annotations

import hashlib
import logging
import threading
import time
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from functools import lru_cache
from pathlib import Path
from typing import Callable

from .. import language, urls
from ..config import ArticleSettings, Settings
from ..errors import BlockedURLError, FetchError, HTTPStatusError, NewswatchError, TooLargeError
from ..extract import extract_page
from ..feeds import parse_feed
from ..fetch import Fetcher, parse_cache_max_age
from ..models import Feed, Response, Skipped
from ..store import Store, columns_of

log = logging.getLogger("newswatch")

Progress = Callable[[str, int, int], None]
PAGE_BATCH = 500          # page outcomes written per transaction (a statement and a commit cost ~10 ms each: larger
                          # batches amortise them; at end-to-end rates PAGE_FLUSH_S ends a batch first)...
PAGE_FLUSH_S = 2.0        # ...or sooner, so a killed run loses at most this much work
POLL_BATCH = 50           # polls written per transaction (bulk statements), or sooner after PAGE_FLUSH_S; a killed
                          # run loses the unwritten polls whole (validators with their entries) and re-polls them
PERMANENT_4XX = {400, 401, 403, 404, 405, 410, 451}


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


@dataclass
class PageOutcome:
    article_id: str
    fetched_at: datetime
    extraction_status: str            # ok | feed_summary | failed
    fetch_attempts: int
    text: str | None = None
    title: str | None = None
    author: str | None = None
    published_at: datetime | None = None
    lang: str | None = None
    lang_prob: float | None = None
    content_hash: str | None = None
    next_fetch_at: datetime | None = None
    error: str | None = None
    url: str | None = None
    claims: list[dict] | None = None  # None: not read (text not final); []: read, no figures


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


def read_page(fetched: Response | NewswatchError, art: dict, articles: ArticleSettings, now: datetime) -> PageOutcome:
    """process_page after the fetch (its CPU-bound part, which a worker process can run): the page's text,
    language and claims; the feed's summary when the fetch failed (`fetched` is then the error) or the page
    has no article."""
    attempts = (art.get("fetch_attempts") or 0) + 1
    summary = art.get("summary") or ""
    out = PageOutcome(article_id=art["article_id"], fetched_at=now, extraction_status="ok", fetch_attempts=attempts,
                      url=art["url"])
    permanent = False
    try:
        if isinstance(fetched, NewswatchError):
            raise fetched
        page = extract_page(fetched.body, fetched.final_url, charset=_charset(fetched.headers),
                            **extract_options(articles, art))
        if isinstance(page, Skipped):
            out.extraction_status = "feed_summary"
            out.error = f"page text {page.reason}" + (f": {page.detail}" if page.detail else "")
            out.text = summary or None
        else:
            out.text, out.title, out.author, out.published_at = page.text, page.title, page.author, page.published
    except (BlockedURLError, TooLargeError) as e:
        permanent, out.error = True, str(e)
    except HTTPStatusError as e:
        permanent, out.error = e.status in PERMANENT_4XX, str(e)
    except FetchError as e:
        out.error = str(e)
    except NewswatchError as e:
        permanent, out.error = True, f"{type(e).__name__}: {e}"
    if out.error and out.extraction_status == "ok":
        out.text = summary or None
        if permanent or attempts >= articles.max_fetch_attempts:
            out.extraction_status = "feed_summary"
            if not permanent:
                out.error = f"gave up after {attempts} attempts: {out.error}"
        else:
            out.extraction_status = "failed"
            delay = articles.retry_after_s * 2 ** (attempts - 1)
            out.next_fetch_at = now + timedelta(seconds=delay)
    if out.text:
        out.lang, out.lang_prob = language.detect(out.text, art.get("lang_hint"))
        out.content_hash = urls.content_hash(out.text)
        if out.extraction_status != "failed":
            out.claims = claim_records(out.article_id, out.url, out.text, out.lang,
                                       out.published_at or art.get("published_at"))
    else:
        out.lang = art.get("lang_hint")
    return out


def extract_options(articles: ArticleSettings, art: dict) -> dict:
    """How `process_page` calls extract_page for this article: the page's metadata pass only when the feed
    entry lacks a title or a date (unless skip_page_metadata is off)."""
    from_feed = articles.skip_page_metadata and bool(art.get("title")) and art.get("published_at") is not None
    return {"min_chars": articles.min_text_chars, "fast": articles.fast_extraction, "metadata": not from_feed}


def _charset(headers: dict[str, str]) -> str | None:
    ctype = headers.get("content-type", "")
    for part in ctype.split(";")[1:]:
        k, _, v = part.strip().partition("=")
        if k.lower() == "charset" and v:
            return v.strip('"\' ').lower()
    return None


# -- claims --------------------------------------------------------------------------------

CLAIM_COLUMNS = ["claim_id", "article_id", "source_url", "published", "subject", "metric", "counterparty", "value",
                 "low", "high", "unit", "qualifier", "half_unit", "period_kind", "period_start", "period_end",
                 "period_text", "modality", "speaker", "speaker_kind", "quote", "span_start", "span_end", "lang",
                 "confidence"]


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


def claim_records(article_id: str, url: str | None, text: str, lang: str | None, published) -> list[dict]:
    """The claims of one article's text as rows of the claims table (pure; ids derived from content)."""
    from ..claims import SUPPORTED, extract_claims
    if lang not in SUPPORTED:
        return []
    day = published.strftime("%Y-%m-%d") if isinstance(published, datetime) else (str(published)[:10] if published else None)
    rows = []
    for c in extract_claims(text, lang=lang, published=day):
        # a denial shares its sentence and figure with the report it rejects ("X denied a report that Y raised $N")
        denied = "|denied" if c.modality == "denied" else ""
        cid = urls.sha(f"{article_id}|{c.span[0]}|{c.span[1]}|{c.subject}|{c.metric}|{c.counterparty}|{c.value!r}|{c.unit}{denied}")
        rows.append({
            "claim_id": cid, "article_id": article_id, "source_url": url, "published": day,
            "subject": c.subject, "metric": c.metric, "counterparty": c.counterparty, "value": c.value,
            "low": c.low, "high": c.high, "unit": c.unit, "qualifier": c.qualifier, "half_unit": c.half_unit,
            "period_kind": c.period.kind, "period_start": c.period.start, "period_end": c.period.end,
            "period_text": c.period.text, "modality": c.modality, "speaker": c.speaker, "speaker_kind": c.speaker_kind,
            "quote": c.quote, "span_start": c.span[0], "span_end": c.span[1], "lang": c.lang,
            "confidence": c.confidence,
        })
    return rows


def replace_claims(store: Store, article_ids: list[str], rows: list[dict], now: datetime, version: str) -> None:
    """Within the caller's transaction: drop the articles' claims, write the new ones, mark the rules that read them."""
    if not article_ids:
        return
    store.run("delete_claims_of_articles", {"article_ids": article_ids})
    if rows:
        uniq = list({r["claim_id"]: r for r in rows}.values())
        store.bulk("insert_claims", columns_of(uniq, CLAIM_COLUMNS), {"rules_version": version, "now": now})
    store.run("mark_claims_version", {"article_ids": article_ids, "rules_version": version})


