"""`newswatch`: thin commands over pipeline.jobs — parse options, call one job, print."""
from __future__ import annotations

import argparse
import csv
import json
import logging
import signal
import sys
import textwrap
import threading
from datetime import date, datetime
from pathlib import Path

from .config import Settings, load_settings, parse_duration
from .errors import ConfigError, NewswatchError

# The commands import `jobs` (DuckDB, Arrow, httpx) themselves: a run's extraction processes re-import the script
# that started them (multiprocessing's main-module fixup), which imports this module and should cost them nothing.

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

    p = _cmd(sub, "reprocess", "read stored articles again with the current claim rules",
             """
             Extract the claims of stored articles again (after a rules or lexicon change) and
             replace their claims: no duplicates, and unchanged claims keep their ids.
             """,
             """
             newswatch reprocess
             newswatch reprocess --since 2025-01-01
             newswatch reprocess --stale      # only articles the current rules have not read
             """)
    p.add_argument("--since", metavar="DATE", help="only articles published on or after DATE (YYYY-MM-DD)")
    p.add_argument("--stale", action="store_true", help="only articles not yet read by the current rules")
    _common(p)

    _alert_commands(sub)

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
    from . import jobs
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
          f"{s.entries_seen} entries, {s.articles_new} new articles, {s.articles_failed} pages not fetched, "
          f"{s.claims_new} claims → {settings.db_path}")
    for e in s.errors[:50]:
        print(f"  ! {e}")
    if len(s.errors) > 50:
        print(f"  ... and {len(s.errors) - 50} more: newswatch feeds")


def _print_failed(failed: list[str]) -> None:
    """Texts the claim rules raised on (a fault of ours: please report it, with the log's traceback)."""
    if failed:
        print(f"{len(failed)} texts could not be read by the claim rules (a fault of ours, the log has the tracebacks; "
              f"left unread for `newswatch reprocess --stale`):")
        for e in failed[:20]:
            print(f"  ! {e}")
        if len(failed) > 20:
            print(f"  ... and {len(failed) - 20} more")


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
    from . import jobs
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


def cmd_reprocess(args) -> int:
    from . import jobs
    settings = _settings(args)
    since = None
    if args.since:
        try:
            since = datetime.strptime(args.since, "%Y-%m-%d")
        except ValueError:
            raise ConfigError(f"--since {args.since!r}: write the date as YYYY-MM-DD") from None
    progress = _Progress()
    out = jobs.reprocess(settings, since=since, everything=not args.stale, progress=progress)
    progress.done()
    print(f"read {out['articles']} articles with rules {out['rules_version']}: {out['claims']} claims")
    _print_failed(out["failed"])
    return 1 if out["failed"] else 0


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


COMMANDS = {"run": cmd_run, "feeds": cmd_feeds, "sql": cmd_sql, "extract": cmd_extract, "reprocess": cmd_reprocess,
            "config": cmd_config}


# -- the claim ledger and alerts (issue 4) ------------------------------------------------------------

