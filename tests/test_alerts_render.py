"""pipeline.alerts.render: figures written the way people write them, escaping of article text, Slack limits."""
from __future__ import annotations

import json

import pytest

from pipeline.alerts.render import (BLOCKS_MAX, SECTION_MAX, amount, email_subject, headline, render_email,
                                    render_slack, safe_url, slack_escape)

B = 1e9


def snap(value, unit="USD", qualifier="exact", **kw):
    return {"value": value, "unit": unit, "qualifier": qualifier, "low": kw.pop("low", None),
            "high": kw.pop("high", None), "modality": "actual", "source_url": "https://www.reuters.com/a",
            "published": "2025-10-01", "speaker": "Sam Altman", "quote": "OpenAI makes $20 billion a year.", **kw}


def alert(kind="figure_changed", prev=None, cur=None, change_pct=None, **kw):
    return {"kind": kind, "category": "claim", "subject": "openai", "metric": "revenue", "counterparty": None,
            "period_kind": "annual", "period_start": "2025", "period_end": "2025", "severity": "critical",
            "previous": prev, "current": cur or snap(20 * B), "change_pct": change_pct, "alert_id": "a1",
            "claim_id": "c1", "previous_claim_id": "p1", **kw}


@pytest.mark.parametrize("value, unit, want", [
    (13 * B, "USD", "$13B"), (1.4e12, "USD", "$1.4T"), (500e6, "USD", "$500M"), (10 * B, "EUR", "€10B"),
    (84.7 * B, "CHF", "CHF 84.7B"), (6e9, "W", "6 GW"), (27.5, "percent", "27.5%"), (800e6, "count", "800M"),
    (46.743 * B, "USD", "$46.743B"),
])
def test_amounts(value, unit, want):
    assert amount(value, unit) == want


def test_headline_old_to_new_with_change():
    a = alert(prev=snap(13 * B), cur=snap(20 * B), change_pct=53.846)
    assert headline(a) == "$13B → $20B (+54 %)"
    assert headline(alert(prev=snap(13 * B, qualifier="more_than"), cur=snap(20 * B, qualifier="about"),
                          change_pct=53.8)) == ">$13B → ~$20B (+54 %)"
    assert headline(alert(kind="new_figure", cur=snap(66 * B, qualifier="between", low=66 * B, high=72 * B))) == "$66B–$72B"


HOSTILE = "Tom & Jerry <script> @channel @here <!everyone> <!channel> <@U0123> <http://evil.example|bank.com>"


def test_slack_escaping_of_article_text():
    s = slack_escape(HOSTILE)
    assert "&amp;" in s and "&lt;script&gt;" in s
    for bad in ("<!everyone>", "<!channel>", "<@U0123>", "<http://evil.example|bank.com>", "@channel", "@here"):
        assert bad not in s
    assert "&lt;!everyone&gt;" in s


def test_slack_message_escapes_quotes_speakers_and_never_spoofs_links():
    cur = snap(20 * B, quote=HOSTILE, speaker="<!here> boss", source_url="https://news.example/a|<http://evil>")
    msgs = render_slack([alert(prev=snap(13 * B), cur=cur, change_pct=54)])
    raw = json.dumps(msgs[0].blocks) + msgs[0].text
    for bad in ("<!everyone>", "<!here>", "<http://evil.example|bank.com>", "@channel"):
        assert bad not in raw
    text = msgs[0].blocks[1]["text"]["text"]
    # The only link is ours: the source URL with | < > encoded, labelled with its own host.
    assert "<https://news.example/a%7C%3Chttp://evil%3E|news.example>" in text


def test_only_http_links():
    assert safe_url("javascript:alert(1)") is None
    assert safe_url("https://a.example/x y") == "https://a.example/x%20y"


def test_slack_limits_sections_and_blocks():
    long_quote = "x" * 10_000
    alerts = [alert(prev=snap(13 * B), cur=snap(20 * B, quote=long_quote), change_pct=54, alert_id=f"a{i}")
              for i in range(60)]
    msgs = render_slack(alerts)
    assert len(msgs) > 1
    for m in msgs:
        assert len(m.blocks) <= BLOCKS_MAX
        for b in m.blocks:
            if b["type"] == "section":
                assert len(b["text"]["text"]) <= SECTION_MAX
            if b["type"] == "header":
                assert len(b["text"]["text"]) <= 150
        assert len(m.text) <= SECTION_MAX


def test_email_subject_has_no_header_injection():
    a = alert(prev=snap(13 * B), cur=snap(20 * B), change_pct=54, subject="openai\r\nBcc: victim@example.com",
              metric="revenue\nX-Evil: 1")
    s = email_subject([a])
    assert "\r" not in s and "\n" not in s
    ops = {"kind": "feed_failing", "category": "ops", "title": "feed Evil\r\nBcc: x@example.com is failing",
           "detail": "d", "severity": "warning"}
    assert "\n" not in email_subject([ops]) and "\r" not in email_subject([ops])


def test_email_text_and_html():
    cur = snap(20 * B, quote="<b>bold</b> & co", source_url="https://www.lemonde.fr/x")
    mail = render_email([alert(prev=snap(13 * B), cur=cur, change_pct=54)])
    assert "$13B → $20B (+54 %)" in mail.subject and "$13B → $20B (+54 %)" in mail.text
    assert "&lt;b&gt;bold&lt;/b&gt; &amp; co" in mail.html and "<b>bold</b>" not in mail.html
    assert 'href="https://www.lemonde.fr/x"' in mail.html and "lemonde.fr" in mail.text
    assert "Sam Altman" in mail.text


def test_readme_example_is_what_the_renderers_produce():
    """The README's Slack and email example is generated from render_slack / render_email (no drift)."""
    from pathlib import Path

    from pipeline.alerts import example
    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    assert example.fragment() in readme, "run: python -m pipeline.alerts.example --write README.md"
    frag = example.fragment()
    assert "**Figure changed**: \\$13B → >\\$20B (+54 %)" in frag          # Slack bold, old → new, change
    assert "<b>$13B".replace("$", "&#36;") in frag and "Also reported by" in frag
    assert '"type": "header"' in frag and "[newswatch] Figure changed: OpenAI revenue (2025)" in frag


def test_slack_markdown_keeps_quotes_apart_and_links():
    from pipeline.alerts.example import slack_as_markdown
    md = slack_as_markdown([{"type": "section", "text": {"type": "mrkdwn",
                                                         "text": "*A:* <https://x.example/a|x.example>\n>q1\n*B:* y"}}])
    assert md.splitlines() == ["> **A:** [x.example](https://x.example/a)  ", "> > q1", ">", "> **B:** y"]
