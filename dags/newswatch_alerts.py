"""
### newswatch_alerts — deliver pending alerts

Not on a clock: runs each time `newswatch_ingest` updates the Asset `newswatch claims`.
One task, `deliver`: new feed-health events become operational alerts, then the outbox sends
the alerts the ingest DAG's ledger queued (Slack, email) and records each delivery; a channel
that fails is retried by the outbox and the task (exponential backoff), and an alert is never
sent twice. Secrets come from Airflow Variables named like the environment variables
(`NEWSWATCH_SLACK_WEBHOOK_URL`, `NEWSWATCH_SMTP_URL`, `NEWSWATCH_EMAIL_FROM`,
`NEWSWATCH_EMAIL_TO`) or from the environment — never from the config files. The task opens
the DuckDB file, so it runs in the one-slot pool `newswatch_duckdb` with the ingest `load`.
"""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

from airflow.sdk import Asset, dag, task

from pipeline.dagkit import CLAIMS_ASSET_NAME, CLAIMS_ASSET_URI, DB_POOL, default_args

CLAIMS = Asset(name=CLAIMS_ASSET_NAME, uri=CLAIMS_ASSET_URI)


@dag(
    dag_id="newswatch_alerts",
    schedule=[CLAIMS],
    start_date=datetime(2025, 1, 1, tzinfo=timezone.utc),
    catchup=False,
    max_active_runs=1,
    default_args=default_args(retries=4),
    tags=["newswatch", "alerts"],
    doc_md=__doc__,
)
def newswatch_alerts():
    @task(pool=DB_POOL, execution_timeout=timedelta(minutes=10),
          doc_md="Deliver the pending alerts through the outbox; each is sent once.")
    def deliver() -> dict:
        import os

        from airflow.sdk import Variable
        from pipeline.dagkit import SECRET_VARIABLES, settings
        from pipeline import jobs
        env = dict(os.environ)
        env.update({k: v for k in SECRET_VARIABLES if (v := Variable.get(k, default=None))})
        return jobs.deliver_alerts(settings(), env=env)

    deliver()


newswatch_alerts()
