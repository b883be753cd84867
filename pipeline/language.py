"""Text → (ISO 639-1 code, probability), wrapping langdetect with a fixed seed so results repeat.

langdetect's own loop costs ~2.5 ms per 1,000 characters: it normalises and shifts an n-gram buffer one
character at a time through several Python calls. `_probabilities` runs the same algorithm on langdetect's
profiles with the same seeded random draws, so it returns exactly what `detect_langs` returns (the test pins
this), but it computes the n-grams of each word once (a word's n-grams do not depend on its neighbours: the
buffer restarts at every space) and updates the 55 probabilities in one comprehension per draw.
"""
from __future__ import annotations

import random
import re
import sys
import threading
from itertools import islice

import langdetect.detector_factory as _ld
from langdetect import DetectorFactory
from langdetect.detector import Detector
from langdetect.utils.ngram import NGram

DetectorFactory.seed = 0  # langdetect is random by default; a seed makes every run give the same answer

# Below this many letters langdetect is a coin toss: the feed's hint wins.
MIN_LETTERS = 40
# Longer texts are cut: the first few thousand characters decide the language as well as the whole.
MAX_CHARS = 4000

_LETTER = re.compile(r"[^\W\d_]", re.UNICODE)

# What langdetect's Detector does before it samples (detector.py: append, cleaning_text, _extract_ngrams).
_SPACES = re.compile(" {2,}")                    # append() keeps one space of a run
_LATIN = re.compile("[A-z]")                     # cleaning_text(): 'A' <= ch <= 'z' (with [\]^_`, as there)
_NON_LATIN = re.compile("[\u0300-\U0010ffff]")   # ch >= U+0300 ...
_LATIN_EXT_ADDITIONAL = re.compile("[\u1e00-\u1eff]")   # ... except the Latin Extended Additional block

_init_lock = threading.Lock()
_ready = False
_words: dict[str, tuple[str, ...]] = {}    # word (normalised) → its n-grams found in the profiles
_WORDS_MAX = 50_000                        # cleared past this many words: ~360 bytes a word, ~18 MB


def _ensure_profiles() -> None:
    # langdetect loads its profiles lazily into a global on first use; two threads doing that at once
    # register every profile twice and the detector then answers nonsense ("pl" for French). Load once, locked.
    global _ready
    if not _ready:
        with _init_lock:
            if not _ready:
                _ld.init_factory()
                _ready = True


def detect(text: str | None, hint: str | None = None) -> tuple[str | None, float]:
    """Return (code, probability). Falls back to `hint` (probability 0.0) when the text is too short to tell."""
    _ensure_profiles()
    sample = (text or "")[:MAX_CHARS]
    if not _at_least(_LETTER, sample, MIN_LETTERS):
        return (_norm(hint), 0.0)
    ranked = _probabilities(sample)
    if not ranked:                      # langdetect: "No features in text" or nothing above its 0.1 threshold
        return (_norm(hint), 0.0)
    lang, prob = ranked[0]
    return (_norm(lang), round(float(prob), 4))


