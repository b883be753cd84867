"""pipeline.compare: every row of the contract's interval and relation tables (spec/claims.md §2), and the
cases around them: periods never crossing, denials, syndication, late-arriving articles."""
from __future__ import annotations

import math
from datetime import date

import pytest

from pipeline.compare import (Interval, Tolerances, compare, dedup_key, dimension, entry, guess_half_unit,
                              interval, key_of, severity, statement_id)
from pipeline.models import Claim, Period

B = 1e9
T = Tolerances()


def claim(value, qualifier="exact", *, half_unit=None, low=None, high=None, unit="USD", period=("annual", "2025", "2025"),
          subject="openai", metric="revenue", counterparty=None, modality="actual", quote=None, confidence=0.9):
    return Claim(subject=subject, metric=metric, value=value, unit=unit, qualifier=qualifier,
                 period=Period(*period), modality=modality, speaker_kind="company",
                 quote=quote if quote is not None else f"{subject} {metric} {value} {qualifier}", span=(0, 10),
                 lang="en", counterparty=counterparty, low=low, high=high, confidence=confidence, half_unit=half_unit)


# -- the interval table ----------------------------------------------------------------------------

INTERVALS = [
    # qualifier, value, half-unit, low, high, expected (low, high); None = open
    ("exact", 13 * B, 0.5 * B, None, None, (12.5 * B, 13.5 * B)),          # 13 billion
    ("exact", 1.4e12, 0.05e12, None, None, (1.35e12, 1.45e12)),            # 1.4 trillion
    ("exact", 27.5, 0.05, None, None, (27.45, 27.55)),                     # 27,5 %
    ("about", 100 * B, 0.5 * B, None, None, (90 * B, 110 * B)),            # w × value wins
    ("about", 3.0, 0.5, None, None, (2.5, 3.5)),                           # half-unit wins over 10 % of 3
    ("nearly", 1000 * B, 0.5 * B, None, None, (900 * B, 1000 * B)),
    ("nearly", 3.0, 0.5, None, None, (2.5, 3.0)),
    ("more_than", 13 * B, 0.5 * B, None, None, (13 * B, None)),
    ("at_least", 13 * B, 0.5 * B, None, None, (13 * B, None)),
    ("less_than", 5 * B, 0.5 * B, None, None, (None, 5 * B)),
    ("at_most", 5 * B, 0.5 * B, None, None, (None, 5 * B)),
    ("up_to", 100 * B, 0.5 * B, None, None, (None, 100 * B)),
    ("between", 66 * B, 0.5 * B, 66 * B, 72 * B, (65.5 * B, 72.5 * B)),
]


@pytest.mark.parametrize("q, value, hu, low, high, want", INTERVALS)
def test_interval_table(q, value, hu, low, high, want):
    got = interval(claim(value, q, half_unit=hu, low=low, high=high), T)
    for a, b in zip((got.low, got.high), want):
        assert (a is None) == (b is None) and (a is None or math.isclose(a, b))


def test_about_width_is_a_setting():
    got = interval(claim(100 * B, "about", half_unit=0.5 * B), Tolerances(about_width=0.05))
    assert (got.low, got.high) == (95 * B, 105 * B)


@pytest.mark.parametrize("value, unit, want", [
    (13 * B, "USD", 0.5 * B), (2 * B, "USD", 0.5 * B), (100 * B, "USD", 0.5 * B), (1.4e12, "USD", 0.05e12),
    (11.9 * B, "USD", 0.05 * B), (46.743 * B, "USD", 0.0005 * B), (700e6, "count", 0.5e6),
    (27.5, "percent", 0.05), (39, "percent", 0.5), (5.97, "percent", 0.005), (6e9, "W", 0.5e9),
])
def test_half_unit_guessed_from_the_value_when_not_recorded(value, unit, want):
    assert guess_half_unit(value, unit) == pytest.approx(want)


def test_overlap_is_closed_touching_intervals_overlap():
    assert Interval(40.5 * B, 41.5 * B).overlaps(Interval(39.5 * B, 40.5 * B))
    assert not Interval(40.6 * B, 41.5 * B).overlaps(Interval(39.5 * B, 40.5 * B))
    assert Interval(None, 5).overlaps(Interval(5, None))
    assert Interval(None, None).overlaps(Interval(1e12, 1e12))


# -- keys ----------------------------------------------------------------------------------------------

def test_key_splits_periods_counterparties_and_dimensions_not_modality_or_currency():
    base = key_of(claim(13 * B))
    assert key_of(claim(13 * B, modality="projected")) == base
    assert key_of(claim(13 * B, unit="EUR")) == base                            # same dimension: money
    assert key_of(claim(13 * B, period=("annual", "2027", "2027"))) != base
    assert key_of(claim(13 * B, period=("run_rate", "2025", "2025"))) != base
    assert key_of(claim(13 * B, counterparty="oracle")) != base
    assert key_of(claim(13, unit="percent")) != base
    assert key_of(claim(1, period=("point", None, None))) == key_of(claim(2, period=("point", "", None)))
    assert dimension("USD") == "money" and dimension("W") == "power" and dimension("count") == "count"


