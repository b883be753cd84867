"""config/alerts.toml → validated AlertSettings: tolerances, severities, channels (env-var names only) and routes."""
from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from ..compare import Tolerances
from ..errors import ConfigError

CLAIM_KINDS = ("new_figure", "figure_changed", "contradiction")
OPS_KINDS = ("feed_failing", "feed_recovered", "feed_gone", "run_failing", "run_recovered", "delivery_failed")
SEVERITIES = ("info", "warning", "critical")
CHANNEL_TYPES = {"slack": {"url_env"}, "email": {"smtp_url_env", "from_env", "to_env"}, "apprise": {"urls_env"}}
_ENV_DEFAULTS = {"url_env": "NEWSWATCH_SLACK_WEBHOOK_URL", "smtp_url_env": "NEWSWATCH_SMTP_URL",
                 "from_env": "NEWSWATCH_EMAIL_FROM", "to_env": "NEWSWATCH_EMAIL_TO",
                 "urls_env": "NEWSWATCH_APPRISE_URLS"}


@dataclass(frozen=True)
class DeliverySettings:
    digest: bool = False
    max_attempts: int = 8
    backoff_base_s: float = 300.0
    backoff_max_s: float = 6 * 3600.0
    max_age_s: float = 2 * 86400.0
    timeout_s: float = 10.0
    slack_min_interval_s: float = 1.0
    max_retry_after_s: float = 60.0
    uncertain_after_s: float = 600.0


@dataclass(frozen=True)
class Channel:
    name: str
    type: str                              # slack | email | apprise
    env: dict[str, str]                    # role → environment variable NAME (never its value)


@dataclass(frozen=True)
class Route:
    channel: str
    category: str = "claim"                # claim | ops
    kinds: tuple[str, ...] = ()
    metrics: tuple[str, ...] = ()
    subjects: tuple[str, ...] = ()
    severities: tuple[str, ...] = ()

    def matches(self, *, category: str, kind: str, metric: str | None, subject: str | None, severity: str) -> bool:
        return (self.category == category
                and (not self.kinds or kind in self.kinds)
                and (not self.metrics or metric in self.metrics)
                and (not self.subjects or subject in self.subjects)
                and (not self.severities or severity in self.severities))


def _default_channels() -> tuple[Channel, ...]:
    return tuple(Channel(t, t, {k: _ENV_DEFAULTS[k] for k in keys}) for t, keys in CHANNEL_TYPES.items())


@dataclass(frozen=True)
class AlertSettings:
    path: Path | None = None
    compare: Tolerances = field(default_factory=Tolerances)
    severity: dict = field(default_factory=lambda: {"new_figure": {"default": "info"},
                                                    "figure_changed": {"default": "warning"},
                                                    "contradiction": {"default": "warning"},
                                                    "ops": {"default": "warning"}})
    delivery: DeliverySettings = field(default_factory=DeliverySettings)
    channels: tuple[Channel, ...] = field(default_factory=_default_channels)
    routes: tuple[Route, ...] = (Route("slack", kinds=("figure_changed", "contradiction")),
                                 Route("email"), Route("slack", category="ops"), Route("email", category="ops"))

    def channel(self, name: str) -> Channel | None:
        return next((c for c in self.channels if c.name == name), None)

    def channels_for(self, *, category: str, kind: str, metric: str | None, subject: str | None,
                     severity: str) -> list[str]:
        out: list[str] = []
        for r in self.routes:
            if r.matches(category=category, kind=kind, metric=metric, subject=subject, severity=severity) \
                    and r.channel not in out:
                out.append(r.channel)
        return out

    def severity_of(self, kind: str, metric: str | None) -> str:
        from ..compare import severity
        return severity("ops" if kind in OPS_KINDS else kind, metric or "", self.severity)


_DURATIONS = {"backoff_base", "backoff_max", "max_age", "timeout", "slack_min_interval", "max_retry_after",
              "uncertain_after"}


