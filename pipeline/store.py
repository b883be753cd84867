"""The only module that imports duckdb: migrations, named queries, bulk writes and read-only SQL."""
from __future__ import annotations

import operator
import os
import re
import threading
from datetime import datetime, timezone
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable, Sequence

import duckdb
import pyarrow as pa

from .errors import StoreError

SQL_DIR = Path(os.environ.get("NEWSWATCH_SQL_DIR") or Path(__file__).resolve().parents[1] / "sql")
_MIGRATION = re.compile(r"^(\d{4})_[\w-]+\.sql$")
# DuckDB's buffer pool of the writer (default: 80 % of RAM, which a long run fills with pages and indexes);
# operators that need more spill to a temporary directory next to the database.
MEMORY_LIMIT = os.environ.get("NEWSWATCH_DUCKDB_MEMORY_LIMIT") or "512MB"
# DuckDB threads of the writer (default: one per core). The writer's statements are small batches and point
# reads, where scheduling work across threads costs more than it saves, and its CPU is better left to the
# pipeline's Python (the ledger check at 1M claims: ~1.5 ms with 1 thread against ~2.2 with 2; bench/FINDINGS.md).
# Read-only connections (`newswatch sql`, reports) keep DuckDB's default.
WRITER_THREADS = os.environ.get("NEWSWATCH_DUCKDB_THREADS") or "1"
# The WAL size at which the writer's DuckDB checkpoints (moves the logged changes into the database file; DuckDB's
# default is 16MB). A commit is durable in the WAL either way. A page's text is written onto its pending row (an
# UPDATE), and checkpoints taken between a run's polls and its pages grow with every text updated since: at 16MB
# the 10k-article load checkpointed four times inside it (1.77-1.82 s), at 64MB once (1.52-1.63 s). Larger saves
# a little more (one checkpoint, at close: ~1.35 s) but holds the updated texts in memory until then (+80 MB of
# peak RSS at 128MB, +30 MB at 64MB, on the 10k-article run; bench/FINDINGS.md). A killed run leaves up to this
# much WAL, which the next writer replays when it opens.
CHECKPOINT_THRESHOLD = os.environ.get("NEWSWATCH_DUCKDB_CHECKPOINT_THRESHOLD") or "64MB"


def utc_naive(dt: datetime | None) -> datetime | None:
    """Timestamps are stored as naive UTC: convert aware datetimes, keep naive ones (already UTC)."""
    if dt is None or dt.tzinfo is None:
        return dt
    return dt.astimezone(timezone.utc).replace(tzinfo=None)


@lru_cache(maxsize=None)
def query(name: str) -> str:
    """The text of sql/queries/<name>.sql: one named statement with $named parameters."""
    path = SQL_DIR / "queries" / f"{name}.sql"
    try:
        return path.read_text(encoding="utf-8")
    except OSError as e:
        raise StoreError(f"named query {name!r} not found at {path}") from e


def migrations() -> list[tuple[int, str, Path]]:
    found = []
    for p in sorted((SQL_DIR / "migrations").glob("*.sql")):
        m = _MIGRATION.match(p.name)
        if m:
            found.append((int(m.group(1)), p.stem, p))
    return found