def _alert_commands(sub) -> None:
    p = _cmd(sub, "replay", "process archived articles (JSONL) through claims, ledger and alerts",
             """
             Process records {id, text | html, published, source_url, lang?, title?} in publication
             order through the path of fetched articles: stored as articles (feed "replay"),
             language, claims, the comparison ledger, alerts. For backfills from archives and for
             evaluation. Alerts are recorded (see `newswatch alerts`); with --notify they are also
             queued for delivery (`newswatch send`).
             """,
             """
             newswatch replay archive.jsonl --db /tmp/backfill.duckdb
             newswatch replay archive.jsonl && newswatch alerts --format jsonl
             """)
    p.add_argument("path", metavar="FILE.jsonl")
    p.add_argument("--notify", action="store_true", help="queue the alerts raised for delivery")
    _common(p)

    p = _cmd(sub, "alerts", "list the alerts raised (figures changed, sources disagreeing, new figures)",
             """
             The alerts in the database, oldest first, as a table or as JSON lines in the shape of
             the contract (kind, key, previous and current claims with their source URLs, change %,
             severity, dedup key). Operational alerts (feeds failing...) with --kind or --ops.
             """,
             """
             newswatch alerts --since 2025-10-01
             newswatch alerts --kind contradiction --format jsonl
             """)
    p.add_argument("--since", metavar="DATE", help="raised, or published, on or after DATE (YYYY-MM-DD)")
    p.add_argument("--kind", help="new_figure, figure_changed, contradiction, or an operational kind")
    p.add_argument("--ops", action="store_true", help="operational alerts instead of figure alerts")
    p.add_argument("--format", choices=["table", "jsonl"], default="table")
    _common(p)

    p = _cmd(sub, "timeline", "the history of a figure: every claim, source and relation",
             """
             Every claim of SUBJECT's METRIC, grouped by key (period, counterparty), in date order,
             with its interval and how it related to the claim before it (new, confirms, changed,
             contradicts...). With --plot FILE.png, a chart of each source's value or interval over
             time (needs matplotlib: pip install matplotlib).
             """,
             """
             newswatch timeline openai revenue
             newswatch timeline nvidia investment --plot nvidia.png
             """)
    p.add_argument("subject")
    p.add_argument("metric")
    p.add_argument("--plot", metavar="FILE.png")
    p.add_argument("--format", choices=["table", "csv", "json"], default="table")
    _common(p)

    p = _cmd(sub, "send", "deliver pending alerts to Slack, email and Apprise",
             """
             Deliver the alerts waiting in the outbox (`newswatch run` does it at its end). Each
             alert goes once to each routed channel (config/alerts.toml); failures are retried on
             later runs with backoff; permanent failures are reported. Deliveries interrupted between
             sending and recording are `uncertain` and never re-sent on their own: check the channel,
             then --resend-uncertain.
             """,
             """
             NEWSWATCH_SLACK_WEBHOOK_URL=https://hooks.slack.com/services/... newswatch send
             newswatch send --resend-uncertain
             """)
    p.add_argument("--resend-uncertain", action="store_true", help="send again the deliveries interrupted mid-send")
    _common(p)

    p = _cmd(sub, "mute", "silence a figure's alerts for a while, or list the mutes",
             """
             Alerts of SUBJECT METRIC are still recorded but not sent until the mute expires.
             Without arguments, list the mutes in force (--all: expired ones too).
             """,
             """
             newswatch mute openai users --for 7d
             newswatch mute openai users --off
             newswatch mute
             """)
    p.add_argument("subject", nargs="?")
    p.add_argument("metric", nargs="?")
    p.add_argument("--for", dest="duration", metavar="DURATION", help="7d, 12h... (default 7d)")
    p.add_argument("--reason")
    p.add_argument("--off", action="store_true", help="lift the mute")
    p.add_argument("--all", action="store_true", help="list expired mutes too")
    _common(p)


def cmd_replay(args) -> int:
    from . import jobs
    settings = _settings(args)
    if not Path(args.path).exists():
        raise NewswatchError(f"{args.path}: no such file")
    progress = _Progress()
    out = jobs.replay(settings, args.path, progress=progress, notify=args.notify)
    progress.done()
    led = out["ledger"]
    alerts = ", ".join(f"{n} {k}" for k, n in sorted(led.get("alerts", {}).items())) or "none"
    print(f"replayed {out['records']} records: {out['claims']} claims, {led.get('compared', 0)} compared, "
          f"alerts: {alerts} → {settings.db_path}")
    _print_failed(out["failed"])
    return 1 if out["failed"] else 0


