"""Feed bytes + response headers → `ParsedFeed` of `Entry` values (pure: wraps feedparser, never fetches)."""
from __future__ import annotations

import email.utils
import html
import io
import re
from collections.abc import Mapping
from datetime import datetime, timezone
from typing import Any
from urllib.parse import urljoin, urlsplit

import feedparser
from feedparser.encodings import convert_to_utf8

from pipeline.extract import html_to_text
from pipeline.models import Entry, ParsedFeed

# A bozo reason is stored on a row and shown in `newswatch feeds`: one short line.
MAX_REASON_CHARS = 200

_URL_SCHEMES = ("http", "https")
_HTML_TYPES = ("text/html", "application/xhtml+xml")
# Only references with a semicolon: html.unescape alone would also turn "&copy" or "&amp" in plain text into symbols.
_ENTITY_REF = re.compile(r"&(?:#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);")
_SPACES = re.compile(r"\s+")

# Why the entity screen below exists (measured on feedparser 6.0.14 + expat 2.5.0):
# - feedparser strips <!ENTITY> lines from the prolog, but only those at the start of a line; a DOCTYPE
#   written on one line reaches expat intact. expat ≥ 2.4 stops a billion-laughs expansion itself
#   ("limit on input amplification factor"), but only after ~8 MiB of output and a second of CPU.
# - Entities whose value holds no "&" are "safe" to feedparser, and after a strict-parse failure its
#   loose (sgmllib) parser expands them with no limit at all: a 60 kB feed declaring one 10 kB entity
#   and using it 20,000 times came back as 400 MB of text (quadratic blowup).
# - External entities are not loaded (feature_external_ges is off), but that relies on the SAX driver
#   in use; libxml2's driver would be picked first if its Python bindings were installed.
# So, like defusedxml's forbid_entities, no entity declaration ever reaches a parser: the DOCTYPE's
# internal subset is cut out before feedparser sees the document, references to its entities stay
# literal text, and a document whose declarations cannot be cut cleanly is refused.
# feedparser's prolog ("head") ends at the first "<" + letter, and it lifts every line-initial <!ENTITY
# there, even one inside a comment; expat honours only declarations outside comments and CDATA.
_HEAD_END = re.compile(rb"<\w")
_HEAD_ENTITY = re.compile(rb"^\s*<!ENTITY", re.IGNORECASE | re.MULTILINE)
_MARKUP = re.compile(rb"<!--|<!\[CDATA\[|<!ENTITY", re.IGNORECASE)
_DOCTYPE_SUBSET_END = re.compile(rb"\]\s*>")


def parse_feed(body: bytes, headers: Mapping[str, str], base_url: str) -> ParsedFeed:
    """Parse a fetched feed document; problems come back as `bozo`/`bozo_reason`, never as exceptions."""
    http_headers = {k.lower(): v for k, v in (headers or {}).items()}
    # feedparser resolves relative links against Content-Location; the final URL of the fetch is the base.
    location = http_headers.get("content-location")
    http_headers["content-location"] = urljoin(base_url, location) if location else base_url
    # Bytes with no Content-Type (a file, a test) are read as feedparser reads them without headers:
    # the XML declaration decides the encoding, and a missing header is not a fault of the feed.
    http_headers.setdefault("content-type", "application/xml")

    try:
        data, screen_reason = _screen_entities(body, http_headers)
        if data is None:
            return ParsedFeed(entries=(), bozo=True, bozo_reason=screen_reason)
        if screen_reason:
            # The document was re-encoded to UTF-8 by the screen; say so, or feedparser would decode it again.
            http_headers["content-type"] = "application/xml; charset=utf-8"
        # A stream, never bytes or str: feedparser opens a local file (or a URL) when handed one that names it.
        parsed = feedparser.parse(io.BytesIO(data), response_headers=http_headers)
        return _convert(parsed, http_headers["content-location"], screen_reason)
    except Exception as exc:  # noqa: BLE001 - one hostile feed must not fail the batch; the reason is kept
        return ParsedFeed(entries=(), bozo=True, bozo_reason=_reason(exc))


