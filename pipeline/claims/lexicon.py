"""Loads config/entities.toml and config/metrics.toml once and compiles them into matchers."""
from __future__ import annotations

import os
import re
import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from pipeline.errors import ConfigError

DEFAULT_DIR = Path(__file__).resolve().parents[2] / "config"


@dataclass(frozen=True)
class Person:
    name: str
    entity: str
    role: str
    names: tuple[str, ...]


@dataclass(frozen=True)
class Metric:
    id: str
    units: tuple[str, ...]
    period: str
    prepositions: tuple[str, ...]
    plausible: dict
    count_nouns: tuple[str, ...] = ()


@dataclass(frozen=True)
class Lexicon:
    """Everything the extractor reads from config, compiled."""

    entities: dict                      # id -> raw table
    people: tuple[Person, ...]
    metrics: dict                       # id -> Metric
    entity_re: re.Pattern               # names, aliases, products, people: one alternation
    entity_of: dict                     # lower-cased surface -> (entity id, kind: name|alias|product|person)
    trigger_re: dict                    # lang -> {first 3 letters of a word: [(compiled phrase, metric), ...] longest first}
    trigger_of: dict                    # lang -> [metric id or "ignore"] in trigger order
    fiscal_end: dict = field(default_factory=dict)
    entity_scan: "EntityScanner | None" = None   # entity_re's matches, found fast (same results)
    entity_loose: dict = field(default_factory=dict)   # entity_of keyed by surface with spaces/hyphens folded
    places: frozenset = frozenset()     # lower-cased places money is invested in as capex (entities.toml `places`)


# --- matching IGNORECASE patterns fast: lower-case the text once, match case-sensitively --------
# `re` with IGNORECASE compares simple lower-case forms, and also treats a few characters as equal
# that lower-case differently (ı ~ i, ſ ~ s, µ ~ μ, Greek and Cyrillic variants: re._casefix);
# str.lower() turns İ into two characters. So a pattern may be lower-cased when it holds none of
# those odd characters (other than i and s), and a text may be matched lower-cased when it holds
# none of ı, ſ, İ. Every other character lowers to one character of the same \w / \s / \d class,
# so offsets and matches stay the same (tests/test_periods_speakers.py checks it on real text).
try:
    from re._casefix import _EXTRA_CASES as _EXTRA
except ImportError:   # pragma: no cover - private table of CPython >= 3.11
    _EXTRA = {}
_FOLD_ODD = sorted(({k for k in _EXTRA} | {x for v in _EXTRA.values() for x in v}
                    | {0x0131, 0x017F, 0x00B5, 0x03BC, 0x0130, 0x03A3, 0x03C2, 0x03C3}) - {ord("i"), ord("s")})
_PATTERN_ODD = re.compile("[" + "".join(re.escape(chr(c)) for c in _FOLD_ODD) + "]")
UNSAFE_FOR_LOWER = re.compile("[\u0130\u0131\u017f]")   # İ ı ſ: texts holding one take the plain path


def lower_pattern(pat: str) -> str:
    """An IGNORECASE pattern → the same pattern for lower-cased text, matched case-sensitively."""
    if re.search(r"\\[A-Z]", pat) or _PATTERN_ODD.search(pat):   # \W, \S, \D, \B would change meaning
        raise ValueError(f"cannot lower-case pattern {pat[:60]!r}")
    return pat.lower().replace("(?p<", "(?P<").replace("(?p=", "(?P=")


# --- alternations `re` can skip through: branches grouped by the character they open on --------
# At each position of a search, `re` tries an alternation's branches one by one; it rejects a branch that opens on
# a plain character at once when the text holds another one there, but must run one that opens on an assertion
# (\b, a lookbehind). A list of fifty words behind "\b" costs fifty trials at every word boundary. `grouped`
# writes the same alternation as a trie: "\bsaid|\bsays|\btold" → "\b(?:sa(?:id|ys)|told)". At a position,
# only branches that open on the character there can match, so grouping them by it keeps the order in which `re`
# tries the ones that can (the same match, the same groups); only runs of neighbouring branches are grouped.

_META = frozenset("\\[](){}|.^$*+?")
_QUANTIFIER = frozenset("*+?{")
# groups whose alternation is grouped too: plain, named, lookahead, atomic (not lookbehinds, nor inline flags)
_GROUP_HEAD = re.compile(r"\((?:\?(?::|=|!|>|P<\w+>))?")


def _class_end(p: str, i: int) -> int:
    """The index after the character class that opens at p[i] ("[")."""
    j = i + 1
    j += p.startswith("^", j)
    j += p.startswith("]", j)
    while j < len(p) and p[j] != "]":
        j += 2 if p[j] == "\\" else 1
    return j + 1


