"""`newswatch`: thin commands over pipeline.jobs — parse options, call one job, print."""
from __future__ import annotations

import argparse
import csv
import json
import logging
import os
import signal
import sys
import textwrap
import threading
from datetime import date, datetime
from pathlib import Path

from . import jobs
from .config import Settings, load_settings, parse_duration
from .errors import ConfigError, NewswatchError

log = logging.getLogger("newswatch")

COMMON_HELP = """
settings:  --config PATH or $NEWSWATCH_CONFIG (default config/newswatch.toml)
database:  --db PATH or $NEWSWATCH_DB (default data/newswatch.duckdb)
"""


def _cmd(sub, name: str, help: str, description: str, example: str) -> argparse.ArgumentParser:
    p = sub.add_parser(
        name, help=help, formatter_class=argparse.RawDescriptionHelpFormatter,
        description=textwrap.dedent(description).strip(),
        epilog="Example:\n" + textwrap.indent(textwrap.dedent(example).strip(), "  ") + "\n" + COMMON_HELP,
    )
    return p


def _common(p: argparse.ArgumentParser, db: bool = True) -> None:
    p.add_argument("--config", metavar="PATH", help="settings file (default $NEWSWATCH_CONFIG or config/newswatch.toml)")
    if db:
        p.add_argument("--db", metavar="PATH", help="DuckDB file (default $NEWSWATCH_DB or data/newswatch.duckdb)")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newswatch",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        description="Poll news feeds, extract figures about the subjects you track, store them in DuckDB.",
        epilog=textwrap.dedent("""\
            Example:
              newswatch run --once                  # poll the configured feeds once
              newswatch feeds                       # each feed's health
              newswatch sql "SELECT lang, count(*) FROM articles GROUP BY lang"
            """) + COMMON_HELP,
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="log details to stderr")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = _cmd(sub, "run", "poll feeds, fetch and extract new articles, store them",
             """
             Poll the feeds, store new entries as articles, fetch each new page and extract its
             text and language. With --once, every healthy feed is polled now (feeds in backoff
             after failures wait for their time); with --every, the job repeats and each feed is
             polled when it is due (its adaptive interval). Exits 0 when the run completed, even
             if some feeds failed: they are listed in the summary and in `newswatch feeds`.
             """,
             """
             newswatch run --once
             newswatch run --every 15m
             newswatch run --once --feed https://example.com/rss.xml --db /tmp/try.duckdb
             NEWSWATCH_FEEDS=https://a.example/rss,https://b.example/atom newswatch run --once
             """)
    mode = p.add_mutually_exclusive_group()
    mode.add_argument("--once", action="store_true", help="one run, then exit (the default)")
    mode.add_argument("--every", metavar="DURATION", help="repeat: 15m, 1h... (default interval: [schedule] every)")
    p.add_argument("--due", action="store_true", help="with --once: poll only the feeds that are due")
    p.add_argument("--feed", action="append", metavar="URL", help="poll this feed instead of the configured ones (repeatable)")
    _common(p)

    p = _cmd(sub, "feeds", "list the feeds with their health and next poll",
             "Each configured feed: last status, last new article, failures, next poll time (UTC).",
             """
             newswatch feeds
             newswatch feeds --format csv > feeds.csv
             """)
    p.add_argument("--format", choices=["table", "csv", "json"], default="table")
    p.add_argument("--feed", action="append", metavar="URL", help="show only this feed (repeatable)")
    _common(p)

    p = _cmd(sub, "sql", "run a read-only SQL query on the database",
             "Run one SQL statement on a read-only connection and print the result.",
             """
             newswatch sql "SELECT lang, count(*) AS n FROM articles GROUP BY lang"
             newswatch sql "SELECT * FROM feed_polls ORDER BY started_at DESC LIMIT 20" --format csv
             """)
    p.add_argument("query", help="the SQL statement")
    p.add_argument("--format", choices=["table", "csv", "json"], default="table")
    _common(p)

    p = _cmd(sub, "extract", "extract claims from text, HTML or JSONL files (no database)",
             """
             Find the statements with figures in documents and print them as claims. PATH is a
             .txt file, an .html page (its text extracted with trafilatura) or a .jsonl file of
             records {id, text | html, published?, lang?, source_url?}; - reads standard input.
             """,
             """
             newswatch extract article.txt
             newswatch extract --lang fr --published 2025-10-01 page.html
             newswatch extract --format jsonl docs.jsonl > claims.jsonl
             """)
    p.add_argument("paths", nargs="*", metavar="PATH", default=["-"])
    p.add_argument("--format", choices=["table", "jsonl"], default="table")
    p.add_argument("--lang", choices=["auto", "en", "fr"], default="auto")
    p.add_argument("--published", metavar="DATE", help="publication date YYYY-MM-DD (dates 'a year' figures)")

    p = _cmd(sub, "config", "check the configuration",
             "Read and validate the settings and feeds; print what newswatch will use.",
             """
             newswatch config check
             newswatch config check --config my/newswatch.toml
             """)
    p.add_argument("action", choices=["check"])
    _common(p)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s", stream=sys.stderr)
    if not args.command:
        parser.print_help()
        return 2
    try:
        return COMMANDS[args.command](args)
    except ConfigError as e:
        print(f"newswatch: configuration error: {e}", file=sys.stderr)
        return 2
    except NewswatchError as e:
        print(f"newswatch: {e}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("newswatch: interrupted; the next run picks up where this one stopped", file=sys.stderr)
        return 130


def _settings(args) -> Settings:
    return load_settings(getattr(args, "config", None), db=getattr(args, "db", None), feeds=getattr(args, "feed", None))


def cmd_run(args) -> int:
    settings = _settings(args)
    if not settings.feeds:
        raise ConfigError("no feeds to poll: list them in config/feeds.toml, or pass --feed URL / NEWSWATCH_FEEDS")
    progress = _Progress()
    if not args.every:
        summary = jobs.run_once(settings, due_only=args.due, progress=progress)
        progress.done()
        _print_summary(summary, settings)
        return 0
    every = parse_duration(args.every, where="--every")
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    print(f"newswatch: polling {len(settings.feeds)} feeds every {args.every} (Ctrl-C to stop)", file=sys.stderr)
    while not stop.is_set():
        summary = jobs.run_once(settings, due_only=True, progress=progress)
        progress.done()
        _print_summary(summary, settings)
        stop.wait(every)
    return 0


def _print_summary(s, settings: Settings) -> None:
    print(f"polled {s.feeds_polled} feeds ({s.feeds_not_modified} unchanged, {s.feeds_failed} failed), "
          f"{s.entries_seen} entries, {s.articles_new} new articles, {s.articles_failed} pages not fetched "
          f"→ {settings.db_path}")
    for e in s.errors[:50]:
        print(f"  ! {e}")
    if len(s.errors) > 50:
        print(f"  ... and {len(s.errors) - 50} more: newswatch feeds")


class _Progress:
    """One line on stderr that updates in place on a terminal, a line per stage elsewhere."""

    def __init__(self, stream=sys.stderr):
        self.stream, self.tty, self.last = stream, stream.isatty(), None

    def __call__(self, stage: str, done: int, total: int) -> None:
        if self.tty:
            self.stream.write(f"\r{stage}: {done}/{total}")
            self.stream.flush()
        elif done == total or (total >= 200 and done % max(total // 10, 1) == 0):
            self.stream.write(f"{stage}: {done}/{total}\n")
        self.last = stage

    def done(self) -> None:
        if self.tty and self.last:
            self.stream.write("\n")
        self.last = None


def cmd_feeds(args) -> int:
    settings = _settings(args)
    if not Path(settings.db_path).exists():
        cols = ["name", "url", "status"]
        rows = [(f.name, f.url, "never polled" if f.enabled else "disabled") for f in settings.feeds]
    else:
        cols, rows = jobs.feeds_report(settings)
    _print_table(cols, rows, args.format)
    return 0


def cmd_sql(args) -> int:
    from .store import Store
    settings = _settings(args)
    with Store(settings.db_path, read_only=True) as store:
        cols, rows = store.sql(args.query)
    _print_table(cols, rows, args.format)
    return 0


def cmd_extract(args) -> int:
    from .claims.documents import run_extract
    return run_extract(args.paths, fmt=args.format, lang=args.lang, published=args.published)


def cmd_config(args) -> int:
    settings = _settings(args)
    print(f"config: {settings.config_path or '(defaults: no file)'}")
    print(f"database: {settings.db_path}")
    print(f"feeds: {len(settings.feeds)} ({sum(f.enabled for f in settings.feeds)} enabled)")
    for section in ("http", "schedule", "articles"):
        print(f"[{section}]")
        for k, v in vars(getattr(settings, section)).items():
            print(f"  {k} = {v!r}")
    print("ok")
    return 0


def _print_table(cols: list[str], rows: list[tuple], fmt: str, out=None) -> None:
    out = out or sys.stdout
    if fmt == "json":
        for r in rows:
            out.write(json.dumps(dict(zip(cols, r)), default=_json_default, ensure_ascii=False) + "\n")
        return
    if fmt == "csv":
        w = csv.writer(out)
        w.writerow(cols)
        w.writerows([[_cell(v) for v in r] for r in rows])
        return
    if not cols:
        print("(no rows)", file=out)
        return
    cells = [[_cell(v, 60) for v in r] for r in rows]
    widths = [max([len(c)] + [len(r[i]) for r in cells]) for i, c in enumerate(cols)]
    out.write("  ".join(c.ljust(w) for c, w in zip(cols, widths)).rstrip() + "\n")
    out.write("  ".join("-" * w for w in widths) + "\n")
    for r in cells:
        out.write("  ".join(v.ljust(w) for v, w in zip(r, widths)).rstrip() + "\n")
    out.write(f"({len(rows)} row{'s' if len(rows) != 1 else ''})\n")


def _cell(v, width: int | None = None) -> str:
    if v is None:
        s = ""
    elif isinstance(v, datetime):
        s = v.strftime("%Y-%m-%d %H:%M:%S")
    elif isinstance(v, float):
        s = f"{v:.6g}"
    else:
        s = str(v)
    s = s.replace("\n", " ")
    if width and len(s) > width:
        s = s[: width - 1] + "…"
    return s


def _json_default(v):
    if isinstance(v, (datetime, date)):
        return v.isoformat()
    return str(v)


COMMANDS = {"run": cmd_run, "feeds": cmd_feeds, "sql": cmd_sql, "extract": cmd_extract, "config": cmd_config}

if __name__ == "__main__":
    sys.exit(main())
