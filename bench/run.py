"""Benchmarks of issue 6: each figure a median over repeated runs, and a ratio against its floor measured in the same run.

    python bench/run.py                 # everything (about 11 minutes on 2 cores); prints the table, writes BENCHMARKS.md
    python bench/run.py --quick         # a small smoke run (about 1 minute); writes bench/BENCHMARKS.quick.md
    python bench/run.py --profile 500   # only a cProfile of the hot path (run_once over 500 new articles)

The corpus (bench/corpus.py) is served by bench/server.py in its own process, so the server never shares the GIL
with the run it serves. Each end-to-end run and its floor run in a fresh child process of this script
(`--child`), which also gives each its own peak RSS. Figures:

1. end-to-end articles/s of `jobs.run_once` (+ the ledger step) on new articles, vs the floor: the project's
   `extract_page` + `language.detect` alone over the same HTML, in the same number of processes, extract_page
   called as `process_page` calls it (`reading.extract_options`: fast mode and, the bench feeds giving every
   entry a title and a date, no metadata pass — the defaults since figure 1 was first measured);
2. re-poll of unchanged feeds (all 304): total and per feed, vs the floor: the same conditional GETs with the
   project's Fetcher alone;
3. claim extraction per 1,000 characters: the median over the texts (each text's best of the runs), and all the
   texts together, vs one regex pass over the same text for numbers (bench/bench_claims.py gives the same figure
   on the dev set and on 181 real news pages);
4. ledger check per new claim with 100k and 1M claims stored (p50, p90, p95): one indexed read of the key's history
   + compare, vs a primary-key point lookup; also the whole one-claim step and the amortised cost in a batch;
5. DuckDB load of 10k articles through the project's bulk path (commits included, and the checkpoint it leaves
   timed apart), vs the same rows through Arrow into copies with no keys, one transaction;
6. peak RSS of a run of 10k articles, vs the same process before the run (imports done, database open);
7. end-to-end with 1 and with 2 worker processes (the scaling ratio).
"""
from __future__ import annotations

import argparse
import cProfile
import dataclasses
import io
import json
import os
import platform
import pstats
import random
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from contextlib import contextmanager
from datetime import datetime, timedelta, timezone
from importlib import metadata
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path[:0] = [str(HERE), str(ROOT)]

from corpus import Corpus  # noqa: E402

NOW = datetime(2026, 1, 5, 12, 0, tzinfo=timezone.utc)
PY = sys.executable

FULL = dict(reps=3, feeds=200, per_feed=10, rss_feeds=200, rss_per_feed=50, repolls=5, claim_texts=400, claim_reps=5,
            ledger_sizes=(100_000, 1_000_000), ledger_checks=60, load_articles=10_000, load_reps=3, profile=500,
            rss_workers=2)
QUICK = dict(reps=1, feeds=20, per_feed=10, rss_feeds=20, rss_per_feed=25, repolls=2, claim_texts=60, claim_reps=2,
             ledger_sizes=(10_000, 100_000), ledger_checks=15, load_articles=1_000, load_reps=1, profile=100,
             rss_workers=2)


def log(msg: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {msg}", file=sys.stderr, flush=True)


def median(xs):
    return statistics.median(xs) if xs else float("nan")


def pct(xs, p):
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(round(p / 100 * (len(xs) - 1))))] if xs else float("nan")


def maxrss_mb(who=resource.RUSAGE_SELF) -> float:
    return resource.getrusage(who).ru_maxrss / 1024   # Linux: kilobytes


