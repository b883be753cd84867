"""Canonical URLs and ids derived from content (pure): the same article through two feeds or two URLs is one row."""
from __future__ import annotations

import hashlib
import re
import unicodedata
from urllib.parse import urlsplit, urlunsplit

from courlan import normalize_url

# courlan (a trafilatura dependency, maintained with it) knows the tracking parameters
# (utm_*, fbclid, gclid, xtor, mc_cid, ...) from AdGuard's and ClearURLs' lists; we add
# what it leaves: fragments, a leading "www.", and an empty query.
_WS = re.compile(r"\s+")


def canonical_url(url: str) -> str:
    """Normalize a URL for identity: lower-case host without www. and default port, no trackers, no fragment, sorted query."""
    url = url.strip()
    try:
        norm = normalize_url(url, strict=False)
    except (ValueError, AttributeError):
        norm = url
    parts = urlsplit(norm)
    host = parts.netloc
    if host.startswith("www."):
        host = host[4:]
    path = parts.path or "/"
    return urlunsplit((parts.scheme, host, path, parts.query, ""))


def url_key(url: str) -> str:
    """The identity of an article URL: its canonical form without the scheme (http and https are one article)."""
    canon = canonical_url(url)
    return canon.split("://", 1)[-1]


def sha(text: str, n: int = 16) -> str:
    """A short, stable hex digest (blake2b) of a string: ids derived from content."""
    return hashlib.blake2b(text.encode("utf-8"), digest_size=n).hexdigest()


def article_id(url: str) -> str:
    return sha(url_key(url))


def feed_id(url: str) -> str:
    return sha(url.strip(), 8)


def content_hash(text: str) -> str:
    """Hash of the text with case, accents-as-composed and whitespace normalized: a re-published identical text has the same hash."""
    norm = unicodedata.normalize("NFC", text)
    norm = _WS.sub(" ", norm).strip().casefold()
    return sha(norm)
