"""Slack incoming webhooks through the official slack_sdk WebhookClient; the URL may be any URL."""
from __future__ import annotations

import logging

from slack_sdk.webhook import WebhookClient

from ..render import render_slack
from . import PERMANENT_STATUS, SendError, scrub, secrets_in

_quiet = logging.getLogger("newswatch.slack_sdk")   # slack_sdk logs request URLs at debug level: keep it silent
_quiet.disabled = True


class SlackSender:
    type = "slack"

    def __init__(self, name: str, url: str, *, timeout_s: float = 10.0):
        self.name = name
        self._secrets = secrets_in(url)
        # No retry handlers: the outbox decides about retries (Retry-After, backoff, permanent 4xx).
        self._client = WebhookClient(url, timeout=max(1, int(timeout_s)), retry_handlers=[], logger=_quiet)

    def send(self, alerts: list[dict], *, pace=None) -> str:
        messages = render_slack(alerts)
        for i, m in enumerate(messages):
            if i and pace:
                pace()
            try:
                resp = self._client.send(text=m.text, blocks=m.blocks, unfurl_links=False, unfurl_media=False)
            except Exception as e:     # urllib errors name the URL: scrub
                raise SendError(f"slack: {type(e).__name__}: {scrub(str(e), self._secrets)}") from None
            status = resp.status_code
            if status == 200:
                continue
            body = scrub((resp.body or "")[:200], self._secrets)
            if status == 429:
                raise SendError(f"slack: HTTP 429 rate limited: {body}", retry_after=_retry_after(resp.headers),
                                status=429)
            raise SendError(f"slack: HTTP {status}: {body}", permanent=status in PERMANENT_STATUS, status=status)
        return f"slack:{len(messages)}"


def _retry_after(headers) -> float:
    for k, v in (headers or {}).items():
        if k.lower() == "retry-after":
            value = v[0] if isinstance(v, list) else v
            try:
                return max(0.0, float(value))
            except (TypeError, ValueError):
                return 30.0
    return 30.0
