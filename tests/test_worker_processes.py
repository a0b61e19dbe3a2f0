"""Workers as real processes (`cpe-runs worker`) against the real database: killed with
-9, paused into zombies, stopped with SIGTERM, crashing on a task, many at once,
and inside `cpe-runs serve`. Nothing is lost, nothing counted twice, every run ends."""

from __future__ import annotations

import os
import signal
import subprocess
import sys

import psutil
import psycopg
import pytest

from .extractors import PID_FIELD
from .factories import runs_of
from .live import REPO_ROOT, free_port, start_live_server, start_worker, stop_process, wait_until
from .test_worker_loop import count_status, run_ended, started_run, task_running
from .test_worker_sql import task_row, terminal_status_events

FAST = {"CPE_RUNS_LEASE_SECONDS": "1.5", "CPE_RUNS_RETRY_BASE_SECONDS": "0.05"}

pytestmark = pytest.mark.slow


def assert_ended_once_with_exact_counts(conn, job_id, run_id, completed: int, failed: int):
    """The run ended once, with exact counters, one row per completed task, one next run."""
    run = run_ended(conn, run_id)
    assert run is not None
    assert (run["tasks_completed"], run["tasks_failed"]) == (completed, failed)
    assert run["tasks_total"] == completed + failed
    assert terminal_status_events(conn, run_id) == 1
    rows = conn.execute(
        "SELECT count(*), count(DISTINCT task_id) FROM result_rows WHERE run_id = %s", [run_id]
    ).fetchone()
    assert rows == (completed, completed)
    if run["status"] in ("completed", "partially_completed"):
        later = [r for r in runs_of(conn, job_id) if r["run_number"] > run["run_number"]]
        assert [(r["status"], r["append_from_run_id"]) for r in later] == [("pending", run_id)]
    return run


def test_kill_9_mid_task_and_another_worker_finishes_after_the_lease(db_url, conn, tmp_path):
    job_id, run_id = started_run(conn, [b"certificate"] * 3)
    doomed = start_worker(
        db_url, tmp_path, "slow", concurrency=3, env={**FAST, "CPE_TEST_SLEEP": "600"}
    )
    rescuer = None
    try:
        wait_until(lambda: count_status(conn, run_id, "running") == 3, 60, "all three claimed")
        extracting = extraction_processes_of(doomed.process.pid)
        assert extracting
        doomed.process.send_signal(signal.SIGKILL)
        doomed.process.wait(10)
        # Its extraction processes die with it, mid-file as they are.
        wait_until(lambda: not any(p.is_running() for p in extracting), 10, "orphans gone")
        rescuer = start_worker(db_url, tmp_path, "echo", concurrency=2, env=FAST)
        wait_until(lambda: run_ended(conn, run_id), 60, "run ends")
    finally:
        stop_process(doomed.process)
        if rescuer:
            assert rescuer.stop() == 0, rescuer.log()
    run = assert_ended_once_with_exact_counts(conn, job_id, run_id, completed=3, failed=0)
    assert run["status"] == "completed"
    assert conn.execute(
        "SELECT array_agg(DISTINCT attempts), array_agg(DISTINCT r.\"values\"->>'Provider/Sponsor')"
        " FROM extraction_tasks t JOIN result_rows r ON r.task_id = t.id WHERE t.run_id = %s",
        [run_id],
    ).fetchone() == ([2], ["echo"])


def test_a_paused_zombie_resumes_after_takeover_and_counts_for_nothing(db_url, conn, tmp_path):
    job_id, run_id = started_run(conn, [b"certificate"])
    zombie = start_worker(db_url, tmp_path, "slow", env={**FAST, "CPE_TEST_SLEEP": "2"})
    rescuer = None
    try:
        wait_until(lambda: task_running(conn, run_id), 60, "claimed by the zombie")
        zombie.process.send_signal(signal.SIGSTOP)  # no heartbeat: the lease runs out
        rescuer = start_worker(db_url, tmp_path, "echo", env=FAST)
        wait_until(lambda: run_ended(conn, run_id), 60, "run ends")
        zombie.process.send_signal(signal.SIGCONT)
        line = wait_until(lambda: outcome_line(zombie.log()), 60, "the zombie's outcome")
        assert any(f"outcome={o}" in line for o in ("lost", "duplicate", "stale_attempt")), line
    finally:
        zombie.process.send_signal(signal.SIGCONT)
        zombie.stop()
        if rescuer:
            rescuer.stop()
    assert_ended_once_with_exact_counts(conn, job_id, run_id, completed=1, failed=0)
    assert conn.execute(
        "SELECT array_agg(\"values\"->>'Provider/Sponsor') FROM result_rows WHERE run_id = %s",
        [run_id],
    ).fetchone() == (["echo"],)