class Store:
    """A DuckDB database file: opened once per process; the writer upgrades the schema on open.

    DuckDB allows one writing process per file: the CLI's run and the Airflow `load` task are
    the only writers; everything else (`newswatch sql`, parallel tasks) reads or stages files.
    """

    def __init__(self, path: str | os.PathLike, *, read_only: bool = False):
        self.path = Path(path)
        self.read_only = read_only
        self._lock = threading.RLock()
        try:
            if read_only:
                if not self.path.exists():
                    raise StoreError(f"{self.path}: no database yet; run `newswatch run --once` first")
                self.con = duckdb.connect(str(self.path), read_only=True)
            else:
                if not WRITER_THREADS.isdigit() or int(WRITER_THREADS) < 1:
                    raise StoreError(f"NEWSWATCH_DUCKDB_THREADS must be a whole number of threads (1 or more), "
                                     f"not {WRITER_THREADS!r}")
                self.path.parent.mkdir(parents=True, exist_ok=True)
                self.con = duckdb.connect(str(self.path), config={"memory_limit": MEMORY_LIMIT,
                                                                  "threads": int(WRITER_THREADS),
                                                                  "checkpoint_threshold": CHECKPOINT_THRESHOLD})
        except duckdb.ParserException as e:         # a size DuckDB cannot read
            raise StoreError(f"NEWSWATCH_DUCKDB_MEMORY_LIMIT ({MEMORY_LIMIT!r}) and NEWSWATCH_DUCKDB_CHECKPOINT_THRESHOLD "
                             f"({CHECKPOINT_THRESHOLD!r}) must be sizes such as 512MB or 1GB: {e}") from e
        except duckdb.IOException as e:
            raise StoreError(
                f"{self.path}: cannot open ({e}). Another newswatch process may be writing it: "
                "wait for it to finish, or read a copy."
            ) from e
        if not read_only:
            self.migrate()

    # -- schema -------------------------------------------------------------------------
    def schema_version(self) -> int:
        # fetchall, not fetchone: DuckDB 2 keeps a result not read to its end open, and then refuses `register`
        exists = self.con.execute(
            "SELECT count(*) FROM information_schema.tables WHERE table_name = 'schema_migrations'"
        ).fetchall()[0][0]
        if not exists:
            return 0
        return self.con.execute("SELECT coalesce(max(version), 0) FROM schema_migrations").fetchall()[0][0]

    def migrate(self) -> list[int]:
        """Apply the migrations not yet applied, each in one transaction with its version row; then the views."""
        applied = []
        with self._lock:
            self.con.execute(
                "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name VARCHAR, applied_at TIMESTAMP)"
            )
            current = self.schema_version()
            for version, name, path in migrations():
                if version <= current:
                    continue
                try:
                    self.con.execute("BEGIN")
                    self.con.execute(path.read_text(encoding="utf-8"))
                    self.con.execute(
                        "INSERT INTO schema_migrations VALUES (?, ?, now() AT TIME ZONE 'UTC')", [version, name]
                    )
                    self.con.execute("COMMIT")
                except duckdb.Error as e:
                    self.con.execute("ROLLBACK")
                    raise StoreError(f"migration {path.name} failed: {e}") from e
                applied.append(version)
            for view in sorted((SQL_DIR / "views").glob("*.sql")):
                try:
                    self.con.execute(view.read_text(encoding="utf-8"))
                except duckdb.Error as e:
                    raise StoreError(f"view {view.name} failed: {e}") from e
        return applied

    # -- statements ---------------------------------------------------------------------
    def run(self, name: str, params: dict[str, Any] | None = None) -> list[tuple]:
        """Execute a named query and return its rows (empty for statements without RETURNING)."""
        with self._lock:
            try:
                cur = self.con.execute(query(name), _params(params))
                return cur.fetchall() if cur.description else []
            except duckdb.Error as e:
                raise StoreError(f"query {name} failed: {e}") from e

    def table(self, name: str, params: dict[str, Any] | None = None) -> pa.Table:
        """Execute a named query and return its result as an Arrow table: columnar, ~10× smaller in memory than
        row dicts; slice it and `to_pylist()` a part at a time."""
        with self._lock:
            try:
                return self.con.sql(query(name), params=_params(params) or None).to_arrow_table()
            except duckdb.Error as e:
                raise StoreError(f"query {name} failed: {e}") from e

    def rows(self, name: str, params: dict[str, Any] | None = None) -> list[dict]:
        """Execute a named query and return its rows as dicts."""
        with self._lock:
            try:
                cur = self.con.execute(query(name), _params(params))
                cols = [d[0] for d in cur.description]
                return [dict(zip(cols, r)) for r in cur.fetchall()]
            except duckdb.Error as e:
                raise StoreError(f"query {name} failed: {e}") from e

    def bulk(self, name: str, columns: dict[str, Sequence], extra: dict[str, Any] | None = None) -> list[tuple]:
        """Run a named statement over parallel column lists: one statement per batch.

        Two forms, chosen by the query's text. A query that reads the relation `batch` (`... FROM batch`) gets
        the columns as an Arrow table (`arrow_table`: types from `ARROW_TYPES`), `extra` as $parameters; this
        is the path of the ingestion writes (no per-value conversion; ~2 ms a statement to register the table,
        so it pays from tens of rows). Otherwise the query is of the older
        form `SELECT unnest($col) ...` and gets every column as a list parameter (~0.7 µs a value).
        DuckDB runs executemany row by row (~3 ms a row): both forms are hundreds of times faster.
        """
        lengths = {len(v) for v in columns.values()}
        if len(lengths) > 1:
            raise StoreError(f"bulk {name}: columns of unequal length {lengths}")
        if not lengths or lengths == {0}:
            return []
        if BATCH_RELATION.search(query(name)):
            return self._bulk_arrow(name, columns, extra)
        params = {k: [utc_naive(x) if isinstance(x, datetime) else x for x in v] for k, v in columns.items()}
        params.update(_params(extra))
        return self.run(name, params)

    def _bulk_arrow(self, name: str, columns: dict[str, Sequence], extra: dict[str, Any] | None) -> list[tuple]:
        """The columns as one Arrow table, registered as the relation `batch` for the statement: DuckDB scans
        Arrow buffers without converting each Python value (the unnest path costs ~0.7 µs a value)."""
        table = arrow_table(columns)
        with self._lock:
            try:
                self.con.register("batch", table)
                try:
                    cur = self.con.execute(query(name), _params(extra))
                    return cur.fetchall() if cur.description else []
                finally:
                    self.con.unregister("batch")
            except duckdb.Error as e:
                raise StoreError(f"query {name} failed: {e}") from e

    def transaction(self):
        return _Transaction(self)

    def sql(self, text: str) -> tuple[list[str], list[tuple]]:
        """Ad-hoc SQL (the `newswatch sql` command): column names and rows."""
        with self._lock:
            try:
                cur = self.con.execute(text)
            except duckdb.Error as e:
                raise StoreError(str(e).strip()) from e
            if cur.description is None:
                return [], []
            return [d[0] for d in cur.description], cur.fetchall()

    def checkpoint(self) -> None:
        with self._lock:
            self.con.execute("CHECKPOINT")

    def tables(self) -> list[str]:
        """The base tables of the main schema, by name."""
        with self._lock:
            return [r[0] for r in self.con.execute(
                "SELECT table_name FROM information_schema.tables "
                "WHERE table_schema = 'main' AND table_type = 'BASE TABLE' ORDER BY table_name").fetchall()]

    def export_parquet(self, table: str, path: str | os.PathLike) -> int:
        """COPY one table to a Parquet file (zstd); returns its row count. COPY takes no parameters, so the
        table must be one of `tables()` and the path is quoted as a literal."""
        if table not in self.tables():
            raise StoreError(f"export: no table {table!r}")
        target = str(path).replace("'", "''")
        with self._lock:
            try:
                self.con.execute(f'COPY "{table}" TO \'{target}\' (FORMAT parquet, COMPRESSION zstd)')
                return self.con.execute(f'SELECT count(*) FROM "{table}"').fetchall()[0][0]
            except duckdb.Error as e:
                raise StoreError(f"export of {table} to {path} failed: {e}") from e

    def close(self) -> None:
        with self._lock:
            self.con.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