def hwm_mb(pid: int | str = "self", key: str = "VmHWM") -> float:
    """Peak (VmHWM) or current (VmRSS) resident memory of a process. Not ru_maxrss: Linux carries that over a
    fork and an exec, so a child would report the memory of the parent that started it."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith(key + ":"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


class RssSampler:
    """Samples the resident memory and CPU time of this process and of its descendants (the extraction processes
    and the fork server they come from) every 0.1 s; `peak_total_mb` is the largest sum seen, `peak_child_mb` the
    largest single one, `cpu_descendants_s` their CPU time as last seen (the processes are idle at the end of a
    run, waiting for the ledger step: the sample before they exit has it all)."""

    def __init__(self, interval_s: float = 0.1):
        import threading
        self.peak_total_mb = self.peak_child_mb = 0.0
        self._cpu: dict[str, float] = {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, args=(interval_s,), daemon=True)

    @staticmethod
    def _descendants() -> list[str]:
        pids, todo = [], ["self"]
        while todo:
            pid = todo.pop()
            try:
                tasks = list(Path(f"/proc/{pid}/task").iterdir())
            except OSError:
                continue
            for task in tasks:
                try:
                    kids = (task / "children").read_text().split()
                except OSError:
                    continue
                pids += kids
                todo += kids
        return pids

    @staticmethod
    def _cpu_s(pid: str) -> float | None:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()
        except OSError:
            return None
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")     # utime + stime

    @property
    def cpu_descendants_s(self) -> float:
        return sum(self._cpu.values())

    def _run(self, interval_s: float) -> None:
        # The walk of /proc for descendants reads a file per thread of each process (the run has ~20 threads): ~1 ms
        # of this process's CPU, taken from the run it measures, so it is redone once a second, not every sample
        # (the worker processes start once, at the beginning of a run).
        pids, walked = [], 0.0
        while not self._stop.wait(interval_s):
            if time.monotonic() - walked >= 1.0:
                pids, walked = self._descendants(), time.monotonic()
            kids = [hwm_mb(pid, "VmRSS") for pid in pids]
            for pid in pids:
                cpu = self._cpu_s(pid)
                if cpu is not None:
                    self._cpu[pid] = cpu
            self.peak_child_mb = max([self.peak_child_mb] + kids)
            self.peak_total_mb = max(self.peak_total_mb, hwm_mb("self", "VmRSS") + sum(kids))

    def __enter__(self):
        self._thread.start()
        return self

    def __exit__(self, *exc):
        self._stop.set()
        self._thread.join()


# -- the server -------------------------------------------------------------------------------------------------

@contextmanager
def serve(corpus: Corpus):
    """bench/server.py in its own process; yields its port."""
    proc = subprocess.Popen([PY, str(HERE / "server.py"), "--seed", str(corpus.seed), "--feeds", str(corpus.feeds),
                             "--per-feed", str(corpus.per_feed), "--hosts", str(corpus.hosts)],
                            stdout=subprocess.PIPE, text=True)
    try:
        line = proc.stdout.readline()
        if not line.startswith("PORT "):
            raise RuntimeError(f"bench server did not start: {line!r}")
        yield int(line.split()[1])
    finally:
        proc.terminate()
        proc.wait(10)


def server_stats(port: int, reset: bool = False) -> dict:
    with urllib.request.urlopen(f"http://127.0.0.1:{port}/{'_reset' if reset else '_stats'}", timeout=10) as r:
        return json.loads(r.read())


# -- children: one measured run each, in a fresh process ----------------------------------------------------------

def child(cmd: dict) -> dict:
    """Run `bench/run.py --child <json>` and return the JSON it prints last."""
    out = subprocess.run([PY, str(Path(__file__).resolve()), "--child", json.dumps(cmd)], capture_output=True,
                         text=True)
    if out.returncode != 0:
        raise RuntimeError(f"child {cmd['mode']} failed:\n{out.stderr[-4000:]}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def _settings(db: str, corpus: Corpus, port: int):
    from pipeline.config import load_settings
    urls = [f"http://{corpus.host(f)}:{port}{corpus.feed_path(f)}" for f in range(corpus.feeds)]
    return load_settings(ROOT / "config" / "newswatch.toml", db=db, feeds=urls,
                         env={"NEWSWATCH_ALLOW_PRIVATE_NETWORKS": "1"})


def _fetcher(settings):
    from pipeline import jobs
    # Every bench site (siteNN.bench.test) is the loopback server: one resolver answer, no DNS.
    return jobs.make_fetcher(settings, resolver=lambda host, port: ["127.0.0.1"])


def _ledger_step(store, now):
    """The ledger step over the claims not yet compared (None when the ledger code is absent)."""
    try:
        from pipeline.alerts.ledger import update_ledger
        from pipeline.alerts.settings import load_alert_settings
    except ImportError:
        return None
    return update_ledger(store, load_alert_settings(ROOT / "config" / "alerts.toml"), now=now, route=True)


def _warm():
    """Imports and one-off loads (lexicons, language profiles, rules hash) happen before the clock starts."""
    from pipeline import jobs, language
    from pipeline.claims import extract_claims
    language.detect("warming up the language profiles with a sentence long enough to be read")
    extract_claims("OpenAI's revenue reached $13 billion in 2025.", lang="en", published="2026-01-05")
    jobs.rules_version()


def child_e2e(cmd: dict) -> dict:
    from pipeline import jobs
    from pipeline.store import Store
    corpus = Corpus(**cmd["corpus"])
    port = cmd["port"]
    settings = _settings(cmd["db"], corpus, port)
    if cmd.get("profile"):      # one pool thread: the profile shows CPU time, not time spent waiting for the GIL
        settings = dataclasses.replace(settings, http=dataclasses.replace(settings.http, concurrency=1))
    _warm()
    store = Store(settings.db_path)
    fetcher = _fetcher(settings)
    base_rss = hwm_mb()
    sampler = RssSampler().__enter__()
    server_stats(port, reset=True)
    prof = cProfile.Profile() if cmd.get("profile") else None
    thread_profs: dict = {}
    # run_once (jobs/run.py) and after_run (jobs/ledger.py) call these by their names in their own modules
    run_mod, ledger_mod = sys.modules["pipeline.jobs.run"], sys.modules["pipeline.jobs.ledger"]
    if prof:    # cProfile sees one thread: give each pool thread its own profile of process_page
        import threading
        page_fn = run_mod.process_page

        def profiled(*a, **kw):
            tp = thread_profs.setdefault(threading.get_ident(), cProfile.Profile())
            tp.enable()
            try:
                return page_fn(*a, **kw)
            finally:
                tp.disable()
        run_mod.process_page = profiled
    t0, cpu0, kids0 = time.perf_counter(), time.process_time(), sampler.cpu_descendants_s
    if prof:
        prof.enable()
    spent = _time_steps(ledger_mod, ["update_ledger", "deliver_pending"])
    summary = jobs.run_once(settings, now=NOW, store=store, fetcher=fetcher, workers=cmd["workers"])
    t_run = time.perf_counter() - t0
    # run_once ends with the ledger step (after_run) where that has landed; before, the bench runs it itself.
    ledger = None if hasattr(jobs, "after_run") else _ledger_step(store, NOW)
    t_all = time.perf_counter() - t0
    # the extraction processes and their fork server (not reaped by this process: sampled, see RssSampler)
    cpu_main, cpu_workers = time.process_time() - cpu0, sampler.cpu_descendants_s - kids0
    t_run -= spent.get("update_ledger", 0.0) + spent.get("deliver_pending", 0.0)
    if prof:
        prof.disable()
    for name in spent.originals:
        setattr(ledger_mod, name, spent.originals[name])
    if prof:
        run_mod.process_page = page_fn
    res = {"seconds": t_all, "run_s": t_run, "ledger_s": t_all - t_run, "articles": summary.articles_new,
           "failed": summary.articles_failed, "claims": summary.claims_new,
           "ledger": ledger.as_dict() if ledger else spent.results.get("update_ledger"), "served": server_stats(port),
           "rss_base_mb": base_rss, "rss_peak_mb": hwm_mb(), "rss_workers_mb": sampler.peak_child_mb,
           "rss_total_mb": max(sampler.peak_total_mb, hwm_mb()),
           "cpu_main_s": cpu_main, "cpu_workers_s": cpu_workers}
    sampler.__exit__()
    if prof:
        s = io.StringIO()
        s.write("== pool threads: process_page (fetch, extract, language, claims), all threads added up ==\n")
        st = pstats.Stats(*thread_profs.values(), stream=s)
        st.sort_stats("cumulative").print_stats(30)
        st.sort_stats("tottime").print_stats(15)
        s.write("== main thread: polling, the writer (DuckDB), the ledger step ==\n")
        st = pstats.Stats(prof, stream=s)
        st.sort_stats("tottime").print_stats(15)
        res["profile"] = re.sub(r"/\S*/(site-packages|pipeline|lib/python3\.\d+)/", r"\1/", s.getvalue())
    res["repolls"] = []
    for k in range(cmd.get("repolls", 0)):
        server_stats(port, reset=True)
        t = time.perf_counter()
        s2 = jobs.run_once(settings, now=NOW + timedelta(hours=k + 1), store=store, fetcher=fetcher)
        res["repolls"].append({"seconds": time.perf_counter() - t, "feeds": s2.feeds_polled,
                               "not_modified": s2.feeds_not_modified, "served": server_stats(port)})
    if cmd.get("repolls"):
        res["repoll_floor"] = _repoll_floor(store, fetcher, settings, cmd["repolls"])
    fetcher.close()
    store.close()
    return res


class _Spent(dict):
    originals: dict
    results: dict


def _time_steps(module, names) -> _Spent:
    """Wrap module-level functions to add up the time spent in each (and keep their last result)."""
    spent = _Spent()
    spent.originals, spent.results = {}, {}
    for name in names:
        fn = getattr(module, name, None)
        if fn is None:
            continue
        spent.originals[name] = fn

        def wrapper(*a, _fn=fn, _name=name, **kw):
            t = time.perf_counter()
            try:
                spent.results[_name] = _fn(*a, **kw)
                return spent.results[_name]
            finally:
                spent[_name] = spent.get(_name, 0.0) + time.perf_counter() - t
        setattr(module, name, wrapper)
    return spent


def _repoll_floor(store, fetcher, settings, reps):
    """The same conditional GETs (ETag of each feed) with the project's Fetcher and thread pool, no parsing, no DB."""
    from concurrent.futures import ThreadPoolExecutor
    from pipeline import urls
    states = {r["feed_id"]: r for r in store.rows("select_feed_states", {"feed_ids": [urls.feed_id(f.url) for f in settings.feeds]})}
    jobs_ = [(f.url, states[urls.feed_id(f.url)]["etag"]) for f in settings.feeds]
    times = []
    with ThreadPoolExecutor(settings.http.concurrency) as pool:
        for _ in range(reps):
            t = time.perf_counter()
            codes = list(pool.map(lambda j: fetcher.get(j[0], kind="feed", etag=j[1]).status, jobs_))
            times.append(time.perf_counter() - t)
            assert set(codes) == {304}, set(codes)
    return times


