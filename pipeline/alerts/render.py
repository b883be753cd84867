"""Alerts → messages people want to read (pure): Slack Block Kit with a plain-text fallback, email text + HTML.

Text from articles is third-party input. For Slack it is escaped (`&`, `<`, `>` → entities, so
`<!everyone>`, `<@U…>` and `<http://evil|bank>` show as text), `@channel`/`@here`/`@everyone` get a
zero-width joiner so they never notify, and links are built only by us, from http(s) source URLs,
labelled with the URL's own host (no spoofed labels). Email subjects are built from ids and figures,
and stripped of line breaks and control characters anyway (no header injection); HTML is escaped.
Slack limits are kept: 3,000 characters a section, 150 a header, 50 blocks a message.
"""
from __future__ import annotations

import html
import json
import re
import unicodedata
from dataclasses import dataclass
from urllib.parse import quote, urlsplit

SECTION_MAX = 3000
HEADER_MAX = 150
BLOCKS_MAX = 50
QUOTE_MAX = 600
SUBJECT_MAX = 180

_CURRENCY = {"USD": "$", "EUR": "€", "GBP": "£", "JPY": "¥"}
_SCALES = ((1e12, "T"), (1e9, "B"), (1e6, "M"), (1e3, "k"))
_POWER = ((1e9, "GW"), (1e6, "MW"), (1e3, "kW"))
_PREFIX = {"about": "~", "nearly": "nearly ", "more_than": ">", "at_least": "≥", "less_than": "<",
           "at_most": "≤", "up_to": "up to "}
KIND_TITLE = {"new_figure": "New figure", "figure_changed": "Figure changed", "contradiction": "Sources disagree",
              "feed_failing": "Feed failing", "feed_recovered": "Feed recovered", "feed_gone": "Feed gone",
              "run_failing": "Most feeds failing", "run_recovered": "Feeds recovered",
              "delivery_failed": "Alert delivery failed"}
SEVERITY_ICON = {"critical": "🔴", "warning": "🟠", "info": "🔵"}


# -- figures, written the way people write them ---------------------------------------------------

def _num(x: float) -> str:
    s = f"{x:,.3f}".rstrip("0").rstrip(".")
    return s if s not in ("-0", "") else "0"


def amount(value: float | None, unit: str) -> str:
    """13e9 USD → '$13B'; 1.4e12 → '$1.4T'; 6e9 W → '6 GW'; 27.5 percent → '27.5%'; 8e8 count → '800M'."""
    if value is None:
        return "?"
    v = abs(value)
    sign = "-" if value < 0 else ""
    if unit == "percent":
        return f"{sign}{_num(v)}%"
    if unit == "W":
        for scale, name in _POWER:
            if v >= scale:
                return f"{sign}{_num(v / scale)} {name}"
        return f"{sign}{_num(v)} W"
    scaled = next(((v / s, n) for s, n in _SCALES if v >= s), (v, ""))
    body = f"{_num(scaled[0])}{scaled[1]}"
    if unit == "count":
        return sign + body
    sym = _CURRENCY.get(unit)
    return f"{sign}{sym}{body}" if sym else f"{sign}{unit} {body}"


def figure(snap: dict | None) -> str:
    """A claim's figure with its qualifier: '$13B', '>$13B', '$66B–$72B', 'up to $100B'."""
    if not snap:
        return "?"
    unit, q = snap.get("unit") or "", snap.get("qualifier") or "exact"
    if q == "between" and snap.get("low") is not None and snap.get("high") is not None:
        return f"{amount(snap['low'], unit)}–{amount(snap['high'], unit)}"
    text = _PREFIX.get(q, "") + amount(snap.get("value"), unit)
    return f"denied: {text}" if snap.get("modality") == "denied" else text


def change(pct: float | None) -> str:
    return "" if pct is None else f" ({pct:+.0f} %)"


def headline(alert: dict) -> str:
    """'$13B → $20B (+54 %)' for a change; '$13B' for a new figure."""
    prev, cur = _snap(alert, "previous"), _snap(alert, "current")
    if alert.get("kind") == "new_figure" or not prev:
        return figure(cur)
    return f"{figure(prev)} → {figure(cur)}{change(alert.get('change_pct'))}"


def key_label(alert: dict) -> str:
    cp = f" in {alert['counterparty']}" if alert.get("counterparty") else ""
    metric = (alert.get("metric") or "").replace("_", " ")
    return f"{_name(alert.get('subject'))} {metric}{cp} ({period(alert)})"


def period(alert: dict) -> str:
    kind, start, end = alert.get("period_kind"), alert.get("period_start"), alert.get("period_end")
    if not start and not end:
        return {"point": "current", "run_rate": "run rate", "cumulative": "total"}.get(kind or "", kind or "")
    span = start if start == end or not end else f"{start or '…'}–{end}"
    return {"annual": span, "quarter": f"quarter {span}", "run_rate": f"run rate {span}",
            "cumulative": f"total to {end or start}", "point": f"as of {span}"}.get(kind or "", f"{kind} {span}")


