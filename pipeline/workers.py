"""The extraction processes of a run with workers > 1: pages are fetched by the run's threads and read
(`reading.read_page`: text, language, claims) in these processes, which hold no database and no network client.

They are forked from a fork server (multiprocessing's "forkserver" start method) that imports this module
once, with the language profiles and the claim rules loaded (`pipeline._worker_preload`): a worker starts in
milliseconds instead of ~1.5 s of CPU for its own imports, and the server outlives the run, so the next run in
the same process (`newswatch run --every 15m`, a test session) forks from it again. Not a fork of
the run's own process: it has threads and an open DuckDB connection, which a fork would copy half-made; the
server imports nothing that starts a thread (this module stays clear of DuckDB, Arrow, numpy and httpx: a test
keeps it so).
"""
from __future__ import annotations

import multiprocessing
import os
import sys
import threading
from concurrent.futures import ProcessPoolExecutor
from datetime import datetime

from .config import ArticleSettings
from .models import Response
from .reading import PageOutcome, claim_records, read_page

PRELOAD = ["pipeline._worker_preload"]

_articles: ArticleSettings | None = None     # a worker process's [articles] settings, sent once


def warm() -> None:
    """The one-off loads of reading a page, done before the first page rather than while pages wait."""
    from . import language
    language.detect("a sentence long enough for the language profiles to load before the first page")
    claim_records("warm-up", None, "Example Corp said its revenue rose to $1.5 billion in 2025.", "en", None)


def _start(articles: ArticleSettings) -> None:
    global _articles
    _articles = articles
    warm()               # a no-op after the server's preload; the loads if the preload failed


def _read(resp: Response, art: dict, now: datetime) -> PageOutcome:
    return read_page(resp, art, _articles, now)


def about() -> dict:
    """What a worker process started from: its parent (the fork server, not the run) and whether the preload ran."""
    return {"pid": os.getpid(), "parent": os.getppid(), "preloaded": PRELOAD[0] in sys.modules}


def pool(workers: int, articles: ArticleSettings) -> ProcessPoolExecutor:
    """`workers` extraction processes, started now by a thread of their own, so that their start overlaps the
    feed polls: the first start in a process waits for the fork server to import its preload (~1 s), which
    held up the polls when it was done here."""
    ctx = multiprocessing.get_context("forkserver")
    ctx.set_forkserver_preload(PRELOAD)
    procs = ProcessPoolExecutor(max_workers=workers, mp_context=ctx, initializer=_start, initargs=(articles,))

    def start() -> None:
        try:
            for _ in range(workers):
                procs.submit(int)
        except RuntimeError:        # the run ended (shut the pool down) before its workers were up
            pass
    threading.Thread(target=start, name="nw-workers-start", daemon=True).start()
    return procs


def read_in(procs: ProcessPoolExecutor, resp: Response, art: dict, now: datetime) -> PageOutcome:
    """`read_page` of a fetched page in one of the processes."""
    return procs.submit(_read, resp, art, now).result()
