"""All of newswatch's HTTP: one pooled client with wall-clock deadlines, decompressed-size caps, conditional GET, hop-by-hop redirects, per-host politeness and an SSRF guard on the address actually connected to."""
from __future__ import annotations

import email.utils
import ssl
import threading
import time
import zlib
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from datetime import datetime, timezone
from http import HTTPStatus
from http.cookiejar import CookieJar, DefaultCookiePolicy

import httpx

from pipeline.errors import (
    DeadlineError,
    FetchError,
    HTTPStatusError,
    InvalidURLError,
    ProtocolError,
    TooLargeError,
    TooManyRedirectsError,
)
from pipeline.models import Response
from pipeline.netguard import (  # noqa: F401  (blocked_reason, redact: part of this module's API)
    GuardedBackend,
    GuardedTransport,
    Resolver,
    blocked_reason,
    check_url,
    deadline_scope,
    redact,
    system_resolver,
)

DEFAULT_USER_AGENT = "newswatch/0.1 (+https://github.com/newswatch/newswatch; news feed monitor)"

MIB = 1024 * 1024
# kind → (wall-clock deadline in seconds, cap on the decompressed body in bytes)
DEFAULT_LIMITS: dict[str, tuple[float, int]] = {
    "feed": (20.0, 15 * MIB),
    "page": (30.0, 20_000_000),
}
ACCEPT = {
    "feed": "application/rss+xml, application/atom+xml, application/rdf+xml;q=0.9, "
            "application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5",
    "page": "text/html, application/xhtml+xml;q=0.9, */*;q=0.5",
}
# Only encodings we decompress ourselves, so the size cap holds inside the decompressor.
ACCEPT_ENCODING = "gzip, deflate"
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})

# -- expected header values (pure) --------------------------------------------------------------------


def parse_retry_after(value: str | None, now: datetime) -> float | None:
    """Retry-After as seconds from `now` (a tz-aware datetime): either delay-seconds or an HTTP-date; None when absent or unreadable."""
    if value is None:
        return None
    value = value.strip()
    if value.isdigit():
        return float(int(value))
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:   # RFC 9110 dates are GMT; an old "-0000" form parses naive
        when = when.replace(tzinfo=timezone.utc)
    return max(0.0, (when - now).total_seconds())


def parse_cache_max_age(headers: Mapping[str, str]) -> int | None:
    """Cache-Control max-age in seconds, or None when there is none (or no-store / no-cache say not to rely on it)."""
    value = next((v for k, v in headers.items() if k.lower() == "cache-control"), None)
    if not value:
        return None
    max_age = None
    for directive in value.split(","):
        name, _, arg = directive.strip().partition("=")
        name = name.strip().lower()
        if name in ("no-store", "no-cache"):
            return None
        if name == "max-age":
            arg = arg.strip().strip('"')
            if not arg.isdigit():
                return None
            max_age = int(arg)
    return max_age


# -- reading a body under a cap -------------------------------------------------------------------------


class _Inflater:
    """gzip/deflate with an output limit per call, so a bomb never expands past the cap in memory."""

    def __init__(self, encoding: str):
        self._encoding = encoding
        self._z = zlib.decompressobj(zlib.MAX_WBITS | 16 if encoding in ("gzip", "x-gzip") else zlib.MAX_WBITS)
        self._started = False

    def decompress(self, data: bytes, max_length: int) -> bytes:
        try:
            out = self._z.decompress(data, max_length)
        except zlib.error:
            if self._encoding != "deflate" or self._started:
                raise
            # "deflate" is sent both zlib-wrapped (the standard) and raw (old IIS); retry raw.
            self._z = zlib.decompressobj(-zlib.MAX_WBITS)
            out = self._z.decompress(data, max_length)
        self._started = True
        return out

    @property
    def unconsumed_tail(self) -> bytes:
        return self._z.unconsumed_tail

    def flush(self) -> bytes:
        return self._z.flush()


_INFLATE_STEP = 256 * 1024


