"""A threaded HTTP server on a loopback address for tests: static routes, handlers, conditional GET, redirects, gzip, drips and silences."""
from __future__ import annotations

import email.utils
import gzip
import ssl
import threading
import zlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qsl, urlsplit


@dataclass(frozen=True)
class Request:
    """One request the server received."""

    method: str
    path: str                         # without the query string
    headers: dict[str, str]           # lower-cased names
    query: dict[str, str]             # last value wins for repeated keys
    body: bytes = b""


@dataclass
class Reply:
    """What a handler answers. `body` is bytes, or an iterator of chunks streamed with `delay_s` between them.

    `hang_s` waits before sending anything at all (a silent server). Waits end early when the server stops,
    so a test never leaves a sleeping thread behind.
    """

    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes | Iterable[bytes] = b""
    delay_s: float = 0.0
    hang_s: float = 0.0


Handler = Callable[[Request], Reply]


class LoopbackServer:
    """`with LoopbackServer() as srv:` serves routes on 127.0.0.1 (or another loopback address) on a free port."""

    def __init__(self, host: str = "127.0.0.1", tls: ssl.SSLContext | None = None):
        """`tls` (a server-side SSLContext with its certificate loaded) serves HTTPS instead of HTTP."""
        self.host = host
        self.tls = tls
        self.requests: list[Request] = []
        self._routes: dict[str, Handler] = {}
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        self._httpd: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    # -- lifecycle -------------------------------------------------------------------------------

    def start(self) -> LoopbackServer:
        server = self

        class _Handler(_RequestHandler):
            owner = server

        httpd = _QuietServer((self.host, 0), _Handler)
        httpd.daemon_threads = True   # a handler stuck in a drip must not block stop()
        if self.tls is not None:
            # Handshake in the handler thread, not in accept(), so one silent client cannot stall the server.
            httpd.socket = self.tls.wrap_socket(httpd.socket, server_side=True, do_handshake_on_connect=False)
        self._httpd = httpd
        self._thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stopping.set()   # wakes handlers that hang or drip
        if self._httpd is not None:
            self._httpd.shutdown()
            self._httpd.server_close()
            self._httpd = None

    def __enter__(self) -> LoopbackServer:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()

    @property
    def port(self) -> int:
        assert self._httpd is not None, "start the server first"
        return self._httpd.server_address[1]

    def url(self, path: str = "/", host: str | None = None) -> str:
        """The URL of `path`; `host` replaces the address (e.g. a name a test resolver maps to it)."""
        scheme = "https" if self.tls else "http"
        return f"{scheme}://{host or self.host}:{self.port}{path}"

    # -- routes ----------------------------------------------------------------------------------

    def route(
        self,
        path: str,
        body: bytes | str = b"",
        status: int = 200,
        headers: dict[str, str] | None = None,
        *,
        handler: Handler | None = None,
        etag: str | None = None,
        last_modified: str | None = None,
        gzip_body: bool = False,
    ) -> None:
        """Serve `body` at `path` (or call `handler`). With `etag`/`last_modified` the route answers 304
        to a matching If-None-Match / If-Modified-Since; with `gzip_body` the body goes out gzip-encoded."""
        if handler is None:
            handler = static(body, status, headers, etag=etag, last_modified=last_modified, gzip_body=gzip_body)
        with self._lock:
            self._routes[path] = handler

    def redirect(self, path: str, location: str, status: int = 302) -> None:
        self.route(path, handler=redirect(location, status))

    def requests_to(self, path: str) -> list[Request]:
        with self._lock:
            return [r for r in self.requests if r.path == path]

    def _record(self, request: Request) -> Handler | None:
        with self._lock:
            self.requests.append(request)
            return self._routes.get(request.path)

    def _wait(self, seconds: float) -> bool:
        """Sleep up to `seconds`; False when the server is stopping."""
        return not self._stopping.wait(seconds)


class _QuietServer(ThreadingHTTPServer):
    def handle_error(self, request, client_address) -> None:
        # Clients in these tests hang up on purpose (deadlines, size caps): that is not a server error.
        pass


