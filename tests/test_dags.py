"""The Airflow DAGs with real Airflow: DagBag import, `dag.test()` of newswatch_ingest on loopback feeds, the compose file.

Airflow reads its settings (AIRFLOW_HOME, the metadata database) when first imported, so every Airflow step runs in
a subprocess (tests/airflow_helper.py) with an environment built here: a temp AIRFLOW_HOME with SQLite metadata.
"""
from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from loopback import LoopbackServer

ROOT = Path(__file__).resolve().parents[1]
HELPER = Path(__file__).with_name("airflow_helper.py")
SHARED = ROOT.parent / "shared"
DEV = SHARED / "eval" / "dev" / "articles.jsonl"
SERVE = SHARED / "eval" / "serve_feed.py"
DAG_IDS = {"newswatch_ingest", "newswatch_alerts", "newswatch_maintenance"}

airflow_missing = subprocess.run([sys.executable, "-c", "import airflow.sdk"], capture_output=True).returncode != 0
pytestmark = [pytest.mark.airflow, pytest.mark.skipif(airflow_missing, reason="apache-airflow is not installed "
                                                      "(pip install -e '.[airflow]')")]


@pytest.fixture(scope="module")
def airflow_env(tmp_path_factory) -> dict[str, str]:
    home = tmp_path_factory.mktemp("airflow_home")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("AIRFLOW", "NEWSWATCH"))}
    env.update({
        "AIRFLOW_HOME": str(home),
        "AIRFLOW__CORE__DAGS_FOLDER": str(ROOT / "dags"),
        "AIRFLOW__CORE__LOAD_EXAMPLES": "False",
        "AIRFLOW__DATABASE__SQL_ALCHEMY_CONN": f"sqlite:///{home}/airflow.db",
        "AIRFLOW__LOGGING__LOGGING_LEVEL": "WARNING",
        "PYTHONPATH": str(ROOT),
    })
    done = subprocess.run([sys.executable, "-m", "airflow", "db", "migrate"], env=env, cwd=ROOT,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-3000:]
    return env


def helper(env: dict[str, str], *args: str, timeout: float = 150) -> object:
    done = subprocess.run([sys.executable, str(HELPER), *args], env=env, cwd=ROOT, capture_output=True, text=True,
                          timeout=timeout)
    lines = [ln for ln in done.stdout.splitlines() if ln.startswith("RESULT ")]
    assert done.returncode == 0 and lines, (done.stdout[-3000:], done.stderr[-5000:])
    return json.loads(lines[-1][len("RESULT "):])


# -- the DAG files ---------------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def dagbag(airflow_env) -> dict:
    return helper(airflow_env, "dagbag", timeout=60)


def test_dagbag_imports_every_dag_fast_and_documented(dagbag):
    bag = dagbag
    assert bag["errors"] == {}
    assert set(bag["dags"]) == DAG_IDS
    assert len(bag["files"]) == 3 and all(seconds < 2.0 for seconds in bag["files"].values()), bag["files"]
    assert not bag["heavy"], f"DAG files imported {bag['heavy']} at parse time"
    for dag_id, d in bag["dags"].items():
        assert d["file"] == f"{dag_id}.py"                   # one DAG per file, file name = dag_id
        assert "newswatch" in d["tags"] and len(d["tags"]) >= 2
        assert d["owner"] == "newswatch"
        assert d["doc_md"].lstrip().startswith(f"### {dag_id}")
        assert d["max_active_runs"] == 1 and d["catchup"] is False
        for task_id, t in d["tasks"].items():
            assert t["retries"] >= 2 and t["backoff"] >= 2, (dag_id, task_id)
            assert t["callback"], (dag_id, task_id)
            assert t["doc_md"], (dag_id, task_id)