def _read_capped(chunks: Iterable[bytes], encoding: str, cap: int, url: str, deadline: float) -> bytes:
    shown = redact(url)

    def too_large() -> TooLargeError:
        return TooLargeError(
            f"{shown}: the body is larger than the {_size(cap)} cap (after decompression); stopped reading", url=shown
        )

    inflater = _Inflater(encoding) if encoding else None
    # A list of pieces, not a growing bytearray: resizing would briefly hold two copies near the cap.
    pieces: list[bytes] = []
    total = 0
    try:
        for chunk in chunks:
            if inflater is None:
                pieces.append(chunk)
                total += len(chunk)
            else:
                data = chunk
                while data:
                    # Small steps: zlib builds each result in blocks and then copies them into one bytes object.
                    piece = inflater.decompress(data, min(cap - total + 1, _INFLATE_STEP))
                    pieces.append(piece)
                    total += len(piece)
                    if total > cap:
                        raise too_large()
                    data = inflater.unconsumed_tail
            if total > cap:
                raise too_large()
            if time.monotonic() > deadline:
                raise DeadlineError(f"{shown}: the body was still arriving at the deadline; the server is too slow", url=shown)
        if inflater is not None:
            piece = inflater.flush()
            pieces.append(piece)
            total += len(piece)
    except zlib.error as exc:
        raise ProtocolError(f"{shown}: the body is not valid {encoding} ({exc})", url=shown) from None
    if total > cap:
        raise too_large()
    return b"".join(pieces)


def _size(n: int) -> str:
    return f"{n / MIB:g} MiB" if n % MIB == 0 else f"{n / 1e6:g} MB"


# -- the fetcher ----------------------------------------------------------------------------------------


