"""Alert channels: Slack incoming webhooks, email over SMTP, and any Apprise URL. Each turns a rendered
group of alerts into one message (or a few) and raises `SendError` with a scrubbed message on failure.

Secrets (webhook URLs, SMTP passwords, Apprise URLs) come from environment variables named in
config/alerts.toml and never appear in errors or logs: `scrub` removes them from every message,
because HTTP and SMTP libraries put URLs and credentials in their exception text.
"""
from __future__ import annotations

import re
from typing import Protocol
from urllib.parse import unquote, urlsplit

from ...errors import DeliveryError
from ..settings import Channel, DeliverySettings

PERMANENT_STATUS = {400, 401, 403, 404, 405, 410, 413}


class SendError(DeliveryError):
    """A send failed. `permanent`: retrying will not help (400, 403, 404, 410, bad address);
    `retry_after`: the server said when to come back (429)."""

    def __init__(self, message: str, *, permanent: bool = False, retry_after: float | None = None,
                 status: int | None = None):
        super().__init__(message)
        self.permanent = permanent
        self.retry_after = retry_after
        self.status = status


class Sender(Protocol):
    name: str
    type: str

    def send(self, alerts: list[dict]) -> str:
        """Deliver one group of alerts as one message (or a few, to stay within limits); return a message id."""


def secrets_in(value: str) -> list[str]:
    """The parts of a URL that must never be shown: the whole URL, its path/query (webhook tokens), its password."""
    out = []
    for part in re.split(r"[\s,]+", value or ""):
        if not part:
            continue
        out.append(part)
        try:
            p = urlsplit(part)
        except ValueError:
            continue
        if p.password:
            out += [p.password, unquote(p.password)]
        if p.path and len(p.path) > 8:
            out.append(p.path)
        if p.query:
            out.append(p.query)
    return sorted({s for s in out if len(s) >= 4}, key=len, reverse=True)


def scrub(text: str, secrets: list[str]) -> str:
    for s in secrets:
        text = text.replace(s, "***")
    return text


def make_sender(channel: Channel, env: dict[str, str], settings: DeliverySettings) -> Sender | None:
    """The sender of a configured channel; None when its environment variables are not set."""
    values = {role: (env.get(var) or "").strip() for role, var in channel.env.items()}
    if channel.type == "slack":
        if not values["url_env"]:
            return None
        from .slack import SlackSender
        return SlackSender(channel.name, values["url_env"], timeout_s=settings.timeout_s)
    if channel.type == "email":
        if not (values["smtp_url_env"] and values["from_env"] and values["to_env"]):
            return None
        from .email import EmailSender
        return EmailSender(channel.name, values["smtp_url_env"], values["from_env"], values["to_env"],
                           timeout_s=settings.timeout_s)
    if channel.type == "apprise":
        if not values["urls_env"]:
            return None
        from .apprise import AppriseSender
        return AppriseSender(channel.name, values["urls_env"], timeout_s=settings.timeout_s)
    return None


def missing_env(channel: Channel) -> str:
    return ", ".join(channel.env.values())
