"""
### newswatch_ingest — feeds → articles → claims

Every 15 minutes (`[schedule] every` in `config/newswatch.toml`), no catch-up, one run at a time.

| task | runs | opens DuckDB | what |
|---|---|---|---|
| `pick_due_feeds` | once | read-only | the feeds whose next poll time has come, with their ETag/Last-Modified |
| `poll_feed` | one per due feed, pool `newswatch_http` | no | conditional GET + parse; stages the entries |
| `plan_fetch` | once | read-only | entries not stored yet + pages due for a retry, grouped by host |
| `fetch_pages` | one per host, pool `newswatch_http` | no | fetch, extract, detect language, read claims; stages the outcomes |
| `load` | once | **writes** | merges the run's staged batches in one transaction; a batch is never loaded twice |
| `claims_and_ledger` | once | **writes** | claims the current rules have not read yet, the comparison ledger (raises and queues alerts), run health; updates the Asset `newswatch claims` |

Every task that opens the DuckDB file runs in the one-slot pool `newswatch_duckdb`, so one
process at a time holds it (DuckDB allows one writing process). Staged batches are JSON Lines
under `[storage] staging_dir`, one file per run, task and feed (or host): a retried task
overwrites its file. A feed that fails (500, timeout, bad XML) is recorded on its row by
`load`; the run goes on. Network tasks retry with exponential backoff; a task that fails for
good sends an operational alert. All logic is in `pipeline.jobs`, shared with `newswatch run`.
"""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

from airflow.sdk import Asset, TriggerRule, dag, get_current_context, task

from pipeline.dagkit import CLAIMS_ASSET_NAME, CLAIMS_ASSET_URI, DB_POOL, HTTP_POOL, default_args, schedule_every

CLAIMS = Asset(name=CLAIMS_ASSET_NAME, uri=CLAIMS_ASSET_URI)


@dag(
    dag_id="newswatch_ingest",
    schedule=schedule_every(),   # [schedule] every: read at parse time, one TOML key
    start_date=datetime(2025, 1, 1, tzinfo=timezone.utc),
    catchup=False,
    max_active_runs=1,
    dagrun_timeout=timedelta(hours=1),
    default_args=default_args(),
    tags=["newswatch", "ingest"],
    doc_md=__doc__,
)
def newswatch_ingest():
    @task(pool=DB_POOL, doc_md="The feeds due now (read-only look at the database); clears the run's staging folder.")
    def pick_due_feeds(run_id: str | None = None) -> list[dict]:
        from pipeline.dagkit import settings
        from pipeline import jobs
        return jobs.due_feeds(settings(), run_id)

    @task(pool=HTTP_POOL, map_index_template="{{ feed_name }}", execution_timeout=timedelta(minutes=5),
          doc_md="Poll one feed (conditional GET, parse) and stage its entries. Never opens the database.")
    def poll_feed(item: dict, run_id: str | None = None) -> dict:
        from pipeline.dagkit import settings
        from pipeline import jobs
        get_current_context()["feed_name"] = item["feed"]["name"]
        return jobs.poll_to_stage(settings(), item, run_id)

    @task(pool=DB_POOL, trigger_rule=TriggerRule.ALL_DONE,
          doc_md="Which pages to fetch: new entries and pages due for a retry, one batch per host (read-only).")
    def plan_fetch(run_id: str | None = None) -> list[str]:
        from pipeline.dagkit import settings
        from pipeline import jobs
        return jobs.plan_fetch(settings(), run_id)

    @task(pool=HTTP_POOL, map_index_template="{{ host }}", execution_timeout=timedelta(minutes=30),
          doc_md="Fetch and extract one host's pages and stage the outcomes. Never opens the database.")
    def fetch_pages(todo_path: str, run_id: str | None = None) -> dict:
        from pipeline.dagkit import settings
        from pipeline import jobs
        out = jobs.fetch_to_stage(settings(), todo_path, run_id)
        get_current_context()["host"] = out["host"]
        return out

    @task(pool=DB_POOL, trigger_rule=TriggerRule.ALL_DONE,
          doc_md="The only writer: merge the run's staged batches in one transaction, each batch once.")
    def load(run_id: str | None = None) -> dict:
        from pipeline.dagkit import settings
        from pipeline import jobs
        return jobs.load_staged(settings(), run_id)

    @task(pool=DB_POOL, outlets=[CLAIMS],
          doc_md="Claims for articles not read by the current rules, the comparison ledger (raises and queues "
                 "alerts), the run's health. Updates the Asset `newswatch claims`.")
    def claims_and_ledger(load_summary: dict, run_id: str | None = None) -> dict:
        from pipeline.dagkit import settings
        from pipeline import jobs
        return jobs.claims_and_ledger(settings(), run_id, load_summary)

    polled = poll_feed.expand(item=pick_due_feeds())
    plan = plan_fetch()
    polled >> plan
    fetched = fetch_pages.expand(todo_path=plan)
    loaded = load()
    fetched >> loaded
    claims_and_ledger(loaded)


newswatch_ingest()
