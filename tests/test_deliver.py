"""The alert outbox with real parts on loopback: a Slack webhook (LoopbackServer) and an SMTP server (aiosmtpd),
a DuckDB file; retries, Retry-After, permanent failures, a crash between send and record, secrets kept out."""
from __future__ import annotations

import email
import email.policy
import json
import logging
import socket
from datetime import datetime, timedelta, timezone

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult

from loopback import Reply
from pipeline import jobs
from pipeline.alerts.settings import AlertSettings, Channel, DeliverySettings, Route
from pipeline.config import Settings
from pipeline.jobs import CLAIM_COLUMNS
from pipeline.store import Store, columns_of

NOW = datetime(2025, 10, 2, 12, 0, tzinfo=timezone.utc)
B = 1e9
TOKEN = "T000/B000/XXXXsecretXXXX"


def claim_row(cid, value, published, *, article=None, metric="revenue", quote=None, qualifier="exact", half=0.5 * B):
    return {"claim_id": cid, "article_id": article or f"art-{cid}", "source_url": f"https://news{cid}.example/{cid}",
            "published": published, "subject": "openai", "metric": metric, "counterparty": None, "value": value,
            "low": None, "high": None, "unit": "USD", "qualifier": qualifier, "half_unit": half,
            "period_kind": "annual", "period_start": "2025", "period_end": "2025", "period_text": "in 2025",
            "modality": "actual", "speaker": "Sam Altman", "speaker_kind": "company",
            "quote": quote or f"OpenAI revenue is {value / B:g} billion dollars <!channel>.", "span_start": 0,
            "span_end": 10, "lang": "en", "confidence": 0.9}


def add_claims(store, rows):
    store.bulk("insert_claims", columns_of(rows, CLAIM_COLUMNS), {"rules_version": "test", "now": NOW})


def settings_for(tmp_path, routes=None, **delivery) -> Settings:
    alerts = AlertSettings(
        channels=(Channel("slack", "slack", {"url_env": "T_SLACK"}),
                  Channel("email", "email", {"smtp_url_env": "T_SMTP", "from_env": "T_FROM", "to_env": "T_TO"})),
        routes=routes or (Route("slack"), Route("slack", category="ops")),
        delivery=DeliverySettings(**{"slack_min_interval_s": 0.0, **delivery}))
    return Settings(db_path=tmp_path / "nw.duckdb", alerts=alerts)


@pytest.fixture
def db(tmp_path):
    store = Store(tmp_path / "nw.duckdb")
    yield store
    store.close()


class Sleeps(list):
    def __call__(self, s):
        self.append(s)


def changed_alert(store, settings, cids=("a", "b")):
    add_claims(store, [claim_row(cids[0], 13 * B, "2025-01-10"), claim_row(cids[1], 20 * B, "2025-09-30")])
    out = jobs.update_ledger(settings, store=store, now=NOW, run_id="r1")
    return out


def statuses(store):
    return {(r["kind"], r["channel"]): (r["status"], r["attempts"]) for r in store.rows("select_deliveries", {"status": None})}


# -- Slack ------------------------------------------------------------------------------------------------

def test_slack_200_then_a_rerun_sends_nothing(db, tmp_path, http_server):
    http_server.route(f"/services/{TOKEN}", "ok")
    s = settings_for(tmp_path)
    out = changed_alert(db, s)
    assert out["alerts"] == {"new_figure": 1, "figure_changed": 1}
    env = {"T_SLACK": http_server.url(f"/services/{TOKEN}")}
    r = jobs.deliver_pending(s, NOW, store=db, env=env, sleep=Sleeps())
    assert r["sent"] == 2 and r["messages"] == 1          # one key, one run → one message
    posts = http_server.requests_to(f"/services/{TOKEN}")
    body = json.loads(posts[0].body)
    assert body["blocks"][0]["type"] == "header" and "$13B → $20B (+54 %)" in body["text"]
    assert "<!channel>" not in posts[0].body.decode()
    r = jobs.deliver_pending(s, NOW + timedelta(hours=1), store=db, env=env, sleep=Sleeps())
    assert r["sent"] == 0 and len(http_server.requests_to(f"/services/{TOKEN}")) == 1


