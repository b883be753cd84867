"""Email over SMTP with STARTTLS (smtp://, port 587) or TLS from the start (smtps://, port 465), and login.

NEWSWATCH_SMTP_URL looks like smtp://user:pass@host:587 (percent-encode special characters in the
password). `?starttls=no` disables STARTTLS for a local relay; by default STARTTLS is used whenever
the server offers it, and required when credentials are sent.
"""
from __future__ import annotations

import smtplib
import ssl
from email.message import EmailMessage
from email.utils import formatdate, make_msgid
from urllib.parse import parse_qs, unquote, urlsplit

from ..render import render_email
from . import SendError, scrub, secrets_in


class EmailSender:
    type = "email"

    def __init__(self, name: str, smtp_url: str, sender: str, to: str, *, timeout_s: float = 10.0):
        self.name = name
        self._secrets = secrets_in(smtp_url)
        p = urlsplit(smtp_url)
        if p.scheme not in ("smtp", "smtps") or not p.hostname:
            raise SendError("email: NEWSWATCH_SMTP_URL must look like smtp://user:pass@host:587 or smtps://...:465",
                            permanent=True)
        self.ssl = p.scheme == "smtps"
        self.host, self.port = p.hostname, p.port or (465 if self.ssl else 587)
        self.user = unquote(p.username) if p.username else None
        self.password = unquote(p.password) if p.password else None
        q = {k: v[-1].lower() for k, v in parse_qs(p.query).items()}
        self.starttls = q.get("starttls", "auto")          # auto | yes | no
        self.sender = sender
        self.to = [a.strip() for a in to.split(",") if a.strip()]
        self.timeout_s = timeout_s

    def message(self, alerts: list[dict], message_id: str | None = None) -> EmailMessage:
        mail = render_email(alerts)
        msg = EmailMessage()
        msg["Subject"] = mail.subject
        msg["From"] = self.sender
        msg["To"] = ", ".join(self.to)
        msg["Date"] = formatdate(usegmt=True)
        msg["Message-ID"] = message_id or make_msgid(domain="newswatch")
        msg.set_content(mail.text)
        msg.add_alternative(mail.html, subtype="html")
        return msg

    def send(self, alerts: list[dict], *, pace=None, message_id: str | None = None) -> str:
        msg = self.message(alerts, message_id)
        try:
            ctx = ssl.create_default_context()
            if self.ssl:
                smtp = smtplib.SMTP_SSL(self.host, self.port, timeout=self.timeout_s, context=ctx)
            else:
                smtp = smtplib.SMTP(self.host, self.port, timeout=self.timeout_s)
            with smtp:
                smtp.ehlo()
                if not self.ssl and self.starttls != "no":
                    if smtp.has_extn("starttls"):
                        smtp.starttls(context=ctx)
                        smtp.ehlo()
                    elif self.starttls == "yes" or (self.password and self.host not in ("127.0.0.1", "localhost", "::1")):
                        raise SendError("email: the server does not offer STARTTLS; refusing to send the password "
                                        "in clear (use smtps:// or ?starttls=no for a local relay)", permanent=True)
                if self.user:
                    smtp.login(self.user, self.password or "")
                refused = smtp.send_message(msg)
        except SendError:
            raise
        except smtplib.SMTPAuthenticationError as e:
            raise SendError(f"email: login refused ({e.smtp_code})", permanent=True) from None
        except smtplib.SMTPRecipientsRefused as e:
            raise SendError(f"email: recipients refused: {sorted(e.recipients)}", permanent=True) from None
        except smtplib.SMTPResponseException as e:
            text = scrub(str(e.smtp_error, "utf-8", "replace") if isinstance(e.smtp_error, bytes) else str(e.smtp_error),
                         self._secrets)
            raise SendError(f"email: SMTP {e.smtp_code}: {text}", permanent=500 <= e.smtp_code < 600) from None
        except (OSError, smtplib.SMTPException) as e:
            raise SendError(f"email: {type(e).__name__}: {scrub(str(e), self._secrets)}") from None
        if refused:
            raise SendError(f"email: refused for {sorted(refused)}", permanent=True)
        return str(msg["Message-ID"])
