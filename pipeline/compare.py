"""A new claim + the earlier claims of its key → relation (new, confirms, contradicts, changed, ...) and alert kind (pure).

The rules are ../shared/spec/claims.md §2, implemented as written:

* key = (subject, metric, counterparty, unit dimension, period kind/start/end); undated periods of
  one kind are one period ("the current figure"); modality does not split a key;
* interval from the qualifier and the half-unit of the number as written (`interval`);
* a claim is compared with the latest claim of its key published in an *earlier* article; claims
  of one article are never compared with each other;
* intervals overlap → confirms; disjoint within `change_window_days` → contradicts; further apart →
  changed; a denied claim contradicts the latest earlier claim whose interval holds its figure.

Choices the contract leaves open, made here and tested in tests/test_compare.py:

* The latest earlier article may hold several claims of the key ("85 billion, up from 75"): a new
  claim that overlaps any of them confirms; one disjoint from all is compared with the last of them.
* Money in two currencies (a CHF gloss of a USD figure) cannot be compared without rates: only
  claims of the same unit are compared; a claim whose key has figures only in other currencies is
  `incomparable` and raises nothing.
* Syndication: a statement already in the ledger (same key, figure and quote, any outlet) is
  `repeats`: it counts once and only adds a source.
* A late-arriving older article is compared at its publication date (with what was known then),
  and raises nothing when a claim published after it already overlaps its figure (`settled`): the
  newer claim already told the story.
"""
from __future__ import annotations

import hashlib
import math
import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections import defaultdict
from dataclasses import dataclass, field
from functools import cached_property
from datetime import date
from typing import Iterable, Sequence

from .models import Claim

# -- settings --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Tolerances:
    """The comparison settings of config/alerts.toml [compare]."""

    about_width: float = 0.10          # w: "about"/"nearly" widen the value by max(half-unit, w × value)
    change_window_days: int = 30       # disjoint figures closer than this contradict; further apart, changed
    min_confidence: float = 0.0        # claims below this are kept in the ledger but never alert


# -- units and keys -------------------------------------------------------------------------------

_NON_MONEY = {"W": "power", "count": "count", "percent": "percent"}


def dimension(unit: str) -> str:
    """The unit's dimension: an ISO 4217 code is money; W, count and percent are their own."""
    if unit in _NON_MONEY:
        return _NON_MONEY[unit]
    if re.fullmatch(r"[A-Z]{3}", unit or ""):
        return "money"
    return unit or "unknown"


@dataclass(frozen=True)
class Key:
    subject: str
    metric: str
    counterparty: str | None
    dimension: str
    period_kind: str
    period_start: str | None
    period_end: str | None

    @cached_property
    def id(self) -> str:        # computed once per Key (a step asks for it many times a claim)
        raw = "|".join(str(x) if x is not None else "" for x in (
            self.subject, self.metric, self.counterparty, self.dimension,
            self.period_kind, self.period_start, self.period_end))
        return _sha(raw)

    def label(self) -> str:
        """'openai revenue (annual 2025)', 'nvidia investment in openai (point)'."""
        cp = f" → {self.counterparty}" if self.counterparty else ""
        return f"{self.subject} {self.metric}{cp} ({period_label(self.period_kind, self.period_start, self.period_end)})"


def period_label(kind: str, start: str | None, end: str | None) -> str:
    if not start and not end:
        return {"point": "current", "run_rate": "run rate", "cumulative": "total"}.get(kind, kind)
    span = start if start == end or not end else f"{start or '…'}–{end}"
    return f"{kind.replace('_', ' ')} {span}"


def key_of(claim: Claim) -> Key:
    p = claim.period
    return Key(claim.subject, claim.metric, claim.counterparty or None, dimension(claim.unit),
               p.kind, p.start or None, p.end or None)


# -- intervals ------------------------------------------------------------------------------------

_SCALES = (1e12, 1e9, 1e6, 1e3)


