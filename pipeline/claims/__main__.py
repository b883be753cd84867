"""`python -m pipeline.claims [PATH ...] [--format table|jsonl] [--lang auto|en|fr] [--published DATE]`."""
from __future__ import annotations

import argparse
import sys

from pipeline.claims.documents import run_extract


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        prog="newswatch extract",
        description="Extract claims from articles (.txt, .html, .jsonl or - for stdin).",
        epilog="Example: newswatch extract --format jsonl articles.jsonl",
    )
    ap.add_argument("paths", nargs="*", default=["-"], metavar="PATH")
    ap.add_argument("--format", choices=("table", "jsonl"), default="table")
    ap.add_argument("--lang", choices=("auto", "en", "fr"), default="auto")
    ap.add_argument("--published", default=None, help="publication date YYYY-MM-DD for texts that carry none")
    args = ap.parse_args(argv)
    return run_extract(args.paths or ["-"], fmt=args.format, lang=args.lang, published=args.published, out=sys.stdout)


if __name__ == "__main__":
    sys.exit(main())
