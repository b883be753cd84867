"""The `extract` command's edge: reads .txt, .html and .jsonl documents, runs extraction, prints table or JSONL."""
from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Iterator

from pipeline.claims import extract_claims
from pipeline.language import detect
from pipeline.models import Claim


@dataclass(frozen=True)
class Document:
    id: str | None
    text: str
    published: str | None = None
    lang: str | None = None
    source_url: str | None = None
    title: str | None = None


def html_to_text(html: str) -> str:
    """Article text of an HTML page (trafilatura), or the page's visible text when trafilatura finds none."""
    import trafilatura

    text = trafilatura.extract(html, favor_precision=False, include_comments=False, include_tables=True)
    if text:
        return text
    import re

    body = re.sub(r"(?is)<(script|style)[^>]*>.*?</\1>", " ", html)
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", body)).strip()


def _read(path: str) -> tuple[str, str]:
    """(content, kind) where kind is txt | html | jsonl."""
    if path == "-":
        data = sys.stdin.read()
        first = data.lstrip()[:1]
        kind = "jsonl" if first == "{" else "html" if first == "<" else "txt"
        return data, kind
    p = Path(path)
    data = p.read_text(encoding="utf-8", errors="replace")
    suffix = p.suffix.lower()
    kind = {".jsonl": "jsonl", ".ndjson": "jsonl", ".html": "html", ".htm": "html"}.get(suffix, "txt")
    return data, kind


def documents(path: str) -> Iterator[Document]:
    data, kind = _read(path)
    if kind == "txt":
        yield Document(None, data)
    elif kind == "html":
        yield Document(None, html_to_text(data))
    else:
        for n, line in enumerate(data.splitlines(), 1):
            line = line.strip()
            if not line:
                continue
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as e:
                raise ValueError(f"{path}:{n}: not JSON: {e}") from e
            text = rec.get("text")
            if not text and rec.get("html"):
                text = html_to_text(rec["html"])
            yield Document(str(rec.get("id", n)), text or "", rec.get("published"), rec.get("lang"),
                           rec.get("source_url"), rec.get("title"))


def run_extract(paths: list[str], *, fmt: str = "table", lang: str = "auto", published: str | None = None,
                out: IO[str] = sys.stdout) -> int:
    """Extract claims from each document of `paths` and print them; returns the exit code."""
    n_err = 0
    for path in paths or ["-"]:
        try:
            docs = list(documents(path))
        except (OSError, ValueError) as e:
            print(f"error: {e}", file=sys.stderr)
            n_err += 1
            continue
        for doc in docs:
            doc_lang = doc.lang if lang == "auto" else lang
            if not doc_lang:
                doc_lang = detect(doc.text)[0]
            claims = extract_claims(doc.text, lang=doc_lang or "en", published=doc.published or published)
            for c in claims:
                if fmt == "jsonl":
                    d = c.as_dict()
                    d["doc_id"] = doc.id
                    if doc.source_url:
                        d["source_url"] = doc.source_url
                    out.write(json.dumps(d, ensure_ascii=False) + "\n")
                else:
                    out.write(format_row(c, doc.id) + "\n")
    return 1 if n_err else 0


def money(v: float | None, unit: str) -> str:
    """A value written for people: $13B, €1.4T, 4.5 GW, 27.5%, 1.2M."""
    if v is None:
        return "∞"
    if unit == "percent":
        return f"{v:g}%"
    sym = {"USD": "$", "EUR": "€", "GBP": "£"}.get(unit, "")
    for div, suf in ((1e12, "T"), (1e9, "B"), (1e6, "M"), (1e3, "K")):
        if abs(v) >= div:
            s = f"{v / div:.3f}".rstrip("0").rstrip(".") + suf
            break
    else:
        s = f"{v:g}"
    if unit == "W":
        return s.replace("T", " TW").replace("B", " GW").replace("M", " MW").replace("K", " kW") if s[-1].isalpha() else s + " W"
    if unit == "count":
        return s
    return f"{sym}{s}" if sym else f"{s} {unit}"


def format_row(c: Claim, doc_id: str | None = None) -> str:
    p = c.period
    per = p.kind + (f" {p.start}" if p.start else "") + (f"..{p.end}" if p.end and p.end != p.start else "")
    subj = c.subject + (f"→{c.counterparty}" if c.counterparty else "")
    value = money(c.value, c.unit)
    if c.qualifier == "between":
        value = f"{money(c.low, c.unit)}–{money(c.high, c.unit)}"
    who = f"{c.speaker or '-'} ({c.speaker_kind})"
    head = f"{doc_id}  " if doc_id else ""
    quote = c.quote if len(c.quote) <= 160 else c.quote[:157] + "..."
    return f"{head}{subj:<24} {c.metric:<22} {c.qualifier:<9} {value:>10}  {per:<26} {c.modality:<9} {who:<28} « {quote} »"
