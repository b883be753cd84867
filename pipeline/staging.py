"""Staged batch files: what a parallel Airflow task hands to the single DuckDB writer, as JSON Lines on disk.

Parallel tasks (poll, fetch) never open the database; each writes one batch file and the `load` task merges
the run's batches in one transaction. A batch is named by the run and by the task's key (the feed), not by
attempt, so a retried or re-run task overwrites its file instead of adding a second one; it is written to a
temporary file and renamed, so a reader sees a whole batch or none.

    <staging>/<run>/<kind>/<key>.jsonl      first line: {"header": {...}}, then one record per line

Datetimes are written as {"$dt": "<ISO 8601>"} and come back as datetimes.
"""
from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import tempfile
from datetime import date, datetime
from pathlib import Path
from typing import Any, Iterable

from .config import Settings
from .errors import StoreError

_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


def staging_root(settings: Settings) -> Path:
    return Path(settings.storage.staging_dir) if settings.storage.staging_dir else settings.db_path.parent / "staging"


def export_root(settings: Settings) -> Path:
    return Path(settings.storage.export_dir) if settings.storage.export_dir else settings.db_path.parent / "export"


def run_dir(settings: Settings, run_id: str) -> Path:
    """The run's folder: a readable form of the Airflow run_id plus a hash of it, so two ids never share one."""
    safe = _UNSAFE.sub("_", run_id).strip("._")[:80] or "run"
    return staging_root(settings) / f"{safe}-{hashlib.sha1(run_id.encode()).hexdigest()[:8]}"


def batch_path(settings: Settings, run_id: str, kind: str, key: str) -> Path:
    return run_dir(settings, run_id) / kind / f"{_UNSAFE.sub('_', key)}.jsonl"


def write_batch(path: Path, header: dict[str, Any], records: Iterable[dict[str, Any]]) -> Path:
    """Write a header line and the records, atomically: temp file in the same folder, fsync, rename."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(json.dumps({"header": header}, default=_encode, ensure_ascii=False) + "\n")
            for r in records:
                f.write(json.dumps(r, default=_encode, ensure_ascii=False) + "\n")
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path


def read_batch(path: str | os.PathLike) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """(header, records) of a staged batch."""
    try:
        with open(path, encoding="utf-8") as f:
            lines = [json.loads(line, object_hook=_decode) for line in f if line.strip()]
    except (OSError, ValueError) as e:
        raise StoreError(f"staged batch {path} is unreadable: {e}") from e
    if not lines or "header" not in lines[0]:
        raise StoreError(f"staged batch {path} has no header line")
    return lines[0]["header"], lines[1:]


def list_batches(settings: Settings, run_id: str, kind: str) -> list[Path]:
    """The run's finished batches of one kind, in name order (temp files of a task still writing are not listed)."""
    folder = run_dir(settings, run_id) / kind
    return sorted(folder.glob("*.jsonl")) if folder.is_dir() else []


def digest(path: str | os.PathLike) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def clear_run(settings: Settings, run_id: str) -> None:
    """Forget a run's batches: the first task of a run starts from an empty folder, even when it is re-run."""
    shutil.rmtree(run_dir(settings, run_id), ignore_errors=True)


def clear_kind(settings: Settings, run_id: str, kind: str) -> None:
    """Forget one kind of the run's batches (a re-planned run must not fetch from an older plan)."""
    shutil.rmtree(run_dir(settings, run_id) / kind, ignore_errors=True)


def prune(settings: Settings, now: datetime) -> list[str]:
    """Delete run folders whose newest file is older than the retention; returns their names."""
    root = staging_root(settings)
    if not root.is_dir():
        return []
    cutoff = now.timestamp() - settings.storage.staging_retention_s
    gone = []
    for d in sorted(p for p in root.iterdir() if p.is_dir()):
        newest = max((p.stat().st_mtime for p in d.rglob("*")), default=d.stat().st_mtime)
        if newest < cutoff:
            shutil.rmtree(d, ignore_errors=True)
            gone.append(d.name)
    return gone


def _encode(o: Any) -> Any:
    if isinstance(o, datetime):
        return {"$dt": o.isoformat()}
    if isinstance(o, date):
        return o.isoformat()
    raise TypeError(f"cannot stage a {type(o).__name__}")


def _decode(d: dict) -> Any:
    if len(d) == 1 and "$dt" in d:
        return datetime.fromisoformat(d["$dt"])
    return d
