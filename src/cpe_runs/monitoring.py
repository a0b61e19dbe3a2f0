"""What an operator watches, read from the database: the task queue by age, runs by
status, live workers and the event log's head. `cpe-runs status` prints it and
/metrics exports it (metrics.py). These read every user's rows, so they run as the
database URL's user, not as the API role."""

from __future__ import annotations

from dataclasses import dataclass

import asyncpg

# Upper bounds (seconds) of the age buckets of queued and running tasks.
AGE_BUCKETS = (1.0, 10.0, 60.0, 300.0, 1800.0, 3600.0, 6 * 3600.0, 24 * 3600.0)
# Workers name their LISTEN session this way (worker.py), one per worker process or
# in-process worker group.
WORKER_APPLICATION_NAME = "cpe_runs worker "


@dataclass(frozen=True, slots=True)
class TaskState:
    """Tasks in one state: how many, the oldest's age, and how many are at most each
    bound of AGE_BUCKETS old (cumulative, as Prometheus buckets are)."""

    state: str
    tasks: int
    oldest_seconds: float
    age_sum_seconds: float
    by_age: tuple[int, ...]


async def task_states(conn: asyncpg.Connection) -> dict[str, TaskState]:
    """Queued tasks aged from when they became due, running ones from their claim.
    (One branch per state, so that each reads its partial index, not the table.)"""
    rows = await conn.fetch(
        """
        SELECT status, width_bucket(age, $1::float8[]) AS bucket, count(*) AS tasks,
               max(age) AS oldest, sum(age) AS age_sum
          FROM (SELECT 'queued' AS status,
                       greatest(0, extract(epoch FROM now() - run_after))::float8 AS age
                  FROM extraction_tasks WHERE status = 'queued'
                UNION ALL
                SELECT 'running',
                       greatest(0, extract(epoch FROM now() - coalesce(started_at, created_at)))
                  FROM extraction_tasks WHERE status = 'running') t
         GROUP BY 1, 2
        """,
        list(AGE_BUCKETS),
    )
    states = {}
    for state in ("queued", "running"):
        mine = [r for r in rows if r["status"] == state]
        # width_bucket: bucket i holds ages in [bound i-1, bound i); 0 below the first.
        by_age = tuple(
            sum(r["tasks"] for r in mine if r["bucket"] <= i) for i in range(len(AGE_BUCKETS))
        )
        states[state] = TaskState(
            state,
            sum(r["tasks"] for r in mine),
            max((r["oldest"] for r in mine), default=0.0),
            sum(r["age_sum"] for r in mine),
            by_age,
        )
    return states


async def runs_by_status(conn: asyncpg.Connection) -> dict[str, int]:
    """Every run status with its count (0 included)."""
    rows = await conn.fetch(
        "SELECT s.status::text, count(r.id) FROM unnest(enum_range(NULL::run_status)) s(status)"
        " LEFT JOIN job_runs r ON r.status = s.status GROUP BY 1 ORDER BY 1"
    )
    return {status: count for status, count in rows}


async def live_workers(conn: asyncpg.Connection) -> list[str]:
    """Ids of the workers connected now (their LISTEN sessions)."""
    rows = await conn.fetch(
        "SELECT substr(application_name, $1) FROM pg_stat_activity"
        " WHERE datname = current_database() AND application_name LIKE $2 ORDER BY 1",
        len(WORKER_APPLICATION_NAME) + 1,
        WORKER_APPLICATION_NAME + "%",
    )
    return [row[0] for row in rows]


async def newest_event_seq(conn: asyncpg.Connection) -> int:
    return await conn.fetchval("SELECT coalesce(max(seq), 0) FROM run_events")


async def events_after(conn: asyncpg.Connection, seq: int) -> tuple[int, float]:
    """How many events follow `seq`, and the age in seconds of the oldest of them."""
    count, age = await conn.fetchrow(
        "SELECT count(*), coalesce(extract(epoch FROM now() - min(created_at)), 0)::float8"
        " FROM run_events WHERE seq > $1",
        seq,
    )
    return count, age


async def ping(pool: asyncpg.Pool) -> None:
    """One round trip: returns once the database answers."""
    await pool.fetchval("SELECT 1")


async def applied_migrations(pool: asyncpg.Pool) -> set[str]:
    """The ids of the migrations applied (none when not even 0014 is)."""
    try:
        return {row[0] for row in await pool.fetch("SELECT applied_migrations()")}
    except asyncpg.UndefinedFunctionError:
        return set()
