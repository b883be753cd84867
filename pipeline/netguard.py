"""The SSRF guard and the socket-level deadline under fetch.py: which addresses a URL may reach, checked on the address actually connected to, at every hop."""
from __future__ import annotations

import ipaddress
import re
import socket
import ssl
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import httpcore
import httpx

from pipeline.errors import (
    BlockedURLError,
    ConnectFailedError,
    DeadlineError,
    FetchError,
    FetchTimeoutError,
    InvalidURLError,
    ProtocolError,
)

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
def deadline_scope(deadline: float) -> Iterator[None]:
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


class GuardedBackend(httpcore.NetworkBackend):
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
    def __init__(self, inner: Iterable[bytes], url: str, on_close: Callable[[], None] | None = None):
        self._inner, self._url, self._on_close = inner, url, on_close

    def __iter__(self) -> Iterator[bytes]:
        try:
            yield from self._inner
        except _HTTPCORE_ERRORS as exc:
            raise _translate(exc, self._url) from None

    def close(self) -> None:
        try:
            close = getattr(self._inner, "close", None)
            if close:
                close()
        finally:
            if self._on_close is not None:
                self._on_close()
                self._on_close = None


class _OriginPool:
    def __init__(self, pool: httpcore.ConnectionPool):
        self.pool = pool
        self.in_flight = 0


class GuardedTransport(httpx.BaseTransport):
    """httpcore connection pools through the guarded backend: one small pool per origin (scheme, host, port).

    Not one shared pool: httpcore's pool scans all its connections, quadratically, on every request and every
    release, and when it is full it closes another host's idle connection to open one, so with more hosts than
    pooled connections every request paid a new connection (a TLS handshake on the web). Each origin keeps up
    to `per_origin` connections (the Fetcher never has more requests in flight to one host); the pools of the
    `max_origins` most recently used origins are kept, an older one is closed once nothing of it is in flight.
    """

    def __init__(self, backend: httpcore.NetworkBackend, *, verify: bool | ssl.SSLContext, per_origin: int = 2,
                 max_origins: int = 32):
        self._backend = backend
        self._ssl_context = httpx.create_ssl_context(verify=verify)
        self._per_origin = max(1, per_origin)
        self._max_origins = max(1, max_origins)
        self._pools: dict[tuple, _OriginPool] = {}     # insertion order = least recently used first
        self._lock = threading.Lock()

    def _checkout(self, origin: tuple) -> _OriginPool:
        closing = []
        with self._lock:
            entry = self._pools.pop(origin, None)
            if entry is None:
                entry = _OriginPool(httpcore.ConnectionPool(
                    ssl_context=self._ssl_context,
                    max_connections=self._per_origin,
                    max_keepalive_connections=self._per_origin,
                    keepalive_expiry=30.0,
                    network_backend=self._backend,
                ))
            self._pools[origin] = entry          # most recently used: last
            entry.in_flight += 1
            if len(self._pools) > self._max_origins:
                for key, old in list(self._pools.items()):
                    if len(self._pools) <= self._max_origins:
                        break
                    if old.in_flight == 0:
                        del self._pools[key]
                        closing.append(old.pool)
        for pool in closing:                     # socket I/O outside the lock
            pool.close()
        return entry

    def _release(self, entry: _OriginPool) -> None:
        with self._lock:
            entry.in_flight -= 1

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
        entry = self._checkout((request.url.raw_scheme, request.url.raw_host, request.url.port))
        try:
            resp = entry.pool.handle_request(req)
        except _HTTPCORE_ERRORS as exc:
            self._release(entry)
            raise _translate(exc, url) from None
        except BaseException:
            self._release(entry)
            raise
        return httpx.Response(
            status_code=resp.status,
            headers=resp.headers,
            stream=_TranslatingStream(resp.stream, url, on_close=lambda: self._release(entry)),
            extensions=resp.extensions,
        )

    def close(self) -> None:
        with self._lock:
            pools, self._pools = list(self._pools.values()), {}
        for entry in pools:
            entry.pool.close()
