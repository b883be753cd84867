"""config/*.toml → validated Settings, once: shipped defaults, overridden only by what the user's file sets."""
from __future__ import annotations

import dataclasses
import os
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from .errors import ConfigError
from .models import Feed

if TYPE_CHECKING:                                # imported lazily at run time: alerts imports config
    from .alerts.settings import AlertSettings

REPO_ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CONFIG = Path("config/newswatch.toml")
DEFAULT_DB = Path("data/newswatch.duckdb")

_DURATION = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(s|m|h|d|w)?\s*$")
_UNIT_S = {"s": 1, "m": 60, "h": 3600, "d": 86400, "w": 604800, None: 1}


def parse_duration(value: str | int | float, *, where: str = "duration") -> float:
    """'15m' → 900.0; '2h', '7d', '30s' or a number of seconds."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return float(value)
    m = _DURATION.match(str(value))
    if not m:
        raise ConfigError(f"{where}: {value!r} is not a duration; write e.g. '30s', '15m', '2h' or '7d'")
    return float(m.group(1)) * _UNIT_S[m.group(2)]


@dataclass(frozen=True)
class HttpSettings:
    user_agent: str = "newswatch/0.1 (+{contact_url})"
    contact_url: str = "https://github.com/newswatch/newswatch"
    connect_timeout_s: float = 10.0
    feed_deadline_s: float = 20.0
    page_deadline_s: float = 30.0
    max_redirects: int = 5
    feed_max_bytes: int = 15 * 1024 * 1024
    page_max_bytes: int = 20_000_000
    concurrency: int = 8
    per_host_concurrency: int = 2
    allow_private_networks: bool = False

    @property
    def user_agent_header(self) -> str:
        return self.user_agent.format(contact_url=self.contact_url)


@dataclass(frozen=True)
class ScheduleSettings:
    every_s: float = 900.0            # `newswatch run --every` default and the Airflow schedule
    min_interval_s: float = 300.0     # adaptive per-feed interval is clamped to [min, max]
    max_interval_s: float = 86400.0
    default_interval_s: float = 900.0
    jitter: float = 0.1               # ± share of the interval, so feeds of one host spread out
    backoff_base_s: float = 300.0     # first retry after a failure; doubles each failure
    backoff_max_s: float = 86400.0
    health_failures: int = 3          # consecutive failures that record a feed-health event


@dataclass(frozen=True)
class ArticleSettings:
    min_text_chars: int = 200         # shorter extracted text → keep the feed's summary instead
    max_fetch_attempts: int = 5       # a page that failed is retried on later runs this many times
    retry_after_s: float = 3600.0     # wait before retrying a failed page fetch
    fast_extraction: bool = True      # trafilatura fast=True (no readability/justext fallback): ~1.4x faster;
                                      # same text on 176 of the 181 benchmark pages, recall and precision no lower
    skip_page_metadata: bool = True   # a feed entry with a title and a date keeps them: the page's metadata pass
                                      # (title, author, date; ~1/3 of a fast extraction's CPU) is skipped
    workers: int = 1                  # processes that extract pages (text, language, claims); >1 uses more cores


@dataclass(frozen=True)
class StorageSettings:
    staging_dir: str = ""             # staged batch files of Airflow runs; "" = <db folder>/staging
    export_dir: str = ""              # Parquet export of the tables; "" = <db folder>/export
    staging_retention_s: float = 7 * 86400.0   # staged batches older than this are deleted
    polls_retention_s: float = 90 * 86400.0    # feed_polls rows (the raw poll log) older than this are deleted


@dataclass(frozen=True)
class Settings:
    config_path: Path | None = None
    db_path: Path = DEFAULT_DB
    feeds: tuple[Feed, ...] = ()
    http: HttpSettings = field(default_factory=HttpSettings)
    schedule: ScheduleSettings = field(default_factory=ScheduleSettings)
    articles: ArticleSettings = field(default_factory=ArticleSettings)
    storage: StorageSettings = field(default_factory=StorageSettings)
    alerts: AlertSettings = field(default_factory=lambda: _alert_settings(None))  # config/alerts.toml


def _alert_settings(path: Path | None):
    from .alerts.settings import load_alert_settings     # alerts.toml beside the main config file
    return load_alert_settings(path)


_SECTIONS = {"http": HttpSettings, "schedule": ScheduleSettings, "articles": ArticleSettings,
             "storage": StorageSettings}
_DURATION_KEYS = {"every", "min_interval", "max_interval", "default_interval", "backoff_base", "backoff_max",
                  "connect_timeout", "feed_deadline", "page_deadline", "retry_after",
                  "staging_retention", "polls_retention"}


def load_settings(
    config: str | os.PathLike | None = None,
    *,
    db: str | os.PathLike | None = None,
    feeds: list[str] | None = None,
    env: dict[str, str] | None = None,
) -> Settings:
    """Read the config file (arg, else $NEWSWATCH_CONFIG, else config/newswatch.toml) and apply env and CLI overrides."""
    env = dict(os.environ) if env is None else env
    path = Path(config or env.get("NEWSWATCH_CONFIG") or DEFAULT_CONFIG)
    explicit = bool(config or env.get("NEWSWATCH_CONFIG"))
    data: dict = {}
    if path.exists():
        data = _read_toml(path)
    elif explicit:
        raise ConfigError(f"{path}: config file not found; pass --config PATH or set NEWSWATCH_CONFIG")

    sections = {}
    for name, cls in _SECTIONS.items():
        sections[name] = read_section(cls, data.pop(name, {}), path, name, _DURATION_KEYS)
    feeds_file = data.pop("feeds_file", None)
    inline_feeds = data.pop("feeds", None)
    db_setting = data.pop("db", None)
    if data:
        raise ConfigError(f"{path}: unknown key(s) {sorted(data)}; known: db, feeds_file, feeds, {', '.join(_SECTIONS)}")

    if _truthy(env.get("NEWSWATCH_ALLOW_PRIVATE_NETWORKS")):
        sections["http"] = dataclasses.replace(sections["http"], allow_private_networks=True)

    feed_list: list[Feed] = []
    if feeds is None and env.get("NEWSWATCH_FEEDS"):
        feeds = [u for u in env["NEWSWATCH_FEEDS"].split(",") if u.strip()]
    if feeds:
        feed_list = [Feed(name=_name_from_url(u), url=u.strip()) for u in feeds]
    else:
        if feeds_file:
            fpath = (path.parent / feeds_file) if not Path(feeds_file).is_absolute() else Path(feeds_file)
            if not fpath.exists():
                raise ConfigError(f"{path}: feeds_file {str(fpath)!r} not found")
            feed_list += _feeds(_read_toml(fpath).get("feeds", []), fpath)
        if inline_feeds:
            feed_list += _feeds(inline_feeds, path)

    db_path = Path(db or env.get("NEWSWATCH_DB") or db_setting or DEFAULT_DB)
    return Settings(config_path=path if path.exists() else None, db_path=db_path, feeds=tuple(feed_list),
                    alerts=_alert_settings(path.parent / "alerts.toml"), **sections)


def _read_toml(path: Path) -> dict:
    try:
        with open(path, "rb") as f:
            return tomllib.load(f)
    except tomllib.TOMLDecodeError as e:
        raise ConfigError(f"{path}: invalid TOML: {e}") from e
    except OSError as e:
        raise ConfigError(f"{path}: cannot read: {e.strerror}") from e


def read_section(cls, values: dict, path: Path, name: str, durations: set[str] | frozenset[str] = frozenset()):
    """One [section] of a TOML file → a frozen settings dataclass: unknown keys, wrong types and negative
    numbers are errors naming the file and key; keys in `durations` take "15m"-style values into `<key>_s`."""
    if not isinstance(values, dict):
        raise ConfigError(f"{path}: [{name}] must be a table")
    known = {f.name: f for f in dataclasses.fields(cls)}
    kwargs = {}
    for key, value in values.items():
        target = key
        if key in durations:
            target = key + "_s"
            value = parse_duration(value, where=f"{path}: [{name}] {key}")
        if target not in known:
            raise ConfigError(f"{path}: [{name}] unknown key {key!r}; known: {sorted(k.removesuffix('_s') for k in known)}")
        want = type(known[target].default)
        if want is float and isinstance(value, int) and not isinstance(value, bool):
            value = float(value)
        if not isinstance(value, want) or (want is int and isinstance(value, bool)):
            raise ConfigError(f"{path}: [{name}] {key} must be {want.__name__}, got {value!r}")
        if isinstance(value, (int, float)) and not isinstance(value, bool) and value < 0:
            raise ConfigError(f"{path}: [{name}] {key} must not be negative, got {value!r}")
        kwargs[target] = value
    return cls(**kwargs)


def _feeds(items, path: Path) -> list[Feed]:
    if not isinstance(items, list):
        raise ConfigError(f"{path}: 'feeds' must be an array of tables ([[feeds]])")
    out, seen = [], set()
    for i, item in enumerate(items):
        where = f"{path}: feeds[{i}]"
        if not isinstance(item, dict) or not isinstance(item.get("url"), str):
            raise ConfigError(f"{where}: each feed needs url = \"https://...\"")
        unknown = set(item) - {"name", "url", "lang", "interval", "enabled"}
        if unknown:
            raise ConfigError(f"{where}: unknown key(s) {sorted(unknown)}; known: name, url, lang, interval, enabled")
        url = item["url"].strip()
        if not url.startswith(("http://", "https://")):
            raise ConfigError(f"{where}: url must start with http:// or https://, got {url!r}")
        if url in seen:
            raise ConfigError(f"{where}: feed {url} is listed twice")
        seen.add(url)
        lang = item.get("lang")
        if lang is not None and (not isinstance(lang, str) or len(lang) != 2):
            raise ConfigError(f"{where}: lang must be a two-letter code like \"en\" or \"fr\", got {lang!r}")
        interval = item.get("interval")
        out.append(Feed(
            name=str(item.get("name") or _name_from_url(url)),
            url=url,
            lang=lang,
            interval_s=int(parse_duration(interval, where=f"{where} interval")) if interval is not None else None,
            enabled=bool(item.get("enabled", True)),
        ))
    return out


def _name_from_url(url: str) -> str:
    from urllib.parse import urlsplit
    p = urlsplit(url.strip())
    return (p.netloc + p.path).rstrip("/") or url


def _truthy(value: str | None) -> bool:
    return (value or "").strip().lower() in {"1", "true", "yes", "on"}


def schedule_every_s(config: str | os.PathLike | None = None, env: dict[str, str] | None = None) -> float:
    """Only `[schedule] every`, for the Airflow DAG file, which needs its schedule when it is parsed (every
    30 s): a stdlib TOML read of one file, no feeds, no validation beyond this key. A missing or broken file
    gives the default; the tasks load the full settings and report the error there."""
    env = dict(os.environ) if env is None else env
    path = Path(config or env.get("NEWSWATCH_CONFIG") or DEFAULT_CONFIG)
    try:
        with open(path, "rb") as f:
            value = tomllib.load(f).get("schedule", {}).get("every")
        return parse_duration(value, where=f"{path}: [schedule] every") if value is not None else ScheduleSettings.every_s
    except (OSError, tomllib.TOMLDecodeError, ConfigError, AttributeError):
        return ScheduleSettings.every_s