def cmd_alerts(args) -> int:
    from . import jobs
    settings = _settings(args)
    if args.since:
        try:
            datetime.strptime(args.since, "%Y-%m-%d")
        except ValueError:
            raise ConfigError(f"--since {args.since!r}: write the date as YYYY-MM-DD") from None
    rows = jobs.alerts_report(settings, since=args.since, kind=args.kind, category="ops" if args.ops else "claim")
    if args.format == "jsonl":
        for r in rows:
            sys.stdout.write(json.dumps(r, default=_json_default, ensure_ascii=False) + "\n")
        return 0
    from .alerts.render import headline, outlet
    cols = ["published", "kind", "severity", "subject", "metric", "counterparty", "change", "source"]
    table = []
    for r in rows:
        cur = r["current"] or {}
        table.append((cur.get("published") or (r["created_at"] or "")[:10], r["kind"], r["severity"],
                      r["subject"] or r.get("title"), r["metric"], r["counterparty"],
                      headline(r) if r["current"] else r.get("detail"), outlet(cur.get("source_url"))
                      if cur else ""))
    _print_table(cols, table, "table")
    return 0


def cmd_timeline(args) -> int:
    from . import jobs
    settings = _settings(args)
    rows = jobs.timeline(settings, args.subject, args.metric)
    if not rows:
        print(f"no claims for {args.subject} {args.metric}", file=sys.stderr)
        return 1
    if args.plot:
        from .alerts.plot import plot_timeline
        plot_timeline(rows, args.plot, title=f"{args.subject} {args.metric}")
        print(f"chart written to {args.plot}", file=sys.stderr)
    cols = ["period", "counterparty", "published", "figure", "relation", "change_pct", "speaker", "outlet"]
    from .alerts.render import figure
    table = []
    for r in rows:
        per = r["period_kind"] + (f" {r['period_start']}" if r["period_start"] else "") + \
            (f"–{r['period_end']}" if r["period_end"] and r["period_end"] != r["period_start"] else "")
        table.append((per, r["counterparty"], r["published"], figure(r), r["relation"],
                      None if r["change_pct_vs_previous"] is None else round(r["change_pct_vs_previous"], 1),
                      r["speaker"], r["outlet"]))
    _print_table(cols, table, args.format)
    return 0


def cmd_send(args) -> int:
    from . import jobs
    settings = _settings(args)
    s = jobs.deliver_pending(settings, resend_uncertain=args.resend_uncertain)
    waiting = ", ".join(f"{c} ({n})" for c, n in s["waiting"].items())
    print(f"sent {s['sent']} deliveries in {s['messages']} messages; {s['retrying']} to retry, {s['failed']} failed, "
          f"{s['muted']} muted, {s['expired']} expired, {s['uncertain']} uncertain"
          + (f"; waiting for channel configuration: {waiting}" if waiting else ""))
    for e in s["errors"][:20]:
        print(f"  ! {e}")
    if s["uncertain"]:
        print("  ? some deliveries were interrupted between send and record: check the channel, then "
              "`newswatch send --resend-uncertain`")
    return 0


def cmd_mute(args) -> int:
    from . import jobs
    settings = _settings(args)
    if not args.subject:
        rows = jobs.mutes(settings, everything=args.all) if Path(settings.db_path).exists() else []
        _print_table(["subject", "metric", "until", "reason", "active"],
                     [(r["subject"], r["metric"], r["until"], r["reason"], r["active"]) for r in rows], "table")
        return 0
    if not args.metric:
        raise ConfigError("mute needs SUBJECT and METRIC, e.g. newswatch mute openai users --for 7d")
    if args.off:
        out = jobs.mute(settings, args.subject, args.metric, for_s=None)
        print(f"unmuted {args.subject} {args.metric} ({out['unmuted']} mute lifted)")
        return 0
    out = jobs.mute(settings, args.subject, args.metric, for_s=parse_duration(args.duration or "7d", where="--for"),
                    reason=args.reason)
    print(f"muted {out['subject']} {out['metric']} until {out['until']} UTC")
    return 0


COMMANDS.update({"replay": cmd_replay, "alerts": cmd_alerts, "timeline": cmd_timeline, "send": cmd_send,
                 "mute": cmd_mute})

if __name__ == "__main__":
    sys.exit(main())