def _probabilities(text: str) -> list[tuple[str, float]]:
    """langdetect's `detect_langs(text)` as (lang, probability) pairs, best first; [] where it raises."""
    factory = _ld._factory
    wmap, langs = factory.word_lang_prob_map, factory.langlist
    # Detector.append
    text = Detector.URL_RE.sub(" ", text)
    text = Detector.MAIL_RE.sub(" ", text)
    text = NGram.normalize_vi(text)
    text = _SPACES.sub(" ", text[:10000])         # Detector.max_text_length
    # Detector.cleaning_text: a text mostly in another script loses its Latin letters
    non_latin = len(_NON_LATIN.findall(text)) - len(_LATIN_EXT_ADDITIONAL.findall(text))
    if non_latin > 0 and not _at_least(_LATIN, text, (non_latin + 1) // 2):     # latin * 2 < non_latin
        text = _LATIN.sub("", text)
    ngrams = _ngrams(text, wmap)
    if not ngrams:
        return []
    # Detector._detect_block, draw for draw: the same random calls in the same order. Its probabilities are
    # normalised after the first draw and after every 5th; the 5 updates in between are done in one pass, in
    # langdetect's order (((p * f1) * f2) ...), so every float is the one langdetect computes.
    n_langs = len(langs)
    n_trial = 7
    langprob = [0.0] * n_langs
    rnd = random.Random()
    rnd.seed(factory.seed)
    choice = rnd.choice
    for _ in range(n_trial):
        w = (Detector.ALPHA_DEFAULT + rnd.gauss(0.0, 1.0) * Detector.ALPHA_WIDTH) / Detector.BASE_FREQ
        prob = [1.0 / n_langs * (w + q) for q in wmap[choice(ngrams)]]
        i = 0
        while True:
            total = sum(prob)
            prob = [p / total for p in prob]
            if max(prob) > Detector.CONV_THRESHOLD or i >= Detector.ITERATION_LIMIT:
                break
            q1, q2, q3, q4, q5 = [wmap[choice(ngrams)] for _ in range(5)]
            prob = [p * (w + a) * (w + b) * (w + c) * (w + d) * (w + e)
                    for p, a, b, c, d, e in zip(prob, q1, q2, q3, q4, q5)]
            i += 5
        langprob = [lp + p / n_trial for lp, p in zip(langprob, prob)]
    ranked = [(lang, p) for lang, p in zip(langs, langprob) if p > Detector.PROB_THRESHOLD]
    ranked.sort(key=lambda lp: lp[1], reverse=True)
    return ranked


def _at_least(pattern: re.Pattern, text: str, n: int) -> bool:
    """Whether `pattern` matches at least n times in text (n >= 1), without listing every match."""
    return next(islice(pattern.finditer(text), n - 1, None), None) is not None


def _ngrams(text: str, wmap: dict) -> list[str]:
    """Detector._extract_ngrams: the 1-3-grams of the text that the profiles know, in text order.

    The n-gram buffer restarts at every space (NGram.add_char), so a word's n-grams are those of
    "word " (with its trailing space) whatever comes before it: each distinct word is read once."""
    out: list[str] = []
    words = _normalise(text).split(" ")
    last = len(words) - 1
    cache = _words
    if len(cache) > _WORDS_MAX:
        cache.clear()
    for k, word in enumerate(words):
        if k < last:
            word += " "
        elif not word:
            break
        grams = cache.get(word)
        if grams is None:
            grams = cache[word] = _word_ngrams(word, wmap)
        out += grams
    return out


class _Normalised(dict):
    """str.translate table: NGram.normalize of each character (punctuation, digits → space), filled on first use."""

    def __missing__(self, code: int) -> str:
        norm = self[code] = NGram.normalize(chr(code))
        return norm


def _normalise(text: str) -> str:
    return text.translate(_chars)


_chars = _Normalised()


def _word_ngrams(word: str, wmap: dict) -> tuple[str, ...]:
    """NGram.add_char + Detector._extract_ngrams over one normalised word, from a fresh buffer."""
    out = []
    grams, capital = " ", False
    for ch in word:
        last = grams[-1]
        if last == " ":
            grams, capital = " ", False
            if ch == " ":
                continue
        elif len(grams) >= 3:
            grams = grams[1:]
        grams += ch
        if ch.isupper():
            if last.isupper():
                capital = True
        else:
            capital = False
        if capital:
            continue
        for n in (1, 2, 3):
            if len(grams) < n:
                break
            w = grams[-n:]
            if w != " " and w in wmap:
                out.append(sys.intern(w))     # one string per n-gram, shared by every word that has it
    return tuple(out)


def _norm(code: str | None) -> str | None:
    if not code:
        return None
    return code.strip().lower().replace("_", "-").split("-")[0] or None