# -- the relation table ----------------------------------------------------------------------------------

def E(cid, value, day, q="exact", hu=0.5 * B, *, article=None, seq=0, unit="USD", modality="actual", low=None,
      high=None, quote=None, span=0, confidence=0.9):
    c = claim(value, q, half_unit=hu, unit=unit, modality=modality, low=low, high=high,
              quote=quote if quote is not None else f"q-{cid}", confidence=confidence)
    c = Claim(**{**c.__dict__, "span": (span, span + 5)})
    return entry(cid, c, article_id=article or f"art-{cid}", published=date.fromisoformat(day), seq=seq)


RELATIONS = [
    # name, history, new, relation, alert
    ("new: no earlier claim", [], E("n", 13 * B, "2025-03-01"), "new", "new_figure"),
    ("confirms: same figure", [E("a", 13 * B, "2025-01-01")], E("n", 13 * B, "2025-03-01"), "confirms", None),
    ("confirms: inside rounding", [E("a", 13 * B, "2025-01-01")], E("n", 13.4 * B, "2025-03-01", hu=0.05 * B),
     "confirms", None),
    ("confirms: open interval holds it", [E("a", 13 * B, "2025-01-01", "more_than")], E("n", 20 * B, "2025-06-01"),
     "confirms", None),
    ("confirms: about widened", [E("a", 100 * B, "2025-01-01", "about")], E("n", 108 * B, "2025-01-05"),
     "confirms", None),
    ("contradicts: disjoint within 30 days", [E("a", 45 * B, "2025-09-05")], E("n", 47 * B, "2025-09-06"),
     "contradicts", "contradiction"),
    ("contradicts: exactly 30 days", [E("a", 45 * B, "2025-09-01")], E("n", 47 * B, "2025-10-01"),
     "contradicts", "contradiction"),
    ("changed: 31 days apart", [E("a", 45 * B, "2025-09-01")], E("n", 47 * B, "2025-10-02"), "changed",
     "figure_changed"),
    ("changed: nearly below", [E("a", 1.4e12, "2025-01-01", hu=0.05e12)],
     E("n", 1000 * B, "2025-06-01", "nearly"), "changed", "figure_changed"),
    ("compared with the LATEST earlier claim, not the first",
     [E("a", 10 * B, "2025-01-01"), E("b", 20 * B, "2025-05-01")], E("n", 20 * B, "2025-09-01"), "confirms", None),
]


@pytest.mark.parametrize("name, history, new, relation, alert", RELATIONS, ids=[r[0] for r in RELATIONS])
def test_relation_table(name, history, new, relation, alert):
    v = compare(new, history, T)
    assert (v.relation, v.alert) == (relation, alert)


def test_change_window_is_a_setting():
    v = compare(E("n", 47 * B, "2025-10-02"), [E("a", 45 * B, "2025-09-01")], Tolerances(change_window_days=60))
    assert v.relation == "contradicts"


def test_change_pct_and_previous():
    v = compare(E("n", 20 * B, "2025-09-01"), [E("a", 13 * B, "2025-01-01")], T)
    assert v.previous.claim_id == "a" and v.change_pct == pytest.approx(53.846, rel=1e-3)


def test_claims_of_one_article_are_never_compared_with_each_other():
    old = E("old", 75 * B, "2025-07-01", article="x", span=50)
    new = E("new", 85 * B, "2025-07-01", article="x", span=0)
    assert compare(new, [old], T).relation == "new"


def test_latest_article_with_several_figures_confirms_when_any_overlaps():
    hist = [E("a85", 85 * B, "2025-07-01", article="x", span=0), E("a75", 75 * B, "2025-07-01", article="x", span=90)]
    v = compare(E("n", 85 * B, "2025-09-01"), hist, T)
    assert v.relation == "confirms" and v.previous.claim_id == "a85"
    v = compare(E("n", 92 * B, "2025-09-01", "between", low=91 * B, high=93 * B), hist, T)
    assert v.relation == "changed" and v.previous.claim_id == "a75"    # disjoint from all: the last of them


def test_same_day_articles_are_ordered_by_ingestion():
    hist = [E("a", 45 * B, "2025-09-05", seq=1)]
    assert compare(E("n", 47 * B, "2025-09-05", seq=2), hist, T).relation == "contradicts"


def test_other_currency_is_not_compared():
    hist = [E("usd", 110 * B, "2025-03-01")]
    v = compare(E("chf", 84.7 * B, "2025-03-02", unit="CHF", hu=0.05 * B), hist, T)
    assert v.relation == "incomparable" and v.alert is None


# -- periods never cross -------------------------------------------------------------------------------