def extraction_processes_of(pid: int) -> list[psutil.Process]:
    return [
        child
        for child in psutil.Process(pid).children(recursive=True)
        if "cpe_runs.worker.child" in " ".join(child.cmdline())
    ]


def outcome_line(log: str) -> str | None:
    return next((line for line in log.splitlines() if "task_outcome" in line), None)


def test_always_raising_and_refused_files_end_the_run(db_url, conn, tmp_path):
    job_id, run_id = started_run(conn, [b"raise:service down", b"reject:not a certificate", b"ok"])
    worker = start_worker(db_url, tmp_path, "steered", concurrency=3, env=FAST)
    try:
        wait_until(lambda: run_ended(conn, run_id), 60, "run ends")
    finally:
        assert worker.stop() == 0, worker.log()
    run = assert_ended_once_with_exact_counts(conn, job_id, run_id, completed=1, failed=2)
    assert run["status"] == "partially_completed"
    errors = dict(
        conn.execute(
            "SELECT f.error, t.attempts FROM source_files f JOIN extraction_tasks t"
            " ON t.file_id = f.id WHERE f.run_id = %s AND f.status = 'failed'",
            [run_id],
        ).fetchall()
    )
    # Retried up to max_attempts; refused at once.
    assert errors == {"RuntimeError: service down": 3, "not a certificate": 1}
    assert worker.log().count("outcome=retrying") == 2


def test_1000_tasks_across_3_runs_and_4_worker_processes(db_url, conn, tmp_path):
    workers = [start_worker(db_url, tmp_path, "echo", concurrency=8, env=FAST) for _ in range(4)]
    try:
        # Every worker up before the work comes: batched, 1,000 fast files may all be
        # done before a worker that starts late (a loaded machine) claims any.
        wait_until(
            lambda: all(" started: " in worker.log() for worker in workers), 60, "workers up"
        )
        sheets = [started_run(conn, [b"certificate"] * n) for n in (334, 333, 333)]
        wait_until(
            lambda: all(run_ended(conn, run_id) for _, run_id in sheets), 180, "all runs end"
        )
    finally:
        codes = [worker.stop() for worker in workers]
    assert codes == [0, 0, 0, 0]
    for (job_id, run_id), total in zip(sheets, (334, 333, 333), strict=True):
        run = assert_ended_once_with_exact_counts(conn, job_id, run_id, completed=total, failed=0)
        assert run["status"] == "completed"
    assert conn.execute("SELECT max(attempts) FROM extraction_tasks").fetchone() == (1,)
    # The work was shared: every worker process completed some of it.
    assert all(worker.log().count("outcome=completed") > 0 for worker in workers)


def test_sigterm_mid_work_exits_0_and_loses_and_double_counts_nothing(db_url, conn, tmp_path):
    job_id, run_id = started_run(conn, [b"sleep:0.3"] * 4 + [b"hang"] * 4)
    first = start_worker(
        db_url,
        tmp_path,
        "steered",
        concurrency=8,
        env={**FAST, "CPE_RUNS_SHUTDOWN_TIMEOUT": "3", "CPE_RUNS_EXTRACTION_PROCESSES": "8"},
    )
    second = None
    try:
        wait_until(lambda: count_status(conn, run_id, "running") == 8, 60, "all eight claimed")
        assert first.stop(signal.SIGTERM, timeout=30) == 0, first.log()
        # Finished within the timeout, or handed back with the attempt not counted.
        tasks = conn.execute(
            "SELECT f.name, t.status, t.attempts FROM extraction_tasks t"
            " JOIN source_files f ON f.id = t.file_id WHERE t.run_id = %s",
            [run_id],
        ).fetchall()
        assert sorted((status, attempts) for _, status, attempts in tasks) == (
            [("completed", 1)] * 4 + [("queued", 0)] * 4
        )
        assert first.log().count("outcome=released") == 4
        second = start_worker(db_url, tmp_path, "echo", concurrency=4, env=FAST)
        wait_until(lambda: run_ended(conn, run_id), 60, "run ends")
    finally:
        first.stop(signal.SIGKILL)
        if second:
            assert second.stop() == 0, second.log()
    run = assert_ended_once_with_exact_counts(conn, job_id, run_id, completed=8, failed=0)
    assert run["status"] == "completed"