def _screen_entities(body: bytes, http_headers: dict[str, str]) -> tuple[bytes | None, str | None]:
    """Return (document to parse, reason it was changed or refused); (body, None) when it declares no entity."""
    # Decoded the way feedparser will decode it, so UTF-16/32 or EBCDIC cannot hide a declaration.
    utf8 = convert_to_utf8(dict(http_headers), body, {})
    if not _declares_entities(utf8):
        return body, None
    start = utf8.find(b"<!DOCTYPE")
    subset = utf8.find(b"[", start) if start >= 0 else -1
    close = utf8.find(b">", start) if start >= 0 else -1
    if subset >= 0 and (close < 0 or subset < close):
        end = _DOCTYPE_SUBSET_END.search(utf8, subset)
        if end is not None:
            cleaned = utf8[:start] + utf8[end.end():]
            if not _declares_entities(cleaned):
                return cleaned, "EntityDeclarationsRemoved: the DOCTYPE declares XML entities; they were not expanded"
    return None, "UnsafeEntityDeclarations: XML entity declarations outside a removable DOCTYPE; feed not parsed"


def _declares_entities(data: bytes) -> bool:
    """True when feedparser or expat could honour an <!ENTITY> declaration in `data` (one linear pass)."""
    head_end = _HEAD_END.search(data)
    if _HEAD_ENTITY.search(data, 0, head_end.start() if head_end else len(data)):
        return True
    pos = 0
    while (match := _MARKUP.search(data, pos)) is not None:
        token = match.group(0)
        if token.upper() == b"<!ENTITY":
            return True
        closer = b"-->" if token == b"<!--" else b"]]>"
        end = data.find(closer, match.end())
        if end < 0:
            return False
        pos = end + len(closer)
    return False


def _convert(parsed: Any, base: str, screen_reason: str | None) -> ParsedFeed:
    feed = parsed.get("feed", {})
    entries: list[Entry] = []
    dropped = 0
    for raw in parsed.get("entries", []):
        entry = _entry(raw, base)
        if entry is None:
            dropped += 1
        else:
            entries.append(entry)
    bozo = bool(parsed.get("bozo")) or screen_reason is not None
    reason = None
    if bozo:
        exc = parsed.get("bozo_exception")
        parts = [r for r in (screen_reason, _reason(exc) if exc is not None else None) if r]
        reason = "; ".join(parts)[:MAX_REASON_CHARS] or "bozo: feedparser gave no reason"
    return ParsedFeed(
        entries=tuple(entries),
        title=_text(feed.get("title"), feed.get("title_detail")),
        lang=_lang(feed.get("language")),
        ttl_s=_ttl_seconds(feed.get("ttl")),
        bozo=bozo,
        bozo_reason=reason,
        entries_dropped=dropped,
    )


def _entry(raw: Mapping[str, Any], base: str) -> Entry | None:
    url = _link(raw, base)
    if url is None:
        return None
    content = raw.get("content") or []
    if content and content[0].get("value"):
        summary = _text(content[0].get("value"), content[0], block=True)
    else:
        summary = _text(raw.get("summary"), raw.get("summary_detail"), block=True)
    detail = (content[0] if content else None) or raw.get("summary_detail") or {}
    return Entry(
        url=url,
        guid=_clean(raw.get("id")),
        title=_text(raw.get("title"), raw.get("title_detail")),
        author=_text(raw.get("author")) or _text((raw.get("author_detail") or {}).get("name")),
        published=_published(raw),
        summary=summary,
        lang=_lang(raw.get("language") or detail.get("language")),
    )


