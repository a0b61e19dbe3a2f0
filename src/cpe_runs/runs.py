"""The run lifecycle, as the API and the workers call it.

Every rule lives in SQL (sql/0002_run_lifecycle.sql); these functions are the
one place Python calls them, and they turn database errors into the classes of
`cpe_runs.errors`.
"""

from __future__ import annotations

import enum
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import asyncpg
import msgspec

from .errors import translated


class RunStatus(enum.StrEnum):
    """Mirrors the SQL enum run_status (a test keeps them equal)."""

    PENDING = "pending"
    IN_PROGRESS = "in_progress"
    COMPLETED = "completed"
    PARTIALLY_COMPLETED = "partially_completed"
    FAILED = "failed"
    CANCELLED = "cancelled"


class CompletionOutcome(enum.StrEnum):
    """What increment_task_completions did with each report."""

    COMPLETED = "completed"
    FAILED = "failed"
    DUPLICATE = "duplicate"
    STALE_ATTEMPT = "stale_attempt"
    RUN_NOT_IN_PROGRESS = "run_not_in_progress"
    UNKNOWN_TASK = "unknown_task"

    @property
    def counted(self) -> bool:
        return self in (CompletionOutcome.COMPLETED, CompletionOutcome.FAILED)


@dataclass(frozen=True, slots=True)
class Completion:
    outcome: CompletionOutcome
    run_id: uuid.UUID | None
    run_status: RunStatus | None


_OUTCOMES = {outcome.value: outcome for outcome in CompletionOutcome}
_STATUSES: dict[str | None, RunStatus | None] = {s.value: s for s in RunStatus} | {None: None}


def _completion(record: asyncpg.Record) -> Completion:
    # Looked up rather than built: an enum's constructor costs a microsecond an outcome.
    return Completion(
        _OUTCOMES[record["outcome"]], record["run_id"], _STATUSES[record["run_status"]]
    )


@translated
async def ensure_editable_run(conn: asyncpg.Connection, job_id: uuid.UUID) -> asyncpg.Record:
    """The sheet's pending run, created on demand; RunInProgress while one runs."""
    return await conn.fetchrow("SELECT * FROM ensure_editable_run($1)", job_id)


@translated
async def start_run(
    conn: asyncpg.Connection, job_id: uuid.UUID, *, max_attempts: int = 3
) -> asyncpg.Record:
    """Queue one task per new file of the editable run and set it in_progress."""
    return await conn.fetchrow("SELECT * FROM start_run($1, $2)", job_id, max_attempts)


@translated
async def cancel_run(conn: asyncpg.Connection, run_id: uuid.UUID) -> asyncpg.Record:
    return await conn.fetchrow("SELECT * FROM cancel_run($1)", run_id)


@translated
async def read_run_events(
    conn: asyncpg.Connection, after: int, limit: int = 1000
) -> list[asyncpg.Record]:
    """Final events after seq `after`, in order (safe to resume from the last seq)."""
    return await conn.fetch("SELECT * FROM read_run_events($1, $2)", after, limit)


@translated
async def prune_run_events(conn: asyncpg.Connection, keep_seconds: float) -> int:
    return await conn.fetchval(
        "SELECT prune_run_events(make_interval(secs => $1))", float(keep_seconds)
    )


# -- workers (sql/0004_workers.sql) ------------------------------------------------


@dataclass(frozen=True, slots=True)
class ClaimedTask:
    """One claimed attempt at a task: what a worker needs to extract and report it."""

    task_id: uuid.UUID
    run_id: uuid.UUID
    job_id: uuid.UUID
    file_id: uuid.UUID
    attempt: int
    file_name: str
    content_type: str
    template_id: uuid.UUID | None
    # The file's bytes when they came with the claim (small, intact files).
    data: bytes | None = None


@dataclass(frozen=True, slots=True)
class TaskReport:
    """The outcome of one attempt: its rows, or the error that fails the task."""

    task_id: uuid.UUID
    attempt: int
    rows: Sequence[dict[str, Any]] = ()
    error: str | None = None


_reports_encoder = msgspec.json.Encoder()


def _pairs(held: Sequence[tuple[uuid.UUID, int]]) -> tuple[list[uuid.UUID], list[int]]:
    return [task_id for task_id, _ in held], [attempt for _, attempt in held]


# A file's bytes come with its claim up to this size at most (a round trip less per
# task); larger ones are read when they start (read_file_bytes).
INLINE_MAX_BYTES = 1024 * 1024


