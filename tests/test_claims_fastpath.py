"""The fast paths of claim extraction find exactly what the plain regexes find (speed work must not change output)."""
from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from pipeline.claims import periods
from pipeline.claims.find import _NORM, split_sentences
from pipeline.claims.lexicon import UNSAFE_FOR_LOWER, load, lower_pattern

DEV = Path(__file__).resolve().parents[2] / "shared" / "eval" / "dev" / "articles.jsonl"
SAMPLES = [
    "OpenAI's annualized revenue reached $13 billion by the end of 2025, up from Q3 FY2024.",
    "Selon Les Echos, la maison mère de ChatGPT vise 200 milliards de chiffre d'affaires d'ici 2030.",
    "Au premier semestre 2025, le chiffre d'affaires de Nvidia a bondi ; l'exercice en cours s'annonce record.",
    "THE CHATGPT MAKER said its run-rate hit $10 billion in June 2025, between March and May.",
    "Nvidia ſaid İt would spend $5 billion over the next decade; la ſociété table sur 2027.",
    "Microsoft, which invested $13 billion in OpenAI, said so last year — Σ µ K ß ẞ 😀 → ™.",
    "Meta and Alphabet (Google) plan $600 billion in capex through 2028, le géant de Redmond aussi.",
]


def _sentences() -> list[str]:
    texts = list(SAMPLES)
    if DEV.exists():
        texts += [json.loads(line)["text"] for line in DEV.read_text(encoding="utf-8").splitlines() if line.strip()]
    out = []
    for t in texts:
        n = t.translate(_NORM)
        out.append(n)
        out += [n[s:e] for s, e in split_sentences(n)]
    rng = random.Random(7)
    odd = "ſıİΣσςµμKßẞÉéœŒﬅﬆẛΒβдв\u00a0\u202f’«»—…€™→😀"
    for s in list(out[:400]):   # the same sentences with odd characters and case flips
        chars = list(s)
        for _ in range(rng.randint(1, 5)):
            chars.insert(rng.randrange(len(chars) + 1), rng.choice(odd))
        for _ in range(rng.randint(0, 8)):
            i = rng.randrange(len(chars))
            c = chars[i].upper() if rng.random() < 0.5 else chars[i].lower()
            chars[i] = c if len(c) == 1 else chars[i]
        out.append("".join(chars))
    return out


SENTENCES = _sentences()


def test_find_cues_fast_equals_plain():
    for s in SENTENCES:
        assert periods.find_cues(s) == periods._find_cues_plain(s), s


def test_entity_scan_equals_entity_re():
    lex = load()
    for s in SENTENCES:
        assert lex.entity_scan.spans(s) == [m.span() for m in lex.entity_re.finditer(s)], s


def test_lower_pattern_refuses_what_it_cannot_keep():
    with pytest.raises(ValueError):
        lower_pattern(r"\W+")
    with pytest.raises(ValueError):
        lower_pattern("ſ")
    assert lower_pattern(r"(?P<y>Q[1-4])\s") == r"(?P<y>q[1-4])\s"
    assert UNSAFE_FOR_LOWER.search("İ") and not UNSAFE_FOR_LOWER.search("Écosse œuvre ß")


def test_number_words_qualifiers_and_sentence_lang_fast_equal_plain():
    import re

    from pipeline.claims import find, numbers

    plain_en = re.compile(find._EN_WORDS.pattern, re.IGNORECASE)
    plain_fr = re.compile(find._FR_WORDS.pattern, re.IGNORECASE)
    for s in SENTENCES:
        for lang in ("en", "fr"):
            assert [m.span() for m in numbers._WORDNUM_LOW[lang].finditer(s.lower())] == \
                [m.span() for m in numbers._WORDNUM[lang].finditer(s)] or UNSAFE_FOR_LOWER.search(s), s
            for k in range(0, len(s), 17):
                tail = s[:k][-70:]
                want = next((q for q, rx, _ in numbers._qualifier_before_res(tuple(numbers.QUALIFIERS_BEFORE[lang]))
                             if rx.search(tail)), None)
                assert numbers._qualifier_before(s[:k], lang) == want, (s[:k], lang)
        if not UNSAFE_FOR_LOWER.search(s):
            assert len(find._EN_WORDS_LOW.findall(s.lower())) == len(plain_en.findall(s)), s
            assert len(find._FR_WORDS_LOW.findall(s.lower())) == len(plain_fr.findall(s)), s


def test_find_attributions_fast_equals_plain():
    from pipeline.claims.entities import find_mentions
    from pipeline.claims.speakers import find_attributions

    lex = load()
    for s in SENTENCES:
        mentions = find_mentions(s, lex)
        for lang in ("en", "fr"):
            assert find_attributions(s, lang, mentions) == find_attributions(s, lang, mentions, plain=True), s


def test_article_entity_spans_equal_sentence_scans():
    from pipeline.claims.entities import entity_spans, find_mentions, mentions_at, sentence_spans

    lex = load()
    for t in SENTENCES:
        spans = entity_spans(t, lex)
        for s, e in split_sentences(t):
            inner = sentence_spans(spans, s, e)
            if inner is not None:
                assert mentions_at(t[s:e], inner, lex) == find_mentions(t[s:e], lex), t[s:e]


