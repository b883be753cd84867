"""pipeline.fetch against a real HTTP server on loopback: limits, conditional GET, redirects, status errors, politeness, SSRF guard."""
from __future__ import annotations

import shutil
import ssl
import subprocess
import threading
import time
import tracemalloc
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime

import pytest

from loopback import LoopbackServer, Reply, chunks, drip, gzip_stream, silent
from pipeline.errors import (
    BlockedURLError,
    ConnectFailedError,
    DeadlineError,
    FetchError,
    HTTPStatusError,
    InvalidURLError,
    TooLargeError,
    TooManyRedirectsError,
)
from pipeline.fetch import (
    DEFAULT_USER_AGENT,
    Fetcher,
    blocked_reason,
    parse_cache_max_age,
    parse_retry_after,
    redact,
)

RSS = b"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>T</title>
<item><title>One</title><link>https://example.com/1</link></item>
</channel></rss>"""
NOW = datetime(2026, 11, 26, 12, 0, 0, tzinfo=timezone.utc)


@pytest.fixture
def fetcher():
    with Fetcher(allow_private_networks=True, now=lambda: NOW) as f:
        yield f


# -- bodies and conditional GET ------------------------------------------------------------------------


def test_rss_body_is_served_and_read(http_server, fetcher):
    http_server.route("/feed.xml", RSS, headers={"Content-Type": "application/rss+xml"})
    resp = fetcher.get(http_server.url("/feed.xml"))
    assert resp.status == 200
    assert resp.body == RSS
    assert resp.headers["content-type"] == "application/rss+xml"
    assert resp.final_url == resp.url == http_server.url("/feed.xml")
    assert resp.elapsed_s < 5


def test_user_agent_and_accept_are_sent(http_server, fetcher):
    http_server.route("/feed.xml", RSS)
    fetcher.get(http_server.url("/feed.xml"))
    sent = http_server.requests_to("/feed.xml")[0].headers
    assert sent["user-agent"] == DEFAULT_USER_AGENT
    assert "newswatch" in sent["user-agent"] and "https://" in sent["user-agent"]
    assert "rss" in sent["accept"]
    assert sent["accept-encoding"] == "gzip, deflate"


def test_conditional_get_gets_304_with_empty_body(http_server, fetcher):
    lm = "Wed, 25 Nov 2026 10:00:00 GMT"
    http_server.route("/feed.xml", RSS, etag='"v1"', last_modified=lm)
    first = fetcher.get(http_server.url("/feed.xml"))
    assert first.status == 200 and first.body == RSS
    second = fetcher.get(http_server.url("/feed.xml"), etag=first.headers["etag"], last_modified=first.headers["last-modified"])
    assert second.status == 304
    assert second.body == b""
    sent = http_server.requests_to("/feed.xml")[1].headers
    assert sent["if-none-match"] == '"v1"'
    assert sent["if-modified-since"] == lm


def test_if_modified_since_alone_gets_304(http_server, fetcher):
    lm = "Wed, 25 Nov 2026 10:00:00 GMT"
    http_server.route("/feed.xml", RSS, last_modified=lm)
    assert fetcher.get(http_server.url("/feed.xml"), last_modified=lm).status == 304


def test_changed_etag_gets_the_new_body(http_server, fetcher):
    http_server.route("/feed.xml", RSS, etag='"v2"')
    resp = fetcher.get(http_server.url("/feed.xml"), etag='"v1"')
    assert resp.status == 200 and resp.body == RSS


def test_gzip_body_is_decompressed(http_server, fetcher):
    http_server.route("/feed.xml", RSS, gzip_body=True)
    resp = fetcher.get(http_server.url("/feed.xml"))
    assert resp.body == RSS
    assert resp.headers["content-encoding"] == "gzip"


def test_raw_deflate_body_is_decompressed(http_server, fetcher):
    import zlib
    comp = zlib.compressobj(6, zlib.DEFLATED, -zlib.MAX_WBITS)
    raw = comp.compress(RSS) + comp.flush()
    http_server.route("/feed.xml", raw, headers={"Content-Encoding": "deflate"})
    assert fetcher.get(http_server.url("/feed.xml")).body == RSS


def test_corrupt_gzip_is_a_fetch_error(http_server, fetcher):
    http_server.route("/feed.xml", b"not gzip at all", headers={"Content-Encoding": "gzip"})
    with pytest.raises(FetchError) as err:
        fetcher.get(http_server.url("/feed.xml"))
    assert err.value.kind == "protocol"


# -- redirects -------------------------------------------------------------------------------------------


def test_redirect_is_followed(http_server, fetcher):
    http_server.redirect("/old", "/mid", 301)
    http_server.redirect("/mid", http_server.url("/feed.xml"), 308)
    http_server.route("/feed.xml", RSS)
    resp = fetcher.get(http_server.url("/old"))
    assert resp.body == RSS
    assert resp.url == http_server.url("/old")
    assert resp.final_url == http_server.url("/feed.xml")


def test_conditional_headers_survive_redirects(http_server, fetcher):
    http_server.redirect("/old", "/feed.xml")
    http_server.route("/feed.xml", RSS, etag='"v1"')
    assert fetcher.get(http_server.url("/old"), etag='"v1"').status == 304


def test_redirect_loop_is_an_error(http_server, fetcher):
    http_server.redirect("/a", "/b")
    http_server.redirect("/b", "/a")
    with pytest.raises(TooManyRedirectsError, match="redirect loop") as err:
        fetcher.get(http_server.url("/a"))
    assert err.value.kind == "redirects"
    assert len(http_server.requests) == 2


def test_five_redirects_are_followed_six_are_too_many(http_server, fetcher):
    for i in range(6):
        http_server.redirect(f"/r{i}", f"/r{i + 1}")
    http_server.route("/r6", RSS)
    assert fetcher.get(http_server.url("/r1")).body == RSS          # 5 hops
    with pytest.raises(TooManyRedirectsError, match="more than 5 redirects"):
        fetcher.get(http_server.url("/r0"))                          # 6 hops
    assert not http_server.requests_to("/r6")[1:]                    # the 7th request was never sent


def test_redirect_to_file_url_is_blocked(http_server, fetcher):
    http_server.redirect("/a", "file:///etc/passwd")
    with pytest.raises(BlockedURLError):
        fetcher.get(http_server.url("/a"))


def test_3xx_without_location_is_a_status_error(http_server, fetcher):
    http_server.route("/a", b"", status=302)
    with pytest.raises(HTTPStatusError) as err:
        fetcher.get(http_server.url("/a"))
    assert err.value.status == 302


# -- status errors and Retry-After ----------------------------------------------------------------------


def test_429_with_retry_after_seconds(http_server, fetcher):
    http_server.route("/feed.xml", b"slow down", status=429, headers={"Retry-After": "120"})
    with pytest.raises(HTTPStatusError) as err:
        fetcher.get(http_server.url("/feed.xml"))
    assert err.value.status == 429
    assert err.value.retry_after == 120
    assert err.value.kind == "http_status"
    assert "retry after 120 s" in str(err.value)


def test_503_with_retry_after_http_date(http_server, fetcher):
    when = format_datetime(NOW + timedelta(minutes=5), usegmt=True)
    http_server.route("/feed.xml", b"", status=503, headers={"Retry-After": when})
    with pytest.raises(HTTPStatusError) as err:
        fetcher.get(http_server.url("/feed.xml"))
    assert err.value.status == 503
    assert err.value.retry_after == 300


@pytest.mark.parametrize("status", [500, 404, 410, 403])
def test_error_statuses_raise(http_server, fetcher, status):
    http_server.route("/feed.xml", b"nope", status=status)
    with pytest.raises(HTTPStatusError) as err:
        fetcher.get(http_server.url("/feed.xml"))
    assert err.value.status == status
    assert err.value.retry_after is None
    assert str(status) in str(err.value)


def test_500_then_recovery(http_server, fetcher):
    http_server.route("/feed.xml", b"", status=500)
    with pytest.raises(HTTPStatusError):
        fetcher.get(http_server.url("/feed.xml"))
    http_server.route("/feed.xml", RSS)
    assert fetcher.get(http_server.url("/feed.xml")).body == RSS


@pytest.mark.parametrize(
    "value, expected",
    [
        ("120", 120),
        ("0", 0),
        (" 30 ", 30),
        ("Thu, 26 Nov 2026 12:02:00 GMT", 120),
        ("Thu, 26 Nov 2026 11:00:00 GMT", 0),      # in the past: retry now
        ("Thursday, 26-Nov-26 12:01:00 GMT", 60),   # obsolete RFC 850 form, still allowed by RFC 9110
        ("-5", None),
        ("soon", None),
        ("", None),
        (None, None),
    ],
)
def test_parse_retry_after(value, expected):
    assert parse_retry_after(value, NOW) == expected


@pytest.mark.parametrize(
    "headers, expected",
    [
        ({"Cache-Control": "public, max-age=300"}, 300),
        ({"cache-control": "max-age=0"}, 0),
        ({"Cache-Control": 'max-age="60", must-revalidate'}, 60),
        ({"Cache-Control": "s-maxage=600"}, None),
        ({"Cache-Control": "no-store, max-age=300"}, None),
        ({"Cache-Control": "max-age=abc"}, None),
        ({}, None),
    ],
)
def test_parse_cache_max_age(headers, expected):
    assert parse_cache_max_age(headers) == expected


# -- deadlines ------------------------------------------------------------------------------------------


def test_silent_server_hits_the_deadline(http_server):
    http_server.route("/feed.xml", handler=silent(60))
    with Fetcher(allow_private_networks=True, feed_deadline_s=1.0) as f:
        t0 = time.monotonic()
        with pytest.raises(DeadlineError) as err:
            f.get(http_server.url("/feed.xml"))
        took = time.monotonic() - t0
    assert 0.9 < took < 1.6
    assert err.value.kind == "deadline"


def test_one_byte_a_second_drip_hits_the_deadline(http_server):
    http_server.route("/feed.xml", handler=drip(RSS, interval_s=0.5))
    with Fetcher(allow_private_networks=True, feed_deadline_s=2.0) as f:
        t0 = time.monotonic()
        with pytest.raises(DeadlineError):
            f.get(http_server.url("/feed.xml"))
        took = time.monotonic() - t0
    assert 1.9 < took < 2.6


def test_drip_slower_than_each_read_but_under_deadline_per_read(http_server):
    # Every single read would fit a per-read timeout; only the total breaks the deadline.
    http_server.route("/feed.xml", handler=drip(RSS, interval_s=0.9))
    with Fetcher(allow_private_networks=True, page_deadline_s=1.5) as f:
        t0 = time.monotonic()
        with pytest.raises(DeadlineError):
            f.get(http_server.url("/feed.xml"), kind="page")
    assert time.monotonic() - t0 < 2.0


def test_connection_refused_is_a_connect_error():
    with LoopbackServer() as srv:
        url = srv.url("/feed.xml")
    with Fetcher(allow_private_networks=True) as f, pytest.raises(ConnectFailedError) as err:
        f.get(url)
    assert err.value.kind == "connect"


# -- size caps ------------------------------------------------------------------------------------------


def test_content_length_over_cap_is_rejected_before_reading(http_server, fetcher):
    http_server.route("/big", b"x" * 20_000_000)
    t0 = time.monotonic()
    with pytest.raises(TooLargeError, match="Content-Length") as err:
        fetcher.get(http_server.url("/big"))   # feed cap: 15 MiB
    assert err.value.kind == "too_large"
    assert time.monotonic() - t0 < 1.0


def test_streamed_body_over_cap_stops_at_the_cap(http_server, fetcher):
    sent = []

    def handler(req):
        def body():
            for c in chunks(20_000_000):
                sent.append(len(c))
                yield c
        return Reply(200, {"Content-Type": "application/rss+xml"}, body())

    http_server.route("/big", handler=handler)
    with pytest.raises(TooLargeError, match="15 MiB"):
        fetcher.get(http_server.url("/big"))


def test_page_cap_is_20_mb(http_server, fetcher):
    http_server.route("/page", handler=lambda req: Reply(200, {}, chunks(19_000_000)))
    assert len(fetcher.get(http_server.url("/page"), kind="page").body) == 19_000_000
    with pytest.raises(TooLargeError, match="15 MiB"):
        fetcher.get(http_server.url("/page"), kind="feed")


@pytest.fixture(scope="module")
def bomb():
    return gzip_stream(200_000_000)   # 200 MB of zeros → about 200 KB


def test_gzip_bomb_stops_early_within_the_cap(http_server, bomb):
    assert len(bomb) < 1_000_000
    http_server.route("/bomb", bomb, headers={"Content-Encoding": "gzip"})
    cap = 5 * 1024 * 1024
    with Fetcher(allow_private_networks=True, feed_max_bytes=cap) as f:
        tracemalloc.start()
        t0 = time.monotonic()
        try:
            with pytest.raises(TooLargeError):
                f.get(http_server.url("/bomb"))
            took = time.monotonic() - t0
            _, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
    assert took < 2.0
    assert peak < cap + 1.5 * 1024 * 1024   # the cap plus small buffers, nowhere near 200 MB


def test_unsupported_content_encoding_is_refused(http_server, fetcher):
    http_server.route("/feed.xml", b"\x00\x01", headers={"Content-Encoding": "br"})
    with pytest.raises(FetchError, match="unsupported Content-Encoding"):
        fetcher.get(http_server.url("/feed.xml"))


# -- politeness -----------------------------------------------------------------------------------------


def test_at_most_two_requests_at_once_per_host(http_server, fetcher):
    lock = threading.Lock()
    state = {"now": 0, "max": 0}

    def handler(req):
        with lock:
            state["now"] += 1
            state["max"] = max(state["max"], state["now"])
        time.sleep(0.15)
        with lock:
            state["now"] -= 1
        return Reply(200, {}, RSS)

    http_server.route("/feed.xml", handler=handler)
    with ThreadPoolExecutor(8) as pool:
        results = list(pool.map(lambda i: fetcher.get(http_server.url(f"/feed.xml?i={i}")), range(16)))
    assert all(r.body == RSS for r in results)
    assert state["max"] == 2


def test_other_hosts_are_not_held_up(http_server):
    other = LoopbackServer(host="127.0.0.2").start()
    try:
        http_server.route("/slow", handler=silent(60))
        other.route("/feed.xml", RSS)
        with Fetcher(allow_private_networks=True, feed_deadline_s=1.5) as f, ThreadPoolExecutor(3) as pool:
            slow = [pool.submit(f.get, http_server.url("/slow")) for _ in range(2)]
            time.sleep(0.1)
            t0 = time.monotonic()
            assert f.get(other.url("/feed.xml")).body == RSS
            assert time.monotonic() - t0 < 0.5
            for fut in slow:
                with pytest.raises(DeadlineError):
                    fut.result()
    finally:
        other.stop()


def test_connections_are_kept_per_host_over_many_hosts(http_server):
    """One small pool per host: round after round over more hosts than a shared pool of the same size would
    hold, each host keeps its connection (the resolver runs once per new connection)."""
    http_server.route("/feed.xml", RSS)
    hosts = [f"site{i}.example.com" for i in range(12)]
    connects = []

    def resolver(host, port):
        connects.append(host)
        return ["127.0.0.1"]
    with Fetcher(allow_private_networks=True, resolver=resolver, max_connections=32) as f:
        for _ in range(3):
            for h in hosts:
                assert f.get(http_server.url("/feed.xml", host=h)).body == RSS
    assert sorted(connects) == sorted(hosts)


def test_pools_of_hosts_not_used_lately_are_closed_not_those_in_use(http_server):
    """Past max_connections // per_host_limit hosts, the least recently used host's pool is closed, never one
    with a request in flight: many threads over many hosts all get their bodies."""
    def handler(req):
        time.sleep(0.01)
        return Reply(200, {}, RSS)
    http_server.route("/feed.xml", handler=handler)
    connects = []

    def resolver(host, port):
        connects.append(host)
        return ["127.0.0.1"]
    with Fetcher(allow_private_networks=True, resolver=resolver, max_connections=8) as f, ThreadPoolExecutor(8) as pool:
        urls = [http_server.url("/feed.xml", host=f"site{i % 12}.example.com") for i in range(96)]
        assert all(r.body == RSS for r in pool.map(f.get, urls))
        assert len(f._client._transport._pools) <= 4 + 8      # the 4 kept, and at most one per request in flight
    assert len(connects) > 12                                  # 12 hosts, 4 pools kept: some were closed


# -- SSRF guard -----------------------------------------------------------------------------------------


def test_loopback_is_blocked_when_the_guard_is_on(http_server):
    http_server.route("/feed.xml", RSS)
    with Fetcher() as f:
        with pytest.raises(BlockedURLError, match="loopback") as err:
            f.get(http_server.url("/feed.xml"))
        with pytest.raises(BlockedURLError, match="loopback"):
            f.get(http_server.url("/feed.xml", host="localhost"))
    assert err.value.kind == "blocked"
    assert "NEWSWATCH_ALLOW_PRIVATE_NETWORKS" in str(err.value)
    assert http_server.requests == []   # not even a connection that sent a request


def test_a_name_resolving_to_loopback_is_blocked_at_connect_time(http_server):
    # The URL's host is a name; only the resolved, connected address reveals it is loopback.
    http_server.route("/feed.xml", RSS)
    with Fetcher(resolver=lambda host, port: ["127.0.0.1"]) as f, pytest.raises(BlockedURLError, match="127.0.0.1"):
        f.get(http_server.url("/feed.xml", host="news.example.com"))
    assert http_server.requests == []


@pytest.fixture
def public_server():
    """A server standing in for a public site: 127.0.0.2, which the guard is told to allow."""
    with LoopbackServer(host="127.0.0.2") as srv:
        yield srv


def _resolver(table):
    return lambda host, port: table[host]


def test_public_looking_redirect_to_a_private_address_is_blocked(http_server, public_server):
    http_server.route("/admin", b"secret")
    public_server.redirect("/feed.xml", http_server.url("/admin", host="intranet.example.com"))
    public_server.route("/ok.xml", RSS)
    table = {"news.example.com": ["127.0.0.2"], "intranet.example.com": ["127.0.0.1"]}
    with Fetcher(resolver=_resolver(table), allowed_addresses=["127.0.0.2"]) as f:
        # The allowed host itself works, so what blocks the redirect is the second hop's address.
        ok = f.get(public_server.url("/ok.xml", host="news.example.com"))
        assert ok.body == RSS
        assert public_server.requests_to("/ok.xml")[0].headers["host"] == f"news.example.com:{public_server.port}"
        with pytest.raises(BlockedURLError, match=r"intranet\.example\.com resolves to 127\.0\.0\.1 \(loopback\)"):
            f.get(public_server.url("/feed.xml", host="news.example.com"))
    assert http_server.requests == []


def test_redirect_to_a_literal_private_ip_is_blocked(http_server, public_server):
    http_server.route("/admin", b"secret")
    public_server.redirect("/feed.xml", http_server.url("/admin"))
    with Fetcher(allowed_addresses=["127.0.0.2"]) as f, pytest.raises(BlockedURLError):
        f.get(public_server.url("/feed.xml"))
    assert http_server.requests == []


def test_dns_rebinding_is_caught_on_the_new_connection(public_server):
    # First answer public, later answers loopback: each new connection is checked on its own address.
    public_server.route("/feed.xml", RSS, headers={"Connection": "close"})
    answers = iter([["127.0.0.2"], ["127.0.0.1"]])
    with Fetcher(resolver=lambda host, port: next(answers), allowed_addresses=["127.0.0.2"]) as f:
        assert f.get(public_server.url("/feed.xml", host="rebind.example.com")).body == RSS
        with pytest.raises(BlockedURLError, match="loopback"):
            f.get(public_server.url("/feed.xml", host="rebind.example.com"))


def test_a_host_with_any_private_answer_is_blocked(public_server):
    public_server.route("/feed.xml", RSS)
    with Fetcher(resolver=lambda h, p: ["127.0.0.2", "10.0.0.1"], allowed_addresses=["127.0.0.2"]) as f:
        with pytest.raises(BlockedURLError, match="private"):
            f.get(public_server.url("/feed.xml", host="mixed.example.com"))


@pytest.fixture(scope="module")
def tls_cert(tmp_path_factory):
    """A self-signed certificate for news.example.com: (server context, client context trusting it)."""
    if shutil.which("openssl") is None:
        pytest.skip("openssl is not installed")
    d = tmp_path_factory.mktemp("tls")
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
         "-keyout", str(d / "key.pem"), "-out", str(d / "cert.pem"),
         "-subj", "/CN=news.example.com", "-addext", "subjectAltName=DNS:news.example.com"],
        check=True, capture_output=True,
    )
    server = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    server.load_cert_chain(d / "cert.pem", d / "key.pem")
    client = ssl.create_default_context(cafile=str(d / "cert.pem"))
    return server, client


def test_https_keeps_sni_and_hostname_checks_through_the_guard(tls_cert):
    # The guard connects to a checked IP, yet TLS must still be for the URL's host name.
    server_ctx, client_ctx = tls_cert
    seen_sni = []
    server_ctx.sni_callback = lambda sock, name, ctx: seen_sni.append(name)
    with LoopbackServer(host="127.0.0.2", tls=server_ctx) as srv:
        srv.route("/feed.xml", RSS)
        table = {"news.example.com": ["127.0.0.2"], "other.example.com": ["127.0.0.2"]}
        with Fetcher(resolver=_resolver(table), allowed_addresses=["127.0.0.2"], verify=client_ctx) as f:
            resp = f.get(srv.url("/feed.xml", host="news.example.com"))
            assert resp.body == RSS
            assert seen_sni == ["news.example.com"]
            assert srv.requests[0].headers["host"] == f"news.example.com:{srv.port}"
            with pytest.raises(ConnectFailedError, match="certificate"):
                f.get(srv.url("/feed.xml", host="other.example.com"))   # certificate is for another name


@pytest.mark.parametrize(
    "url, error",
    [
        ("http://alice:hunter2@example.com/feed.xml", BlockedURLError),
        ("https://s3cr3t@example.com/feed.xml", BlockedURLError),
        ("ftp://example.com/feed.xml", BlockedURLError),
        ("file:///etc/passwd", BlockedURLError),
        ("gopher://example.com/", BlockedURLError),
        ("/relative/feed.xml", BlockedURLError),
        ("http:///no-host", InvalidURLError),
        ("http://exa mple.com/", InvalidURLError),
    ],
)
def test_urls_that_are_never_fetched(url, error):
    with Fetcher(allow_private_networks=True) as f, pytest.raises(error) as err:
        f.get(url)
    assert "hunter2" not in str(err.value) and "s3cr3t" not in str(err.value)
    assert err.value.url is None or "hunter2" not in err.value.url


@pytest.mark.parametrize(
    "ip, reason",
    [
        ("127.0.0.1", "loopback"),
        ("127.8.9.10", "loopback"),
        ("::1", "loopback"),
        ("10.1.2.3", "private"),
        ("172.16.0.1", "private"),
        ("192.168.1.1", "private"),
        ("100.64.0.1", "CGNAT"),
        ("100.127.255.254", "CGNAT"),
        ("169.254.169.254", "link-local"),
        ("fe80::1", "link-local"),
        ("fe80::1%eth0", "link-local"),
        ("0.0.0.0", "unspecified"),
        ("::", "unspecified"),
        ("224.0.0.1", "multicast"),
        ("ff02::1", "multicast"),
        ("240.0.0.1", "reserved"),
        ("255.255.255.255", "reserved"),
        ("::ffff:127.0.0.1", "IPv4-mapped IPv6"),
        ("::ffff:8.8.8.8", "IPv4-mapped IPv6"),
        ("::127.0.0.1", "IPv4-compatible IPv6"),
        ("64:ff9b::7f00:1", "NAT64"),
        ("fd00::1", "private"),
        ("2002:7f00:1::1", "6to4 of a loopback address"),
        ("192.0.2.1", "not globally routable"),     # TEST-NET-1
        ("2001:db8::1", "not globally routable"),   # documentation prefix
    ],
)
def test_blocked_addresses(ip, reason):
    assert blocked_reason(ip) == reason


@pytest.mark.parametrize("ip", ["8.8.8.8", "1.1.1.1", "93.184.216.34", "2606:4700:4700::1111", "2a00:1450:4007::64"])
def test_public_addresses_pass(ip):
    assert blocked_reason(ip) is None


def test_redact_hides_credentials_and_tokens():
    assert redact("https://u:p@example.com/f?api_key=abc&page=2") == "https://***@example.com/f?api_key=%2A%2A%2A&page=2"
    assert redact("https://example.com/f?page=2#x") == "https://example.com/f?page=2"