class Fetcher:
    """One shared, thread-safe HTTP client for feeds and pages. `get()` returns a `Response` or raises a FetchError."""

    def __init__(
        self,
        *,
        user_agent: str = DEFAULT_USER_AGENT,
        connect_timeout_s: float = 10.0,
        feed_deadline_s: float = DEFAULT_LIMITS["feed"][0],
        page_deadline_s: float = DEFAULT_LIMITS["page"][0],
        feed_max_bytes: int = DEFAULT_LIMITS["feed"][1],
        page_max_bytes: int = DEFAULT_LIMITS["page"][1],
        max_redirects: int = 5,
        per_host_limit: int = 2,
        allow_private_networks: bool = False,
        allowed_addresses: Iterable[str] = (),
        resolver: Resolver | None = None,
        now: Callable[[], datetime] | None = None,
        max_connections: int = 64,
        verify: bool | ssl.SSLContext = True,
    ):
        """`max_connections` caps the keep-alive connections kept open over all hosts: those of the
        max_connections // per_host_limit hosts used last (see netguard.GuardedTransport);
        `allowed_addresses` lets specific non-public IPs through the guard (tests, a known intranet host);
        `resolver(host, port) -> [ip, ...]` replaces DNS (tests); `now` gives the time Retry-After dates are read against;
        `verify` is True (certifi's CAs) or an `ssl.SSLContext` (tests with their own CA)."""
        self.user_agent = user_agent
        self.connect_timeout_s = connect_timeout_s
        self.limits = {"feed": (feed_deadline_s, feed_max_bytes), "page": (page_deadline_s, page_max_bytes)}
        self.max_redirects = max_redirects
        self.per_host_limit = per_host_limit
        self.allow_private_networks = allow_private_networks
        self._now = now or (lambda: datetime.now(timezone.utc))
        self._slots: dict[str, threading.BoundedSemaphore] = {}
        self._slots_lock = threading.Lock()
        backend = GuardedBackend(
            allow_private=allow_private_networks,
            allowed_addresses=allowed_addresses,
            resolver=resolver or system_resolver,
        )
        self._client = httpx.Client(
            transport=GuardedTransport(backend, verify=verify, per_origin=per_host_limit,
                                       max_origins=max(1, max_connections // max(1, per_host_limit))),
            headers={"User-Agent": user_agent, "Accept-Encoding": ACCEPT_ENCODING},
            follow_redirects=False,   # followed hop by hop below, so every hop is checked and counted
            trust_env=False,          # an environment proxy would make the guard check the proxy, not the site
            cookies=CookieJar(policy=DefaultCookiePolicy(allowed_domains=[])),   # stateless: no cookie carries over between feeds
        )

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def get(self, url: str, *, kind: str = "feed", etag: str | None = None, last_modified: str | None = None) -> Response:
        """GET `url` within the limits of `kind` ("feed" or "page"). Sends If-None-Match / If-Modified-Since when given;
        a 304 comes back as a Response with status 304 and an empty body; other 4xx/5xx raise HTTPStatusError."""
        if kind not in self.limits:
            raise ValueError(f"kind must be one of {sorted(self.limits)}, not {kind!r}")
        deadline_s, cap = self.limits[kind]
        started = time.monotonic()
        deadline = started + deadline_s
        headers = {"Accept": ACCEPT[kind]}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified

        current = check_url(url)
        visited = {str(current)}
        with deadline_scope(deadline):
            for hop in range(self.max_redirects + 1):
                status, resp_headers, body, location = self._hop(current, headers, cap, deadline)
                if location is None:
                    break
                try:
                    target = check_url(current.join(location))
                except (InvalidURLError, httpx.InvalidURL):
                    raise InvalidURLError(
                        f"{redact(str(current))} redirects to an unparseable Location; the site is misconfigured",
                        url=redact(url),
                    ) from None
                if hop == self.max_redirects:
                    raise TooManyRedirectsError(
                        f"{redact(url)}: more than {self.max_redirects} redirects; use the final URL or drop the feed",
                        url=redact(url),
                    )
                if str(target) in visited:
                    raise TooManyRedirectsError(
                        f"{redact(url)}: redirect loop ({redact(str(current))} sends back to {redact(str(target))})",
                        url=redact(url),
                    )
                visited.add(str(target))
                current = target

        if status >= 300 and status != 304:   # 3xx left here had no Location to follow
            raise self._status_error(url, str(current), status, resp_headers)
        return Response(
            url=url,
            final_url=str(current),
            status=status,
            headers=resp_headers,
            body=body,
            elapsed_s=time.monotonic() - started,
        )

    # One request/response exchange with one host, under that host's politeness slot.
    def _hop(self, url: httpx.URL, headers: dict[str, str], cap: int, deadline: float):
        shown = redact(str(url))
        with self._host_slot(url.host, deadline, shown):
            remaining = max(0.001, deadline - time.monotonic())
            timeout = httpx.Timeout(
                connect=min(self.connect_timeout_s, remaining), read=remaining, write=remaining, pool=remaining
            )
            try:
                request = self._client.build_request("GET", url, headers=headers, timeout=timeout)
                response = self._client.send(request, stream=True)
            except httpx.HTTPError as exc:   # what the client itself raises (e.g. an unsupported protocol)
                raise FetchError(f"{shown}: {type(exc).__name__}: {exc}", url=shown) from None
            try:
                resp_headers = dict(response.headers.items())   # lower-cased names, repeats joined by ", "
                status = response.status_code
                if status in REDIRECT_STATUSES and "location" in resp_headers:
                    return status, resp_headers, b"", resp_headers["location"]
                if status == 304 or status >= 300:
                    return status, resp_headers, b"", None
                length = resp_headers.get("content-length", "")
                if length.isdigit() and int(length) > cap:
                    raise TooLargeError(
                        f"{shown}: Content-Length {int(length)} is over the {_size(cap)} cap; not downloaded", url=shown
                    )
                encoding = resp_headers.get("content-encoding", "").strip().lower()
                if encoding in ("", "identity"):
                    encoding = ""
                elif encoding not in ("gzip", "x-gzip", "deflate"):
                    raise ProtocolError(
                        f"{shown}: unsupported Content-Encoding {encoding!r} (asked for {ACCEPT_ENCODING})", url=shown
                    )
                body = _read_capped(response.iter_raw(), encoding, cap, str(url), deadline)
                return status, resp_headers, body, None
            except httpx.HTTPError as exc:
                raise FetchError(f"{shown}: {type(exc).__name__}: {exc}", url=shown) from None
            finally:
                response.close()

    @contextmanager
    def _host_slot(self, host: str, deadline: float, shown: str) -> Iterator[None]:
        with self._slots_lock:
            slot = self._slots.setdefault(host, threading.BoundedSemaphore(self.per_host_limit))
        if not slot.acquire(timeout=max(0.0, deadline - time.monotonic())):
            raise DeadlineError(
                f"{shown}: waited the whole deadline for one of the {self.per_host_limit} slots for host {host}; "
                "that host is slow — fewer feeds on it or a longer deadline will help",
                url=shown,
            )
        try:
            yield
        finally:
            slot.release()

    def _status_error(self, url: str, final_url: str, status: int, headers: dict[str, str]) -> HTTPStatusError:
        retry_after = parse_retry_after(headers.get("retry-after"), self._now())
        try:
            phrase = HTTPStatus(status).phrase
        except ValueError:
            phrase = "unknown status"
        advice = _STATUS_ADVICE.get(status) or ("the server failed; will retry later" if status >= 500 else "check the URL")
        if status < 400:
            advice = "a redirect without a Location header; the site is misconfigured"
        if retry_after is not None:
            advice += f"; the server asks to retry after {retry_after:g} s"
        shown = redact(final_url)
        return HTTPStatusError(f"{shown} answered {status} {phrase}: {advice}", url=redact(url), status=status, retry_after=retry_after)


_STATUS_ADVICE = {
    401: "the site wants a login; newswatch does not log in, drop or replace the URL",
    403: "the site refuses newswatch; check the URL or drop it",
    404: "not found; check the URL",
    410: "gone for good; disable the feed",
    429: "rate limited; poll less often",
    503: "temporarily unavailable; will retry later",
}