def _documents() -> list[tuple[str, str]]:
    """Texts with many sentences without figures: the bench corpus's pages, real news pages, the dev set, and
    texts whose sources are named far from their figures."""
    import sys
    root = Path(__file__).resolve().parents[1]
    sys.path.insert(0, str(root / "bench"))
    try:
        from corpus import Corpus
    finally:
        sys.path.remove(str(root / "bench"))
    c = Corpus(seed=11, feeds=2, per_feed=30)
    docs = [(c.text(f, i), c.lang(f)) for f in range(2) for i in range(c.per_feed)]
    pages = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "article-extraction-benchmark" / "html"
    if pages.exists():
        import gzip
        from pipeline.claims.documents import html_to_text
        for p in sorted(pages.iterdir())[:25]:
            raw = p.read_bytes()
            text = html_to_text((gzip.decompress(raw) if p.suffix == ".gz" else raw).decode("utf-8", "replace"))
            if text:
                docs.append((text, "fr" if " le " in text and " la " in text else "en"))
    if DEV.exists():
        docs += [(d["text"], d["lang"]) for d in map(json.loads, DEV.read_text(encoding="utf-8").splitlines())]
    filler = ["The weather was mild.", "Investors watched closely.", "Le marché reste prudent.", "He smiled."]
    docs += [
        ("According to Bloomberg, talks are advanced. " + " ".join(filler * 2) +
         " The report said OpenAI's revenue would reach $20 billion.", "en"),
        ("Selon Les Echos, les discussions avancent. " + " ".join(filler * 2) +
         " Le journal ajoute qu'OpenAI aurait perdu 5 milliards de dollars.", "fr"),
        ("Bernstein published a note on Monday. " + " ".join(filler * 3) +
         " The bank puts Nvidia's revenue at $200 billion in 2026.", "en"),
        ("Sam Altman spoke on Tuesday. " + " ".join(filler) + " He said revenue would top $25 billion. "
         + " ".join(filler) + " OpenAI lost $5 billion, it said.", "en"),
        # a report's figures, then its denial in the next sentence, the last one (no figure follows it)
        ("OpenAI is raising $40 billion, the Wall Street Journal reported. Altman denied the report on X.", "en"),
        ("OpenAI lèverait 40 milliards de dollars, selon Les Echos. " + " ".join(filler) +
         " La société a démenti ces informations.", "fr"),
        # figures, then the outlet that reported them, last
        ("La maison mère de ChatGPT a perdu 13,5 milliards de dollars au premier semestre. Ces chiffres, dévoilés par "
         "The Information, inquiètent.", "fr"),
    ]
    return docs


def test_reading_only_the_sentences_that_matter_changes_nothing(monkeypatch):
    """extract() skips figure-less sentences far from any figure: its claims are those of reading every sentence."""
    from pipeline.claims import find
    lex = load()
    docs = _documents()
    assert len(docs) > 100
    read = {"fast": 0, "full": 0}
    mode = ["fast"]
    real = find._sentence

    def counted(*a, **kw):
        read[mode[0]] += 1
        return real(*a, **kw)

    monkeypatch.setattr(find, "_sentence", counted)
    for text, lang in docs:
        mode[0] = "fast"
        fast = find.extract(text, lang, "2025-10-15", lex)
        mode[0] = "full"
        full = find.extract(text, lang, "2025-10-15", lex, read_all=True)
        assert fast == full, text[:200]
    assert read["fast"] < 0.9 * read["full"], read   # the fast path does skip sentences


def _folded_patterns():
    from pipeline.claims import attach, find, metrics, numbers, speakers
    from pipeline.claims.lexicon import Folded

    out = []
    for mod in (attach, find, metrics, numbers, speakers):
        for name, v in sorted(vars(mod).items()):
            for key, rx in (v.items() if isinstance(v, dict) else [(None, v)]):
                if isinstance(rx, Folded):
                    out.append((f"{mod.__name__.rsplit('.', 1)[-1]}.{name}" + (f"[{key}]" if key else ""), rx))
    return out


FOLDED = _folded_patterns()


def test_the_hot_ignorecase_patterns_are_folded():
    names = {n for n, _ in FOLDED}
    assert {"attach._CLAUSE_BREAK", "find._PROJECTION_RE[en]", "find._PROJECTION_RE[fr]", "speakers._SPOKE",
            "numbers._CUR_AFTER"} <= names, names


@pytest.mark.parametrize("name,rx", FOLDED, ids=[n for n, _ in FOLDED])
def test_folded_patterns_match_as_their_plain_pattern(name, rx):
    """A Folded pattern (lexicon.Folded: lower-cased, matched against the lower-cased text) finds the same spans as
    the IGNORECASE pattern itself, with search, match, fullmatch and finditer, from several positions."""
    for i, s in enumerate(SENTENCES):
        for pos in range(0, len(s) + 1, max(1, len(s) // 3)) if i % 3 == 0 else (0,):
            for end in (min(len(s), pos + 120), min(len(s), pos + 40)):   # (call sites pass windows)
                for method in ("search", "match", "fullmatch"):
                    got = getattr(rx, method)(s, pos, end)
                    want = getattr(rx.plain, method)(s, pos, end)
                    assert (got and got.span()) == (want and want.span()), (name, method, s, pos, end)
        assert [m.span() for m in rx.finditer(s)] == [m.span() for m in rx.plain.finditer(s)], (name, s)
        for k in range(0, len(s), 23):   # slices, as many call sites pass them
            t = s[k:k + 90]
            assert (rx.search(t) or None) and rx.search(t).span() == rx.plain.search(t).span() or \
                (rx.search(t) is None and rx.plain.search(t) is None), (name, t)
