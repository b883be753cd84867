"""Periods (years, fiscal years, quarters, run-rates, targets, spans) and speakers (company, media, analysts)."""
from __future__ import annotations

import pytest

from pipeline.claims import extract_claims
from pipeline.claims.periods import fiscal_quarter, fiscal_year

PUB = "2025-10-15"

PERIODS = [
    ("OpenAI's revenue reached $4 billion in 2024.", "en", ("annual", "2024", "2024")),
    ("Le chiffre d'affaires d'OpenAI a atteint 4 milliards de dollars en 2024.", "fr", ("annual", "2024", "2024")),
    ("Oracle expects revenue of $67 billion in fiscal 2026.", "en", ("annual", "2025-06", "2026-05")),
    ("Microsoft's capex was $35 billion in the first quarter of fiscal 2026.", "en", ("quarter", "2025-07", "2025-09")),
    ("Nvidia's revenue was $47 billion in the second quarter of fiscal 2026.", "en", ("quarter", "2025-05", "2025-07")),
    ("Au deuxième trimestre 2025, le chiffre d'affaires de CoreWeave a atteint 1,2 milliard de dollars.", "fr", ("quarter", "2025-04", "2025-06")),
    ("Anthropic's annualized revenue run rate hit $5 billion in August.", "en", ("run_rate", "2025-08", "2025-08")),
    ("Le chiffre d'affaires annualisé d'OpenAI atteignait 12 milliards de dollars en juillet.", "fr", ("run_rate", "2025-07", "2025-07")),
    ("OpenAI could reach $100 billion in revenue by 2027.", "en", ("annual", "2027", "2027")),
    ("OpenAI vise 100 milliards de dollars de chiffre d'affaires d'ici 2027.", "fr", ("annual", "2027", "2027")),
    ("OpenAI plans to spend $1 trillion on compute contracts over the next decade.", "en", ("cumulative", None, None)),
    ("OpenAI s'est engagé sur 1 000 milliards de dollars de contrats de calcul sur la décennie.", "fr", ("cumulative", None, None)),
    ("OpenAI makes $13 billion in revenue a year.", "en", ("annual", "2025", "2025")),
    ("OpenAI réalise 13 milliards de dollars de chiffre d'affaires par an.", "fr", ("annual", "2025", "2025")),
    ("OpenAI will burn $115 billion of cash through 2029.", "en", ("cumulative", "2025", "2029")),
    ("xAI is valued at $200 billion.", "en", ("point", None, None)),
    ("SoftBank raised $10 billion for OpenAI in April.", "en", ("cumulative", "2025-04", "2025-04")),
]

SPEAKERS = [
    ("Sam Altman said OpenAI's revenue would top $20 billion this year.", "en", ("Sam Altman", "company")),
    ("Selon Sam Altman, le chiffre d'affaires d'OpenAI dépassera 20 milliards de dollars.", "fr", ("Sam Altman", "company")),
    ("Selon certains médias, OpenAI aurait levé 6 milliards de dollars.", "fr", ("certains médias", "media_report")),
    ("Reports say OpenAI lost $5 billion last year.", "en", (None, "media_report")),
    ("According to The Information, OpenAI lost $5 billion last year.", "en", ("The Information", "media_report")),
    ("D'après Reuters, OpenAI a perdu 5 milliards de dollars l'an dernier.", "fr", ("Reuters", "media_report")),
    ("Analysts estimate OpenAI's quarterly loss at $11.5 billion.", "en", ("Analysts", "analyst")),
    ("Selon les analystes de Bernstein, OpenAI a perdu 12 milliards de dollars au troisième trimestre.", "fr", ("Bernstein", "analyst")),
    ("Jensen Huang said Nvidia will invest up to $100 billion in OpenAI.", "en", ("Jensen Huang", "company")),
    ("Satya Nadella said OpenAI's revenue topped $13 billion.", "en", ("Satya Nadella", "other")),
    ("OpenAI lost $5 billion last year.", "en", (None, "unattributed")),
]


@pytest.mark.parametrize("text,lang,expected", PERIODS, ids=[p[0][:50] for p in PERIODS])
def test_period(text, lang, expected):
    claims = extract_claims(text, lang=lang, published=PUB)
    assert claims
    p = claims[0].period
    assert (p.kind, p.start, p.end) == expected


@pytest.mark.parametrize("text,lang,expected", SPEAKERS, ids=[s[0][:50] for s in SPEAKERS])
def test_speaker(text, lang, expected):
    claims = extract_claims(text, lang=lang, published=PUB)
    assert claims
    assert (claims[0].speaker, claims[0].speaker_kind) == expected


def test_fiscal_calendars():
    assert fiscal_quarter(2026, 2, 1) == ("2025-05", "2025-07")    # Nvidia
    assert fiscal_quarter(2026, 1, 6) == ("2025-07", "2025-09")    # Microsoft
    assert fiscal_quarter(2025, 3, 10) == ("2025-05", "2025-07")   # Broadcom
    assert fiscal_year(2026, 5) == ("2025-06", "2026-05")          # Oracle
    assert fiscal_year(2025, 12) == ("2025", "2025")


def test_modality_projected_and_denied():
    c = extract_claims("OpenAI expects revenue of $30 billion in 2026.", lang="en", published=PUB)[0]
    assert c.modality == "projected"
    c = extract_claims("Nvidia never pledged a $100 billion investment in OpenAI.", lang="en", published=PUB)[0]
    assert c.modality == "denied"
