"""Frozen dataclasses handed between the steps of the pipeline (feeds → entries → articles → claims)."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime


@dataclass(frozen=True)
class Feed:
    """A configured feed."""

    name: str
    url: str
    lang: str | None = None          # language hint: "en", "fr" or None
    interval_s: int | None = None    # fixed poll interval; None = adaptive
    enabled: bool = True


@dataclass(frozen=True)
class Response:
    """An HTTP response whose body was read within its limits."""

    url: str                         # the URL asked for
    final_url: str                   # after redirects
    status: int
    headers: dict[str, str]          # lower-cased names
    body: bytes
    elapsed_s: float


@dataclass(frozen=True)
class Entry:
    """One item of a parsed feed, already free of feedparser's types."""

    url: str
    guid: str | None
    title: str | None
    author: str | None
    published: datetime | None       # UTC, naive-free (tz-aware)
    summary: str | None              # the feed's own content or summary, as plain text
    lang: str | None = None


@dataclass(frozen=True)
class ParsedFeed:
    """A feed document: its entries and what was wrong with it, if anything."""

    entries: tuple[Entry, ...]
    title: str | None = None
    lang: str | None = None
    ttl_s: int | None = None         # RSS <ttl>, in seconds
    bozo: bool = False
    bozo_reason: str | None = None
    entries_dropped: int = 0         # entries left out because they had no usable http(s) link


@dataclass(frozen=True)
class Page:
    """What extraction found in an article page."""

    text: str
    title: str | None = None
    author: str | None = None
    published: datetime | None = None


@dataclass(frozen=True)
class Skipped:
    """An expected outcome that yields nothing: not modified, too short, no figures..."""

    reason: str
    detail: str | None = None


@dataclass(frozen=True)
class Period:
    kind: str                        # annual | quarter | run_rate | cumulative | point
    start: str | None = None         # YYYY, YYYY-MM or YYYY-MM-DD
    end: str | None = None
    text: str | None = None

    def as_dict(self) -> dict:
        return {"kind": self.kind, "start": self.start, "end": self.end, "text": self.text}


@dataclass(frozen=True)
class Claim:
    """One statement in one article that gives a figure; the fields of ../shared/spec/claims.md §1."""

    subject: str
    metric: str
    value: float
    unit: str
    qualifier: str
    period: Period
    modality: str
    speaker_kind: str
    quote: str
    span: tuple[int, int]
    lang: str
    counterparty: str | None = None
    low: float | None = None
    high: float | None = None
    speaker: str | None = None
    published: str | None = None     # YYYY-MM-DD
    confidence: float = 0.5
    half_unit: float | None = None   # half a unit of the last digit as written (for intervals)

    def as_dict(self) -> dict:
        return {
            "subject": self.subject,
            "metric": self.metric,
            "counterparty": self.counterparty,
            "value": self.value,
            "low": self.low,
            "high": self.high,
            "unit": self.unit,
            "qualifier": self.qualifier,
            "period": self.period.as_dict(),
            "modality": self.modality,
            "speaker": self.speaker,
            "speaker_kind": self.speaker_kind,
            "quote": self.quote,
            "span": list(self.span),
            "lang": self.lang,
            "published": self.published,
            "confidence": self.confidence,
            "half_unit": self.half_unit,
        }


@dataclass
class RunSummary:
    """What one run did, for the CLI, the DAGs and the logs."""

    feeds_polled: int = 0
    feeds_failed: int = 0
    feeds_not_modified: int = 0
    entries_seen: int = 0
    articles_new: int = 0
    articles_failed: int = 0
    claims_new: int = 0
    errors: list[str] = field(default_factory=list)
