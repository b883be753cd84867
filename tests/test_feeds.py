"""Feed parsing: golden fixture feeds, entity-expansion and file-access attacks, and feedparser's own test corpus."""
from __future__ import annotations

import dataclasses
import json
import os
import re
import sys
import time
import xml.sax
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path

import feedparser
import feedparser.api
import pytest

from pipeline.feeds import parse_feed
from pipeline.models import ParsedFeed

FIXTURES = Path(__file__).parent / "fixtures" / "feeds"
CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpora" / "feedparser-tests" / "tests"
BASE = "https://news.example.com/feeds/main.xml"
FIXTURE_FILES = sorted(p for p in FIXTURES.iterdir() if p.suffix in (".xml", ".rdf"))
# Regenerate the goldens after a deliberate change: UPDATE_GOLDEN=1 pytest tests/test_feeds.py, then review the diff.
UPDATE = os.environ.get("UPDATE_GOLDEN") == "1"

_HEADER = re.compile(r"^\s*Header:\s*([^:\r\n]+?)\s*:\s*(.*?)\s*$", re.MULTILINE)


def headers_from_comment(data: bytes) -> dict[str, str]:
    """The `Header: Name: value` lines of a test feed's opening comment (feedparser's convention)."""
    for encoding in ("utf-8", "utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"):
        text = data[:4000].decode(encoding, "ignore")
        if "-->" in text and ("Description:" in text or "Header:" in text or "Checks:" in text):
            return dict(_HEADER.findall(text.split("-->", 1)[0]))
    return {}


# --- recording file and network access -----------------------------------------------------------------
# An audit hook cannot be removed, so one hook is installed for the module and switched on around a parse.
_EVENTS: list[tuple[str, str]] | None = None
_PYTHON_FILES = (".py", ".pyc", ".so", ".pth")


def _audit(event: str, args: tuple) -> None:
    if _EVENTS is None:
        return
    if event == "open" and args and isinstance(args[0], (str, bytes, os.PathLike)):
        path = os.fsdecode(args[0])
        if not path.endswith(_PYTHON_FILES):  # lazy imports (codecs for an encoding) are Python's own
            _EVENTS.append((event, path))
    elif event in ("urllib.Request", "socket.connect", "socket.getaddrinfo", "subprocess.Popen", "os.system"):
        _EVENTS.append((event, repr(args)[:200]))


sys.addaudithook(_audit)


@contextmanager
def recording():
    global _EVENTS
    _EVENTS = events = []
    try:
        yield events
    finally:
        _EVENTS = None


# --- golden files --------------------------------------------------------------------------------------

def as_json(parsed: ParsedFeed) -> dict:
    def default(value):
        if isinstance(value, datetime):
            return value.isoformat()
        raise TypeError(type(value))
    return json.loads(json.dumps(dataclasses.asdict(parsed), default=default))


