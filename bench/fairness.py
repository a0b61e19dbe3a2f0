"""Fair scheduling: how long a 1-file batch waits for a slot while another user's
1,000-file batch keeps every slot busy.

One `cpe-runs worker --concurrency 2` (2 slots) extracts Alice's big batch with an
extractor that takes a steady time per file; meanwhile Bob starts 1-file batches,
one after the other. A batch's wait runs from its start_run (the run's started_at)
to the claim of its file (the task's started_at): both the database's clock. First
come, first served would make each of Bob's files wait for the rest of Alice's
batch; that wait is the reference.
"""

from __future__ import annotations

import random
import time
from dataclasses import dataclass
from pathlib import Path

import psycopg
from tests.factories import add_file, make_sheet, make_user

from .processes import ProcessGroup, bench_env, console_script, wait_until

EXTRACTOR = "bench.steady_extractor:extract"
SLOTS = 2
TASK_SECONDS = 0.1


@dataclass(frozen=True, slots=True)
class Fairness:
    big_batch: int
    waits_ms: list[float]
    # What first come, first served would have made each small batch wait: the big
    # batch's files still queued when it started, times the time per file per slot.
    fifo_waits_ms: list[float]


def measure(url: str, *, big_batch: int, samples: int, logdir: Path) -> Fairness:
    env = bench_env(
        {
            "CPE_RUNS_DATABASE_URL": url,
            "CPE_RUNS_EXTRACTOR": EXTRACTOR,
            "CPE_RUNS_LOG_LEVEL": "WARNING",
            "BENCH_TASK_SECONDS": str(TASK_SECONDS),
        }
    )
    argv = [console_script("cpe-runs"), "worker", "--concurrency", str(SLOTS)]
    with psycopg.connect(url, autocommit=True) as conn, ProcessGroup(argv, 1, env, logdir) as group:
        alice = make_user(conn, "alice@fairness.bench.example")
        bob = make_user(conn, "bob@fairness.bench.example")
        big_job, big_run = make_sheet(conn, user_id=alice, name="big batch")
        conn.execute(
            "WITH f AS ("
            "  INSERT INTO source_files (job_id, run_id, name, content_type, size_bytes)"
            "  SELECT %s, %s, format('certificate-%%s.txt', n), 'text/plain', 1"
            "    FROM generate_series(1, %s) AS n RETURNING id"
            ") INSERT INTO file_chunks (file_id, chunk_no, data) SELECT id, 0, 'x' FROM f",
            [big_job, big_run, big_batch],
        )
        conn.execute("SELECT start_run(%s)", [big_job])
        wait_until(
            lambda: _count(conn, big_run, "completed") >= SLOTS,
            timeout=60,
            what="the worker to extract the big batch",
            check=group.check_alive,
        )
        waits, fifo = [], []
        try:
            for n in range(samples):
                queued = _count(conn, big_run, "queued")
                if queued < SLOTS * 10:
                    raise RuntimeError("the big batch ran out before the samples were taken")
                waits.append(_small_batch_wait(conn, group, bob, n))
                fifo.append(queued * TASK_SECONDS * 1000 / SLOTS)
                time.sleep(random.uniform(0, TASK_SECONDS))  # land anywhere in a task
        finally:
            conn.execute("SELECT cancel_run(%s)", [big_run])
    return Fairness(big_batch, waits, fifo)


def _small_batch_wait(conn, group: ProcessGroup, bob, n: int) -> float:
    job_id, run_id = make_sheet(conn, user_id=bob, name=f"small batch {n}")
    add_file(conn, job_id, run_id, name="certificate.txt", data=b"x")
    conn.execute("SELECT start_run(%s)", [job_id])
    waited: list[float] = []

    def claimed() -> bool:
        row = conn.execute(
            "SELECT extract(epoch FROM t.started_at - r.started_at) * 1000"
            " FROM extraction_tasks t JOIN job_runs r ON r.id = t.run_id"
            " WHERE t.run_id = %s AND t.started_at IS NOT NULL",
            [run_id],
        ).fetchone()
        if row:
            waited.append(float(row[0]))
        return bool(row)

    wait_until(claimed, timeout=120, what="the small batch's claim", check=group.check_alive)
    wait_until(
        lambda: _count(conn, run_id, "completed") == 1,
        timeout=60,
        what="the small batch to end",
        check=group.check_alive,
    )
    return waited[0]


def _count(conn, run_id, status: str) -> int:
    return conn.execute(
        "SELECT count(*) FROM extraction_tasks WHERE run_id = %s AND status = %s",
        [run_id, status],
    ).fetchone()[0]