def _atoms(p: str):
    """The (start, end) of each top-level atom of a pattern: an escape, a character class, a whole group, or one
    character (a "|" among them)."""
    i = start = depth = 0
    while i < len(p):
        c = p[i]
        j = i + 2 if c == "\\" else _class_end(p, i) if c == "[" else i + 1
        depth += (c == "(") - (c == ")")
        if depth == 0:
            yield start, j
            start = j
        i = j
    if depth:
        raise ValueError(f"unbalanced group in {p[:60]!r}")


def _branches(p: str) -> list[str]:
    """The top-level branches of a pattern (split on the "|" outside groups and classes)."""
    out, start = [], 0
    for a, b in _atoms(p):
        if p[a] == "|":
            out.append(p[start:a])
            start = b
    out.append(p[start:])
    return out


def _inner_grouped(branch: str) -> str:
    """`branch` with the alternations of its groups grouped."""
    out = []
    for a, b in _atoms(branch):
        head = _GROUP_HEAD.match(branch, a).end() if branch[a] == "(" else a
        if head == a or head == a + 1 and branch.startswith("?", head):   # (a lookbehind, flags, a backreference:
            out.append(branch[a:b])                                          # as it is)
        else:
            out.append(branch[a:head] + grouped(branch[head:b - 1]) + ")")
    return "".join(out)


def _opening(branch: str) -> str | None:
    r"""What a branch opens on, when branches may be grouped by it: a plain or escaped character (not quantified),
    or a leading \b."""
    if branch.startswith("\\b"):
        return "\\b"
    if branch[:1] == "\\" and len(branch) > 1 and not branch[1].isalnum():
        head = branch[:2]
    elif branch[:1] and branch[0] not in _META:
        head = branch[0]
    else:
        return None
    return None if branch[len(head):len(head) + 1] in _QUANTIFIER and len(branch) > len(head) else head


def _captures(branch: str) -> bool:
    """True when `branch` holds a capturing group (at any depth)."""
    return any(branch[a] == "(" and (not branch.startswith("?", a + 1) or branch.startswith("?P<", a + 1)
                                     or _captures(branch[a + 1:b - 1]))
               for a, b in _atoms(branch))


def _trie(branches: list[str]) -> str:
    """The branches (top-level, already grouped inside) as a trie, in runs of neighbours."""
    heads = [_opening(b) for b in branches]
    out, i = [], 0
    while i < len(branches):
        if heads[i] is None:
            out.append(branches[i])
            i += 1
            continue
        j = i   # a run of branches that open on a character, or on \b (apart: \b may stand before any of them)
        boundary = heads[i] == "\\b"
        while j < len(branches) and heads[j] is not None and (heads[j] == "\\b") == boundary:
            j += 1
        by_head: dict[str, list[str]] = {}
        for b, head in zip(branches[i:j], heads[i:j]):
            by_head.setdefault(head, []).append(b[len(head):])
        if any("(" in b for b in branches[i:j]) and \
                [r for rests in by_head.values() for r in rests if _captures(r)] != \
                [b[len(h):] for b, h in zip(branches[i:j], heads[i:j]) if _captures(b)]:
            # grouped, a branch with a capturing group would move past another one: their numbers would change
            j = i + 1
            while j < len(branches) and heads[j] == heads[i]:
                j += 1
            by_head = {heads[i]: [b[len(heads[i]):] for b in branches[i:j]]}
        for head, rests in by_head.items():
            while len(rests) > 1 and (more := _opening(rests[0])) not in (None, "\\b") and \
                    all(_opening(r) == more for r in rests):
                head, rests = head + more, [r[len(more):] for r in rests]   # "Taiwan Semiconductor(?: Manufacturing|)"
            out.append(head + rests[0] if len(rests) == 1 else f"{head}(?:{_trie(rests)})")
        i = j
    return "|".join(out)


def grouped(pattern: str) -> str:
    """`pattern` (case-sensitive, not VERBOSE) with each alternation written as a trie of its branches (above):
    the same matches and groups, found with fewer trials."""
    branches = [_inner_grouped(b) for b in _branches(pattern)]
    return branches[0] if len(branches) == 1 else _trie(branches)


GROUPED: list[tuple[str, re.Pattern]] = []   # (pattern as written, compiled grouped): tests match both
_INLINE_FLAGS = re.compile(r"\(\?([aiLmsux]+)\)")   # flags for the whole pattern, at its start