class _Transaction:
    """BEGIN … COMMIT (ROLLBACK on error). Nested use joins the outer transaction, so a caller can group
    several writer functions (the Airflow `load` merges many staged batches) into one commit."""

    def __init__(self, store: Store):
        self.store = store

    def __enter__(self):
        self.store._lock.acquire()
        depth = getattr(self.store, "_tx_depth", 0)
        if depth == 0:
            try:
                self.store.con.execute("BEGIN")
            except BaseException:
                self.store._lock.release()
                raise
        self.store._tx_depth = depth + 1
        return self.store

    def __exit__(self, exc_type, exc, tb):
        try:
            self.store._tx_depth -= 1
            if self.store._tx_depth == 0:
                self.store.con.execute("ROLLBACK" if exc_type else "COMMIT")
        finally:
            self.store._lock.release()
        return False


def _params(params: dict[str, Any] | None) -> dict[str, Any]:
    if not params:
        return {}
    return {k: utc_naive(v) if isinstance(v, datetime) else v for k, v in params.items()}


# Arrow types of the columns `Store.bulk` passes as a table, by column name (names mean the same in every table);
# a column not listed is a string. Timestamps: aware datetimes are converted to UTC, naive ones kept (UTC).
_TS, _F64, _I32, _BOOL = pa.timestamp("us"), pa.float64(), pa.int32(), pa.bool_()
ARROW_TYPES: dict[str, pa.DataType] = {
    **dict.fromkeys(["published_at", "fetched_at", "next_fetch_at", "started_at", "next_poll_at",
                     "last_new_article_at", "first_seen_at"], _TS),
    **dict.fromkeys(["lang_prob", "value", "low", "high", "half_unit", "confidence", "duration_ms",
                     "publish_interval_s"], _F64),
    **dict.fromkeys(["fetch_attempts", "span_start", "span_end", "interval_s", "http_status", "entries_seen",
                     "entries_new", "consecutive_failures"], _I32),
    **dict.fromkeys(["enabled", "failed"], _BOOL),
    **dict.fromkeys(["interval_low", "interval_high", "change_pct"], _F64),
    **dict.fromkeys(["article_seq", "key_hash"], pa.int64()),
    "published_day": pa.date32(),
}
BATCH_RELATION = re.compile(r"\bFROM\s+batch\b", re.IGNORECASE)