def _link(raw: Mapping[str, Any], base: str) -> str | None:
    """The entry's page: its alternate link, else its link, else a guid that is a permalink URL."""
    links = [lk for lk in raw.get("links") or [] if lk.get("href")]
    alternates = [lk for lk in links if lk.get("rel", "alternate") == "alternate"]
    # An HTML alternate beats e.g. an audio enclosure marked alternate by a podcast feed.
    alternates.sort(key=lambda lk: lk.get("type", "text/html") not in _HTML_TYPES)
    for candidate in [lk["href"] for lk in alternates] + [raw.get("link")]:
        url = _absolute_http_url(candidate, base)
        if url:
            return url
    # A guid is a link only when it is a full URL by itself: "item-42" is an id, not a page under the feed.
    guid = raw.get("id")
    return _absolute_http_url(guid, "") if isinstance(guid, str) and "://" in guid else None


def _absolute_http_url(candidate: Any, base: str) -> str | None:
    if not isinstance(candidate, str) or not candidate.strip():
        return None
    try:
        url = urljoin(base, candidate.strip())
        parts = urlsplit(url)
    except ValueError:  # e.g. an invalid IPv6 literal
        return None
    if parts.scheme.lower() not in _URL_SCHEMES or not parts.hostname:
        return None
    return url


def _published(raw: Mapping[str, Any]) -> datetime | None:
    """UTC time from feedparser's parsed dates, else from the raw strings; dates far in the future are kept as given."""
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        struct = raw.get(key)
        if struct:
            try:
                return datetime(*struct[:6], tzinfo=timezone.utc)
            except (TypeError, ValueError, OverflowError):
                continue
    for key in ("published", "updated", "created", "date"):
        value = raw.get(key)
        if isinstance(value, str) and value.strip():
            parsed = _parse_date_string(value.strip())
            if parsed is not None:
                return parsed
    return None


def _parse_date_string(value: str) -> datetime | None:
    parsers = (email.utils.parsedate_to_datetime, lambda v: datetime.fromisoformat(v.replace("Z", "+00:00")))
    for parse in parsers:
        try:
            parsed = parse(value)
        except (TypeError, ValueError, IndexError, OverflowError):
            continue
        if parsed is None:
            continue
        # A date without a zone is read as UTC: the feed gives us nothing better.
        if parsed.tzinfo is None:
            parsed = parsed.replace(tzinfo=timezone.utc)
        try:
            return parsed.astimezone(timezone.utc)
        except (ValueError, OverflowError):
            continue
    return None


def _ttl_seconds(value: Any) -> int | None:
    try:
        minutes = int(str(value).strip())
    except (TypeError, ValueError):
        return None
    return minutes * 60 if 0 < minutes <= 525_600 else None  # a ttl over a year is a typo, not a wish


def _text(value: Any, detail: Mapping[str, Any] | None = None, *, block: bool = False) -> str | None:
    """Plain text from a feedparser text construct: HTML converted, entities decoded, spaces collapsed."""
    if not isinstance(value, str) or not value.strip():
        return None
    kind = (detail or {}).get("type", "text/plain")
    if kind in _HTML_TYPES or ("<" in value and ">" in value and kind != "text/plain"):
        text = html_to_text(value)
    else:
        # Many feeds escape twice ("&amp;#8217;"); one extra decoding of complete references is safe.
        text = _ENTITY_REF.sub(lambda m: html.unescape(m.group(0)), value)
    if block:
        lines = (_SPACES.sub(" ", line).strip() for line in text.splitlines())
        text = "\n".join(line for line in lines if line)
    else:
        text = _SPACES.sub(" ", text).strip()
    return text or None


def _clean(value: Any) -> str | None:
    return value.strip() or None if isinstance(value, str) else None


def _lang(value: Any) -> str | None:
    if not isinstance(value, str):
        return None
    code = value.strip().lower().replace("_", "-").split("-")[0]
    return code if code.isalpha() and 2 <= len(code) <= 3 else None


def _reason(exc: BaseException) -> str:
    message = _SPACES.sub(" ", str(exc)).strip()
    text = f"{type(exc).__name__}: {message}" if message else type(exc).__name__
    return text[:MAX_REASON_CHARS]
