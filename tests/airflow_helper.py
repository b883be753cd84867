"""Run in a subprocess by tests/test_dags.py, so Airflow's settings (AIRFLOW_HOME, SQLite metadata) come from an
environment set before Airflow is first imported and never leak into the other tests.

    python tests/airflow_helper.py dagbag              → JSON: import errors, parse time, tags, owners, retries, docs
    python tests/airflow_helper.py test DAG_ID RUNS [DAG_ID RUNS …]
                                  → dag.test() RUNS times each, in order, in one process (Airflow's in-process
                                    execution API starts once) → JSON per run: task states and durations,
                                    row counts of $NEWSWATCH_DB after it
"""
from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

DAGS = Path(__file__).resolve().parents[1] / "dags"


def dagbag() -> dict:
    from airflow.dag_processing.dagbag import DagBag
    bag = DagBag(dag_folder=str(DAGS))
    heavy = ("duckdb", "trafilatura", "feedparser", "langdetect", "pipeline.jobs", "pipeline.store")
    return {
        "errors": bag.import_errors,
        "heavy": sorted(m for m in heavy if m in sys.modules),
        "files": {s.file: s.duration.total_seconds() for s in bag.dagbag_stats},
        "dags": {d.dag_id: {
            "file": Path(d.fileloc).name, "tags": sorted(d.tags), "owner": d.owner, "doc_md": d.doc_md or "",
            "max_active_runs": d.max_active_runs, "catchup": d.catchup, "timetable": type(d.timetable).__name__,
            "tasks": {t.task_id: {"retries": t.retries, "backoff": t.retry_exponential_backoff, "pool": t.pool,
                                  "doc_md": t.doc_md or "", "callback": bool(t.on_failure_callback),
                                  "outlets": [getattr(o, "name", str(o)) for o in t.outlets]}
                      for t in d.tasks},
        } for d in bag.dags.values()},
    }


def counts() -> dict:
    from pipeline.store import Store
    with Store(os.environ["NEWSWATCH_DB"], read_only=True) as st:
        tables = {t: st.sql(f'SELECT count(*) FROM "{t}"')[1][0][0] for t in st.tables()}
        _, feeds = st.sql("SELECT url, last_status, last_http_status, consecutive_failures, last_error FROM feeds")
    return {"tables": tables, "feeds": {r[0]: {"status": r[1], "http": r[2], "failures": r[3], "error": r[4]} for r in feeds}}


def test(dag_id: str, runs: int) -> list[dict]:
    from airflow.dag_processing.dagbag import DagBag
    bag = DagBag(dag_folder=str(DAGS / f"{dag_id}.py"))
    assert not bag.import_errors, bag.import_errors
    dag = bag.dags[dag_id]
    from airflow.models.taskinstance import TaskInstance
    from airflow.settings import Session
    out = []
    for _ in range(runs):
        t0 = time.monotonic()
        run = dag.test()
        wall = time.monotonic() - t0
        with Session() as s:
            tis = s.query(TaskInstance).filter(TaskInstance.dag_id == dag_id, TaskInstance.run_id == run.run_id).all()
            tasks = [{"task_id": ti.task_id, "map_index": ti.map_index, "state": str(ti.state),
                      "duration_s": ti.duration} for ti in tis]
        out.append({"dag_id": dag_id, "run_id": run.run_id, "state": str(run.state), "wall_s": wall, "tasks": tasks, "db": counts()})
    return out


if __name__ == "__main__":
    cmd = sys.argv[1]
    if cmd == "dagbag":
        out = dagbag()
    else:
        pairs = sys.argv[2:]
        out = [run for i in range(0, len(pairs), 2) for run in test(pairs[i], int(pairs[i + 1]))]
    sys.stdout.flush()
    print("RESULT " + json.dumps(out, default=str))
