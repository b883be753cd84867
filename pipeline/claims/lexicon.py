"""Loads config/entities.toml and config/metrics.toml once and compiles them into matchers."""
from __future__ import annotations

import os
import re
import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from pipeline.errors import ConfigError

DEFAULT_DIR = Path(__file__).resolve().parents[2] / "config"


@dataclass(frozen=True)
class Person:
    name: str
    entity: str
    role: str
    names: tuple[str, ...]


@dataclass(frozen=True)
class Metric:
    id: str
    units: tuple[str, ...]
    period: str
    prepositions: tuple[str, ...]
    plausible: dict
    count_nouns: tuple[str, ...] = ()


@dataclass(frozen=True)
class Lexicon:
    """Everything the extractor reads from config, compiled."""

    entities: dict                      # id -> raw table
    people: tuple[Person, ...]
    metrics: dict                       # id -> Metric
    entity_re: re.Pattern               # names, aliases, products, people: one alternation
    entity_of: dict                     # lower-cased surface -> (entity id, kind: name|alias|product|person)
    trigger_re: dict                    # lang -> {first 3 letters of a word: [(compiled phrase, metric), ...] longest first}
    trigger_of: dict                    # lang -> [metric id or "ignore"] in trigger order
    fiscal_end: dict = field(default_factory=dict)


def config_dir(path: str | os.PathLike | None = None) -> Path:
    if path:
        return Path(path)
    env = os.environ.get("NEWSWATCH_CONFIG_DIR")
    return Path(env) if env else DEFAULT_DIR


def _read(path: Path) -> dict:
    try:
        with open(path, "rb") as f:
            return tomllib.load(f)
    except FileNotFoundError as e:
        raise ConfigError(f"{path}: file not found") from e
    except tomllib.TOMLDecodeError as e:
        raise ConfigError(f"{path}: {e}") from e


def _word_pattern(phrase: str) -> str:
    """A trigger phrase → regex: "*" ends a stem, spaces and apostrophes are flexible."""
    star = phrase.endswith("*")
    p = phrase.rstrip("*")
    esc = re.escape(p).replace(r"\ ", r"[\s\u00a0-]+").replace("'", "['’]")
    tail = r"[\w-]*" if star else ""
    return rf"(?<![\w]){esc}{tail}(?![\w])"


@lru_cache(maxsize=8)
def load(path: str | None = None) -> Lexicon:
    """The compiled lexicon of a config dir (default <repo>/config or $NEWSWATCH_CONFIG_DIR), cached."""
    d = config_dir(path)
    ents = _read(d / "entities.toml")
    mets = _read(d / "metrics.toml")
    entities = ents.get("entities", {})
    if not entities:
        raise ConfigError(f"{d / 'entities.toml'}: no [entities.*] tables")
    entity_of: dict[str, tuple[str, str]] = {}
    case_sensitive: list[str] = []
    insensitive: list[str] = []
    fiscal = {}
    for eid, t in entities.items():
        fiscal[eid] = int(t.get("fiscal_year_end", 12))
        for n in t.get("names", []):
            entity_of.setdefault(n.lower(), (eid, "name"))
            case_sensitive.append(n)
        for n in t.get("products", []):
            entity_of.setdefault(n.lower(), (eid, "product"))
            case_sensitive.append(n)
        for a in t.get("aliases", []):
            entity_of.setdefault(a.lower().replace("’", "'"), (eid, "alias"))
            insensitive.append(a)
    people = []
    for i, p in enumerate(ents.get("people", [])):
        try:
            names = (p["name"], *p.get("short", []))
            person = Person(p["name"], p["entity"], p.get("role", ""), tuple(names))
        except KeyError as e:
            raise ConfigError(f"{d / 'entities.toml'}: [[people]] #{i + 1} lacks key {e}") from e
        if person.entity not in entities:
            raise ConfigError(f"{d / 'entities.toml'}: [[people]] {person.name}: unknown entity {person.entity!r}")
        people.append(person)
        for n in names:
            entity_of.setdefault(n.lower(), (person.entity, "person:" + person.name))
            case_sensitive.append(n)
    cs = "|".join(re.escape(n).replace("'", "['’]") for n in sorted(set(case_sensitive), key=len, reverse=True))
    ci = "|".join(_word_pattern(a).replace(r"(?<![\w])", "").replace(r"(?![\w])", "")
                  for a in sorted(set(insensitive), key=len, reverse=True))
    entity_re = re.compile(rf"(?<![\w])(?:(?i:{ci})|(?:{cs}))(?![\w])" if ci else rf"(?<![\w])(?:{cs})(?![\w])")

    metrics = {}
    trigger_of: dict[str, list] = {"en": [], "fr": []}
    for mid, t in mets.get("metrics", {}).items():
        try:
            metrics[mid] = Metric(mid, tuple(t["units"]), t["period"], tuple(t.get("counterparty", [])),
                                  dict(t.get("plausible", {})), tuple(t.get("count_nouns", [])))
        except KeyError as e:
            raise ConfigError(f"{d / 'metrics.toml'}: [metrics.{mid}] lacks key {e}") from e
        for lang in ("en", "fr"):
            for w in t.get(lang, []):
                trigger_of[lang].append((w, mid))
    for lang in ("en", "fr"):
        for w in mets.get("ignore", {}).get(lang, []):
            trigger_of[lang].append((w, "ignore"))
    trigger_re = {}
    for lang, items in trigger_of.items():
        items.sort(key=lambda x: len(x[0].rstrip("*")), reverse=True)
        index: dict[str, list] = {}
        for w, mid in items:
            key = w.lower().replace("’", "'")[:3]
            index.setdefault(key, []).append((re.compile(_word_pattern(w), re.IGNORECASE), mid))
        trigger_re[lang] = index
    return Lexicon(entities, tuple(people), metrics, entity_re, entity_of, trigger_re,
                   {lang: [m for _, m in items] for lang, items in trigger_of.items()}, fiscal)
