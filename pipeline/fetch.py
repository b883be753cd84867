"""All of newswatch's HTTP: one pooled client with wall-clock deadlines, decompressed-size caps, conditional GET, hop-by-hop redirects, per-host politeness and an SSRF guard on the address actually connected to."""
from __future__ import annotations

import email.utils
import ipaddress
import re
import socket
import ssl
import threading
import time
import zlib
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from datetime import datetime, timezone
from http import HTTPStatus
from http.cookiejar import CookieJar, DefaultCookiePolicy
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import httpcore
import httpx

from pipeline.errors import (
    BlockedURLError,
    ConnectFailedError,
    DeadlineError,
    FetchError,
    FetchTimeoutError,
    HTTPStatusError,
    InvalidURLError,
    ProtocolError,
    TooLargeError,
    TooManyRedirectsError,
)
from pipeline.models import Response

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

# -- what a URL may point at (pure) -------------------------------------------------------------------

# Checked in order; the first match names the reason. `is_global` alone is not enough:
# it calls multicast global, and its tables changed between Python releases.
_BLOCKED_NETWORKS: tuple[tuple[ipaddress.IPv4Network | ipaddress.IPv6Network, str], ...] = tuple(
    (ipaddress.ip_network(net), reason)
    for net, reason in (
        ("0.0.0.0/8", "unspecified"),
        ("127.0.0.0/8", "loopback"),
        ("10.0.0.0/8", "private"),
        ("172.16.0.0/12", "private"),
        ("192.168.0.0/16", "private"),
        ("100.64.0.0/10", "CGNAT"),
        ("169.254.0.0/16", "link-local"),
        ("192.0.0.0/24", "reserved"),
        ("198.18.0.0/15", "reserved"),
        ("224.0.0.0/4", "multicast"),
        ("240.0.0.0/4", "reserved"),
        ("::/128", "unspecified"),
        ("::1/128", "loopback"),
        ("::ffff:0:0/96", "IPv4-mapped IPv6"),
        ("::/96", "IPv4-compatible IPv6"),
        ("64:ff9b::/96", "NAT64"),
        ("64:ff9b:1::/48", "NAT64"),
        ("fc00::/7", "private"),
        ("fe80::/10", "link-local"),
        ("fec0::/10", "site-local"),
        ("ff00::/8", "multicast"),
    )
)


def blocked_reason(ip: str) -> str | None:
    """Why the guard refuses to connect to `ip` ("loopback", "CGNAT", ...), or None when it is a public address."""
    try:
        addr = ipaddress.ip_address(ip.split("%", 1)[0])   # drop an IPv6 zone id ("fe80::1%eth0")
    except ValueError:
        return "not an IP address"
    for net, reason in _BLOCKED_NETWORKS:
        if addr.version == net.version and addr in net:
            return reason
    if isinstance(addr, ipaddress.IPv6Address) and addr.sixtofour is not None:
        # 6to4 embeds an IPv4 address that a relay would reach for us.
        inner = blocked_reason(str(addr.sixtofour))
        if inner:
            return f"6to4 of a {inner} address"
    if not addr.is_global:
        return "not globally routable"
    return None