def test_slack_500_is_retried_later_with_backoff(db, tmp_path, http_server):
    answers = iter([Reply(500, {}, b"oops"), Reply(200, {}, b"ok")])
    http_server.route("/hook", handler=lambda req: next(answers))
    s = settings_for(tmp_path)
    changed_alert(db, s)
    env = {"T_SLACK": http_server.url("/hook")}
    r = jobs.deliver_pending(s, NOW, store=db, env=env, sleep=Sleeps())
    assert r["retrying"] == 2 and r["sent"] == 0 and "HTTP 500" in r["errors"][0]
    assert jobs.deliver_pending(s, NOW + timedelta(minutes=1), store=db, env=env, sleep=Sleeps())["sent"] == 0
    r = jobs.deliver_pending(s, NOW + timedelta(minutes=6), store=db, env=env, sleep=Sleeps())
    assert r["sent"] == 2
    assert len(http_server.requests_to("/hook")) == 2
    assert statuses(db)[("figure_changed", "slack")] == ("sent", 2)


def test_slack_429_honours_retry_after(db, tmp_path, http_server):
    answers = iter([Reply(429, {"Retry-After": "2"}, b"rate_limited"), Reply(200, {}, b"ok")])
    http_server.route("/hook", handler=lambda req: next(answers))
    s = settings_for(tmp_path)
    changed_alert(db, s)
    sleeps = Sleeps()
    r = jobs.deliver_pending(s, NOW, store=db, env={"T_SLACK": http_server.url("/hook")}, sleep=sleeps)
    assert r["sent"] == 2 and 2.0 in sleeps and len(http_server.requests_to("/hook")) == 2


def test_slack_long_retry_after_waits_for_a_later_run(db, tmp_path, http_server):
    http_server.route("/hook", Reply(429, {"Retry-After": "600"}, b"").body, status=429, headers={"Retry-After": "600"})
    s = settings_for(tmp_path)
    changed_alert(db, s)
    r = jobs.deliver_pending(s, NOW, store=db, env={"T_SLACK": http_server.url("/hook")}, sleep=Sleeps())
    assert r["retrying"] == 2
    nxt = db.sql("SELECT min(next_attempt_at) FROM deliveries")[1][0][0]
    assert nxt == (NOW + timedelta(seconds=600)).replace(tzinfo=None)


def test_slack_404_is_permanent_and_reported_not_retried(db, tmp_path, http_server):
    http_server.route("/gone", "no_service", status=404)
    http_server.route("/ops", "ok")
    s = settings_for(tmp_path)
    changed_alert(db, s)
    r = jobs.deliver_pending(s, NOW, store=db, env={"T_SLACK": http_server.url("/gone")}, sleep=Sleeps())
    assert r["failed"] == 2 and r["retrying"] == 0
    assert statuses(db)[("figure_changed", "slack")] == ("failed", 1)
    # the operational report is not sent to the channel that just failed for good
    assert statuses(db)[("delivery_failed", "slack")][0] == "failed"
    r = jobs.deliver_pending(s, NOW + timedelta(days=1), store=db, env={"T_SLACK": http_server.url("/gone")},
                             sleep=Sleeps())
    assert r["sent"] == 0 and len(http_server.requests_to("/gone")) == 1


def test_slack_messages_are_paced(db, tmp_path, http_server):
    http_server.route("/hook", "ok")
    s = settings_for(tmp_path, slack_min_interval_s=1.0)
    add_claims(db, [claim_row("a", 13 * B, "2025-01-10"), claim_row("m", 5 * B, "2025-01-10", metric="loss")])
    jobs.update_ledger(s, store=db, now=NOW, run_id="r1")
    sleeps = Sleeps()
    r = jobs.deliver_pending(s, NOW, store=db, env={"T_SLACK": http_server.url("/hook")}, sleep=sleeps,
                             clock=lambda: 100.0)
    assert r["messages"] == 2 and sleeps == [1.0]