def load_alert_settings(path: str | Path | None) -> AlertSettings:
    """Read alerts.toml (absent file → defaults). Errors name the file and the key."""
    from ..config import read_section
    if path is None or not Path(path).exists():
        return AlertSettings()
    path = Path(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as e:
        raise ConfigError(f"{path}: invalid TOML: {e}") from e
    unknown = set(data) - {"compare", "severity", "delivery", "channels", "routes"}
    if unknown:
        raise ConfigError(f"{path}: unknown key(s) {sorted(unknown)}; known: compare, severity, delivery, channels, routes")


    tol = read_section(Tolerances, data.get("compare", {}), path, "compare")
    delivery = read_section(DeliverySettings, data.get("delivery", {}), path, "delivery", _DURATIONS)

    severity = AlertSettings().severity | {}
    for kind, table in (data.get("severity") or {}).items():
        if kind not in CLAIM_KINDS + ("ops",) or not isinstance(table, dict):
            raise ConfigError(f"{path}: [severity.{kind}] unknown kind; known: {', '.join(CLAIM_KINDS + ('ops',))}")
        for metric, sev in table.items():
            if sev not in SEVERITIES:
                raise ConfigError(f"{path}: [severity.{kind}] {metric} must be one of {SEVERITIES}, got {sev!r}")
        severity[kind] = dict(table)

    channels = []
    for name, spec in (data.get("channels") or {}).items():
        where = f"{path}: [channels.{name}]"
        if not isinstance(spec, dict) or spec.get("type") not in CHANNEL_TYPES:
            raise ConfigError(f"{where}: type must be one of {sorted(CHANNEL_TYPES)}")
        roles = CHANNEL_TYPES[spec["type"]]
        extra = set(spec) - roles - {"type"}
        if extra:
            hint = " (secrets go in environment variables: name the variable with *_env)" \
                if extra & {"url", "smtp_url", "password", "urls"} else ""
            raise ConfigError(f"{where}: unknown key(s) {sorted(extra)}; known: type, {', '.join(sorted(roles))}{hint}")
        env = {r: str(spec.get(r) or _ENV_DEFAULTS[r]) for r in roles}
        channels.append(Channel(name, spec["type"], env))
    channels_t = tuple(channels) if "channels" in data else AlertSettings().channels

    routes = []
    raw_routes = data.get("routes", None)
    for i, r in enumerate(raw_routes or []):
        where = f"{path}: routes[{i}]"
        if not isinstance(r, dict) or not isinstance(r.get("channel"), str):
            raise ConfigError(f"{where}: each route needs channel = \"<name of a [channels.*] table>\"")
        if r["channel"] not in {c.name for c in channels_t}:
            raise ConfigError(f"{where}: channel {r['channel']!r} is not defined; defined: {[c.name for c in channels_t]}")
        extra = set(r) - {"channel", "category", "kinds", "metrics", "subjects", "severities"}
        if extra:
            raise ConfigError(f"{where}: unknown key(s) {sorted(extra)}")
        category = r.get("category", "claim")
        if category not in ("claim", "ops"):
            raise ConfigError(f"{where}: category must be \"claim\" or \"ops\", got {category!r}")
        for k in ("kinds", "metrics", "subjects", "severities"):
            if not isinstance(r.get(k, []), list):
                raise ConfigError(f"{where}: {k} must be a list")
        bad = [k for k in r.get("kinds", []) if k not in CLAIM_KINDS + OPS_KINDS]
        bad += [s for s in r.get("severities", []) if s not in SEVERITIES]
        if bad:
            raise ConfigError(f"{where}: unknown kind or severity {bad}")
        routes.append(Route(r["channel"], category, tuple(r.get("kinds", [])), tuple(r.get("metrics", [])),
                            tuple(r.get("subjects", [])), tuple(r.get("severities", []))))
    routes_t = tuple(routes) if raw_routes is not None else AlertSettings().routes
    return AlertSettings(path=path, compare=tol, severity=severity, delivery=delivery, channels=channels_t,
                         routes=routes_t)