def guess_half_unit(value: float, unit: str) -> float:
    """Half a unit of the last digit when the extractor did not record it: the last significant
    digit, in the scale people write such a number in (13e9 → 0.5e9; 1.4e12 → 0.05e12; 46.7e9 → 0.05e9)."""
    v = abs(value)
    if v == 0:
        return 0.5
    digits = f"{v:.6g}"
    mantissa = digits.split("e")[0]
    exp = int(digits.split("e")[1]) if "e" in digits else 0
    frac = mantissa.split(".")[1] if "." in mantissa else ""
    if frac:
        last = 10.0 ** (exp - len(frac))
    else:
        whole = mantissa.rstrip("0")
        last = 10.0 ** (exp + len(mantissa) - len(whole))
    scale = next((s for s in _SCALES if v >= s), 1.0) if dimension(unit) != "percent" else 1.0
    return min(last, scale) / 2


def half_unit(claim: Claim) -> float:
    return claim.half_unit if claim.half_unit is not None else guess_half_unit(claim.value, claim.unit)


@dataclass(frozen=True, slots=True)
class Interval:
    """A closed interval of base units; None is an open end (−∞ or +∞)."""

    low: float | None
    high: float | None

    def overlaps(self, other: Interval) -> bool:
        lo = max(_lo(self.low), _lo(other.low))
        hi = min(_hi(self.high), _hi(other.high))
        return lo <= hi + _EPS * max(abs(lo) if math.isfinite(lo) else 0, abs(hi) if math.isfinite(hi) else 0, 1.0)

    def holds(self, x: float) -> bool:
        return self.overlaps(Interval(x, x))


_EPS = 1e-9


def _lo(x: float | None) -> float:
    return -math.inf if x is None else x


def _hi(x: float | None) -> float:
    return math.inf if x is None else x


def interval(claim: Claim, tol: Tolerances = Tolerances()) -> Interval:
    """The interval the statement allows, from its qualifier (contract §2 table)."""
    v, hu, q = claim.value, half_unit(claim), claim.qualifier
    if q == "exact":
        return Interval(v - hu, v + hu)
    if q == "about":
        d = max(hu, tol.about_width * abs(v))
        return Interval(v - d, v + d)
    if q == "nearly":
        return Interval(v - max(hu, tol.about_width * abs(v)), v)
    if q in ("more_than", "at_least"):
        return Interval(v, None)
    if q in ("less_than", "at_most", "up_to"):
        return Interval(None, v)
    if q == "between":
        lo = claim.low if claim.low is not None else v
        hi = claim.high if claim.high is not None else v
        return Interval(min(lo, hi) - hu, max(lo, hi) + hu)
    return Interval(v - hu, v + hu)     # an unknown qualifier reads as exact: never wider than written


# -- the ledger entries compare works on ----------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Entry:
    """One claim placed in the ledger: what comparison needs, nothing more (slots: a step holds ~100k)."""

    claim_id: str
    article_id: str
    published: date                  # the article's publication date: the claim's as-of date
    seq: int                         # order among articles of one publication date (ingestion order)
    value: float
    unit: str
    interval: Interval
    modality: str = "actual"
    statement_id: str = ""
    span_start: int = 0
    confidence: float = 1.0

    @property
    def order(self) -> tuple:
        return (self.published, self.seq)


def entry(claim_id: str, claim: Claim, *, article_id: str, published: date, seq: int = 0,
          tol: Tolerances = Tolerances(), key: Key | None = None) -> Entry:
    return Entry(claim_id=claim_id, article_id=article_id, published=published, seq=seq, value=claim.value,
                 unit=claim.unit, interval=interval(claim, tol), modality=claim.modality,
                 statement_id=statement_id(claim, key), span_start=claim.span[0] if claim.span else 0,
                 confidence=claim.confidence)


_WORD = re.compile(r"\w+")


def statement_id(claim: Claim, key: Key | None = None) -> str:
    """The same statement syndicated by many outlets: key, figure and the words of the quote (`key`: the
    claim's, when the caller has it)."""
    words = " ".join(_WORD.findall(unicodedata.normalize("NFKC", claim.quote or "").casefold()))
    return _sha(f"{(key or key_of(claim)).id}|{claim.value:.6g}|{claim.unit}|{claim.qualifier}|{words}")


# -- the verdict ------------------------------------------------------------------------------------