def test_crash_between_send_and_record_never_sends_twice(db, tmp_path, http_server):
    http_server.route("/hook", "ok")
    s = settings_for(tmp_path)
    changed_alert(db, s)
    env = {"T_SLACK": http_server.url("/hook")}

    def crash(ids, channel):
        raise KeyboardInterrupt("killed after the send, before recording it")

    with pytest.raises(KeyboardInterrupt):
        jobs.deliver_pending(s, NOW, store=db, env=env, sleep=Sleeps(), after_send=crash)
    assert len(http_server.requests_to("/hook")) == 1
    assert statuses(db)[("figure_changed", "slack")][0] == "sending"
    assert jobs.deliver_pending(s, NOW + timedelta(minutes=1), store=db, env=env, sleep=Sleeps())["sent"] == 0
    r = jobs.deliver_pending(s, NOW + timedelta(minutes=11), store=db, env=env, sleep=Sleeps())
    assert r["sent"] == 0 and r["uncertain"] == 2
    assert len(http_server.requests_to("/hook")) == 1                 # not re-sent on its own
    r = jobs.deliver_pending(s, NOW + timedelta(minutes=12), store=db, env=env, sleep=Sleeps(), resend_uncertain=True)
    assert r["sent"] == 2 and len(http_server.requests_to("/hook")) == 2


def test_mute_silences_a_key(db, tmp_path, http_server):
    http_server.route("/hook", "ok")
    s = settings_for(tmp_path)
    changed_alert(db, s)
    db.run("insert_mute", {"mute_id": "m", "subject": "openai", "metric": "revenue", "until": NOW + timedelta(days=7),
                           "reason": None, "now": NOW})
    r = jobs.deliver_pending(s, NOW, store=db, env={"T_SLACK": http_server.url("/hook")}, sleep=Sleeps())
    assert r["muted"] == 2 and r["sent"] == 0 and not http_server.requests_to("/hook")


def test_unconfigured_channel_waits_then_expires(db, tmp_path):
    s = settings_for(tmp_path)
    changed_alert(db, s)
    r = jobs.deliver_pending(s, NOW, store=db, env={}, sleep=Sleeps())
    assert r["waiting"] == {"slack": 2} and r["sent"] == 0
    assert jobs.deliver_pending(s, NOW + timedelta(days=3), store=db, env={}, sleep=Sleeps())["expired"] == 2


def test_webhook_url_never_in_errors_or_logs(db, tmp_path, caplog):
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]                       # closed again: connection refused
    url = f"http://127.0.0.1:{port}/services/{TOKEN}"
    s = settings_for(tmp_path)
    changed_alert(db, s)
    with caplog.at_level(logging.DEBUG):
        r = jobs.deliver_pending(s, NOW, store=db, env={"T_SLACK": url}, sleep=Sleeps())
    assert r["retrying"] == 2 and r["errors"]
    stored = db.sql("SELECT string_agg(last_error, ' ') FROM deliveries")[1][0][0]
    for text in (" ".join(r["errors"]), stored, caplog.text):
        assert TOKEN not in text and "XXXXsecret" not in text


# -- email ---------------------------------------------------------------------------------------------------

class Inbox:
    def __init__(self):
        self.messages = []

    async def handle_DATA(self, server, session, envelope):
        self.messages.append((envelope, email.message_from_bytes(envelope.content, policy=email.policy.default)))
        return "250 OK"


@pytest.fixture
def smtp():
    inbox = Inbox()
    logins = []

    def auth(server, session, envelope, mechanism, auth_data):
        logins.append((auth_data.login, auth_data.password))
        return AuthResult(success=auth_data.password == b"s3cr%t-pass", handled=False)

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    ctl = Controller(inbox, hostname="127.0.0.1", port=port, authenticator=auth, auth_require_tls=False)
    ctl.start()
    inbox.port, inbox.logins = port, logins
    yield inbox
    ctl.stop()