def _name(entity: str | None) -> str:
    names = {"openai": "OpenAI", "xai": "xAI", "amd": "AMD", "tsmc": "TSMC", "aws": "AWS", "coreweave": "CoreWeave",
             "softbank": "SoftBank"}
    return names.get(entity or "", (entity or "").replace("_", " ").title())


def outlet(url: str | None) -> str:
    host = (urlsplit(url).hostname or "") if url else ""
    return host.removeprefix("www.") or "unknown source"


def safe_url(url: str | None) -> str | None:
    """Only http(s) links, with the characters that would end or split a Slack link percent-encoded."""
    if not url:
        return None
    try:
        p = urlsplit(url.strip())
    except ValueError:
        return None
    if p.scheme not in ("http", "https") or not p.hostname:
        return None
    return quote(url.strip(), safe=":/?#[]@!$&'()*+,;=%~-._")


def _snap(alert: dict, which: str) -> dict | None:
    v = alert.get(which)
    if isinstance(v, str):
        try:
            return json.loads(v)
        except ValueError:
            return None
    return v


# -- escaping ---------------------------------------------------------------------------------------

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u2028\u2029]")
_MENTION = re.compile(r"@(?=(channel|here|everyone)\b)", re.I)


def clean(text: str | None) -> str:
    """NFC, no control characters."""
    return _CONTROL.sub("", unicodedata.normalize("NFC", text or ""))