def redact(url: str) -> str:
    """`url` without credentials and with secret-looking query values masked, for messages and rows."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return "<unparseable URL>"
    netloc = parts.netloc.rsplit("@", 1)[-1]
    if "@" in parts.netloc:
        netloc = "***@" + netloc
    query = parts.query
    if query:
        pairs = parse_qsl(query, keep_blank_values=True)
        if any(_looks_secret(k) for k, _ in pairs):
            query = urlencode([(k, "***" if _looks_secret(k) else v) for k, v in pairs])
    return urlunsplit((parts.scheme, netloc, parts.path, query, ""))


_SECRET_WORDS = ("key", "token", "secret", "password", "passwd", "sig", "auth", "session")


def _looks_secret(name: str) -> bool:
    name = name.lower()
    return any(word in name for word in _SECRET_WORDS)


# After IDNA encoding a host is letters, digits, "-", "." (and "_", seen in the wild), or an IPv6 literal.
_HOST = re.compile(r"[A-Za-z0-9._-]+|[0-9A-Fa-f:.]+(%[A-Za-z0-9]+)?")


def check_url(url: str | httpx.URL) -> httpx.URL:
    """Parse `url` and refuse what is never fetched: other schemes, credentials, no host. Addresses are checked at connect time."""
    try:
        parsed = url if isinstance(url, httpx.URL) else httpx.URL(url)
    except (httpx.InvalidURL, TypeError, ValueError) as exc:
        raise InvalidURLError(f"cannot parse URL {redact(str(url))!r}: {exc}; fix it in the feed list", url=redact(str(url))) from None
    shown = redact(str(parsed))
    if parsed.scheme not in ("http", "https"):
        raise BlockedURLError(
            f"{shown}: only http and https URLs are fetched, not {parsed.scheme or 'a relative URL'}", url=shown
        )
    if parsed.userinfo:
        raise BlockedURLError(
            f"{shown}: URLs with credentials (user:password@host) are never fetched; remove them from the URL", url=shown
        )
    if not parsed.host:
        raise InvalidURLError(f"{shown}: the URL has no host", url=shown)
    if not _HOST.fullmatch(parsed.raw_host.decode("ascii", "replace")):
        raise InvalidURLError(f"{shown}: {parsed.host!r} is not a valid host name", url=shown)
    return parsed


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


# -- the wall-clock deadline, seen from the socket layer ----------------------------------------------

# httpx's timeouts are per network operation; the deadline must bound the sum. Each thread runs one
# request at a time, so the current request's deadline lives in a thread-local that the socket
# wrapper below reads before every connect, read and write.
_local = threading.local()


def _remaining() -> float | None:
    deadline = getattr(_local, "deadline", None)
    return None if deadline is None else deadline - time.monotonic()


def _bounded(timeout: float | None, exc: type[Exception]) -> float | None:
    remaining = _remaining()
    if remaining is None:
        return timeout
    if remaining <= 0:
        raise exc("deadline reached")
    return remaining if timeout is None else min(timeout, remaining)


@contextmanager
def _deadline_scope(deadline: float) -> Iterator[None]:
    _local.deadline = deadline
    try:
        yield
    finally:
        _local.deadline = None


class _DeadlineStream(httpcore.NetworkStream):
    def __init__(self, inner: httpcore.NetworkStream):
        self._inner = inner

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._inner.read(max_bytes, _bounded(timeout, httpcore.ReadTimeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._inner.write(buffer, _bounded(timeout, httpcore.WriteTimeout))

    def close(self) -> None:
        self._inner.close()

    def start_tls(self, ssl_context, server_hostname=None, timeout=None) -> httpcore.NetworkStream:
        return _DeadlineStream(
            self._inner.start_tls(ssl_context, server_hostname, _bounded(timeout, httpcore.ConnectTimeout))
        )

    def get_extra_info(self, info: str):
        return self._inner.get_extra_info(info)


Resolver = Callable[[str, int], list[str]]


def system_resolver(host: str, port: int) -> list[str]:
    """Every address `host` resolves to, in the order the system prefers."""
    seen: list[str] = []
    for *_, sockaddr in socket.getaddrinfo(host, port, type=socket.SOCK_STREAM):
        if sockaddr[0] not in seen:
            seen.append(sockaddr[0])
    return seen


class _GuardedBackend(httpcore.NetworkBackend):
    """Resolves the host itself, checks every address, and connects only to a checked literal address.

    The URL is untouched, so the Host header and TLS SNI stay the hostname. Because the check runs on
    the very address handed to connect(), DNS rebinding between a check and the connection is impossible.
    """

    def __init__(self, *, allow_private: bool, allowed_addresses: Iterable[str], resolver: Resolver):
        self._inner = httpcore.SyncBackend()
        self._allow_private = allow_private
        self._allowed = frozenset(str(ipaddress.ip_address(a)) for a in allowed_addresses)
        self._resolve = resolver

    def connect_tcp(self, host, port, timeout=None, local_address=None, socket_options=None):
        try:
            addresses = self._resolve(host, port)
        except (OSError, UnicodeError) as exc:
            raise httpcore.ConnectError(f"cannot resolve host {host}: {exc}") from None
        if not addresses:
            raise httpcore.ConnectError(f"host {host} resolves to no address")
        if not self._allow_private:
            # One bad address blocks the host: a name answering both public and private addresses
            # is what a rebinding attack looks like.
            for ip in addresses:
                reason = blocked_reason(ip)
                if reason and str(ipaddress.ip_address(ip.split("%", 1)[0])) not in self._allowed:
                    raise _Blocked(host, ip, reason)
        last: Exception | None = None
        for ip in addresses:
            try:
                stream = self._inner.connect_tcp(
                    ip, port, _bounded(timeout, httpcore.ConnectTimeout), local_address, socket_options
                )
            except httpcore.ConnectError as exc:
                last = exc
                continue
            return _DeadlineStream(stream)
        assert last is not None
        raise last

    def connect_unix_socket(self, path, timeout=None, socket_options=None):
        raise httpcore.ConnectError("unix sockets are never used by newswatch")

    def sleep(self, seconds: float) -> None:
        time.sleep(seconds)


class _Blocked(Exception):
    """Raised inside httpcore by the guard; turned into BlockedURLError with the URL once outside."""

    def __init__(self, host: str, ip: str, reason: str):
        super().__init__(host, ip, reason)
        self.host, self.ip, self.reason = host, ip, reason


# -- transport: httpcore pool + guarded backend, errors translated into our tree ----------------------


def _translate(exc: Exception, url: str) -> FetchError:
    shown = redact(url)
    remaining = _remaining()
    if isinstance(exc, _Blocked):
        return BlockedURLError(
            f"{shown}: host {exc.host} resolves to {exc.ip} ({exc.reason}); private networks are not fetched "
            "unless allow_private_networks is set (NEWSWATCH_ALLOW_PRIVATE_NETWORKS=1)",
            url=shown,
        )
    if isinstance(exc, httpcore.TimeoutException):
        if remaining is not None and remaining <= 0.05:
            return DeadlineError(f"{shown}: no complete answer within the deadline; the server is slow or stalled", url=shown)
        step = "connecting" if isinstance(exc, httpcore.ConnectTimeout) else "waiting for data"
        return FetchTimeoutError(f"{shown}: timed out while {step}; the server may be down", url=shown)
    if isinstance(exc, httpcore.ConnectError):
        return ConnectFailedError(f"{shown}: cannot connect ({exc}); check the host name and that the site is up", url=shown)
    if isinstance(exc, httpcore.UnsupportedProtocol):
        return InvalidURLError(f"{shown}: {exc}", url=shown)
    if isinstance(exc, (httpcore.ProtocolError, httpcore.NetworkError)):
        return ProtocolError(f"{shown}: the connection broke or the server sent invalid HTTP ({exc})", url=shown)
    return FetchError(f"{shown}: {type(exc).__name__}: {exc}", url=shown)


_HTTPCORE_ERRORS = (
    _Blocked, httpcore.TimeoutException, httpcore.NetworkError, httpcore.ProtocolError,
    httpcore.UnsupportedProtocol, httpcore.ProxyError,
)


class _TranslatingStream(httpx.SyncByteStream):
    def __init__(self, inner: Iterable[bytes], url: str):
        self._inner, self._url = inner, url

    def __iter__(self) -> Iterator[bytes]:
        try:
            yield from self._inner
        except _HTTPCORE_ERRORS as exc:
            raise _translate(exc, self._url) from None

    def close(self) -> None:
        close = getattr(self._inner, "close", None)
        if close:
            close()


class _GuardedTransport(httpx.BaseTransport):
    def __init__(self, backend: httpcore.NetworkBackend, *, verify: bool | ssl.SSLContext, max_connections: int):
        self._pool = httpcore.ConnectionPool(
            ssl_context=httpx.create_ssl_context(verify=verify),
            max_connections=max_connections,
            max_keepalive_connections=max_connections,
            keepalive_expiry=30.0,
            network_backend=backend,
        )

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        url = str(request.url)
        req = httpcore.Request(
            method=request.method,
            url=httpcore.URL(
                scheme=request.url.raw_scheme,
                host=request.url.raw_host,
                port=request.url.port,
                target=request.url.raw_path,
            ),
            headers=request.headers.raw,
            content=request.stream,
            extensions=request.extensions,
        )
        try:
            resp = self._pool.handle_request(req)
        except _HTTPCORE_ERRORS as exc:
            raise _translate(exc, url) from None
        return httpx.Response(
            status_code=resp.status,
            headers=resp.headers,
            stream=_TranslatingStream(resp.stream, url),
            extensions=resp.extensions,
        )

    def close(self) -> None:
        self._pool.close()


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
        max_connections: int = 32,
        verify: bool | ssl.SSLContext = True,
    ):
        """`allowed_addresses` lets specific non-public IPs through the guard (tests, a known intranet host);
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
        backend = _GuardedBackend(
            allow_private=allow_private_networks,
            allowed_addresses=allowed_addresses,
            resolver=resolver or system_resolver,
        )
        self._client = httpx.Client(
            transport=_GuardedTransport(backend, verify=verify, max_connections=max_connections),
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
        with _deadline_scope(deadline):
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
