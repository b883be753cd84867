"""Page bytes → `Page` (main text and metadata) or `Skipped`, wrapping trafilatura; plus HTML → plain text for feed summaries."""
from __future__ import annotations

import html as htmllib
import logging
import re
from datetime import datetime, timezone

import lxml.etree
import lxml.html
import trafilatura
import trafilatura.utils

from pipeline.errors import ExtractError
from pipeline.models import Page, Skipped

# trafilatura logs every discarded page at WARNING; a short page is an expected outcome here (Skipped), not news.
logging.getLogger("trafilatura").setLevel(logging.ERROR)

# An HTML page declares its charset in its first bytes; the HTML spec has browsers look at the first 1024.
_SNIFF_BYTES = 2048
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.IGNORECASE)
# Characters lxml refuses in a str (C0 controls other than tab/newline/return).
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
_SPACES = re.compile(r"[ \t\r\f\v\u00a0]+")
_BLOCKS = {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table",
           "blockquote", "pre", "section", "article", "header", "footer", "dd", "dt", "figcaption", "hr"}
_DROP = ("script", "style", "noscript", "template", "head")
_TAG = re.compile(r"<[^>]*>")
# trafilatura's defaults, plus the time and offset: htmldate keeps only the day unless asked.
_DATE_PARAMS = {"original_date": True, "extensive_search": True, "outputformat": "%Y-%m-%dT%H:%M:%S%z"}


def extract_page(html: bytes, url: str, *, min_chars: int = 200, fast: bool = False, metadata: bool = True,
                 charset: str | None = None) -> Page | Skipped:
    """Main text and metadata of an article page; `Skipped("no_text" | "too_short")` when there is no article.

    `fast` skips trafilatura's fallback extractors (see the benchmark figures in tests/test_extract.py);
    `metadata=False` skips its metadata pass (title, author, date stay None: ~40 % of a fast extraction's CPU);
    `charset` is the Content-Type header's charset, if the response gave one.
    """
    try:
        source = decode_html(html, charset)
        document = trafilatura.bare_extraction(
            source, url=url, fast=fast, with_metadata=metadata,
            include_comments=False,  # reader comments are not the article
            include_tables=True,
            date_extraction_params=_DATE_PARAMS,
        )
    except (MemoryError, RecursionError) as exc:  # a pathological page is an error of that page, not of the run
        raise ExtractError(f"{type(exc).__name__} extracting {url}") from exc
    except Exception as exc:  # noqa: BLE001 - trafilatura and lxml raise many types; one tree for callers
        raise ExtractError(f"{type(exc).__name__}: {exc} extracting {url}") from exc
    if document is None:
        return Skipped("no_text")
    text = (document.text or "").strip()
    if not text:
        return Skipped("no_text")
    if len(text) < min_chars:
        return Skipped("too_short", detail=f"{len(text)} chars < {min_chars}")
    return Page(
        text=text,
        title=_one_line(document.title),
        author=_one_line(document.author),
        published=_utc_date(document.date),
    )


def decode_html(body: bytes, charset: str | None = None) -> str:
    """Bytes → str: UTF-8 when valid, else the HTTP or <meta> charset, else trafilatura's guess."""
    if isinstance(body, str):
        return body
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError:
        pass
    declared = [charset] if charset else []
    match = _META_CHARSET.search(body[:_SNIFF_BYTES])
    if match:
        declared.append(match.group(1).decode("ascii", "ignore"))
    for name in declared:
        # Servers say latin-1 and mean windows-1252, as browsers have assumed for decades.
        if name.lower().replace("_", "-") in ("iso-8859-1", "latin-1", "latin1", "us-ascii", "ascii"):
            name = "windows-1252"
        try:
            return body.decode(name)
        except (LookupError, UnicodeDecodeError):
            continue
    # trafilatura's own detection (charset_normalizer); it leaves gzip-looking input to its decompressor.
    return trafilatura.utils.decode_file(body)


def html_to_text(fragment: str) -> str:
    """Plain text of an HTML fragment (a feed summary): tags dropped, entities decoded, one line per block."""
    if not fragment:
        return ""
    fragment = _CONTROL.sub("", fragment)
    if "<" not in fragment:
        return _tidy(htmllib.unescape(fragment))
    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except (lxml.etree.ParserError, ValueError):
        # lxml refuses e.g. a fragment with an XML encoding declaration; tags and entities go the crude way.
        return _tidy(htmllib.unescape(_TAG.sub(" ", fragment)))
    for element in list(root.iter(*_DROP)):
        element.drop_tree()
    for element in root.iter():
        if isinstance(element.tag, str) and element.tag.lower() in _BLOCKS:
            element.tail = "\n" + (element.tail or "")
            if element.tag.lower() != "br":
                element.text = "\n" + (element.text or "")
    return _tidy(root.text_content())


def _tidy(text: str) -> str:
    lines = (_SPACES.sub(" ", line).strip() for line in text.splitlines())
    return "\n".join(line for line in lines if line)


def _one_line(value: str | None) -> str | None:
    if not value:
        return None
    return " ".join(value.split()) or None


def _utc_date(value: str | None) -> datetime | None:
    """htmldate's date string → UTC; a page that gives only a day (or no offset) is read as UTC."""
    if not value:
        return None
    try:
        parsed = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=timezone.utc)
    return parsed.astimezone(timezone.utc)