def test_a_file_that_kills_its_extraction_process_fails_and_the_worker_lives(
    db_url, conn, tmp_path
):
    job_id, run_id = started_run(conn, [b"crash", b"ok"])
    worker = start_worker(db_url, tmp_path, "steered", concurrency=1, env=FAST)
    try:
        wait_until(lambda: run_ended(conn, run_id), 60, "run ends")
        assert worker.process.poll() is None, worker.log()
    finally:
        assert worker.stop() == 0, worker.log()
    run = assert_ended_once_with_exact_counts(conn, job_id, run_id, completed=1, failed=1)
    assert run["status"] == "partially_completed"
    (crashing,) = conn.execute(
        "SELECT t.id FROM extraction_tasks t JOIN source_files f ON f.id = t.file_id"
        " WHERE t.run_id = %s AND f.name = 'certificate-0.txt'",
        [run_id],
    ).fetchone()
    task = task_row(conn, crashing)
    assert (task["status"], task["attempts"]) == ("failed", 3)
    assert task["file_error"] == "the extraction process died (exit status 3)"
    assert worker.log().count("outcome=retrying") == 2


def test_serve_with_workers_extracts_a_started_run(db_url, conn, tmp_path):
    server = start_live_server(
        db_url,
        tmp_path,
        args=("--workers", "2", "--token-for", ""),
        env={"CPE_RUNS_EXTRACTOR": "tests.extractors:echo", "PYTHONPATH": str(REPO_ROOT)},
    )
    try:
        job_id, run_id = started_run(conn, [b"certificate"] * 5)
        wait_until(lambda: run_ended(conn, run_id), 60, "run ends")
    finally:
        assert server.stop() == 0, server.log()
    run = assert_ended_once_with_exact_counts(conn, job_id, run_id, completed=5, failed=0)
    assert run["status"] == "completed"
    assert "task_outcome" in server.log()
    # Extracted in the server's extraction processes, never in the server itself.
    extracted_by = conn.execute(
        'SELECT array_agg(DISTINCT "values"->>%s) FROM result_rows WHERE run_id = %s',
        [PID_FIELD, run_id],
    ).fetchone()[0]
    assert extracted_by and str(server.process.pid) not in extracted_by


def test_serve_hands_unfinished_tasks_back_when_it_stops(db_url, conn, tmp_path):
    _, run_id = started_run(conn, [b"hang"])
    server = start_live_server(
        db_url,
        tmp_path,
        args=("--workers", "1", "--token-for", ""),
        env={
            **FAST,
            "CPE_RUNS_EXTRACTOR": "tests.extractors:steered",
            "CPE_RUNS_SHUTDOWN_TIMEOUT": "0.5",
            "PYTHONPATH": str(REPO_ROOT),
        },
    )
    try:
        wait_until(lambda: task_running(conn, run_id), 60, "claimed by the server's worker")
    finally:
        assert server.stop() == 0, server.log()
    task = conn.execute(
        "SELECT status, attempts FROM extraction_tasks WHERE run_id = %s", [run_id]
    ).fetchone()
    assert task == ("queued", 0)
    assert "outcome=released" in server.log()


def test_worker_refuses_an_unmigrated_database(pg_server, tmp_path):
    name = f"cpe_unmigrated_{os.getpid()}"
    admin_url = pg_server.url("postgres")
    with psycopg.connect(admin_url, autocommit=True) as admin:
        admin.execute(f"DROP DATABASE IF EXISTS {name}")
        admin.execute(f"CREATE DATABASE {name}")
    try:
        done = worker_command(pg_server.url(name), tmp_path)
    finally:
        with psycopg.connect(admin_url, autocommit=True) as admin:
            admin.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
    assert done.returncode == 1
    assert "not migrated" in done.stderr and "run `cpe-runs migrate` first" in done.stderr


def test_worker_concurrency_below_one_is_refused(db_url, tmp_path):
    done = worker_command(db_url, tmp_path, "--concurrency", "0")
    assert done.returncode == 1 and "--concurrency must be at least 1" in done.stderr


def test_worker_says_when_it_cannot_reach_the_database(tmp_path):
    nowhere = f"postgresql://nobody@127.0.0.1:{free_port()}/nothing"
    done = worker_command(nowhere, tmp_path)
    assert done.returncode == 1 and "cannot reach the database" in done.stderr, done.stderr


def worker_command(database_url: str, cwd, *args: str) -> subprocess.CompletedProcess:
    """`cpe-runs worker ARGS` run to its end (for the ways it refuses to start)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("CPE_RUNS_")}
    env["CPE_RUNS_DATABASE_URL"] = database_url
    return subprocess.run(
        [sys.executable, "-m", "cpe_runs.cli", "worker", *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
