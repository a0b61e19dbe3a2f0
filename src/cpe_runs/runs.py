"""The run lifecycle, as the API and the workers call it.

Every rule lives in SQL (sql/0002_run_lifecycle.sql); these functions are the
one place Python calls them, and they turn database errors into the classes of
`cpe_runs.errors`.
"""

from __future__ import annotations

import enum
import json
import uuid
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from functools import wraps
from typing import Any, ParamSpec, TypeVar

import asyncpg

from .errors import translate

P = ParamSpec("P")
T = TypeVar("T")


class RunStatus(enum.StrEnum):
    """Mirrors the SQL enum run_status (a test keeps them equal)."""

    PENDING = "pending"
    IN_PROGRESS = "in_progress"
    COMPLETED = "completed"
    PARTIALLY_COMPLETED = "partially_completed"
    FAILED = "failed"
    CANCELLED = "cancelled"

    @property
    def is_terminal(self) -> bool:
        return self not in (RunStatus.PENDING, RunStatus.IN_PROGRESS)


class CompletionOutcome(enum.StrEnum):
    """What increment_task_completion did with a report."""

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


def _translated(fn: Callable[P, Awaitable[T]]) -> Callable[P, Awaitable[T]]:
    @wraps(fn)
    async def wrapper(*args: P.args, **kwargs: P.kwargs) -> T:
        try:
            return await fn(*args, **kwargs)
        except asyncpg.PostgresError as exc:
            translated = translate(exc)
            if translated is exc:
                raise
            raise translated from exc

    return wrapper


@_translated
async def ensure_editable_run(conn: asyncpg.Connection, job_id: uuid.UUID) -> asyncpg.Record:
    """The sheet's pending run, created on demand; RunInProgress while one runs."""
    return await conn.fetchrow("SELECT * FROM ensure_editable_run($1)", job_id)


@_translated
async def start_run(
    conn: asyncpg.Connection, job_id: uuid.UUID, *, max_attempts: int = 3
) -> asyncpg.Record:
    """Queue one task per new file of the editable run and set it in_progress."""
    return await conn.fetchrow("SELECT * FROM start_run($1, $2)", job_id, max_attempts)


@_translated
async def cancel_run(conn: asyncpg.Connection, run_id: uuid.UUID) -> asyncpg.Record:
    return await conn.fetchrow("SELECT * FROM cancel_run($1)", run_id)


@_translated
async def latest_run(conn: asyncpg.Connection, job_id: uuid.UUID) -> asyncpg.Record | None:
    row = await conn.fetchrow("SELECT * FROM latest_run($1)", job_id)
    return row if row is not None and row["id"] is not None else None


@_translated
async def increment_task_completion(
    conn: asyncpg.Connection,
    task_id: uuid.UUID,
    attempt: int,
    *,
    rows: Sequence[dict[str, Any]] = (),
    error: str | None = None,
) -> Completion:
    """Report one task's outcome for one attempt (idempotent; see the SQL function)."""
    record = await conn.fetchrow(
        "SELECT * FROM increment_task_completion($1, $2, $3::jsonb, $4)",
        task_id,
        attempt,
        json.dumps(list(rows)),
        error,
    )
    status = record["run_status"]
    return Completion(
        CompletionOutcome(record["outcome"]),
        record["run_id"],
        RunStatus(status) if status is not None else None,
    )


@_translated
async def read_run_events(
    conn: asyncpg.Connection, after: int, limit: int = 1000
) -> list[asyncpg.Record]:
    """Final events after seq `after`, in order (safe to resume from the last seq)."""
    return await conn.fetch("SELECT * FROM read_run_events($1, $2)", after, limit)


@_translated
async def prune_run_events(conn: asyncpg.Connection, keep_seconds: float) -> int:
    return await conn.fetchval(
        "SELECT prune_run_events(make_interval(secs => $1))", float(keep_seconds)
    )
