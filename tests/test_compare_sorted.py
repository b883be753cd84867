"""compare.compare_sorted over a compare.History gives exactly compare's verdict (the ledger step uses the
sorted form; compare stays the reference): random histories dense in the cases that decide — ties of date and
sequence, several claims of one sentence, two currencies, denials, syndicated statements, late articles, low
confidence — and a history built one entry at a time in any order."""
from __future__ import annotations

import random
from datetime import date, timedelta

import pytest

from pipeline.compare import Entry, History, Interval, Tolerances, compare, compare_sorted

T = Tolerances()
DAY0 = date(2025, 1, 1)


def random_entry(rng: random.Random, n: int, articles: list[tuple[str, date, int]]) -> Entry:
    if articles and rng.random() < 0.4:      # another claim of an article already there (same order)
        article_id, published, seq = rng.choice(articles)
    else:
        article_id, published, seq = f"a{n}", DAY0 + timedelta(days=rng.randrange(12)), rng.randrange(3)
        articles.append((article_id, published, seq))
    value = rng.choice([10.0, 12.0, 13.0, 13.2, 20.0, 40.0])
    kind = rng.random()
    if kind < 0.6:
        iv = Interval(value - 0.5, value + 0.5)
    elif kind < 0.75:
        iv = Interval(value, None)
    elif kind < 0.85:
        iv = Interval(None, value)
    else:
        iv = Interval(value - 3, value + 3)
    return Entry(claim_id=f"c{n}", article_id=article_id, published=published, seq=seq, value=value,
                 unit=rng.choice(["USD", "USD", "USD", "EUR"]), interval=iv,
                 modality=rng.choice(["actual", "actual", "actual", "projected", "denied"]),
                 statement_id=rng.choice(["", "", "", "s1", "s2", "s3"]), span_start=rng.choice([0, 0, 40, 90]),
                 confidence=rng.choice([1.0, 1.0, 0.75, 0.4]))


@pytest.mark.parametrize("seed", range(60))
def test_same_verdict_as_compare(seed):
    rng = random.Random(seed)
    articles: list[tuple[str, date, int]] = []
    entries = [random_entry(rng, n, articles) for n in range(rng.randrange(0, 40))]
    tol = Tolerances(change_window_days=rng.choice([0, 3, 30]), min_confidence=rng.choice([0.0, 0.5]))
    history = History(entries)
    for k in range(25):
        new = random_entry(rng, 1000 + k, articles)
        assert compare_sorted(new, history, tol) == compare(new, entries, tol), (seed, k)
    # the claim itself already in its history (compare skips it)
    for e in entries[:5]:
        assert compare_sorted(e, history, tol) == compare(e, entries, tol)


@pytest.mark.parametrize("seed", range(20))
def test_history_built_entry_by_entry_sorts_as_compare_does(seed):
    """A step adds each article's claims after comparing them: the history it holds is the stable sort of
    everything in the order it came, so ties (same date, sequence and sentence) resolve as compare's sort."""
    rng = random.Random(1000 + seed)
    articles: list[tuple[str, date, int]] = []
    read = [random_entry(rng, n, articles) for n in range(rng.randrange(0, 30))]
    history, seen = History(read), list(read)
    for n in range(30):
        new = random_entry(rng, 100 + n, articles)
        assert compare_sorted(new, history, T) == compare(new, seen, T)
        history.add(new)
        seen.append(new)
    assert history.items == sorted(seen, key=lambda h: (h.order, h.span_start))
    assert len(history) == len(seen)