class _RequestHandler(BaseHTTPRequestHandler):
    owner: LoopbackServer
    protocol_version = "HTTP/1.1"   # keep-alive, so the client's connection pool is exercised

    def log_message(self, format, *args) -> None:
        pass

    def do_GET(self) -> None:
        self._serve()

    def do_HEAD(self) -> None:
        self._serve()

    def do_POST(self) -> None:
        self._serve()

    def _serve(self) -> None:
        parts = urlsplit(self.path)
        length = int(self.headers.get("Content-Length") or 0)
        request = Request(
            method=self.command,
            path=parts.path,
            headers={k.lower(): v for k, v in self.headers.items()},
            query=dict(parse_qsl(parts.query, keep_blank_values=True)),
            body=self.rfile.read(length) if length else b"",
        )
        handler = self.owner._record(request)
        reply = handler(request) if handler else Reply(404, {"Content-Type": "text/plain"}, b"no route\n")
        if reply.hang_s and not self.owner._wait(reply.hang_s):
            self.close_connection = True
            return
        try:
            self._send(reply)
        except (BrokenPipeError, ConnectionResetError):
            self.close_connection = True

    def _send(self, reply: Reply) -> None:
        headers = {k.lower(): v for k, v in reply.headers.items()}
        self.send_response(reply.status)
        for name, value in reply.headers.items():
            self.send_header(name, value)
        if isinstance(reply.body, (bytes, bytearray)):
            if "content-length" not in headers:
                self.send_header("Content-Length", str(len(reply.body)))
            self.end_headers()
            if self.command != "HEAD" and reply.status not in (204, 304):
                self.wfile.write(reply.body)
            return
        # A streamed body with no length is delimited by closing the connection.
        if "content-length" not in headers:
            self.send_header("Connection", "close")
            self.close_connection = True
        self.end_headers()
        self.wfile.flush()
        for i, chunk in enumerate(reply.body):
            if i and reply.delay_s and not self.owner._wait(reply.delay_s):
                break
            self.wfile.write(chunk)
            self.wfile.flush()
        self.close_connection = self.close_connection or "content-length" not in headers


# -- ready-made handlers ---------------------------------------------------------------------------


def static(
    body: bytes | str = b"",
    status: int = 200,
    headers: dict[str, str] | None = None,
    *,
    etag: str | None = None,
    last_modified: str | None = None,
    gzip_body: bool = False,
) -> Handler:
    data = body.encode() if isinstance(body, str) else body
    base = dict(headers or {})
    if gzip_body:
        data = gzip.compress(data)
        base["Content-Encoding"] = "gzip"
    if etag is not None:
        base["ETag"] = etag
    if last_modified is not None:
        base["Last-Modified"] = last_modified

    def handle(req: Request) -> Reply:
        if not_modified(req, etag, last_modified):
            return Reply(304, {k: v for k, v in base.items() if k.lower() in ("etag", "last-modified")})
        return Reply(status, dict(base), data)

    return handle


def not_modified(req: Request, etag: str | None, last_modified: str | None) -> bool:
    """RFC 9110 §13.2.2: If-None-Match wins over If-Modified-Since when both are sent."""
    inm = req.headers.get("if-none-match")
    if inm is not None and etag is not None:
        tags = [t.strip().removeprefix("W/") for t in inm.split(",")]
        return "*" in tags or etag.removeprefix("W/") in tags
    ims = req.headers.get("if-modified-since")
    if ims is not None and last_modified is not None:
        try:
            return email.utils.parsedate_to_datetime(ims) >= email.utils.parsedate_to_datetime(last_modified)
        except (TypeError, ValueError):
            return False
    return False


def redirect(location: str, status: int = 302) -> Handler:
    return lambda req: Reply(status, {"Location": location}, b"")


def silent(seconds: float = 60.0) -> Handler:
    """Accepts the connection and never answers (until the server stops)."""
    return lambda req: Reply(hang_s=seconds)


def drip(data: bytes, interval_s: float = 1.0, headers: dict[str, str] | None = None) -> Handler:
    """Sends headers at once, then one byte every `interval_s`, announcing the full Content-Length."""
    def handle(req: Request) -> Reply:
        hdrs = {"Content-Type": "application/rss+xml", "Content-Length": str(len(data)), **(headers or {})}
        return Reply(200, hdrs, (data[i:i + 1] for i in range(len(data))), delay_s=interval_s)
    return handle


def gzip_stream(total: int, chunk: int = 1 << 20) -> bytes:
    """`total` zero bytes gzip-compressed, built chunk by chunk so the plain bytes never sit in memory."""
    comp = zlib.compressobj(6, zlib.DEFLATED, zlib.MAX_WBITS | 16)
    zeros = bytes(chunk)
    parts = []
    for _ in range(total // chunk):
        parts.append(comp.compress(zeros))
    parts.append(comp.compress(bytes(total % chunk)))
    parts.append(comp.flush())
    return b"".join(parts)


def chunks(size: int, chunk: int = 1 << 20, byte: bytes = b"x") -> Iterator[bytes]:
    """`size` bytes in chunks, for a streamed body with no Content-Length."""
    block = byte * chunk
    sent = 0
    while sent < size:
        n = min(chunk, size - sent)
        yield block[:n]
        sent += n