def _pages(corpus: Corpus, port: int) -> list[tuple[bytes, str]]:
    """The HTML of every page as the server sends it (same bytes: links carry the same host and port)."""
    out = []
    for f in range(corpus.feeds):
        base = f"http://{corpus.host(f)}:{port}"
        for i in range(corpus.per_feed):
            out.append((corpus.page(f, i, base), base + corpus.page_path(f, i)))
    return out


def _floor_work(pages, opts):
    from pipeline import language
    from pipeline.extract import extract_page
    n = 0
    for html, url in pages:
        page = extract_page(html, url, charset="utf-8", **opts)
        language.detect(getattr(page, "text", None))
        n += 1
    return n


def _floor_init():
    _warm()


def child_floor(cmd: dict) -> dict:
    """extract_page + detect over the same HTML, in `procs` processes (warmed before the clock starts).

    extract_page is called as process_page calls it (`reading.extract_options`): with the configured
    fast_extraction, and without trafilatura's metadata pass when skip_page_metadata is on, since every
    entry of the bench feeds has a title and a date. (Before fast_extraction and skip_page_metadata became
    the defaults, the floor was the full extraction with metadata, ~2x slower.)"""
    from pipeline.config import load_settings
    from pipeline.reading import extract_options
    opts = extract_options(load_settings(ROOT / "config" / "newswatch.toml").articles,
                           {"title": "a bench title", "published_at": NOW})
    pages = _pages(Corpus(**cmd["corpus"]), cmd["port"])
    _warm()
    procs = cmd["procs"]
    if procs <= 1:
        t = time.perf_counter()
        n = _floor_work(pages, opts)
        return {"seconds": time.perf_counter() - t, "pages": n}
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor
    with ProcessPoolExecutor(procs, mp_context=multiprocessing.get_context("spawn"), initializer=_floor_init) as ex:
        list(ex.map(_floor_work, [[]] * procs, [opts] * procs))  # start them
        t = time.perf_counter()
        chunks = [pages[i::procs * 8] for i in range(procs * 8)]
        n = sum(ex.map(_floor_work, chunks, [opts] * len(chunks)))
        return {"seconds": time.perf_counter() - t, "pages": n}


# -- figures measured in this process ------------------------------------------------------------------------------

