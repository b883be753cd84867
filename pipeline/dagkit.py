"""What the three Airflow DAG files share: owner, pools, retries with backoff, the failure callback, the Asset name.

Standard library only (no Airflow, no config, no database): the DAG processor imports it with every DAG file,
every 30 s. It lives in the package rather than beside the DAGs so that workers import it like any module.
"""
from __future__ import annotations

import logging
from datetime import timedelta

log = logging.getLogger("newswatch.dags")

OWNER = "newswatch"
# Pools (created by the compose init service; `airflow pools set NAME SLOTS DESCRIPTION` elsewhere):
HTTP_POOL = "newswatch_http"      # polls and page fetches in flight at once, all DAG runs together
DB_POOL = "newswatch_duckdb"      # ONE slot: every task that opens the DuckDB file, reading or writing

# The Asset newswatch_ingest updates when its claims step succeeds; newswatch_alerts is scheduled on it.
CLAIMS_ASSET_NAME = "newswatch claims"
CLAIMS_ASSET_URI = "x-newswatch://claims"

# Alert secrets the alerts DAG also takes from Airflow Variables of the same name (the environment otherwise).
SECRET_VARIABLES = ("NEWSWATCH_SLACK_WEBHOOK_URL", "NEWSWATCH_SMTP_URL", "NEWSWATCH_EMAIL_FROM", "NEWSWATCH_EMAIL_TO")


def notify_failure(context) -> None:
    """on_failure_callback (after the last retry): an operational alert through newswatch's alert channels."""
    ti = context.get("ti") or context.get("task_instance")
    where = f"{getattr(ti, 'dag_id', '?')}.{getattr(ti, 'task_id', '?')}"
    if getattr(ti, "map_index", -1) not in (-1, None):
        where += f"[{ti.map_index}]"
    subject = f"newswatch task failed: {where} (run {context.get('run_id')})"
    detail = f"{type(context.get('exception')).__name__}: {context.get('exception')}"
    try:
        from . import jobs
        from .config import load_settings
        jobs.notify_task_failure(load_settings(), subject, detail)
    except Exception:                      # the callback must never hide the task's own failure
        log.exception("could not send the operational alert: %s — %s", subject, detail)


def default_args(retries: int = 3) -> dict:
    """Retries with exponential backoff (30 s, 1 min, 2 min … at most 10 min) and the failure callback."""
    return {
        "owner": OWNER,
        "retries": retries,
        "retry_delay": timedelta(seconds=30),
        "retry_exponential_backoff": 2.0,
        "max_retry_delay": timedelta(minutes=10),
        "on_failure_callback": notify_failure,
    }


def settings():
    """The newswatch settings, read when a task runs (never at parse time): $NEWSWATCH_CONFIG, $NEWSWATCH_DB …"""
    from .config import load_settings
    return load_settings()


def schedule_every() -> timedelta:
    """The ingest schedule, needed when the DAG file is parsed: one key of one small TOML file (stdlib only)."""
    from .config import schedule_every_s
    return timedelta(seconds=schedule_every_s())
