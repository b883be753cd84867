"""A fetched page → its outcome: text, language, claims (`read_page`), and the claims of a text as table rows
(`claim_records`). Pure CPU work, no network, no database, and light to import (no DuckDB, Arrow or httpx): the
extraction processes of a run (`pipeline.workers`) import this module and nothing heavier."""
from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timedelta

from . import language, urls
from .config import ArticleSettings
from .errors import BlockedURLError, FetchError, HTTPStatusError, NewswatchError, TooLargeError
from .extract import extract_page
from .models import Response, Skipped

log = logging.getLogger("newswatch")

PERMANENT_4XX = {400, 401, 403, 404, 405, 410, 451}


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
    claims: list[dict] | None = None  # None: not read (text not final, or the rules failed on it); []: no figures
    claims_error: str | None = None   # the rules raised on this text (a fault of ours): reported, read again later


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
            out.claims, out.claims_error = read_claims(out.article_id, out.url, out.text, out.lang,
                                                       out.published_at or art.get("published_at"))
            if out.claims_error:
                out.error = f"{out.error}; {out.claims_error}" if out.error else out.claims_error
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


CLAIM_COLUMNS = ["claim_id", "article_id", "source_url", "published", "subject", "metric", "counterparty", "value",
                 "low", "high", "unit", "qualifier", "half_unit", "period_kind", "period_start", "period_end",
                 "period_text", "modality", "speaker", "speaker_kind", "quote", "span_start", "span_end", "lang",
                 "confidence"]


def read_claims(article_id: str, url: str | None, text: str, lang: str | None,
                published) -> tuple[list[dict] | None, str | None]:
    """claim_records, or (None, the error) when the rules raise on this text: a fault in them must cost that one
    article's claims, not the run (the text is kept, not marked read, and `newswatch reprocess --stale` reads it
    again once the rules are fixed)."""
    try:
        return claim_records(article_id, url, text, lang, published), None
    except Exception as e:   # noqa: BLE001 — any fault of the rules, reported below with its traceback
        log.exception("claim extraction failed on article %s (%s)", article_id, url)
        return None, f"claim extraction failed ({type(e).__name__}: {e}); `newswatch reprocess --stale` reads it again"


def claim_records(article_id: str, url: str | None, text: str, lang: str | None, published) -> list[dict]:
    """The claims of one article's text as rows of the claims table (pure; ids derived from content)."""
    from .claims import SUPPORTED, extract_claims
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