@pytest.mark.parametrize("path", FIXTURE_FILES, ids=lambda p: p.name)
def test_fixture_matches_golden(path: Path):
    data = path.read_bytes()
    assert data.lstrip().startswith((b"<!--", b"<?xml")) and b"Checks:" in data[:600], "fixture must say what it checks"
    parsed = parse_feed(data, headers_from_comment(data), BASE)
    golden = path.with_suffix(".golden.json")
    if UPDATE or not golden.exists():
        golden.write_text(json.dumps(as_json(parsed), indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    assert as_json(parsed) == json.loads(golden.read_text(encoding="utf-8"))


def parse_fixture(name: str) -> ParsedFeed:
    data = (FIXTURES / name).read_bytes()
    return parse_feed(data, headers_from_comment(data), BASE)


def test_rss20_fields():
    feed = parse_fixture("rss20.xml")
    assert (feed.title, feed.lang, feed.ttl_s, feed.bozo) == ("Chip Wire & Co", "en", 1800, False)
    first, permalink, future = feed.entries
    assert first.url == "https://news.example.com/2024/05/tsmc-nvidia"
    assert first.guid == "tag:news.example.com,2024:1"
    assert first.title == "TSMC & Nvidia: \u201crecord\u201d quarter"
    assert first.author == "Jane Doe"
    assert first.published == datetime(2024, 5, 14, 7, 30, tzinfo=timezone.utc)
    assert first.summary == "TSMC said revenue rose 34%.\nNvidia agreed."
    assert permalink.url == "https://news.example.com/2024/05/permalink-only"
    assert permalink.summary == "Escaped HTML summary"
    assert future.published == datetime(2099, 1, 1, tzinfo=timezone.utc)  # kept: the caller judges the future
    assert feed.entries_dropped == 1


def test_atom_prefers_html_alternate_and_resolves_xml_base():
    feed = parse_fixture("atom10.xml")
    assert (feed.title, feed.lang) == ("L\u2019IA en bref", "fr")
    first, second = feed.entries
    assert first.url == "https://atom.example.fr/actu/openai-leve-66-milliards.html"
    assert first.title == "OpenAI lève 6,6 milliards"
    assert first.published == datetime(2024, 3, 1, 17, 45, tzinfo=timezone.utc)
    assert (first.author, first.lang) == ("Marie Dupont", "fr")
    assert second.published == datetime(2024, 3, 2, 9, 15, 30, tzinfo=timezone.utc)  # <updated> only


def test_rss10():
    feed = parse_fixture("rss10.rdf")
    (entry,) = feed.entries
    assert (feed.lang, entry.url, entry.author) == ("de", "https://rdf.example.org/a1", "Max Muster")
    assert entry.published == datetime(2024, 1, 24, 12, 0, tzinfo=timezone.utc)


def test_malformed_feed_keeps_entries():
    feed = parse_fixture("malformed.xml")
    assert feed.bozo and feed.bozo_reason.startswith("SAXParseException")
    assert [e.url for e in feed.entries] == ["https://broken.example.com/1", "https://broken.example.com/2?a=1&b=2"]


@pytest.mark.parametrize("name, title, bozo", [
    ("latin1_prolog.xml", "Café, crème et « puces »", False),
    ("cp1252_header.xml", "It\u2019s a \u20ac5 billion deal \u2014 says CEO", False),
    ("mislabelled.xml", "Señor Müller à Genève", True),
])
def test_encodings(name, title, bozo):
    feed = parse_fixture(name)
    assert feed.entries[0].title == title
    assert feed.bozo is bozo
    if bozo:
        assert feed.bozo_reason.startswith("CharacterEncodingOverride")


def test_relative_links_resolved_against_content_location():
    feed = parse_fixture("relative_links.xml")
    assert [e.url for e in feed.entries] == [
        "https://news.example.com/2024/root-relative",
        "https://news.example.com/news/feed/doc-relative.html?x=1",
    ]
    assert feed.entries_dropped == 1  # javascript:


def test_relative_links_resolved_against_fetched_url_without_header():
    body = b'<rss version="2.0"><channel><item><title>t</title><link>a/b.html</link></item></channel></rss>'
    (entry,) = parse_feed(body, {"Content-Type": "application/rss+xml"}, "https://x.example/dir/feed.xml").entries
    assert entry.url == "https://x.example/dir/a/b.html"


# --- attacks --------------------------------------------------------------------------------------------

PASSWD = Path("/etc/passwd")


@pytest.mark.parametrize("name", ["billion_laughs.xml", "quadratic_blowup.xml", "xxe.xml", "xxe_parameter.xml"])
def test_no_entity_expansion_and_no_file_read(name):
    data = (FIXTURES / name).read_bytes()
    started = time.perf_counter()
    with recording() as events:
        feed = parse_feed(data, {"content-type": "application/rss+xml"}, BASE)
    assert time.perf_counter() - started < 1.0
    assert events == []
    assert feed.bozo and feed.bozo_reason
    dumped = json.dumps(as_json(feed))
    assert len(dumped) < 4 * len(data) + 1000, "output grew: something was expanded"
    assert "lollollol" not in dumped and "AAAAAAAAAA" not in dumped
    assert "root:" not in dumped
    if PASSWD.exists():
        first_line = PASSWD.read_text().splitlines()[0]
        assert first_line not in dumped
    assert len(feed.entries) == 1  # the entry survives; only the entity is refused


def test_entity_declared_in_a_comment_of_the_prolog_is_refused():
    # feedparser lifts any line-initial <!ENTITY of the prolog, comment or not, into its loose parser.
    body = ('<?xml version="1.0"?>\n<!DOCTYPE rss>\n<!--\n<!ENTITY a "' + "A" * 5000 + '">\n-->\n'
            '<rss version="2.0"><channel><item><title>' + "&a;" * 2000 + '</title><link>https://e.x/1</link>'
            '</item></channel></rss>').encode()
    feed = parse_feed(body, {}, BASE)
    assert feed.bozo and feed.bozo_reason.startswith("UnsafeEntityDeclarations")
    assert feed.entries == ()


def test_entity_mentioned_in_cdata_content_is_harmless():
    body = (b'<rss version="2.0"><channel><item><title>XXE explained</title><link>https://e.x/xxe</link>'
            b'<description><![CDATA[<pre>&lt;!ENTITY x SYSTEM "file:///etc/passwd"&gt;</pre> and <!ENTITY y "z">]]>'
            b'</description></item></channel></rss>')
    feed = parse_feed(body, {"content-type": "application/rss+xml"}, BASE)
    assert not feed.bozo and feed.entries[0].title == "XXE explained"


def test_body_equal_to_a_file_path_is_not_read_as_that_file(tmp_path):
    secret = tmp_path / "secret-feed.xml"
    secret.write_bytes(b'<rss version="2.0"><channel><title>SECRET</title><item><title>SECRET</title>'
                       b'<link>https://secret.example/</link></item></channel></rss>')
    body = os.fsencode(secret)
    # The hazard is real: feedparser itself reads the file when handed its path as bytes.
    assert feedparser.parse(body).feed.get("title") == "SECRET"
    with recording() as events:
        feed = parse_feed(body, {"content-type": "application/rss+xml"}, BASE)
    assert [e for e in events if str(secret) in e[1]] == []
    assert "SECRET" not in json.dumps(as_json(feed))
    assert feed.entries == ()


def test_url_body_is_not_fetched():
    with recording() as events:
        feed = parse_feed(b"http://127.0.0.1:9/feed.xml", {}, BASE)
    assert events == [] and feed.entries == ()


def test_external_dtd_is_not_loaded():
    body = (b'<?xml version="1.0"?>\n<!DOCTYPE rss SYSTEM "file:///etc/passwd">\n<rss version="2.0"><channel>'
            b'<item><title>t</title><link>https://e.x/1</link></item></channel></rss>')
    with recording() as events:
        feed = parse_feed(body, {"content-type": "application/rss+xml"}, BASE)
    assert events == [] and [e.url for e in feed.entries] == ["https://e.x/1"]


def test_sax_driver_is_expat():
    # The entity screen makes any driver safe, but the tests above measured expat; libxml2's driver would win if installed.
    parser = xml.sax.make_parser(feedparser.api.PREFERRED_XML_PARSERS)
    assert type(parser).__module__ == "xml.sax.expatreader"


def test_garbage_never_raises():
    for body in (b"", b"\x00\xff" * 100, b"<" * 10_000, b"<rss><channel><item>" * 2000, "é".encode("utf-16")):
        assert isinstance(parse_feed(body, {"content-type": "text/plain"}, BASE), ParsedFeed)


# --- feedparser's own corpus ----------------------------------------------------------------------------

def test_feedparser_corpus():
    if not CORPUS.is_dir():
        pytest.skip(f"corpus not found at {CORPUS} (CI clones main beside a copy of shared/)")
    files = {p: p.read_bytes() for p in sorted(CORPUS.rglob("*")) if p.is_file()}  # read before recording
    assert len(files) > 2000
    started = time.perf_counter()
    bozo, entries, problems = 0, 0, []
    with recording() as events:
        for path, data in files.items():
            try:
                feed = parse_feed(data, headers_from_comment(data), "http://example.org/feeds/test.xml")
            except Exception as exc:  # noqa: BLE001 - the assertion below names every file that raised
                problems.append(f"{path.relative_to(CORPUS)}: raised {exc!r}")
                continue
            entries += len(feed.entries)
            if feed.bozo:
                bozo += 1
                if not feed.bozo_reason:
                    problems.append(f"{path.relative_to(CORPUS)}: bozo without a reason")
            if "root:x:0:0" in json.dumps(as_json(feed)):
                problems.append(f"{path.relative_to(CORPUS)}: /etc/passwd content in output")
    elapsed = time.perf_counter() - started
    print(f"\nfeedparser corpus: {len(files)} files, {bozo} bozo, {entries} entries kept, {elapsed:.1f}s")
    assert problems == []
    assert events == [], "feed content made the parser open a file or the network"
    assert elapsed < 60
