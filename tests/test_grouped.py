"""lexicon.grouped: an alternation written as a trie of its branches matches exactly as the alternation written out
(the same match, the same groups, from any position), and the claim rules' grouped patterns do on real text."""
from __future__ import annotations

import random
import re

import pytest

from pipeline.claims import attach, find, metrics, numbers, periods, speakers  # noqa: F401  (they fill GROUPED)
from pipeline.claims.lexicon import GROUPED, compile_grouped, grouped, load

from test_claims_fastpath import SENTENCES


@pytest.mark.parametrize("pattern,want", [
    (r"\bsaid|\bsays|\btold", r"\b(?:sa(?:id|ys)|told)"),
    ("said|says|told|tells", "sa(?:id|ys)|t(?:old|ells)"),
    # a run of branches led by \b and one led by a character stay apart, in order
    (r"\bthan|above|\bqu", r"\bthan|above|\bqu"),
    # branches that share more than one character are led by all of them
    ("Taiwan Semiconductor Manufacturing|Taiwan Semiconductor", "Taiwan Semiconductor(?: Manufacturing|)"),
    # escaped characters lead as one; a quantified first character, a class, a group or an escape class do not
    (r"\$x|\$y|s?aid|said|[ab]c|[ab]d|(?:x)y|(?:x)z|\dk|\dl", r"\$(?:x|y)|s?aid|said|[ab]c|[ab]d|(?:x)y|(?:x)z|\dk|\dl"),
    # only neighbouring branches: a branch that does not open on a character keeps its place between them
    ("ab|(?:c)|ad", "ab|(?:c)|ad"),
    # groups are grouped inside, named ones keep their name; lookbehinds and inline flags are left as they are
    (r"x(?:ab|ac)|(?P<n>ab|ac)|(?<=ab|cd)e|(?i:ab|ac)", r"x(?:a(?:b|c))|(?P<n>a(?:b|c))|(?<=ab|cd)e|(?i:ab|ac)"),
    # "|" and ")" inside a class or escaped are not the alternation's
    (r"[|)]a|\|b|\|c", r"[|)]a|\|(?:b|c)"),
    ("a|ab|", "a(?:|b)|"),
    # capturing groups keep their numbers: a branch holding one does not move past another that holds one
    ("b|a(x)|b(y)|bz", "b|a(x)|b(?:(y)|z)"),
    ("a(x)|b|a(y)", "a(?:(x)|(y))|b"),
])
def test_grouped_writes_the_trie(pattern, want):
    assert grouped(pattern) == want
    re.compile(want)


def test_case_insensitive_and_verbose_patterns_are_compiled_as_written():
    # ("Said" and "said" may both match at one position: grouping by the written character would reorder them)
    assert compile_grouped("Said|said|Says", re.IGNORECASE).pattern == "Said|said|Says"
    assert compile_grouped("(?i)Said|said").pattern == "(?i)Said|said"
    assert compile_grouped("a b|a c", re.VERBOSE).pattern == "a b|a c"


_PIECES = ["a", "b", "ab", "ba", "aa", r"\.", r"\$", " ", "-", "[ab]", "[^a]", r"\w", r"\s", ".", r"\b", "a?", "b+",
           "(?:a|b)", "(a)", "(?P<g>b|ab)", "(?=a)", "(?!b)", "(?<=a)", "(?<!b)", "$", "^", "a{2}", "(?:ab|a)b",
           "(a|)", "b*?", "(?>a|ab)"]


def _random_pattern(rng: random.Random, depth: int = 0) -> str:
    branches = []
    for _ in range(rng.randint(1, 6)):
        # (most branches open on a character or on \b, as in the rules' lists of words: those are the ones grouped)
        parts = [rng.choice(["a", "b", r"\b", r"\ba", r"\$", "."])] if rng.random() < 0.7 else []
        for _ in range(rng.randint(0, 4)):
            if depth < 2 and rng.random() < 0.2:
                parts.append(f"(?:{_random_pattern(rng, depth + 1)})" + rng.choice(["", "", "?", "*", "+"]))
            else:
                parts.append(rng.choice(_PIECES))
        branches.append("".join(parts))
    return "|".join(branches)


def _outcomes(rx: re.Pattern, s: str) -> list:
    out = [(m.span(), m.groups()) for m in rx.finditer(s)]
    for pos in range(0, len(s) + 1, 3):
        for fn in (rx.search, rx.match, rx.fullmatch):
            m = fn(s, pos, len(s) - pos // 2)
            out.append(m and (m.span(), m.groups()))
    return out


def test_grouped_patterns_match_as_written_on_random_patterns_and_texts():
    rng = random.Random(2026)
    texts = ["".join(rng.choice("aab b.-$\n") for _ in range(rng.randint(0, 14))) for _ in range(40)]
    changed = 0
    for _ in range(1500):
        pattern = _random_pattern(rng)
        try:
            plain = re.compile(pattern)
        except re.error:
            continue
        fast = re.compile(grouped(pattern))
        changed += fast.pattern != pattern
        for s in texts:
            assert _outcomes(fast, s) == _outcomes(plain, s), (pattern, fast.pattern, s)
    assert changed > 300   # (the patterns drawn do exercise the grouping)


@pytest.mark.parametrize("written,rx", GROUPED, ids=[w[:50] for w, _ in GROUPED])
def test_the_claim_rules_grouped_patterns_match_as_written(written, rx):
    plain = re.compile(written, rx.flags)
    for s in SENTENCES:
        for t in (s, s.lower()):
            assert [(m.span(), m.groups()) for m in rx.finditer(t)] == \
                [(m.span(), m.groups()) for m in plain.finditer(t)], (written[:80], t)
            for k in range(0, len(t), 29):   # windows, as call sites pass them
                got, want = rx.search(t, k, k + 70), plain.search(t, k, k + 70)
                assert (got and (got.span(), got.groups())) == (want and (want.span(), want.groups())), (written, t, k)


def test_the_entity_scan_skips_to_the_characters_names_open_on():
    """The scanner's patterns open on a character set (no lookbehind first), and a contracted article still counts:
    « au géant de Redmond » is Microsoft from « géant », « le géant » too."""
    lex = load()
    for rx in (lex.entity_scan._ci, lex.entity_scan._cs):
        assert not rx.pattern.startswith("(?<") and not rx.pattern.startswith("(?:(?<")
    s = "Au géant de Redmond et du groupe de Mountain View, le géant de Redmond a répondu ; legéant de Redmond non."
    assert lex.entity_scan.spans(s) == [m.span() for m in lex.entity_re.finditer(s)]
    assert [s[a:b] for a, b in lex.entity_scan.spans(s)] == ["géant de Redmond", "groupe de Mountain View",
                                                              "le géant de Redmond"]