def test_email_through_smtp_with_login(db, tmp_path, smtp):
    s = settings_for(tmp_path, routes=(Route("email"),))
    changed_alert(db, s)
    env = {"T_SMTP": f"smtp://alerts%40example.com:s3cr%25t-pass@127.0.0.1:{smtp.port}", "T_FROM": "nw@example.com",
           "T_TO": "a@example.com, b@example.com"}
    r = jobs.deliver_pending(s, NOW, store=db, env=env, sleep=Sleeps())
    assert r["sent"] == 2 and r["messages"] == 1, r
    assert smtp.logins == [(b"alerts@example.com", b"s3cr%t-pass")]
    envelope, msg = smtp.messages[0]
    assert envelope.rcpt_tos == ["a@example.com", "b@example.com"]
    assert msg["Subject"].startswith("[newswatch] Figure changed: OpenAI revenue (2025) $13B → $20B (+54 %)")
    assert msg["From"] == "nw@example.com" and msg["Message-ID"].startswith("<nw-")
    text = msg.get_body(("plain",)).get_content()
    html = msg.get_body(("html",)).get_content()
    assert "Sam Altman" in text and "newsb.example" in text
    assert 'href="https://newsb.example/b"' in html and "&lt;!channel&gt;" in html
    assert jobs.deliver_pending(s, NOW + timedelta(hours=1), store=db, env=env, sleep=Sleeps())["sent"] == 0
    assert len(smtp.messages) == 1


def test_smtp_password_never_in_errors(db, tmp_path, smtp, caplog):
    s = settings_for(tmp_path, routes=(Route("email"),))
    changed_alert(db, s)
    env = {"T_SMTP": f"smtp://u:WrongPassw0rd@127.0.0.1:{smtp.port}", "T_FROM": "nw@example.com", "T_TO": "a@example.com"}
    with caplog.at_level(logging.DEBUG):
        r = jobs.deliver_pending(s, NOW, store=db, env=env, sleep=Sleeps())
    assert r["failed"] == 2 and "login refused" in r["errors"][0], r
    stored = db.sql("SELECT string_agg(last_error, ' ') FROM deliveries")[1][0][0]
    for text in (" ".join(r["errors"]), stored, caplog.text):
        assert "WrongPassw0rd" not in text


# -- operational alerts ------------------------------------------------------------------------------------

def test_feed_failing_and_recovered_are_sent_once_each(db, tmp_path, http_server):
    http_server.route("/hook", "ok")
    s = settings_for(tmp_path)
    for eid, kind in (("e1", "failing"), ("e2", "recovered")):
        db.run("insert_feed_event", {"event_id": eid, "feed_id": "f1", "occurred_at": NOW, "kind": kind,
                                     "detail": "3 failures in a row"})
    env = {"T_SLACK": http_server.url("/hook")}
    r = jobs.deliver_pending(s, NOW, store=db, env=env, sleep=Sleeps())
    assert r["sent"] == 2
    assert jobs.deliver_pending(s, NOW + timedelta(hours=1), store=db, env=env, sleep=Sleeps())["sent"] == 0
    bodies = [json.loads(q.body)["text"] for q in http_server.requests_to("/hook")]
    assert any("Feed failing" in b for b in bodies) and any("Feed recovered" in b for b in bodies)


def test_run_with_most_feeds_failing_is_one_incident(db, tmp_path):
    from pipeline.alerts import ops
    s = settings_for(tmp_path)
    assert ops.run_health(db, s.alerts, polled=10, failed=8, now=NOW) == "run_failing"
    assert ops.run_health(db, s.alerts, polled=10, failed=9, now=NOW + timedelta(minutes=15)) is None
    assert ops.run_health(db, s.alerts, polled=10, failed=1, now=NOW + timedelta(minutes=30)) == "run_recovered"
    kinds = [r[0] for r in db.sql("SELECT kind FROM alerts ORDER BY created_at")[1]]
    assert kinds == ["run_failing", "run_recovered"]


def test_apprise_any_service_by_url(db, tmp_path, http_server):
    """Apprise's json:// service posts to a loopback server: any service a user names by URL."""
    http_server.route("/notify", "ok")
    s = Settings(db_path=tmp_path / "nw.duckdb", alerts=AlertSettings(
        channels=(Channel("other", "apprise", {"urls_env": "T_APPRISE"}),), routes=(Route("other"),)))
    changed_alert(db, s)
    env = {"T_APPRISE": f"json://127.0.0.1:{http_server.port}/notify"}
    r = jobs.deliver_pending(s, NOW, store=db, env=env, sleep=Sleeps())
    assert r["sent"] == 2, r
    body = json.loads(http_server.requests_to("/notify")[0].body)
    assert "$13B → $20B (+54 %)" in body["title"] + body["message"]