@translated
async def claim_tasks(
    conn: asyncpg.Connection,
    worker_id: str,
    limit: int,
    lease_seconds: float,
    inline_bytes: int = INLINE_MAX_BYTES,
) -> list[ClaimedTask]:
    """Claim up to `limit` ready tasks (SKIP LOCKED), each a new attempt under a lease;
    the bytes of files up to `inline_bytes` come along."""
    records = await conn.fetch(
        "SELECT * FROM claim_tasks($1, $2, $3, $4)",
        worker_id,
        limit,
        float(lease_seconds),
        inline_bytes,
    )
    return [ClaimedTask(*record.values()) for record in records]


@translated
async def renew_leases(
    conn: asyncpg.Connection,
    worker_id: str,
    held: Sequence[tuple[uuid.UUID, int]],
    lease_seconds: float,
) -> set[uuid.UUID]:
    """Extend the leases of (task, attempt) pairs; returns the tasks still held."""
    ids, attempts = _pairs(held)
    records = await conn.fetch(
        "SELECT * FROM renew_leases($1, $2, $3, $4)",
        worker_id,
        ids,
        attempts,
        float(lease_seconds),
    )
    return {record[0] for record in records}


@translated
async def retry_task(
    conn: asyncpg.Connection, task_id: uuid.UUID, attempt: int, error: str, delay_seconds: float
) -> Completion | None:
    """Requeue the task after `delay_seconds` (None), or after its last attempt fail it
    with `error`: then the Completion says what increment_task_completion did."""
    record = await conn.fetchrow(
        "SELECT * FROM retry_task($1, $2, $3, $4)", task_id, attempt, error, float(delay_seconds)
    )
    return None if record["outcome"] == "retrying" else _completion(record)


@translated
async def release_tasks(
    conn: asyncpg.Connection, held: Sequence[tuple[uuid.UUID, int]]
) -> set[uuid.UUID]:
    """Hand unfinished tasks back (the attempt does not count); returns those released."""
    ids, attempts = _pairs(held)
    records = await conn.fetch("SELECT * FROM release_tasks($1, $2)", ids, attempts)
    return {record[0] for record in records}


@translated
async def increment_task_completions(
    conn: asyncpg.Connection, reports: Sequence[TaskReport]
) -> dict[uuid.UUID, Completion]:
    """Report many outcomes in one transaction; each goes through increment_task_completion."""
    # [{"task_id", "attempt", "rows", "error"}, ...]: TaskReport's fields, encoded by
    # msgspec at a seventh of json's cost (a hot path: every outcome passes here).
    payload = _reports_encoder.encode(list(reports)).decode()
    records = await conn.fetch("SELECT * FROM increment_task_completions($1::jsonb)", payload)
    return {record["task_id"]: _completion(record) for record in records}


async def report_and_claim(
    conn: asyncpg.Connection,
    reports: Sequence[TaskReport],
    worker_id: str,
    limit: int,
    lease_seconds: float,
) -> tuple[dict[uuid.UUID, Completion], list[ClaimedTask]]:
    """Report outcomes and claim up to `limit` new tasks in one transaction.

    Every worker transaction writes events and so sends NOTIFY, and PostgreSQL
    serialises the commits of notifying transactions: one commit for a finished
    batch and its replacements instead of two doubles what a worker gets through.
    """
    async with conn.transaction():
        done = await increment_task_completions(conn, reports)
        claimed = await claim_tasks(conn, worker_id, limit, lease_seconds) if limit > 0 else []
    return done, claimed


@translated
async def read_file_bytes(conn: asyncpg.Connection, file_id: uuid.UUID) -> bytes:
    """The file's bytes; FileUnreadable when they are missing or damaged."""
    return await conn.fetchval("SELECT read_file_bytes($1)", file_id)


@translated
async def stored_file(conn: asyncpg.Connection, file_id: uuid.UUID) -> asyncpg.Record:
    """(storage, size_bytes, sha256) of the file; NotFound when it is gone."""
    return await conn.fetchrow("SELECT * FROM stored_file($1)", file_id)


@translated
async def run_template_fields(conn: asyncpg.Connection, run_id: uuid.UUID) -> list[asyncpg.Record]:
    """(field_name, data_type, prompt, display_order) of the run's template, in order."""
    return await conn.fetch("SELECT * FROM run_template_fields($1)", run_id)


@translated
async def fail_abandoned_tasks(conn: asyncpg.Connection) -> int:
    """Fail the tasks whose lease expired on their last attempt; how many."""
    return await conn.fetchval("SELECT fail_abandoned_tasks()")


@translated
async def fold_pending_run_counts(conn: asyncpg.Connection) -> int:
    """Fold the run counts that reports left as deltas (sql/0019); how many runs."""
    return await conn.fetchval("SELECT fold_pending_run_counts()")


@translated
async def next_task_due(conn: asyncpg.Connection) -> float | None:
    """Seconds until a delayed retry or a lease falls due; None when nothing will."""
    return await conn.fetchval("SELECT next_task_due()")