def compile_grouped(pattern: str, flags: int = 0) -> re.Pattern:
    """re.compile(grouped(pattern), flags), for a case-sensitive pattern; an IGNORECASE or VERBOSE one is
    compiled as it is (in them, characters other than the one written can open a branch)."""
    inline = _INLINE_FLAGS.match(pattern)
    if flags & (re.IGNORECASE | re.VERBOSE) or (inline is not None and set(inline.group(1)) & {"i", "x"}):
        return re.compile(pattern, flags)
    rx = re.compile(grouped(pattern), flags)
    GROUPED.append((pattern, rx))
    return rx


def compile_low(pattern: str, flags: int = 0) -> re.Pattern:
    """An IGNORECASE pattern compiled for lower-cased text (`lower_pattern`), grouped (`grouped`)."""
    return compile_grouped(lower_pattern(pattern), flags & ~re.IGNORECASE)


_LOWERED: tuple = (None, None)   # (text, its lower-cased form or None): the last text `lowered` saw


def lowered(text: str) -> str | None:
    """`text` lower-cased with the same offsets, or None when it holds a character that lower-cases oddly. The
    last text's result is kept: the rules match many patterns against one sentence."""
    global _LOWERED
    last = _LOWERED               # (one tuple, read and replaced whole: threads never see half of one)
    if last[0] is text:
        return last[1]
    low = text.lower() if text.isascii() or not UNSAFE_FOR_LOWER.search(text) else None
    _LOWERED = (text, low)
    return low


_END = 2 ** 63 - 1   # (re's own default for endpos: the end of any text)


class Folded:
    """An IGNORECASE pattern, matched faster: lower-cased (`lower_pattern`) and matched case-sensitively against
    the lower-cased text, which `re` scans several times faster; texts that lower-case oddly take the pattern
    itself. Same matches and offsets — but a match's groups hold the lower-cased text: read words from the text
    by offset (`text[m.start():m.end()]`)."""

    __slots__ = ("plain", "low", "pattern", "flags")

    def __init__(self, rx: re.Pattern):
        self.plain, self.pattern, self.flags = rx, rx.pattern, rx.flags
        self.low = compile_low(rx.pattern, rx.flags)

    def _pick(self, text: str) -> tuple[re.Pattern, str]:
        """The pattern and the text to match: the lower-cased pair, or the plain one for odd texts."""
        last = _LOWERED   # (the sentence just lowered, without a call)
        low = last[1] if last[0] is text else lowered(text)
        return (self.plain, text) if low is None else (self.low, low)

    def search(self, text: str, pos: int = 0, endpos: int = _END):
        rx, t = self._pick(text)
        return rx.search(t, pos, endpos)

    def match(self, text: str, pos: int = 0, endpos: int = _END):
        rx, t = self._pick(text)
        return rx.match(t, pos, endpos)

    def fullmatch(self, text: str, pos: int = 0, endpos: int = _END):
        rx, t = self._pick(text)
        return rx.fullmatch(t, pos, endpos)

    def finditer(self, text: str, pos: int = 0, endpos: int = _END):
        rx, t = self._pick(text)
        return rx.finditer(t, pos, endpos)


def folded(rx: re.Pattern) -> "Folded | re.Pattern":
    """`rx` as a Folded pattern when it is an IGNORECASE one that can be lower-cased, else `rx` itself."""
    if not rx.flags & re.IGNORECASE:
        return rx
    try:
        return Folded(rx)
    except ValueError:
        return rx


class EntityScanner:
    """The spans `entity_re` = `(?<![\\w])(?:(?i:ALIASES)|(?:NAMES))(?![\\w])` finds, found faster.

    An IGNORECASE alternation of hundreds of branches is slow in `re`. Here the aliases are matched
    lower-cased (case-sensitively, against the lower-cased text) and the names case-sensitively, each
    in its own scan; the leftmost match wins and an alias wins a tie, as in the one alternation.
    Texts with characters whose case folding differs from str.lower() use entity_re itself.
    """

    def __init__(self, entity_re: re.Pattern, ci: list[tuple[str, str]], cs: list[tuple[str, str]]):
        """`ci`, `cs`: (surface, branch pattern) of the aliases and of the names, in the alternation's order."""
        self._plain = entity_re
        self._ci = self._cs = None
        try:
            self._ci = re.compile(rf"(?:{_word_start(ci, lower=True)})(?![\w])") if ci else None
            self._cs = re.compile(rf"(?:{_word_start(cs, lower=False)})(?![\w])") if cs else None
            self._fast = True
        except ValueError:
            self._fast = False

    def spans(self, text: str) -> list[tuple[int, int]]:
        if not self._fast or UNSAFE_FOR_LOWER.search(text):
            return [m.span() for m in self._plain.finditer(text)]
        low = text.lower()
        ci_search = self._ci.search if self._ci is not None else None
        cs_search = self._cs.search if self._cs is not None else None
        nci = ci_search(low) if ci_search else None
        ncs = cs_search(text) if cs_search else None
        out = []
        pos = 0
        while nci is not None or ncs is not None:
            if nci is not None and (ncs is None or nci.start() <= ncs.start()):
                m = nci
            else:
                m = ncs
            s, e = m.span()
            out.append((s, e))
            pos = e if e > s else e + 1
            if nci is not None and nci.start() < pos:
                nci = ci_search(low, pos)
            if ncs is not None and ncs.start() < pos:
                ncs = cs_search(text, pos)
        return out