def slack_escape(text: str | None) -> str:
    """Slack's three entities, and no @channel/@here/@everyone notifications from article text."""
    s = clean(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return _MENTION.sub("@\u2060", s)


def truncate(text: str, n: int) -> str:
    return text if len(text) <= n else text[: n - 1].rstrip() + "…"


def header_safe(text: str, n: int = SUBJECT_MAX) -> str:
    """One line for an email header: no CR/LF or other control characters (no header injection)."""
    s = re.sub(r"[\r\n\t\v\f\u2028\u2029\x85]+", " ", text or "")
    return truncate(_CONTROL.sub("", s).strip(), n)


# -- Slack ---------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class SlackMessage:
    text: str                        # the plain-text fallback (notifications, screen readers)
    blocks: list


def _slack_link(url: str | None) -> str:
    u = safe_url(url)
    return f"<{u}|{slack_escape(outlet(u))}>" if u else slack_escape(outlet(url))


def _slack_quote(snap: dict | None, label: str) -> str:
    if not snap:
        return ""
    who = f" — {slack_escape(truncate(clean(snap.get('speaker')), 80))}" if snap.get("speaker") else ""
    q = slack_escape(truncate(clean(snap.get("quote")), QUOTE_MAX))
    return (f"*{label}* {slack_escape(figure(snap))} · {_slack_link(snap.get('source_url'))}, "
            f"{snap.get('published') or 'undated'}{who}\n>{q}")


def _alert_blocks(alert: dict) -> list[dict]:
    if alert.get("category") == "ops":
        title = f"{SEVERITY_ICON.get(alert.get('severity'), '')} *{KIND_TITLE.get(alert['kind'], alert['kind'])}*: " \
                f"{slack_escape(alert.get('title'))}"
        return [_section(f"{title}\n{slack_escape(alert.get('detail'))}")]
    cur, prev = _snap(alert, "current"), _snap(alert, "previous")
    lines = [f"{SEVERITY_ICON.get(alert.get('severity'), '')} *{KIND_TITLE.get(alert['kind'], alert['kind'])}*: "
             f"{slack_escape(headline(alert))}"]
    if prev and alert.get("kind") != "new_figure":
        lines.append(_slack_quote(prev, "Before:"))
    lines.append(_slack_quote(cur, "Now:" if prev else "Figure:"))
    blocks = [_section("\n".join(lines))]
    sources = alert.get("sources") or []
    if sources:
        links = ", ".join(_slack_link(s.get("source_url")) for s in sources[:10])
        more = f" and {len(sources) - 10} more" if len(sources) > 10 else ""
        blocks.append({"type": "context", "elements": [{"type": "mrkdwn", "text": truncate(
            f"Also reported by {links}{more}", SECTION_MAX)}]})
    return blocks


def _section(text: str) -> dict:
    return {"type": "section", "text": {"type": "mrkdwn", "text": truncate(text, SECTION_MAX)}}


def _fallback(alerts: list[dict]) -> str:
    parts = []
    for a in alerts:
        if a.get("category") == "ops":
            parts.append(f"{KIND_TITLE.get(a['kind'], a['kind'])}: {a.get('title') or ''}")
        else:
            parts.append(f"{KIND_TITLE.get(a['kind'], a['kind'])}: {key_label(a)} {headline(a)}")
    return slack_escape(truncate("; ".join(parts), SECTION_MAX))


def render_slack(alerts: list[dict], *, title: str | None = None) -> list[SlackMessage]:
    """One message for a group of alerts (one key of one run, or a digest); split to stay under 50 blocks."""
    if not alerts:
        return []
    title = title or (key_label(alerts[0]) if alerts[0].get("category") != "ops" else "newswatch operations")
    header = {"type": "header", "text": {"type": "plain_text", "text": truncate(clean(title), HEADER_MAX),
                                         "emoji": True}}
    messages, blocks, batch = [], [header], []
    for a in alerts:
        ab = _alert_blocks(a)
        if len(blocks) + len(ab) + 1 > BLOCKS_MAX:         # + 1 for a divider
            messages.append(SlackMessage(_fallback(batch), blocks))
            blocks, batch = [header], []
        if batch:
            blocks.append({"type": "divider"})
        blocks.extend(ab)
        batch.append(a)
    messages.append(SlackMessage(_fallback(batch), blocks))
    return messages


# -- email ------------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Mail:
    subject: str
    text: str
    html: str


def email_subject(alerts: list[dict]) -> str:
    a = alerts[0]
    if a.get("category") == "ops":
        s = f"[newswatch] {KIND_TITLE.get(a['kind'], a['kind'])}: {a.get('title') or ''}"
    else:
        s = f"[newswatch] {KIND_TITLE.get(a['kind'], a['kind'])}: {key_label(a)} {headline(a)}"
    if len(alerts) > 1:
        s += f" (+{len(alerts) - 1} more)"
    return header_safe(s)


def _text_quote(snap: dict | None, label: str) -> str:
    if not snap:
        return ""
    who = f" — {clean(snap.get('speaker'))}" if snap.get("speaker") else ""
    return (f"{label} {figure(snap)} · {outlet(snap.get('source_url'))}, {snap.get('published') or 'undated'}{who}\n"
            f"  “{truncate(clean(snap.get('quote')), QUOTE_MAX)}”\n  {safe_url(snap.get('source_url')) or ''}")


def _html_quote(snap: dict | None, label: str) -> str:
    if not snap:
        return ""
    u = safe_url(snap.get("source_url"))
    link = f'<a href="{html.escape(u, quote=True)}">{html.escape(outlet(u))}</a>' if u else html.escape(outlet(None))
    who = f" — {html.escape(clean(snap.get('speaker')))}" if snap.get("speaker") else ""
    return (f"<p><b>{html.escape(label)}</b> {html.escape(figure(snap))} · {link}, "
            f"{html.escape(str(snap.get('published') or 'undated'))}{who}</p>"
            f"<blockquote>{html.escape(truncate(clean(snap.get('quote')), QUOTE_MAX))}</blockquote>")


def render_email(alerts: list[dict]) -> Mail:
    texts, htmls = [], []
    for a in alerts:
        kind = KIND_TITLE.get(a["kind"], a["kind"])
        if a.get("category") == "ops":
            texts.append(f"{kind}: {clean(a.get('title'))}\n{clean(a.get('detail'))}")
            htmls.append(f"<h3>{html.escape(kind)}: {html.escape(clean(a.get('title')))}</h3>"
                         f"<p>{html.escape(clean(a.get('detail')))}</p>")
            continue
        cur, prev = _snap(a, "current"), _snap(a, "previous")
        t = [f"{kind} [{a.get('severity')}]: {key_label(a)}", f"  {headline(a)}"]
        h = [f"<h3>{html.escape(kind)}: {html.escape(key_label(a))}</h3>",
             f"<p style=\"font-size:1.2em\"><b>{html.escape(headline(a))}</b> "
             f"<small>({html.escape(str(a.get('severity')))})</small></p>"]
        if prev and a.get("kind") != "new_figure":
            t.append(_text_quote(prev, "Before:"))
            h.append(_html_quote(prev, "Before:"))
        t.append(_text_quote(cur, "Now:" if prev else "Figure:"))
        h.append(_html_quote(cur, "Now:" if prev else "Figure:"))
        sources = a.get("sources") or []
        if sources:
            t.append("  Also reported by: " + ", ".join(outlet(s.get("source_url")) for s in sources))
            h.append("<p>Also reported by: " + ", ".join(
                f'<a href="{html.escape(safe_url(s.get("source_url")) or "", quote=True)}">'
                f'{html.escape(outlet(s.get("source_url")))}</a>' for s in sources) + "</p>")
        texts.append("\n".join(t))
        htmls.append("\n".join(h))
    text = "\n\n".join(texts) + "\n\n-- \nnewswatch · mute a figure: newswatch mute SUBJECT METRIC --for 7d\n"
    body = ("<html><body style=\"font-family:sans-serif\">" + "<hr>".join(htmls) +
            "<p style=\"color:#888\">newswatch · mute a figure: <code>newswatch mute SUBJECT METRIC --for 7d</code>"
            "</p></body></html>")
    return Mail(email_subject(alerts), text, body)


def render_plain(alerts: list[dict]) -> tuple[str, str]:
    """Title and body for other services (Apprise)."""
    mail = render_email(alerts)
    return mail.subject.removeprefix("[newswatch] "), mail.text