def test_ingest_dag_shape(dagbag):
    dags = dagbag["dags"]
    ingest = dags["newswatch_ingest"]
    assert ingest["timetable"] == "DeltaTriggerTimetable"    # every [schedule] every, 15 min by default
    tasks = ingest["tasks"]
    assert list(tasks) == ["pick_due_feeds", "poll_feed", "plan_fetch", "fetch_pages", "load", "claims_and_ledger"]
    assert {tasks[t]["pool"] for t in ("poll_feed", "fetch_pages")} == {"newswatch_http"}
    # every task that opens the DuckDB file shares the one-slot pool
    assert {tasks[t]["pool"] for t in ("pick_due_feeds", "plan_fetch", "load", "claims_and_ledger")} == {"newswatch_duckdb"}
    assert tasks["claims_and_ledger"]["outlets"] == ["newswatch claims"]
    assert dags["newswatch_alerts"]["timetable"] == "AssetTriggeredTimetable"
    assert {t["pool"] for d in dags.values() if d is not ingest for t in d["tasks"].values()} == {"newswatch_duckdb"}


# -- end to end: dag.test() on loopback feeds --------------------------------------------------------------------

PAGE = """<html><head><title>{title}</title></head><body><nav>Home | Tech | Markets</nav><article>
<h1>{title}</h1><p>{body}</p><p>{body}</p></article><footer>Legal notice</footer></body></html>"""


def _rss(base: str, items: list[tuple[str, str]]) -> str:
    entries = "".join(f"<item><title>{t}</title><link>{base}{path}</link><guid>{base}{path}</guid>"
                      f"<pubDate>Mon, 03 Nov 2025 08:00:00 GMT</pubDate></item>" for path, t in items)
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>Second</title>{entries}</channel></rss>'


