"""Any other service a user names by URL (Discord, Telegram, Teams, ntfy...), through Apprise."""
from __future__ import annotations

import logging
import re

from ..render import render_plain
from . import SendError, secrets_in


class AppriseSender:
    type = "apprise"

    def __init__(self, name: str, urls: str, *, timeout_s: float = 10.0):
        import apprise
        self.name = name
        self._secrets = secrets_in(urls)
        self._apprise = apprise.Apprise()
        for u in re.split(r"[\s,]+", urls.strip()):
            if u and not self._apprise.add(u):
                raise SendError(f"apprise: a URL in the channel's variable is not a service Apprise knows "
                                f"(scheme {u.split(':', 1)[0]!r})", permanent=True)
        logging.getLogger("apprise").setLevel(logging.CRITICAL)     # it logs URLs on failure

    def send(self, alerts: list[dict], *, pace=None) -> str:
        title, body = render_plain(alerts)
        try:
            ok = self._apprise.notify(title=title, body=body)
        except Exception as e:
            raise SendError(f"apprise: {type(e).__name__}") from None
        if not ok:
            raise SendError("apprise: at least one service did not accept the notification")
        return "apprise"
