"""Claim-extraction time per 1,000 characters (target: median < 2 ms, one core).

    .venv/bin/python bench/bench_claims.py [ARTICLES.jsonl ...]

Default corpora: the dev set (../shared/eval/dev/articles.jsonl) and the texts of the 181 pages of
../shared/corpora/article-extraction-benchmark (extracted once with trafilatura, not timed). Prints,
per corpus, the median and p90 milliseconds per 1,000 characters with the language given (as the
pipeline does: it passes the article's detected language) and with language detection included.
Each figure is the best of 5 runs of one document, after a warm-up run.
"""
from __future__ import annotations

import gzip
import os
import json
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipeline.claims import extract_claims  # noqa: E402
from pipeline.claims.lexicon import load  # noqa: E402

SHARED = ROOT.parent / "shared"
DEV = SHARED / "eval" / "dev" / "articles.jsonl"
PAGES = SHARED / "corpora" / "article-extraction-benchmark" / "html"
RUNS = int(os.environ.get("BENCH_RUNS", "5"))


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def page_texts(folder: Path) -> list[dict]:
    from pipeline.claims.documents import html_to_text
    from pipeline.language import detect

    docs = []
    for p in sorted(folder.glob("*.html.gz")):
        text = html_to_text(gzip.open(p, "rt", encoding="utf-8", errors="replace").read())
        if text.strip():
            docs.append({"id": p.name, "text": text, "lang": detect(text)[0]})
    return docs


def p90(xs: list[float]) -> float:
    return statistics.quantiles(xs, n=10)[-1] if len(xs) > 1 else xs[0]


def bench(name: str, docs: list[dict]) -> None:
    docs = [d for d in docs if d.get("text", "").strip()]
    per_k_given, per_k_detect = [], []
    for d in docs:
        text, pub = d["text"], d.get("published")
        for lang, sink in ((d.get("lang") or "en", per_k_given), (None, per_k_detect)):
            extract_claims(text, lang=lang, published=pub)  # warm caches
            runs = []
            for _ in range(RUNS):
                t0 = time.perf_counter()
                extract_claims(text, lang=lang, published=pub)
                runs.append(time.perf_counter() - t0)
            sink.append(min(runs) * 1000 / (len(text) / 1000))
    print(f"{name}: documents {len(docs)}  characters {sum(len(d['text']) for d in docs)}")
    print(f"  ms per 1,000 chars, language given:    median {statistics.median(per_k_given):.3f}  p90 {p90(per_k_given):.3f}")
    print(f"  ms per 1,000 chars, language detected: median {statistics.median(per_k_detect):.3f}  p90 {p90(per_k_detect):.3f}")


def main() -> None:
    load()  # config is read once per process; do not time it
    if len(sys.argv) > 1:
        for a in sys.argv[1:]:
            bench(a, read_jsonl(Path(a)))
        return
    bench("dev set", read_jsonl(DEV))
    if PAGES.is_dir():
        bench("benchmark pages", page_texts(PAGES))


if __name__ == "__main__":
    main()