RELATION_ALERT = {"new": "new_figure", "contradicts": "contradiction", "changed": "figure_changed"}


@dataclass(frozen=True)
class Verdict:
    relation: str                    # new | confirms | contradicts | changed | repeats | settled | incomparable | unmatched_denial
    previous: Entry | None = None    # the claim compared with
    alert: str | None = None         # new_figure | contradiction | figure_changed | None
    change_pct: float | None = None
    settled_by: Entry | None = None  # a newer claim that already holds this figure (late article)
    confirmed: tuple[Entry, ...] = field(default_factory=tuple)


def change_pct(previous: float | None, current: float | None) -> float | None:
    if previous is None or current is None or previous == 0:
        return None
    return (current - previous) / abs(previous) * 100.0


def compare(new: Entry, history: Iterable[Entry], tol: Tolerances = Tolerances()) -> Verdict:
    """The relation of `new` to the claims of its key already in the ledger (any order, any articles)."""
    others = [h for h in history if h.article_id != new.article_id and h.claim_id != new.claim_id]
    earlier = sorted((h for h in others if h.order < new.order), key=lambda h: (h.order, h.span_start))
    later = sorted((h for h in others if h.order > new.order), key=lambda h: (h.order, h.span_start))
    figures = [h for h in earlier if h.modality != "denied"]
    same_unit = [h for h in figures if h.unit == new.unit]

    if new.modality == "denied":
        return _denial(new, same_unit)

    if new.statement_id and any(h.statement_id == new.statement_id for h in others):
        # `others`, not earlier + later: an article of the same date and run (same order) may hold it
        first = min((h for h in others if h.statement_id == new.statement_id), key=lambda h: (h.order, h.span_start))
        return Verdict("repeats", previous=first)

    if not figures:
        verdict = Verdict("new", alert="new_figure")
    elif not same_unit:
        return Verdict("incomparable", previous=figures[-1])
    else:
        verdict = _against_latest(new, same_unit, tol)

    return _settled_or_quiet(new, verdict, later, tol)


def _settled_or_quiet(new: Entry, verdict: Verdict, later: Iterable[Entry], tol: Tolerances) -> Verdict:
    """An alerting verdict, unless a later claim already settled it or the new claim is below min_confidence.
    `later`: the claims of other articles published after `new`, in compare's order."""
    if verdict.alert:
        # A late-arriving older article: what it says was known at its date, but a claim published
        # after it already holds its figure, so that newer claim already settled the story.
        settler = next((h for h in later if h.modality != "denied" and h.unit == new.unit
                        and h.interval.overlaps(new.interval)), None)
        if settler is not None:
            return Verdict("settled", previous=verdict.previous, change_pct=verdict.change_pct, settled_by=settler)
    if verdict.alert and new.confidence < tol.min_confidence:
        return Verdict(verdict.relation, previous=verdict.previous, change_pct=verdict.change_pct)
    return verdict


def _against_latest(new: Entry, same_unit: Sequence[Entry], tol: Tolerances) -> Verdict:
    latest_order = same_unit[-1].order
    latest = [h for h in same_unit if h.order == latest_order]      # the claims of the latest earlier article
    overlapping = tuple(h for h in latest if h.interval.overlaps(new.interval))
    if overlapping:
        prev = overlapping[-1]
        return Verdict("confirms", previous=prev, change_pct=change_pct(prev.value, new.value), confirmed=overlapping)
    prev = latest[-1]
    days = abs((new.published - prev.published).days)
    relation = "contradicts" if days <= tol.change_window_days else "changed"
    return Verdict(relation, previous=prev, alert=RELATION_ALERT[relation], change_pct=change_pct(prev.value, new.value))


def _denial(new: Entry, same_unit: Sequence[Entry]) -> Verdict:
    """A denied figure contradicts the latest earlier claim whose interval holds it, whatever its age."""
    for h in reversed(same_unit):
        if h.interval.holds(new.value):
            return Verdict("contradicts", previous=h, alert="contradiction")
    return Verdict("unmatched_denial")



# -- the same verdicts over a key's history kept sorted ---------------------------------------------


