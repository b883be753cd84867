"""Prints the median claim-extraction time per 1,000 characters over the dev set (target < 2 ms, one core).

    .venv/bin/python bench/bench_claims.py [ARTICLES.jsonl]
"""
from __future__ import annotations

import json
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from pipeline.claims import extract_claims  # noqa: E402
from pipeline.claims.lexicon import load  # noqa: E402

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "eval" / "dev" / "articles.jsonl"


def main() -> None:
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
    docs = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    load()  # config is read once per process; do not time it
    per_k_given, per_k_detect = [], []
    for d in docs:
        text, pub = d["text"], d.get("published")
        for lang, sink in ((d.get("lang"), per_k_given), (None, per_k_detect)):
            extract_claims(text, lang=lang, published=pub)  # warm caches
            runs = []
            for _ in range(5):
                t0 = time.perf_counter()
                extract_claims(text, lang=lang, published=pub)
                runs.append(time.perf_counter() - t0)
            sink.append(min(runs) * 1000 / (len(text) / 1000))
    print(f"documents {len(docs)}  characters {sum(len(d['text']) for d in docs)}")
    print(f"median ms per 1,000 chars, language given:    {statistics.median(per_k_given):.3f}")
    print(f"median ms per 1,000 chars, language detected: {statistics.median(per_k_detect):.3f}")


if __name__ == "__main__":
    main()
