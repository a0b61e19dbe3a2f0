"""What operators watch: the queue by age, runs by status, live workers
(monitoring.py), and `cpe-runs status`, which prints them."""

from __future__ import annotations

import os
import subprocess
import sys

import psycopg

from cpe_runs import monitoring

from .factories import add_file, make_sheet, start, started_sheet


def _queue(conn: psycopg.Connection) -> None:
    """Two tasks running for 90 s; three queued: due 20 min ago, now, and in a minute."""
    running = started_sheet(conn, files=2)
    conn.execute(
        "UPDATE extraction_tasks SET started_at = now() - interval '90 seconds' WHERE run_id = %s",
        [running["run_id"]],
    )
    job_id, run_id = make_sheet(conn)
    for n in range(3):
        add_file(conn, job_id, run_id, name=f"queued-{n}.txt")
    start(conn, job_id)
    ids = [
        r[0]
        for r in conn.execute(
            "SELECT id FROM extraction_tasks WHERE run_id = %s ORDER BY id", [run_id]
        )
    ]
    for task_id, due in zip(ids, ("-20 minutes", "0 seconds", "1 minute"), strict=True):
        conn.execute(
            "UPDATE extraction_tasks SET run_after = now() + %s::interval WHERE id = %s",
            [due, task_id],
        )


def _status(url: str, workdir) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith("CPE_RUNS_")}
    return subprocess.run(
        [sys.executable, "-m", "cpe_runs.cli", "status"],
        env={**env, "CPE_RUNS_DATABASE_URL": url},
        cwd=workdir,
        capture_output=True,
        text=True,
        timeout=60,
    )


async def test_task_states_count_by_age(conn, aconn):
    _queue(conn)
    states = await monitoring.task_states(aconn)
    queued, running = states["queued"], states["running"]
    assert (queued.tasks, running.tasks) == (3, 2)
    assert 1195 < queued.oldest_seconds < 1300
    assert 89 < running.oldest_seconds < 120
    bounds = dict(zip(monitoring.AGE_BUCKETS, queued.by_age, strict=True))
    # Not yet due counts as age 0; the one due 20 minutes ago is past 300 s.
    assert bounds[1.0] == 2 and bounds[300.0] == 2 and bounds[1800.0] == 3
    assert dict(zip(monitoring.AGE_BUCKETS, running.by_age, strict=True))[60.0] == 0
    assert running.by_age[-1] == 2


async def test_runs_by_status_names_every_status(conn, aconn):
    _queue(conn)
    runs = await monitoring.runs_by_status(aconn)
    assert runs["in_progress"] == 2
    assert set(runs) == {
        "pending",
        "in_progress",
        "completed",
        "partially_completed",
        "failed",
        "cancelled",
    }


def test_status_prints_database_migrations_workers_queue_and_runs(db_url, conn, connect, tmp_path):
    _queue(conn)
    connect(application_name=monitoring.WORKER_APPLICATION_NAME + "host:42:abc")
    done = _status(db_url, tmp_path)
    assert done.returncode == 0, done.stderr
    lines = dict(line.split(None, 1) for line in done.stdout.splitlines())
    assert list(lines) == ["database", "migrations", "workers", "tasks", "runs"]
    assert "(PostgreSQL 1" in lines["database"]
    assert lines["migrations"].endswith(" applied, 0 pending")
    assert lines["workers"] == "1 alive: host:42:abc"
    assert lines["tasks"].startswith("3 queued (oldest 12")
    assert "2 running (oldest 9" in lines["tasks"]
    assert lines["runs"].startswith("2 in progress (")


def test_status_names_pending_migrations(empty_db, tmp_path):
    done = _status(empty_db, tmp_path)
    assert done.returncode == 1
    assert done.stdout.splitlines()[1].startswith("migrations  0 applied, ")
    assert done.stderr.startswith("cpe-runs: error: not migrated (0001_foundation, ")
    assert done.stderr.endswith("run `cpe-runs migrate`\n")