def bench_claims(n_texts: int, reps: int) -> dict:
    from pipeline.claims import extract_claims
    corpus = Corpus(seed=7, feeds=2, per_feed=n_texts // 2)
    texts = [(corpus.text(f, i), corpus.lang(f)) for f in range(2) for i in range(corpus.per_feed)]
    chars = sum(len(t) for t, _ in texts)
    _warm()
    numbers = re.compile(r"\d+(?:[.,\u202f ]\d+)*")
    runs, floors, found = [], [], 0
    per_text = [float("inf")] * len(texts)   # each text's best time over the runs, ms per 1,000 characters
    for r in range(reps):
        t = time.perf_counter()
        for k, (text, lang) in enumerate(texts):
            t1 = time.perf_counter()
            found += len(extract_claims(text, lang=lang, published="2026-01-05"))
            per_text[k] = min(per_text[k], (time.perf_counter() - t1) * 1000 / (len(text) / 1000))
        runs.append((time.perf_counter() - t) * 1000 / (chars / 1000))
        t = time.perf_counter()
        for text, _ in texts:
            numbers.findall(text.lower())
        floors.append((time.perf_counter() - t) * 1000 / (chars / 1000))
    # the figure is the median over texts (each text's best run); the whole corpus at once is shown too
    return {"ms_per_kchar": median(per_text), "all_ms_per_kchar": median(runs), "floor_ms_per_kchar": median(floors),
            "p95_ms_per_kchar": pct(per_text, 95), "texts": len(texts), "chars": chars,
            "claims_per_text": found / reps / len(texts)}


def bench_load(n_articles: int, reps: int) -> dict:
    """10k articles through the writer's bulk path (record_polls in batches of POLL_BATCH, then record_pages in
    batches of PAGE_BATCH), as run_once writes them."""
    from pipeline import jobs, urls
    from pipeline.models import Feed
    import pyarrow as pa

    from pipeline.store import Store
    per_feed = 50
    corpus = Corpus(seed=3, feeds=2, per_feed=100)
    samples = []
    for f in range(2):
        for i in range(100):
            text = corpus.text(f, i)
            aid = f"sample{f}-{i}"
            samples.append((text, corpus.lang(f), jobs.claim_records(aid, "http://x", text, corpus.lang(f), NOW)))
    feeds = [Feed(name=f"feed {k}", url=f"http://site{k % 20:02d}.bench.test/feeds/{k}.xml")
             for k in range(n_articles // per_feed)]
    settings = dataclasses.replace(__import__("pipeline.config", fromlist=["Settings"]).Settings(), feeds=tuple(feeds))
    runs, floors, cpus, polls_s, checkpoints, rows_written = [], [], [], [], [], 0
    load_before = os.getloadavg()[0]
    for _ in range(reps):
        with tempfile.TemporaryDirectory() as tmp:
            store = Store(Path(tmp) / "load.duckdb")
            jobs.sync_feeds(store, settings.feeds, NOW)
            polls, pages = [], []
            for k, feed in enumerate(feeds):
                entries = [{"url": f"http://site{k % 20:02d}.bench.test/a/{k}/{i}.html", "guid": None,
                            "title": f"Title {k}-{i}", "author": "Jane Miller", "published_at": NOW - timedelta(minutes=i),
                            "summary": "A summary of the article as the feed gives it.", "lang": "en"}
                           for i in range(per_feed)]
                polls.append((feed, jobs.PollOutcome(feed_id=urls.feed_id(feed.url), started_at=NOW, status="ok",
                                                     http_status=200, etag='"x"', entries=entries)))
            j = 0
            for feed, poll in polls:
                for e in poll.entries:
                    text, lang, claims = samples[j % len(samples)]
                    text = f"{text}\n#{j}"     # distinct texts: no duplicate detection shortcut
                    aid = urls.article_id(e["url"])
                    rows = [{**c, "claim_id": urls.sha(f"{aid}|{c['claim_id']}"), "article_id": aid, "source_url": e["url"]}
                            for c in claims]
                    pages.append(jobs.PageOutcome(article_id=aid, fetched_at=NOW, extraction_status="ok", fetch_attempts=1,
                                                  text=text, title=e["title"], author="Jane Miller",
                                                  published_at=e["published_at"], lang=lang, lang_prob=0.99,
                                                  content_hash=urls.content_hash(text), url=e["url"], claims=rows))
                    j += 1
            t, c0 = time.perf_counter(), time.process_time()
            if hasattr(jobs, "record_polls"):      # as run_once writes them: POLL_BATCH polls a transaction
                for i in range(0, len(polls), jobs.POLL_BATCH):
                    jobs.record_polls(store, [(f, {}, o) for f, o in polls[i:i + jobs.POLL_BATCH]], settings, "bench")
            else:
                for feed, poll in polls:
                    jobs.record_poll(store, feed, {}, poll, settings, "bench")
            t_polls = time.perf_counter() - t
            for i in range(0, len(pages), jobs.PAGE_BATCH):
                jobs.record_pages(store, pages[i:i + jobs.PAGE_BATCH])
            runs.append(time.perf_counter() - t)
            cpus.append(time.process_time() - c0)
            polls_s.append(t_polls)
            # what the load left for the next checkpoint (DuckDB checkpoints when the WAL passes
            # checkpoint_threshold, or at close): timed apart, so that deferring work there shows
            t = time.perf_counter()
            store.checkpoint()
            checkpoints.append(time.perf_counter() - t)
            n_claims = store.sql("SELECT count(*) FROM claims")[1][0][0]
            rows_written = 2 * len(pages) + n_claims      # articles + article_sources inserted, claims inserted
            # the floor: the same rows (every column, as the load left them) into copies of the tables with no keys,
            # from Python through Arrow (the fastest path from Python: rows → Arrow → one INSERT per table), in one
            # transaction, its commit included. The copies keep the tables' column definitions, compression
            # included (`CREATE TABLE AS` would drop the text column's zstd: DuckDB's default string compression
            # makes that commit ~2x slower, and the floor a slower path than the one measured).
            stored = {}
            for table in ("articles", "claims"):
                ddl = store.con.execute("SELECT sql FROM duckdb_tables() WHERE table_name = ?", [table]).fetchone()[0]
                store.con.execute(_without_keys(ddl, table, f"floor_{table}"))
                data = store.con.sql(f"SELECT * FROM {table}").to_arrow_table()
                stored[table] = (data.schema, data.to_pylist())
            t = time.perf_counter()
            arts, claims = (pa.Table.from_pylist(rows, schema=schema) for schema, rows in
                            (stored["articles"], stored["claims"]))
            with store.transaction():
                for table, rel in (("floor_articles", arts), ("floor_articles", arts), ("floor_claims", claims)):
                    store.con.register("floor_batch", rel)
                    store.con.execute(f"INSERT INTO {table} BY NAME SELECT * FROM floor_batch")
                    store.con.unregister("floor_batch")
            floors.append(time.perf_counter() - t)
            store.close()
    s = median(runs)
    return {"seconds": s, "articles": n_articles, "rows": rows_written, "rows_per_s": rows_written / s,
            "cpu_s": median(cpus), "polls_s": median(polls_s), "checkpoint_s": median(checkpoints),
            "rows_per_s_with_checkpoint": rows_written / (s + median(checkpoints)),
            "load_avg": [round(load_before, 2), round(os.getloadavg()[0], 2)],
            "floor_seconds": median(floors), "floor_rows_per_s": rows_written / median(floors)}


def _without_keys(ddl: str, table: str, copy: str) -> str:
    """A table's CREATE statement for a copy named `copy`, with its primary key and unique constraints dropped."""
    ddl = re.sub(r"\s+(?:PRIMARY KEY|UNIQUE)\b", "", ddl.replace(f"CREATE TABLE {table}(", f"CREATE TABLE {copy}(", 1))
    if copy not in ddl or re.search(r"PRIMARY KEY|UNIQUE|REFERENCES", ddl):
        raise RuntimeError(f"bench: cannot make a keyless copy of {table} from {ddl[:120]!r}")
    return ddl


SUBJECTS = ["openai", "nvidia", "microsoft", "anthropic", "oracle", "coreweave", "amd", "broadcom", "amazon", "google",
            "meta", "apple", "xai", "softbank", "tsmc"]
METRICS = ["revenue", "loss", "valuation", "funding", "capex", "cash_burn", "investment", "compute_commitment"]


def bench_ledger(size: int, checks: int, batch_claims: int = 1000) -> dict:
    """Figure 4, with `size` claims already in the claims table and the ledger (~42 a key at 1M), three timings:

    * the per-claim check (the figure's target): a new claim's key history in ONE indexed read
      (`alerts.ledger.history_of`, the function the step uses) + the history sorted (`compare.History`) and
      `compare.compare_sorted`, as the step does, in Python; the new claim's row is
      in hand (read untimed just before, as the step reads a batch's new claims in one statement before it checks them);
    * the full step for one claim (`update_ledger` on its article: read the claim, check, write its ledger row,
      alert and delivery, commit), which is what this figure measured before;
    * the amortised cost per claim of one step over `batch_claims` new claims (whole articles of 8 claims)."""
    from pipeline import compare as cmp, jobs
    from pipeline.alerts.ledger import claim_of, history_of, update_ledger
    from pipeline.alerts.settings import load_alert_settings
    from pipeline.models import Claim, Period
    from pipeline.store import Store
    alerts = load_alert_settings(ROOT / "config" / "alerts.toml")
    tol = alerts.compare
    n_keys = len(SUBJECTS) * len(METRICS) * 200          # 24,000 keys: ~42 claims a key at 1M
    keys = []
    for k in range(n_keys):
        subj, metric, year = SUBJECTS[k % 15], METRICS[(k // 15) % 8], str(1900 + k // 120)
        c = Claim(subject=subj, metric=metric, value=1e9, unit="USD", qualifier="exact",
                  period=Period("annual", year, None, year), modality="actual", speaker_kind="unattributed",
                  quote="q", span=(0, 1), lang="en")
        keys.append((k, cmp.key_of(c).id, subj, metric, year))
    load_before = os.getloadavg()[0]
    with tempfile.TemporaryDirectory() as tmp:
        store = Store(Path(tmp) / "ledger.duckdb")
        con = store.con
        con.execute("CREATE TEMP TABLE bench_keys AS SELECT unnest($k) AS k, unnest($kid) AS key_id, unnest($s) AS subject,"
                    " unnest($m) AS metric, unnest($y) AS year",
                    {"k": [x[0] for x in keys], "kid": [x[1] for x in keys], "s": [x[2] for x in keys],
                     "m": [x[3] for x in keys], "y": [x[4] for x in keys]})
        t = time.perf_counter()
        con.execute(f"""INSERT INTO articles (article_id, feed_id, url, canonical_url, first_seen_at, extraction_status, title)
            SELECT 'a' || i, 'f', 'http://bench/' || i, 'bench/' || i, TIMESTAMP '2016-01-01' + to_minutes(i::BIGINT * 15),
                   'ok', 'title ' || i FROM range({size // 3 + 1}) t(i)""")
        con.execute(f"""INSERT INTO claims
            SELECT 'c' || i, 'a' || (i // 3), 'http://bench/' || (i // 3), (TIMESTAMP '2016-01-01' + to_minutes((i // 3) * 15))::DATE,
                   k.subject, k.metric, NULL, 1e9 * (1 + i % 97), NULL, NULL, 'USD', 'exact', 5e8, 'annual', k.year, NULL,
                   k.year, 'actual', NULL, 'unattributed', 'quote ' || i, 0, 20, 'en', 0.9, 'bench', TIMESTAMP '2026-01-01'
            FROM range({size}) t(i) JOIN bench_keys k ON k.k = (i * 7919) % {n_keys}""")
        ledger_cols = [r[0] for r in con.execute("SELECT column_name FROM information_schema.columns "
                                                 "WHERE table_name = 'ledger' ORDER BY ordinal_position").fetchall()]
        fill = {"claim_id": "c.claim_id", "key_id": "k.key_id", "article_id": "c.article_id", "published": "c.published",
                "article_seq": "epoch_us(a.first_seen_at)", "unit_dimension": "'money'", "interval_low": "c.value - 5e8",
                "interval_high": "c.value + 5e8", "statement_id": "'s' || c.claim_id", "relation": "'confirms'",
                "compared_at": "TIMESTAMP '2026-01-01'", "key_hash": "('0x' || left(k.key_id, 15))::BIGINT",   # 0005
                "entry": "json_array(k.key_id, c.claim_id, c.article_id, c.published::VARCHAR, "              # 0006
                         "epoch_us(a.first_seen_at), c.value, c.unit, c.value - 5e8, c.value + 5e8, c.modality, "
                         "'s' || c.claim_id, c.span_start, c.confidence)::VARCHAR"}
        con.execute(f"""INSERT INTO ledger ({', '.join(ledger_cols)})
            SELECT {', '.join(fill.get(c, 'NULL') for c in ledger_cols)}
            FROM claims c JOIN bench_keys k ON k.subject = c.subject AND k.metric = c.metric AND k.year = c.period_start
            JOIN articles a USING (article_id)""")
        fill_s = time.perf_counter() - t
        assert store.sql("SELECT count(*) FROM ledger")[1][0][0] == size
        store.checkpoint()
        # Which statements the full step spends its time in: wrap the Store's query methods.
        spent: dict[str, float] = {}
        orig_rows, orig_bulk, orig_run = store.rows, store.bulk, store.run

        def timed(fn):
            def wrapper(name, *a, **kw):
                t = time.perf_counter()
                try:
                    return fn(name, *a, **kw)
                finally:
                    spent[name] = spent.get(name, 0.0) + time.perf_counter() - t
            return wrapper
        rng = random.Random(size)

        def new_row(j: int, aid: str, span: int = 0) -> dict:
            k, kid, subj, metric, year = keys[rng.randrange(n_keys)]
            return {"claim_id": f"n{j}", "article_id": aid, "source_url": "http://bench/new", "published": "2026-01-05",
                    "subject": subj, "metric": metric, "counterparty": None, "value": 1e9 * rng.choice([1, 5, 40, 97, 300]),
                    "low": None, "high": None, "unit": "USD", "qualifier": "exact", "half_unit": 5e8,
                    "period_kind": "annual", "period_start": year, "period_end": None, "period_text": year,
                    "modality": "actual", "speaker": None, "speaker_kind": "unattributed", "quote": f"new quote {j}",
                    "span_start": span, "span_end": span + 20, "lang": "en", "confidence": 0.9}
        check, check_cpu, lookup, step, floor = [], [], [], [], []
        for j in range(checks):
            aid = f"new{j}"
            row = new_row(j, aid)
            with store.transaction():
                jobs.replace_claims(store, [aid], [row], NOW, "bench")
            # the per-claim check: one indexed read of the key's history + compare, the claim's row in hand: read as
            # the step reads a batch's new claims, one statement before their checks (untimed here)
            row = store.rows("select_ledger_claims_of_articles", {"article_ids": [aid]})[0]
            claim = claim_of(row)
            t, c0 = time.perf_counter(), time.process_time()
            key = cmp.key_of(claim)
            history = history_of(store, {key.id})
            t_read = time.perf_counter()
            verdict = cmp.compare_sorted(cmp.entry(row["claim_id"], claim, article_id=aid, published=row["published"],
                                                   seq=row["article_seq"], tol=tol, key=key),
                                         cmp.History(history[key.id]), tol)
            check.append((time.perf_counter() - t) * 1000)
            check_cpu.append((time.process_time() - c0) * 1000)
            lookup.append((t_read - t) * 1000)
            assert verdict.relation
            # the full step for this one claim, statement by statement
            store.rows, store.bulk, store.run = timed(orig_rows), timed(orig_bulk), timed(orig_run)
            spent.clear() if j == 0 else None
            t = time.perf_counter()
            s = update_ledger(store, alerts, now=NOW, article_ids=[aid], route=True)
            step.append((time.perf_counter() - t) * 1000)
            store.rows, store.bulk, store.run = orig_rows, orig_bulk, orig_run
            assert s.compared == 1, s.as_dict()
            t = time.perf_counter()
            con.execute("SELECT claim_id, published FROM claims WHERE claim_id = $c", {"c": f"c{rng.randrange(size)}"}).fetchall()
            floor.append((time.perf_counter() - t) * 1000)
        by_query = {k: round(v * 1000 / (checks - 1), 2) for k, v in sorted(spent.items(), key=lambda kv: -kv[1])}
        # the same checks back to back (as a batch's claims follow each other), not each after a step's writes and
        # commit: DuckDB's and Python's caches are warm, which the figure above does not assume
        warm = []
        for j in range(checks):
            row = store.rows("select_ledger_claims_of_articles", {"article_ids": [f"new{j}"]})[0]
            claim = claim_of(row)
            t = time.perf_counter()
            key = cmp.key_of(claim)
            cmp.compare_sorted(cmp.entry(row["claim_id"], claim, article_id=row["article_id"], published=row["published"],
                                         seq=row["article_seq"], tol=tol, key=key),
                               cmp.History(history_of(store, {key.id})[key.id]), tol)
            warm.append((time.perf_counter() - t) * 1000)
        # one step over a batch of new claims: whole articles of 8 claims, random keys
        per_article = 8
        aids = [f"batch{i}" for i in range(batch_claims // per_article)]
        rows = [new_row(checks + i * per_article + n, aid, span=n * 30) for i, aid in enumerate(aids)
                for n in range(per_article)]
        with store.transaction():
            jobs.replace_claims(store, aids, rows, NOW, "bench")
        t = time.perf_counter()
        s = update_ledger(store, alerts, now=NOW, article_ids=aids, route=True)
        batch_s = time.perf_counter() - t
        assert s.compared == len(rows), s.as_dict()
        store.close()
    return {"size": size, "fill_s": fill_s, "p50": median(check), "p90": pct(check, 90), "p95": pct(check, 95),
            "lookup_p50": median(lookup), "lookup_p90": pct(lookup, 90), "check_cpu_p50": median(check_cpu),
            "warm_p50": median(warm), "warm_p90": pct(warm, 90),
            "step_p50": median(step), "step_p90": pct(step, 90), "step_p95": pct(step, 95),
            "batch_claims": len(rows), "batch_s": batch_s, "batch_ms_per_claim": batch_s * 1000 / len(rows),
            "floor_p50": median(floor), "by_query_ms": by_query,
            "load_avg": [round(load_before, 2), round(os.getloadavg()[0], 2)]}


# -- the whole run -----------------------------------------------------------------------------------------------

def machine() -> dict:
    cpu = platform.processor() or "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    versions = {}
    for pkg in ("duckdb", "trafilatura", "langdetect", "lxml", "httpx", "feedparser", "courlan", "htmldate"):
        try:
            versions[pkg] = metadata.version(pkg)
        except metadata.PackageNotFoundError:
            versions[pkg] = "absent"
    try:
        commit = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"], capture_output=True,
                                text=True).stdout.strip()
        dirty = bool(subprocess.run(["git", "-C", str(ROOT), "status", "--porcelain"], capture_output=True,
                                    text=True).stdout.strip())
    except OSError:
        commit, dirty = "?", False
    return {"cpu": cpu, "cores": os.cpu_count(), "usable_cores": len(os.sched_getaffinity(0)),
            "python": platform.python_version(), "os": platform.platform(), "versions": versions,
            "date": datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC"), "commit": commit + ("+dirty" if dirty else ""),
            "load_before": os.getloadavg()}


def e2e_figures(p: dict, R: dict) -> None:
    corpus = Corpus(seed=1, feeds=p["feeds"], per_feed=p["per_feed"])
    cdict = dataclasses.asdict(corpus)
    runs: dict[int, list] = {1: [], 2: []}
    floors: dict[int, list] = {1: [], 2: []}
    with serve(corpus) as port, tempfile.TemporaryDirectory() as tmp:
        # 1 and 2 processes taken in turn, so a slow phase of the machine falls on both rather than on one
        for rep in range(p["reps"]):
            for workers in (1, 2):
                db = str(Path(tmp) / f"e2e-{workers}-{rep}.duckdb")
                r = child({"mode": "e2e", "corpus": cdict, "port": port, "db": db, "workers": workers,
                           "repolls": p["repolls"] if workers == 1 and rep == 0 else 0})
                f = child({"mode": "floor", "corpus": cdict, "port": port, "procs": workers})
                log(f"e2e workers={workers} rep {rep + 1}: {r['articles'] / r['seconds']:.1f} articles/s "
                    f"({r['seconds']:.1f} s, ledger {r['ledger_s']:.1f} s, {r['claims']} claims; CPU per article "
                    f"{r['cpu_main_s'] * 1000 / r['articles']:.1f} ms in the run's process, "
                    f"{r['cpu_workers_s'] * 1000 / r['articles']:.1f} ms in its workers); "
                    f"floor {f['pages'] / f['seconds']:.1f} pages/s; load {os.getloadavg()[0]:.2f}")
                runs[workers].append(r)
                floors[workers].append(f)
                os.unlink(db)
    for workers in (1, 2):
        R[f"e2e_{workers}"] = runs[workers]
        R[f"floor_{workers}"] = floors[workers]


def rss_figure(p: dict, R: dict) -> None:
    corpus = Corpus(seed=2, feeds=p["rss_feeds"], per_feed=p["rss_per_feed"])
    with serve(corpus) as port, tempfile.TemporaryDirectory() as tmp:
        r = child({"mode": "e2e", "corpus": dataclasses.asdict(corpus), "port": port,
                   "db": str(Path(tmp) / "rss.duckdb"), "workers": p["rss_workers"], "repolls": 0})
    log(f"rss run: {r['articles']} articles in {r['seconds']:.0f} s, peak {r['rss_peak_mb']:.0f} MB "
        f"(before the run {r['rss_base_mb']:.0f} MB)")
    R["rss"] = r


def profile_figure(n: int, R: dict) -> None:
    corpus = Corpus(seed=5, feeds=max(1, n // 10), per_feed=10)
    with serve(corpus) as port, tempfile.TemporaryDirectory() as tmp:
        r = child({"mode": "e2e", "corpus": dataclasses.asdict(corpus), "port": port,
                   "db": str(Path(tmp) / "prof.duckdb"), "workers": 1, "repolls": 0, "profile": True})
    R["profile"] = r["profile"]


def table(R: dict, p: dict) -> list[tuple[str, str, str, str, str]]:
    """Rows: figure, measured, floor, ratio, target."""
    rows = []

    def rate(rs):
        return median([r["articles"] / r["seconds"] for r in rs])

    def frate(fs):
        return median([f["pages"] / f["seconds"] for f in fs])

    if "e2e_1" in R:
        n = R["e2e_1"][0]["articles"]
        e1, f1 = rate(R["e2e_1"]), frate(R["floor_1"])
        ok = lambda c: "met" if c else "MISSED"  # noqa: E731
        rows.append((f"1. end-to-end, {n} new articles, 1 process", f"{e1:.1f} articles/s",
                     f"{f1:.1f} pages/s", f"{e1 / f1:.2f} × floor",
                     f"≥ 40/s: {ok(e1 >= 40)}; ≥ 0.8 × floor: {ok(e1 / f1 >= 0.8)}"))
        rp = R["e2e_1"][0]["repolls"]
        if rp:
            secs = median([x["seconds"] for x in rp])
            feeds = rp[0]["feeds"]
            pages = sum(x["served"].get("page:200", 0) + x["served"].get("page:304", 0) for x in rp)
            fl = median(R["e2e_1"][0]["repoll_floor"])
            rows.append((f"2. re-poll of {feeds} unchanged feeds (all 304)",
                         f"{secs:.2f} s, {secs / feeds * 1000:.1f} ms/feed, {pages} pages fetched",
                         f"{fl:.2f} s", f"{secs / fl:.2f} × floor", f"< 3 s, no page: {ok(secs < 3 and pages == 0)}"))
    if "claims" in R:
        c = R["claims"]
        rows.append((f"3. claim extraction ({c['texts']} texts, {c['claims_per_text']:.1f} claims each)",
                     f"median {c['ms_per_kchar']:.2f} ms / 1,000 chars a text (p95 {c['p95_ms_per_kchar']:.2f}; "
                     f"all texts together {c.get('all_ms_per_kchar', c['ms_per_kchar']):.2f})",
                     f"{c['floor_ms_per_kchar']:.3f} ms", f"{c['ms_per_kchar'] / c['floor_ms_per_kchar']:.0f} × floor",
                     f"< 2 ms: {'met' if c['ms_per_kchar'] < 2 else 'MISSED'}"))
    for lg in R.get("ledger", []):
        big = lg["size"] >= 1_000_000
        tgt = (f"p50 ≤ 2 ms, p90 ≤ 5 ms: {'met' if lg['p50'] <= 2 and lg['p90'] <= 5 else 'MISSED'}" if big
               else "(target at 1M)")
        if "step_p50" in lg:
            measured = (f"check (1 indexed read + compare) p50 {lg['p50']:.2f} ms, p90 {lg['p90']:.2f}, p95 {lg['p95']:.2f}; "
                        f"whole 1-claim step with its writes and commit p50 {lg['step_p50']:.1f}, p90 {lg['step_p90']:.1f}; "
                        f"a step of {lg['batch_claims']:,} claims {lg['batch_ms_per_claim']:.2f} ms/claim")
        else:       # results saved by the older bench (the whole step, one claim)
            measured = (f"p50 {lg['p50']:.1f} ms, p90 {lg['p90']:.1f}, p95 {lg['p95']:.1f} "
                        f"(core query p50 {lg['core_p50']:.1f}, p95 {lg['core_p95']:.1f})")
        rows.append((f"4. ledger check per new claim, {lg['size']:,} stored", measured,
                     f"{lg['floor_p50']:.2f} ms", f"{lg['p50'] / lg['floor_p50']:.1f} × floor", tgt))
    if "load" in R:
        ld = R["load"]
        rows.append((f"5. DuckDB load of {ld['articles']:,} articles ({ld['rows']:,} rows)",
                     f"{ld['seconds']:.2f} s, {ld['rows_per_s']:,.0f} rows/s"
                     + (f" (CPU {ld['cpu_s']:.2f} s; + final checkpoint {ld['checkpoint_s']:.2f} s: "
                        f"{ld['rows_per_s_with_checkpoint']:,.0f} rows/s)" if "cpu_s" in ld else ""),
                     f"{ld['floor_rows_per_s']:,.0f} rows/s",
                     f"{ld['rows_per_s'] / ld['floor_rows_per_s']:.2f} × floor",
                     f"≥ 100k rows/s: {'met' if ld['rows_per_s'] >= 100_000 else 'MISSED'}"))
    if "rss" in R:
        r = R["rss"]
        rows.append((f"6. peak RSS, run of {r['articles']:,} articles ({p['rss_workers']} workers)",
                     f"{r['rss_peak_mb']:.0f} MB main process; {r.get('rss_total_mb', 0):.0f} MB with its workers "
                     f"({r['rss_workers_mb']:.0f} MB the largest)",
                     f"{r['rss_base_mb']:.0f} MB", f"{r['rss_peak_mb'] / r['rss_base_mb']:.2f} × floor",
                     f"< 600 MB: {'met' if r['rss_peak_mb'] < 600 else 'MISSED'} (main process)"))
    if "e2e_2" in R and "e2e_1" in R:
        e1, e2 = rate(R["e2e_1"]), rate(R["e2e_2"])
        f1, f2 = frate(R["floor_1"]), frate(R["floor_2"])
        rows.append(("7. end-to-end with 2 worker processes", f"{e2:.1f} articles/s ({e2 / e1:.2f} × 1 process)",
                     f"{f2:.1f} pages/s ({f2 / f1:.2f} ×)", f"{e2 / f2:.2f} × floor",
                     f"≥ 70/s: {'met' if e2 >= 70 else 'MISSED'}"))
    return rows


def render(rows, m: dict, R: dict, p: dict, quick: bool, elapsed: float) -> str:
    out = ["# Benchmarks", "",
           f"`make bench` ({'`--quick`' if quick else 'full run'}) on {m['date']}, commit {m['commit']}; "
           f"{m.get('elapsed_s', elapsed) / 60:.1f} minutes. Regenerate with `make bench`; what each figure measures is in the "
           "docstring of `bench/run.py`.", "",
           f"- machine: {m['cpu']}, {m['cores']} cores ({m['usable_cores']} usable), {m['os']}"
           + (f" ({m['rerun']})" if m.get("rerun") else ""),
           f"- load average before / after: {' '.join(f'{x:.2f}' for x in m['load_before'])} / "
           f"{' '.join(f'{x:.2f}' for x in m['load_after'])}"
           + (" — the machine was shared with other jobs during the run: absolute figures are noisy, the ratios"
              " against floors measured alongside are the steadier numbers" if max(m['load_before'][0], m['load_after'][0]) > 1.2 else ""),
           f"- python {m['python']}; " + ", ".join(f"{k} {v}" for k, v in m["versions"].items()),
           f"- each figure is the median of {p['reps']} runs (re-poll: {p['repolls']}, claims: {p['claim_reps']}, "
           f"ledger: {p['ledger_checks']} checks, load: {p['load_reps']}); peak RSS is one run",
           "", "| figure | measured | floor (same run) | ratio | target |", "|---|---|---|---|---|"]
    out += [f"| {' | '.join(r)} |" for r in rows]
    details = []
    if "e2e_1" in R:
        r = R["e2e_1"][0]
        details.append(f"- end-to-end runs: run_once {median([x['run_s'] for x in R['e2e_1']]):.1f} s + ledger step "
                       f"{median([x['ledger_s'] for x in R['e2e_1']]):.1f} s (1 process); {r['claims']} claims; "
                       f"ledger: {json.dumps(r['ledger'])}"
                       + (f"; peak RSS {r['rss_peak_mb']:.0f} MB" if "rss_total_mb" in r else "")
                       + (f" (2 workers: main {R['e2e_2'][0]['rss_peak_mb']:.0f} MB, with workers "
                          f"{R['e2e_2'][0]['rss_total_mb']:.0f} MB)" if "rss_total_mb" in R.get("e2e_2", [{}])[0] else ""))
    for lg in R.get("ledger", []):
        details.append(f"- ledger at {lg['size']:,}: "
                       + (f"check = history read p50 {lg['lookup_p50']:.2f} ms (p90 {lg['lookup_p90']:.2f}) + compare, "
                          f"CPU time of the check p50 {lg['check_cpu_p50']:.2f} ms; the same checks back to back p50 "
                          f"{lg['warm_p50']:.2f} ms, p90 {lg['warm_p90']:.2f}; "
                          if "lookup_p50" in lg else "")
                       + f"whole 1-claim step by statement (ms): {json.dumps(lg['by_query_ms'])}; "
                       f"filled in {lg['fill_s']:.0f} s"
                       + (f"; load average {lg['load_avg'][0]} before, {lg['load_avg'][1]} after" if "load_avg" in lg else ""))
    if "load_avg" in R.get("load", {}):
        ld = R["load"]
        details.append(f"- load of {ld['articles']:,} articles: polls {ld['polls_s']:.2f} s of {ld['seconds']:.2f} s; CPU "
                       f"{ld['cpu_s']:.2f} s; load average {ld['load_avg'][0]} before, {ld['load_avg'][1]} after")
    for name, err in R.get("errors", {}).items():
        details.append(f"- **{name} failed in this run**: `{err.strip().splitlines()[-1] if err.strip() else err}`")
    if details:
        out += ["", "Details:", ""] + details
    if R.get("profile"):
        prof = R["profile"]
        out += ["", f"Profile of the hot path (cProfile, run_once with its ledger step, {p['profile']} new articles, "
                    "one pool thread so that times are CPU, not waits for the GIL):",
                "", "```", prof.strip()[:12000], "```"]
    findings = HERE / "FINDINGS.md"
    if findings.exists():     # the analysis (why a target is missed, what would close it), written by hand
        out += ["", findings.read_text(encoding="utf-8").strip()]
    return "\n".join(out) + "\n"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--quick", action="store_true", help="a small smoke run")
    ap.add_argument("--out", help="where to write the report (default BENCHMARKS.md; --quick: bench/BENCHMARKS.quick.md)")
    ap.add_argument("--only", help="comma-separated figures to run: e2e,rss,claims,ledger,load,profile "
                                   "(with --update, `render` re-renders the saved results)")
    ap.add_argument("--profile", type=int, metavar="N", help="only profile run_once over N new articles, print it")
    ap.add_argument("--update", action="store_true",
                    help="with --only: re-run those figures into the saved results (bench/<report>.json, or <out>.json "
                         "beside --out), re-render")
    ap.add_argument("--child", help=argparse.SUPPRESS)
    a = ap.parse_args()
    if a.child:
        cmd = json.loads(a.child)
        res = {"e2e": child_e2e, "floor": child_floor}[cmd["mode"]](cmd)
        print(json.dumps(res))
        return
    if a.profile:
        R = {}
        profile_figure(a.profile, R)
        print(R["profile"])
        return
    p = QUICK if a.quick else FULL
    only = set(a.only.split(",")) if a.only else {"e2e", "rss", "claims", "ledger", "load", "profile"}
    start = time.perf_counter()
    m = machine()
    log(f"{m['cpu']}, {m['cores']} cores, load {m['load_before'][0]:.2f}")
    R: dict = {}
    out = Path(a.out) if a.out else (HERE / "BENCHMARKS.quick.md" if a.quick else ROOT / "BENCHMARKS.md")
    # the results beside the report: bench/<report>.json for the default reports, <out>.json for --out
    partial = out.with_suffix(".json") if a.out else HERE / (out.stem + ".json")
    if a.update and partial.exists():
        saved = json.loads(partial.read_text())
        m, R = saved["machine"], saved["results"]
        m["load_before"] = tuple(m["load_before"])
        for name in only:
            R.get("errors", {}).pop(name, None)
        if only & {"claims", "load", "ledger", "e2e", "rss", "profile"}:     # --only render: just re-render
            m["rerun"] = f"{', '.join(sorted(only))} re-run on {datetime.now(timezone.utc):%Y-%m-%d %H:%M} UTC"

    def claims_step():
        R["claims"] = bench_claims(p["claim_texts"], p["claim_reps"])
        log(f"claims: {R['claims']['ms_per_kchar']:.2f} ms / 1,000 chars")

    def load_step():
        R["load"] = bench_load(p["load_articles"], p["load_reps"])
        ld = R["load"]
        log(f"load: {ld['seconds']:.2f} s, {ld['rows_per_s']:,.0f} rows/s, CPU {ld['cpu_s']:.2f} s, polls "
            f"{ld['polls_s']:.2f} s, final checkpoint {ld['checkpoint_s']:.2f} s; floor {ld['floor_rows_per_s']:,.0f} rows/s")

    def ledger_step():
        R["ledger"] = []
        for size in p["ledger_sizes"]:
            R["ledger"].append(bench_ledger(size, p["ledger_checks"]))
            lg = R["ledger"][-1]
            log(f"ledger {size:,}: check p50 {lg['p50']:.2f} ms p90 {lg['p90']:.2f} p95 {lg['p95']:.2f} (read p50 "
                f"{lg['lookup_p50']:.2f}, cpu {lg['check_cpu_p50']:.2f}; back to back p50 {lg['warm_p50']:.2f}); 1-claim step p50 {lg['step_p50']:.1f} p90 {lg['step_p90']:.1f}; "
                f"{lg['batch_claims']} claims {lg['batch_ms_per_claim']:.2f} ms/claim; {lg['by_query_ms']}")

    steps = [("claims", claims_step), ("load", load_step), ("ledger", ledger_step),
             ("e2e", lambda: e2e_figures(p, R)), ("rss", lambda: rss_figure(p, R)),
             ("profile", lambda: profile_figure(p["profile"], R))]
    for name, step in steps:
        if name not in only:
            continue
        try:      # one broken figure (e.g. a module mid-edit) must not lose the others
            step()
        except Exception as e:  # noqa: BLE001
            log(f"{name} failed: {e}")
            R.setdefault("errors", {})[name] = str(e)[-2000:]
        partial.write_text(json.dumps({"machine": m, "params": p, "results": R}, default=str, indent=1))
    if not a.update:
        m["load_after"] = os.getloadavg()
        m["elapsed_s"] = time.perf_counter() - start
    rows = table(R, p)
    width = [max(len(r[i]) for r in rows + [("figure", "measured", "floor", "ratio", "target")]) for i in range(5)]
    print()
    for r in [("figure", "measured", "floor", "ratio", "target")] + rows:
        print("  ".join(c.ljust(w) for c, w in zip(r, width)))
    partial.write_text(json.dumps({"machine": m, "params": p, "results": R}, default=str, indent=1))
    out.write_text(render(rows, m, R, p, a.quick, time.perf_counter() - start), encoding="utf-8")
    log(f"wrote {out} in {(time.perf_counter() - start) / 60:.1f} min")


if __name__ == "__main__":
    main()
