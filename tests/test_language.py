"""Language detection: the same answers as langdetect's own `detect_langs`, digit for digit, and the dev set's languages."""
from __future__ import annotations

import json
import threading
from pathlib import Path

import pytest
from langdetect import detect_langs
from langdetect.lang_detect_exception import LangDetectException

from pipeline import language
from pipeline.language import detect

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
DEV_ARTICLES = SHARED / "eval" / "dev" / "articles.jsonl"
GROUND_TRUTH = SHARED / "corpora" / "article-extraction-benchmark" / "ground-truth.json"

ODD_TEXTS = [
    "東京は日本の首都です。人口は約1400万人です。" * 5,          # Latin letters dropped (cleaning_text)
    "Привет мир, как дела? Всё хорошо, спасибо. " * 6,
    "مرحبا بالعالم، كيف حالك اليوم؟ " * 8,
    "Đây là một câu tiếng Việt có dấu, và nó khá dài. " * 4,     # normalize_vi, Latin Extended Additional
    "ABC DEF GHI jkl MNO pqr STU " * 8,                          # capital words are skipped
    "Visit https://example.com/a?b=1 or write to a.b@c.example today. " * 5,
    "   spaced   out    text ,,, with -- punctuation!!! and\ttabs\nand lines " * 4,
    "Le chiffre d’affaires a atteint 13 milliards d’euros en 2025 « selon » l’entreprise. " * 3,
    "Romanian ș and ț become ş and ţ: știință și țară, în România. " * 4,
    "12345 67890 " * 10,
    "x",
    " ",
]


def reference(text: str) -> list[tuple[str, float]]:
    try:
        return [(lang.lang, lang.prob) for lang in detect_langs(text)]
    except LangDetectException:
        return []


def dev_texts() -> list[dict]:
    if not DEV_ARTICLES.exists():
        pytest.skip(f"{DEV_ARTICLES} not found (CI clones main beside a copy of shared/)")
    return [json.loads(line) for line in DEV_ARTICLES.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.mark.parametrize("text", ODD_TEXTS, ids=range(len(ODD_TEXTS)))
def test_same_probabilities_as_langdetect(text):
    language._ensure_profiles()
    assert language._probabilities(text) == reference(text)


def test_same_probabilities_as_langdetect_on_real_texts():
    texts = [d["text"] for d in dev_texts()]
    if GROUND_TRUTH.exists():
        texts += [v["articleBody"] for v in json.loads(GROUND_TRUTH.read_text(encoding="utf-8")).values()
                  if v.get("articleBody")][:60]
    language._ensure_profiles()
    for text in texts:
        for cut in (language.MAX_CHARS, 700):
            assert language._probabilities(text[:cut]) == reference(text[:cut]), text[:80]


def test_dev_set_languages():
    docs = dev_texts()
    assert {d["lang"] for d in docs} == {"en", "fr"}
    assert [detect(d["text"])[0] for d in docs] == [d["lang"] for d in docs]


def test_short_text_falls_back_to_the_hint():
    assert detect("Too short.", hint="fr-CA") == ("fr", 0.0)
    assert detect("1234 5678 " * 20, hint=None) == (None, 0.0)
    assert detect(None, hint="EN") == ("en", 0.0)


def test_threads_agree():
    docs = dev_texts()[:20]
    expected = [detect(d["text"]) for d in docs]
    language._words.clear()
    results: list[list] = []

    def run():
        results.append([detect(d["text"]) for d in docs])
    threads = [threading.Thread(target=run) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert results == [expected] * 4
