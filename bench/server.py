"""The benchmark corpus over HTTP on loopback, run as its own process so it never shares the GIL with the run measured.

    python bench/server.py --seed 1 --feeds 20 --per-feed 100     # prints "PORT <n>" when ready

Serves /feeds/<i>.xml and the article pages of `bench.corpus.Corpus` (built on demand, byte-identical for a
seed) with ETag and Last-Modified: a conditional GET that matches gets a 304 with no body. Keep-alive
(HTTP/1.1) like a real site, one thread per connection. GET /_stats returns the requests counted so far
by kind and status as JSON; GET /_reset zeroes them. The Host header names the site (siteNN.bench.test):
the client maps every name to 127.0.0.1.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import threading
from collections import Counter
from functools import lru_cache
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus import Corpus  # noqa: E402

LAST_MODIFIED = "Mon, 05 Jan 2026 06:00:00 GMT"
_FEED = re.compile(r"^/feeds/(\d+)\.xml$")
_PAGE = re.compile(r"^/(?:en|fr)/(\d+)/(\d+)/article\.html$")


class BenchServer(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 256

    def __init__(self, addr, corpus: Corpus):
        super().__init__(addr, _Handler)
        self.corpus = corpus
        self.stats: Counter = Counter()
        self.lock = threading.Lock()

    def count(self, key: str) -> None:
        with self.lock:
            self.stats[key] += 1

    def handle_error(self, request, client_address) -> None:
        pass   # a client that hangs up is not a server error


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    # TCP_NODELAY, as web servers set it (nginx's tcp_nodelay): without it a keep-alive response, written as
    # headers then body, can wait for the client's delayed ACK (Nagle), which a new connection per request hid.
    disable_nagle_algorithm = True
    server: BenchServer

    def log_message(self, format, *args) -> None:
        pass

    def do_GET(self) -> None:
        path = self.path.split("?", 1)[0]
        if path == "/_stats":
            with self.server.lock:
                return self._reply(200, json.dumps(dict(self.server.stats)).encode(), "application/json")
        if path == "/_reset":
            with self.server.lock:
                self.server.stats.clear()
            return self._reply(200, b"{}", "application/json")
        kind, body, ctype = self._lookup(path)
        if body is None:
            self.server.count(f"{kind}:404")
            return self._reply(404, b"not found\n", "text/plain")
        etag = self.server.corpus.etag(path)
        if self.headers.get("If-None-Match") == etag or self.headers.get("If-Modified-Since") == LAST_MODIFIED:
            self.server.count(f"{kind}:304")
            return self._reply(304, b"", None, etag)
        self.server.count(f"{kind}:200")
        self._reply(200, body, ctype, etag)

    def _lookup(self, path: str):
        c = self.server.corpus
        host = (self.headers.get("Host") or "127.0.0.1").strip()
        m = _FEED.match(path)
        if m and int(m.group(1)) < c.feeds:
            return "feed", _feed(c, int(m.group(1)), host), "application/rss+xml; charset=utf-8"
        m = _PAGE.match(path)
        if m and int(m.group(1)) < c.feeds and int(m.group(2)) < c.per_feed:
            return "page", c.page(int(m.group(1)), int(m.group(2)), f"http://{host}"), "text/html; charset=utf-8"
        return "other", None, None

    def _reply(self, status: int, body: bytes, ctype: str | None, etag: str | None = None) -> None:
        self.send_response(status)
        if ctype:
            self.send_header("Content-Type", ctype)
        if etag:
            self.send_header("ETag", etag)
            self.send_header("Last-Modified", LAST_MODIFIED)
        if status != 304:
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if status != 304:
            self.wfile.write(body)


@lru_cache(maxsize=4096)
def _feed(c: Corpus, feed: int, host: str) -> bytes:
    # A feed links to its pages on its own site; the port is the one the client reached this server on.
    port = host.rsplit(":", 1)[1] if ":" in host else "80"
    return c.feed_xml(feed, f"http://{c.host(feed)}:{port}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--feeds", type=int, default=20)
    ap.add_argument("--per-feed", type=int, default=100)
    ap.add_argument("--hosts", type=int, default=20)
    ap.add_argument("--port", type=int, default=0)
    a = ap.parse_args()
    srv = BenchServer(("127.0.0.1", a.port), Corpus(a.seed, a.feeds, a.per_feed, a.hosts))
    print(f"PORT {srv.server_address[1]}", flush=True)
    try:
        srv.serve_forever(poll_interval=0.2)
    except KeyboardInterrupt:
        pass


if __name__ == "__main__":
    main()