@pytest.fixture(scope="module")
def dev_feeds(tmp_path_factory):
    if not DEV.exists():
        pytest.skip(f"the shared dev set is not at {DEV}")
    tmp = tmp_path_factory.mktemp("serve")
    url_file = tmp / "url"
    proc = subprocess.Popen([sys.executable, str(SERVE), str(DEV), "--port", "0", "--url-file", str(url_file)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 20
    while not (url_file.exists() and url_file.read_text().strip()):
        assert time.monotonic() < deadline and proc.poll() is None, "serve_feed.py did not start"
        time.sleep(0.05)
    yield url_file.read_text().strip().rstrip("/")
    proc.kill()
    proc.wait()


def test_ingest_end_to_end_then_rerun_adds_nothing_then_alerts_and_maintenance(airflow_env, dev_feeds, tmp_path):
    body = ("OpenAI's revenue reached $3.7 billion in 2024, the company told investors, while its losses "
            "were about $5 billion. Nvidia said two customers made up 39% of its revenue in the quarter. ")
    with LoopbackServer(host="127.0.0.2") as srv:          # a second host: a second mapped fetch task
        base = srv.url("")
        srv.route("/second.xml", _rss(base, [("/a1.html", "First story"), ("/a2.html", "Second story")]),
                  headers={"Content-Type": "application/rss+xml"}, etag='"v1"')
        for path, title in (("/a1.html", "First story"), ("/a2.html", "Second story")):
            srv.route(path, PAGE.format(title=title, body=body), headers={"Content-Type": "text/html; charset=utf-8"})
        srv.route("/broken.xml", "upstream exploded", status=500)
        broken_url = srv.url("/broken.xml")
        feeds = [f"{dev_feeds}/feeds/en.xml", srv.url("/second.xml"), broken_url]
        db = tmp_path / "data" / "nw.duckdb"
        env = {**airflow_env, "NEWSWATCH_FEEDS": ",".join(feeds), "NEWSWATCH_DB": str(db),
               "NEWSWATCH_ALLOW_PRIVATE_NETWORKS": "1"}
        first, second, alerts, maintenance = helper(env, "test", "newswatch_ingest", "2", "newswatch_alerts", "1",
                                                    "newswatch_maintenance", "1", timeout=170)

    en = sum(1 for line in DEV.read_text(encoding="utf-8").splitlines() if json.loads(line)["lang"] == "en")
    states = {(t["task_id"], t["map_index"]): t["state"] for t in first["tasks"]}
    assert first["state"] == "success", first["tasks"]
    assert set(states.values()) == {"success"}
    assert sum(1 for task, _ in states if task == "poll_feed") == 3
    assert sum(1 for task, _ in states if task == "fetch_pages") == 2      # one per host
    tables = first["db"]["tables"]
    assert tables["articles"] == en + 2
    assert tables["claims"] > 0
    assert tables["feed_polls"] == 3 and tables["loads"] == 3 + 2
    broken = first["db"]["feeds"][broken_url]
    assert (broken["status"], broken["http"], broken["failures"]) == ("error", 500, 1)
    assert "500" in broken["error"]
    assert {f["status"] for url, f in first["db"]["feeds"].items() if "broken" not in url} == {"ok"}
    assert list((db.parent / "staging").iterdir()), "staged batches live beside the database by default"

    # The same DAG again: nothing is due (polled a moment ago; the broken feed is in backoff), nothing added.
    assert second["state"] == "success"
    assert second["db"] == first["db"]
    skipped = {t["task_id"] for t in second["tasks"] if t["state"] == "skipped"}
    assert {"poll_feed", "fetch_pages"} <= skipped

    # The alerts DAG delivers what the ledger queued; the maintenance DAG exports every table to Parquet.
    assert alerts["state"] == "success" and maintenance["state"] == "success", (alerts["tasks"], maintenance["tasks"])
    exported = {p.stem for p in (db.parent / "export").glob("*.parquet")}
    assert {"articles", "claims", "feeds", "loads"} <= exported

    timings = {}
    for t in first["tasks"]:
        timings.setdefault(t["task_id"], []).append(round(t["duration_s"] or 0, 2))
    print(f"\nfirst run {first['wall_s']:.1f} s: {timings}; second run {second['wall_s']:.1f} s; "
          f"alerts {alerts['wall_s']:.1f} s; maintenance {maintenance['wall_s']:.1f} s")


# -- the deployment ------------------------------------------------------------------------------------------------

def _compose() -> dict:
    yaml = pytest.importorskip("yaml")
    return yaml.safe_load((ROOT / "docker-compose.yml").read_text(encoding="utf-8"))


def _compose_cli() -> list[str] | None:
    if shutil.which("docker") and subprocess.run(["docker", "compose", "version"], capture_output=True).returncode == 0:
        return ["docker", "compose"]
    return None


@pytest.mark.skipif(_compose_cli() is None, reason="no docker client with the compose plugin "
                    "(`docker compose version` fails); the structure is still checked by the tests below")
def test_docker_compose_config_is_valid():
    done = subprocess.run([*_compose_cli(), "--env-file", ".env.example", "-f", "docker-compose.yml", "config", "-q"],
                          cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr


def test_compose_has_the_celery_deployment():
    c = _compose()
    services = c["services"]
    for name in ("postgres", "redis", "airflow-apiserver", "airflow-scheduler", "airflow-dag-processor",
                 "airflow-triggerer", "airflow-worker", "airflow-init", "mailpit"):
        assert name in services, name
    worker = services["airflow-worker"]
    assert "container_name" not in worker and "ports" not in worker, "a worker must scale: no fixed name or port"
    assert worker["environment"]["AIRFLOW__CORE__EXECUTOR"] == "CeleryExecutor"
    assert any(v.startswith("./data:") for v in worker["volumes"]), "workers share ./data (staging, DuckDB)"
    init = "\n".join(services["airflow-init"]["command"])
    assert "pools set newswatch_duckdb 1" in init and "pools set newswatch_http" in init
    assert (ROOT / ".env.example").exists() and ".env" in (ROOT / ".gitignore").read_text().split()
    assert (ROOT / "Dockerfile").read_text().startswith("#") and "FROM apache/airflow:" in (ROOT / "Dockerfile").read_text()


def test_every_service_and_volume_the_readme_names_exists():
    c = _compose()
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Running with Airflow", 1)[1].split("\n## ", 1)[0]
    rows = re.findall(r"^\| `([\w.-]+)` \| (service|volume) \|", section, flags=re.M)
    named = {kind: {n for n, k in rows if k == kind} for kind in ("service", "volume")}
    assert named["service"] == set(c["services"]), "README and docker-compose.yml list different services"
    mounts = {v.split(":", 1)[0] for s in c["services"].values() for v in s.get("volumes", [])}
    assert named["volume"] and named["volume"] <= set(c.get("volumes") or {}) | mounts, named["volume"]
