"""
### newswatch_maintenance — daily upkeep of the DuckDB file

1. `checkpoint`: fold DuckDB's write-ahead log into the file.
2. `export_parquet`: every table to `[storage] export_dir/<table>.parquet` (zstd), each file
   written beside its target and renamed — for other tools (pandas, Polars, a DuckLake
   catalog) and as a backup that needs no DuckDB lock to read.
3. `prune`: staged batch files older than `[storage] staging_retention` (7 days) and
   `feed_polls` rows older than `[storage] polls_retention` (90 days).

Every task opens the DuckDB file, so each runs in the one-slot pool `newswatch_duckdb`
and waits for an ingest `load` to finish.
"""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

from airflow.sdk import dag, task

from pipeline.dagkit import DB_POOL, default_args


@dag(
    dag_id="newswatch_maintenance",
    schedule="@daily",
    start_date=datetime(2025, 1, 1, tzinfo=timezone.utc),
    catchup=False,
    max_active_runs=1,
    default_args=default_args(retries=2),
    tags=["newswatch", "maintenance"],
    doc_md=__doc__,
)
def newswatch_maintenance():
    @task(pool=DB_POOL, doc_md="CHECKPOINT: the write-ahead log into the database file.")
    def checkpoint() -> dict:
        from pipeline.dagkit import settings
        from pipeline import jobs
        return jobs.checkpoint_db(settings())

    @task(pool=DB_POOL, execution_timeout=timedelta(hours=1),
          doc_md="Every table to a Parquet file in the export folder.")
    def export_parquet() -> dict:
        from pipeline.dagkit import settings
        from pipeline import jobs
        return jobs.export_parquet(settings())

    @task(pool=DB_POOL, doc_md="Delete staged batches and poll rows past their retention.")
    def prune() -> dict:
        from pipeline.dagkit import settings
        from pipeline import jobs
        return jobs.prune_old(settings())

    checkpoint() >> export_parquet() >> prune()


newswatch_maintenance()
