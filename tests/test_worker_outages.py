"""Workers against a database that goes away: `cpe-runs worker` processes and the
in-process workers of `cpe-runs serve` ride out PostgreSQL restarts without exiting,
and every run still ends once with exact counters."""

from __future__ import annotations

import time

import asyncpg
import httpx
import psycopg
import pytest

from cpe_runs import db

from .live import REPO_ROOT, start_live_server, start_worker, wait_until
from .test_stream_resilience import restartable_postgres  # noqa: F401 (a fixture)
from .test_worker_loop import run_ended, started_run
from .test_worker_processes import assert_ended_once_with_exact_counts

# Leases far longer than an outage: a restart must cost no attempt.
STEADY = {"CPE_RUNS_LEASE_SECONDS": "20", "CPE_RUNS_RETRY_BASE_SECONDS": "0.05"}


def completed_so_far(url: str, run_id) -> int:
    try:
        with psycopg.connect(url, autocommit=True, connect_timeout=2) as conn:
            return conn.execute(
                "SELECT tasks_completed FROM job_runs WHERE id = %s", [run_id]
            ).fetchone()[0]
    except psycopg.OperationalError:
        return -1


@pytest.mark.slow
def test_workers_and_serve_ride_out_database_restarts(restartable_postgres, tmp_path):  # noqa: F811
    pg, url = restartable_postgres
    files = 240
    with psycopg.connect(url, autocommit=True) as conn:
        job_id, run_id = started_run(conn, [b"sleep:0.05"] * files)
    workers = [start_worker(url, tmp_path, "steered", concurrency=4, env=STEADY) for _ in range(2)]
    server = start_live_server(
        url,
        tmp_path,
        args=("--workers", "2", "--token-for", ""),
        env={
            **STEADY,
            "CPE_RUNS_EXTRACTOR": "tests.extractors:steered",
            "PYTHONPATH": str(REPO_ROOT),
        },
    )
    processes = [w.process for w in workers] + [server.process]
    try:
        for restart in range(3):
            # Restart while tasks are being claimed, extracted and reported.
            wait_until(
                lambda n=restart: completed_so_far(url, run_id) >= 30 * (n + 1),
                120,
                f"progress before restart {restart + 1}",
            )
            pg.stop()
            time.sleep(0.5)
            pg.acquire()
            assert [p.poll() for p in processes] == [None] * len(processes), (
                "\n".join(w.log() for w in workers) + server.log()
            )
        with psycopg.connect(url, autocommit=True) as conn:
            wait_until(lambda: run_ended(conn, run_id), 180, "run ends")
            assert [p.poll() for p in processes] == [None] * len(processes)
            assert httpx.get(server.base_url + "/api/health", timeout=5).status_code == 200
            assert_ended_once_with_exact_counts(conn, job_id, run_id, completed=files, failed=0)
    finally:
        codes = [w.stop() for w in workers] + [server.stop()]
    worker_logs = "\n".join(w.log() for w in workers)
    assert codes == [0, 0, 0], worker_logs + server.log()
    assert "Traceback" not in worker_logs
    # Connection errors were waited out, never taken for a worker's bug.
    assert "unexpected error in the worker" not in worker_logs + server.log()
    assert "the in-process worker stopped" not in server.log()


async def test_a_connection_an_error_left_mid_operation_is_dropped_not_pooled(db_url):
    pool = await db.create_pool(db_url, min_size=0, max_size=1, reset=False)
    try:
        async with db.acquire(pool) as conn:
            first = await conn.fetchval("SELECT pg_backend_pid()")
        # What asyncpg raises on a connection a restart left mid-operation.
        with pytest.raises(asyncpg.InternalClientError):
            async with db.acquire(pool) as conn:
                raise asyncpg.InternalClientError(
                    "cannot switch to state 12; another operation (2) is in progress"
                )
        async with db.acquire(pool) as conn:
            second = await conn.fetchval("SELECT pg_backend_pid()")
        assert second != first
        # The server ends the session under a running query, as a restart does.
        with pytest.raises(db.CONNECTION_ERRORS):
            async with db.acquire(pool) as conn:
                await conn.fetchval(
                    "SELECT pg_terminate_backend(pg_backend_pid()) FROM pg_sleep(0.01)"
                )
        async with db.acquire(pool) as conn:
            assert await conn.fetchval("SELECT pg_backend_pid()") not in (first, second)
    finally:
        pool.terminate()