def test_a_2025_figure_never_contradicts_a_2027_target():
    a = claim(13 * B, period=("annual", "2025", "2025"))
    b = claim(100 * B, period=("annual", "2027", "2027"), modality="projected")
    assert key_of(a) != key_of(b)


def test_run_rate_and_annual_are_different_keys():
    assert key_of(claim(20 * B, period=("run_rate", None, None))) != key_of(claim(13 * B, period=("annual", None, None)))


# -- denials -----------------------------------------------------------------------------------------------

def test_denied_claim_contradicts_the_latest_claim_holding_its_figure_whatever_the_window():
    hist = [E("upto", 100 * B, "2025-09-22", "up_to"), E("other", 500 * B, "2025-10-01")]
    v = compare(E("d", 100 * B, "2025-12-20", modality="denied"), hist, T)
    assert v.relation == "contradicts" and v.alert == "contradiction" and v.previous.claim_id == "upto"


def test_denial_of_a_figure_nobody_gave_raises_nothing():
    v = compare(E("d", 7 * B, "2025-12-20", modality="denied"), [E("a", 100 * B, "2025-09-22")], T)
    assert v.relation == "unmatched_denial" and v.alert is None


def test_a_denial_is_not_a_figure_later_claims_compare_with():
    hist = [E("a", 100 * B, "2025-09-22", "up_to"), E("d", 100 * B, "2025-10-01", modality="denied")]
    assert compare(E("n", 100 * B, "2025-10-03"), hist, T).relation == "confirms"


# -- syndication -------------------------------------------------------------------------------------------

def test_syndicated_statement_counts_once():
    quote = "OpenAI's revenue reached $13 billion in 2025, the company said."
    first = E("a", 13 * B, "2025-06-01", quote=quote, article="reuters")
    copy = E("b", 13 * B, "2025-08-15", quote=quote, article="yahoo")         # same wire copy, weeks later
    v = compare(copy, [first], T)
    assert v.relation == "repeats" and v.alert is None and v.previous.claim_id == "a"
    assert statement_id(claim(13 * B, quote=quote)) == statement_id(claim(13 * B, quote=quote.upper() + "  "))


def test_syndicated_copy_of_an_old_figure_does_not_flip_the_ledger_back():
    quote = "OpenAI's revenue reached $13 billion."
    hist = [E("a", 13 * B, "2025-01-01", quote=quote, article="r1"), E("b", 20 * B, "2025-06-01")]
    assert compare(E("c", 13 * B, "2025-09-01", quote=quote, article="r2"), hist, T).alert is None


# -- late-arriving older articles --------------------------------------------------------------------------

def test_late_article_is_compared_at_its_publication_date():
    hist = [E("jan", 10 * B, "2025-01-01"), E("jun", 30 * B, "2025-06-01")]
    v = compare(E("late", 10 * B, "2025-02-01", seq=99), hist, T)        # arrives last, says what January said
    assert v.relation == "confirms" and v.previous.claim_id == "jan"


def test_late_article_raises_nothing_a_newer_claim_settled():
    hist = [E("jan", 10 * B, "2025-01-01"), E("jun", 20 * B, "2025-06-01")]     # jun already raised 10 → 20
    v = compare(E("late", 20 * B, "2025-04-01", seq=99), hist, T)
    assert v.relation == "settled" and v.alert is None and v.settled_by.claim_id == "jun"


def test_late_article_with_a_figure_nobody_else_gave_still_alerts():
    hist = [E("jan", 10 * B, "2025-01-01"), E("jun", 10 * B, "2025-06-01")]
    v = compare(E("late", 40 * B, "2025-01-10", seq=99), hist, T)
    assert v.relation == "contradicts" and v.previous.claim_id == "jan"


def test_late_first_figure_is_not_new_when_newer_ones_hold_it():
    v = compare(E("late", 10 * B, "2024-12-01", seq=99), [E("jan", 10 * B, "2025-01-01")], T)
    assert v.relation == "settled" and v.alert is None


# -- alerts helpers ------------------------------------------------------------------------------------------

def test_dedup_key_is_stable_and_pair_specific():
    k = key_of(claim(13 * B))
    assert dedup_key(k, "figure_changed", "a", "b") == dedup_key(k, "figure_changed", "a", "b")
    assert dedup_key(k, "figure_changed", "a", "b") != dedup_key(k, "figure_changed", "a", "c")


def test_severity_by_kind_and_metric():
    table = {"contradiction": {"default": "warning", "revenue": "critical"}}
    assert severity("contradiction", "revenue", table) == "critical"
    assert severity("contradiction", "users", table) == "warning"
    assert severity("new_figure", "users", table) == "info"


def test_low_confidence_claims_never_alert():
    v = compare(E("n", 13 * B, "2025-03-01", confidence=0.2), [], Tolerances(min_confidence=0.5))
    assert v.relation == "new" and v.alert is None