def _word_start(branches: list[tuple[str, str]], lower: bool) -> str:
    r"""`(?<![\w])(?:BRANCHES)` written so that `re` skips through the text to the characters a branch opens on.

    `re` runs a pattern that opens on a lookbehind at every position. Opened on one character of a set instead
    (each branch led by its first character, the lookbehind moved after it: "O(?<![\w]O)(?:penAI|racle)"), it
    skips in one C loop to the next position where one of those characters stands, and there tries only the
    branches that open on it (`grouped`), in their order: the same leftmost, first-listed match. A branch marked
    for « du / au » (a contracted article before it) has its lookbehinds moved after its first character too.
    ValueError when a branch does not open on a plain character."""
    groups: dict[str, list[str]] = {}
    for surface, pattern in branches:
        pat = lower_pattern(pattern) if lower else pattern
        marker = next((m for m in _CONTRACTED_BEFORE if surface.startswith(m)), None)
        if marker is not None:
            pat = pat.removeprefix(_LOOKBEHIND[marker])
        head = _opening(pat)
        if head is None or head == "\\b":
            raise ValueError(f"entity pattern {pattern[:40]!r} does not open on a character")
        rest = pat[len(head):]
        if marker is not None:
            rest = "(?:" + "|".join(f"(?<={re.escape(w)}{head})" for w in _CONTRACTED_BEFORE[marker]) + ")" + rest
        groups.setdefault(head, []).append(rest)
    return "|".join(f"{head}(?<![\\w]{head})(?:{grouped('|'.join(rests))})" for head, rests in groups.items())


def config_dir(path: str | os.PathLike | None = None) -> Path:
    if path:
        return Path(path)
    env = os.environ.get("NEWSWATCH_CONFIG_DIR")
    return Path(env) if env else DEFAULT_DIR


def _read(path: Path) -> dict:
    try:
        with open(path, "rb") as f:
            return tomllib.load(f)
    except FileNotFoundError as e:
        raise ConfigError(f"{path}: file not found") from e
    except tomllib.TOMLDecodeError as e:
        raise ConfigError(f"{path}: {e}") from e


_CONTRACTED = re.compile(r"(le|les) ", re.IGNORECASE)
# A marker the alternation below turns into a lookbehind on « du / au / des / aux »: the mention starts after them.
_CONTRACTIONS = {"le": "\x00du-au\x00", "les": "\x00des-aux\x00"}
_CONTRACTED_BEFORE = {"\x00du-au\x00": ("du ", "au "), "\x00des-aux\x00": ("des ", "aux ")}
_LOOKBEHIND = {marker: "(?:" + "|".join(f"(?<={w})" for w in words) + ")" for marker, words in _CONTRACTED_BEFORE.items()}


_AFTER_SHORT_WORD = " ,.;:)!?'’\"»-/\n\u00a0\u202f"


def _word_pattern(phrase: str) -> str:
    """A trigger phrase → regex: "*" ends a stem, spaces and apostrophes are flexible."""
    star = phrase.endswith("*")
    p = phrase.rstrip("*")
    lead = ""
    for marker, rx in _LOOKBEHIND.items():
        if p.startswith(marker):
            lead, p = rx, p[len(marker):]
    esc = lead + re.escape(p).replace(r"\ ", r"[\s\u00a0-]+").replace("'", "['’]")
    tail = r"[\w-]*" if star else ""
    return rf"(?<![\w]){esc}{tail}(?![\w])"