def _place(h: Entry) -> tuple:
    """Where compare's sorts put an entry: (publication order, position in its text)."""
    return (h.order, h.span_start)


class History:
    """A key's history kept in the order `compare` sorts it into (stable: ties keep the order entries came in),
    for a step that compares many claims of one key in a row. `compare_sorted(new, history)` returns what
    `compare(new, entries)` returns for the same entries, without re-sorting the whole history per claim: it
    looks at the entries just before and after `new`'s place and stops at the first that decides (at 81k claims
    over few keys the per-claim sort made the ledger step quadratic: bench/FINDINGS.md)."""

    __slots__ = ("items", "places", "statements")

    def __init__(self, entries: Iterable[Entry] = ()):
        self.items: list[Entry] = sorted(entries, key=_place)
        self.places: list[tuple] = [_place(h) for h in self.items]
        self.statements: dict[str, list[Entry]] = defaultdict(list)    # statement_id → its entries, same order
        for h in self.items:
            if h.statement_id:
                self.statements[h.statement_id].append(h)

    def add(self, e: Entry) -> None:
        p = _place(e)
        i = bisect_right(self.places, p)
        self.places.insert(i, p)
        self.items.insert(i, e)
        if e.statement_id:
            same = self.statements[e.statement_id]
            same.insert(bisect_right(same, p, key=_place), e)

    def __len__(self) -> int:
        return len(self.items)


def compare_sorted(new: Entry, history: History, tol: Tolerances = Tolerances()) -> Verdict:
    """`compare(new, history.items)`, the same verdict (tests/test_compare_sorted.py checks it on random
    histories), in O(log n) plus the entries it has to step over."""
    items = history.items

    def other(h: Entry) -> bool:
        return h.article_id != new.article_id and h.claim_id != new.claim_id

    first_same = bisect_left(history.places, (new.order,))             # first entry of new's order or later
    first_later = bisect_right(history.places, (new.order, math.inf))  # first entry after new's order

    def earlier(pred) -> int:
        """Index of the last earlier entry (not new's article) that satisfies pred, -1 if none."""
        for i in range(first_same - 1, -1, -1):
            h = items[i]
            if other(h) and pred(h):
                return i
        return -1

    if new.modality == "denied":
        i = earlier(lambda h: h.modality != "denied" and h.unit == new.unit and h.interval.holds(new.value))
        return Verdict("contradicts", previous=items[i], alert="contradiction") if i >= 0 else \
            Verdict("unmatched_denial")

    if new.statement_id:
        first = next((h for h in history.statements.get(new.statement_id, ()) if other(h)), None)
        if first is not None:
            return Verdict("repeats", previous=first)

    last_fig = earlier(lambda h: h.modality != "denied")
    if last_fig < 0:
        verdict = Verdict("new", alert="new_figure")
    else:
        last_same = earlier(lambda h: h.modality != "denied" and h.unit == new.unit)
        if last_same < 0:
            return Verdict("incomparable", previous=items[last_fig])
        latest_order = items[last_same].order
        latest = []
        for i in range(last_same, -1, -1):
            h = items[i]
            if h.order != latest_order:
                break
            if other(h) and h.modality != "denied" and h.unit == new.unit:
                latest.append(h)
        latest.reverse()
        verdict = _against_latest(new, latest, tol)

    return _settled_or_quiet(new, verdict, (h for h in items[first_later:] if other(h)), tol)


# -- alerts ----------------------------------------------------------------------------------------


def dedup_key(key: Key, kind: str, previous_claim_id: str | None, claim_id: str) -> str:
    """Same key + same claim pair → same alert, never sent twice."""
    return _sha(f"{key.id}|{kind}|{previous_claim_id or ''}|{claim_id}")


def severity(kind: str, metric: str, table: dict[str, dict[str, str]] | dict) -> str:
    """Severity from config: [severity.<kind>] default = "...", <metric> = "..." (metric wins)."""
    by_kind = table.get(kind) or {}
    return by_kind.get(metric) or by_kind.get("default") or "info"


def _sha(text: str) -> str:
    return hashlib.blake2b(text.encode("utf-8"), digest_size=16).hexdigest()
