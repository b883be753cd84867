"""Text → claims (pure): figures about tracked entities and metrics, read in English and French.

    from pipeline.claims import extract_claims
    extract_claims("OpenAI's revenue reached $13 billion in 2025.", published="2026-01-10")
"""
from __future__ import annotations

from pipeline.claims.find import extract as _extract
from pipeline.claims.lexicon import load
from pipeline.models import Claim

SUPPORTED = ("en", "fr")

__all__ = ["extract_claims", "SUPPORTED"]


def extract_claims(text: str, *, lang: str | None = None, published: str | None = None,
                   config_dir: str | None = None) -> list[Claim]:
    """The claims of one article. `lang` None → detected; `published` (YYYY-MM-DD) dates relative periods."""
    if not text or not text.strip():
        return []
    if lang is None:
        from pipeline.language import detect
        lang, _ = detect(text)
    lang = lang if lang in SUPPORTED else "en"
    published = published[:10] if published else None
    return _extract(text, lang, published, load(str(config_dir) if config_dir else None))
