"""The only place that wires I/O to the pure steps. The CLI and the DAGs call it; one module per use:

    work      workers of a run: feed polls, page fetches (reading a page: pipeline.reading; in processes:
              pipeline.workers)
    write     the writer: feeds, polls, articles, pages and their claims
    run       the CLI's run (poll → fetch → extract → store → ledger), reprocess, the feeds report
    ledger    the claim ledger and alerts: compare, deliver, replay, mutes, reports
    dagsteps  the Airflow DAGs' steps: staged batches, one idempotent load, maintenance
"""
from __future__ import annotations

from ..reading import (  # noqa: F401
    PERMANENT_4XX,
    PageOutcome,
    read_page,
    CLAIM_COLUMNS,
    claim_records,
    read_claims,
)
from .work import (  # noqa: F401
    Progress,
    PAGE_BATCH,
    PAGE_FLUSH_S,
    POLL_BATCH,
    utcnow,
    PollOutcome,
    poll_feed,
    process_page,
    rules_version,
    replace_claims,
)
from .write import (  # noqa: F401
    sync_feeds,
    feed_states,
    record_poll,
    record_polls,
    record_pages,
)
from .run import (  # noqa: F401
    make_fetcher,
    run_once,
    reprocess,
    feeds_report,
)
from .ledger import (  # noqa: F401
    update_ledger,
    deliver_pending,
    send_operational_alert,
    after_run,
    replay,
    alerts_report,
    timeline,
    mute,
    mutes,
)
from .dagsteps import (  # noqa: F401
    feed_record,
    due_feeds,
    poll_to_stage,
    plan_fetch,
    fetch_to_stage,
    load_staged,
    claims_and_ledger,
    deliver_alerts,
    notify_task_failure,
    checkpoint_db,
    export_parquet,
    prune_old,
    maintenance,
)