def arrow_table(columns: dict[str, Sequence]) -> pa.Table:
    """Parallel column lists → a `pyarrow.Table` with the types of `ARROW_TYPES` (string by default)."""
    arrays = {}
    for name, values in columns.items():
        typ = ARROW_TYPES.get(name, pa.string())
        try:
            arrays[name] = pa.array(values, type=typ)
        except (pa.ArrowInvalid, pa.ArrowTypeError, TypeError, ValueError) as e:
            if typ == _TS:      # ISO strings (older staged batches): parse them
                try:
                    arrays[name] = pa.array([datetime.fromisoformat(v) if isinstance(v, str) else v for v in values],
                                            type=typ)
                    continue
                except (ValueError, pa.ArrowInvalid, pa.ArrowTypeError, TypeError):
                    pass
            raise StoreError(f"bulk column {name!r}: cannot be written as {typ} ({e}); "
                             "declare its type in store.ARROW_TYPES") from e
    return pa.table(arrays)


def columns_of(records: Iterable[dict], names: Sequence[str]) -> dict[str, list]:
    """[{a:1,b:2}, {a:3,b:4}] → {a:[1,3], b:[2,4]}: the shape `Store.bulk` takes (a name a record lacks: None)."""
    records = records if isinstance(records, list) else list(records)
    if not records or len(names) < 2:
        return {n: [r.get(n) for r in records] for n in names}
    try:   # speed: one itemgetter call a record, then a transpose (~2x the dict.get loops over 80k claims)
        values = list(map(operator.itemgetter(*names), records))
    except KeyError:
        return {n: [r.get(n) for r in records] for n in names}
    return dict(zip(names, map(list, zip(*values))))