@lru_cache(maxsize=8)
def load(path: str | None = None) -> Lexicon:
    """The compiled lexicon of a config dir (default <repo>/config or $NEWSWATCH_CONFIG_DIR), cached."""
    d = config_dir(path)
    ents = _read(d / "entities.toml")
    mets = _read(d / "metrics.toml")
    entities = ents.get("entities", {})
    if not entities:
        raise ConfigError(f"{d / 'entities.toml'}: no [entities.*] tables")
    entity_of: dict[str, tuple[str, str]] = {}
    case_sensitive: list[str] = []
    insensitive: list[str] = []
    fiscal = {}
    for eid, t in entities.items():
        fiscal[eid] = int(t.get("fiscal_year_end", 12))
        for n in t.get("names", []):
            entity_of.setdefault(n.lower(), (eid, "name"))
            case_sensitive.append(n)
            if len(n) >= 4 and n.upper() != n:
                case_sensitive.append(n.upper())   # in capitals, as headings and releases write it: "NVIDIA — Q4"
        for n in t.get("products", []):
            entity_of.setdefault(n.lower(), (eid, "product"))
            case_sensitive.append(n)
        for a in t.get("aliases", []):
            entity_of.setdefault(a.lower().replace("’", "'"), (eid, "alias"))
            insensitive.append(a)
            art = _CONTRACTED.match(a)
            if art:   # « le groupe taïwanais » is also « du groupe taïwanais », « au groupe taïwanais »
                rest = a[art.end():]
                entity_of.setdefault(rest.lower().replace("’", "'"), (eid, "alias"))
                insensitive.append(_CONTRACTIONS[art.group(1).lower()] + rest)
    people = []
    for i, p in enumerate(ents.get("people", [])):
        try:
            names = (p["name"], *p.get("short", []))
            person = Person(p["name"], p["entity"], p.get("role", ""), tuple(names))
        except KeyError as e:
            raise ConfigError(f"{d / 'entities.toml'}: [[people]] #{i + 1} lacks key {e}") from e
        if person.entity not in entities:
            raise ConfigError(f"{d / 'entities.toml'}: [[people]] {person.name}: unknown entity {person.entity!r}")
        people.append(person)
        for n in names:
            entity_of.setdefault(n.lower(), (person.entity, "person:" + person.name))
            case_sensitive.append(n)
    cs_surf = sorted(set(case_sensitive), key=len, reverse=True)
    ci_surf = sorted(set(insensitive), key=len, reverse=True)
    cs_alts = [re.escape(n).replace("'", "['’]") for n in cs_surf]
    ci_alts = [_word_pattern(a).replace(r"(?<![\w])", "").replace(r"(?![\w])", "") for a in ci_surf]
    cs = "|".join(cs_alts)
    ci = "|".join(ci_alts)
    entity_re = re.compile(rf"(?<![\w])(?:(?i:{ci})|(?:{cs}))(?![\w])" if ci else rf"(?<![\w])(?:{cs})(?![\w])")
    entity_scan = EntityScanner(entity_re, list(zip(ci_surf, ci_alts)), list(zip(cs_surf, cs_alts)))
    entity_loose: dict[str, tuple[str, str]] = {}
    for surface, hit in entity_of.items():
        entity_loose.setdefault(re.sub(r"[\s\u00a0-]+", " ", surface), hit)

    metrics = {}
    trigger_of: dict[str, list] = {"en": [], "fr": []}
    for mid, t in mets.get("metrics", {}).items():
        try:
            metrics[mid] = Metric(mid, tuple(t["units"]), t["period"], tuple(t.get("counterparty", [])),
                                  dict(t.get("plausible", {})), tuple(t.get("count_nouns", [])))
        except KeyError as e:
            raise ConfigError(f"{d / 'metrics.toml'}: [metrics.{mid}] lacks key {e}") from e
        for lang in ("en", "fr"):
            for w in t.get(lang, []):
                trigger_of[lang].append((w, mid))
    for lang in ("en", "fr"):
        for w in mets.get("ignore", {}).get(lang, []):
            trigger_of[lang].append((w, "ignore"))
    trigger_re = {}
    for lang, items in trigger_of.items():
        items.sort(key=lambda x: len(x[0].rstrip("*")), reverse=True)
        index: dict[str, list] = {}
        for w, mid in items:
            key = w.lower().replace("’", "'")[:3]
            rx = re.compile(_word_pattern(w), re.IGNORECASE)
            # a word shorter than three letters (« CA ») is looked up by itself and the character after it
            for k in [key] if len(key) == 3 else [key] + [key + c for c in _AFTER_SHORT_WORD]:
                index.setdefault(k, []).append((rx, mid))
        trigger_re[lang] = index
    return Lexicon(entities, tuple(people), metrics, entity_re, entity_of, trigger_re,
                   {lang: [m for _, m in items] for lang, items in trigger_of.items()}, fiscal, entity_scan, entity_loose,
                   frozenset(p.lower() for p in ents.get("places", [])))
