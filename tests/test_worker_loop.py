"""The worker loop in this process (cpe_runs.worker.Worker), against the real database:
outcomes, retries with backoff, unreadable files, lost leases, LISTEN reconnects,
graceful stop. Files are extracted in the worker's extraction processes, so the
extractors are named as in CPE_RUNS_EXTRACTOR (tests/extractors.py). The crash tests
with real worker processes are in test_worker_processes.py."""

from __future__ import annotations

import asyncio
import dataclasses
import logging
import re
import time

import pytest

from cpe_runs.config import Settings
from cpe_runs.worker import Worker, retry_delay

from . import topology
from .factories import add_file, make_sheet, run_row
from .live import free_port
from .test_worker_sql import expire_leases, task_row, terminal_status_events


def settings(db_url: str, extractor: str = "echo", **overrides) -> Settings:
    """Settings for a test worker; `extractor` names one of tests/extractors.py."""
    base = Settings(
        **topology.current().settings(db_url),
        database_url=db_url,
        extractor=f"tests.extractors:{extractor}",
        lease_seconds=30.0,
        poll_seconds=30.0,
        retry_base_seconds=0.05,
        shutdown_timeout=5.0,
    )
    return dataclasses.replace(base, **overrides)


def started_run(conn, contents: list[bytes], *, max_attempts: int = 3):
    """A sheet whose run is started with one file per item of `contents`; (job, run)."""
    job_id, run_id = make_sheet(conn)
    for n, data in enumerate(contents):
        add_file(conn, job_id, run_id, name=f"certificate-{n}.txt", data=data)
    conn.execute("SELECT start_run(%s, %s)", [job_id, max_attempts])
    return job_id, run_id


async def until(predicate, timeout: float = 30, message: str = "condition"):
    deadline = time.monotonic() + timeout
    while not (value := predicate()):
        if time.monotonic() > deadline:
            raise TimeoutError(f"{message}: not reached in {timeout}s")
        await asyncio.sleep(0.05)
    return value


class Running:
    """A Worker running as a task of this test's event loop; stopped on exit."""

    def __init__(self, worker: Worker) -> None:
        self.worker = worker

    async def __aenter__(self) -> Worker:
        self.job = asyncio.create_task(self.worker.run())
        return self.worker

    async def __aexit__(self, *exc) -> None:
        self.worker.stop()
        await asyncio.wait_for(self.job, 30)


def run_ended(conn, run_id):
    run = run_row(conn, run_id)
    return run if run["status"] not in ("pending", "in_progress") else None


def outcomes(caplog) -> list[dict[str, str]]:
    lines = [r.getMessage() for r in caplog.records if r.name == "cpe_runs.worker"]
    return [
        dict(re.findall(r'(\w+)=("(?:[^"\\]|\\.)*"|\S+)', line[len("task_outcome ") :]))
        for line in lines
        if line.startswith("task_outcome ")
    ]


@pytest.fixture(autouse=True)
def _worker_logs(caplog):
    caplog.set_level(logging.INFO, logger="cpe_runs.worker")


async def test_a_run_is_extracted_and_reported_with_one_log_line_per_task(db_url, conn, caplog):
    _, run_id = started_run(conn, [b"certificate"] * 20)
    worker = Worker(topology.worker_url(db_url), settings(db_url, "echo"), concurrency=4)
    async with Running(worker):
        run = await until(lambda: run_ended(conn, run_id), message="run ends")
    assert (run["status"], run["tasks_completed"], run["tasks_failed"]) == ("completed", 20, 0)
    rows = conn.execute(
        "SELECT count(*), count(DISTINCT task_id), min(\"values\"->>'Course Title')"
        " FROM result_rows WHERE run_id = %s",
        [run_id],
    ).fetchone()
    assert rows == (20, 20, "certificate-0.txt")
    lines = outcomes(caplog)
    assert len(lines) == 20
    assert {line["outcome"] for line in lines} == {"completed"}
    assert {line["run"] for line in lines} == {str(run_id)}
    assert all(line["attempt"] == "1" and line["duration_ms"].isdigit() for line in lines)
    assert {line["error"] for line in lines} == {"-"}


async def test_an_always_raising_extractor_is_retried_with_backoff_then_fails(db_url, conn, caplog):
    _, run_id = started_run(conn, [b"raise:the certificate service is down", b"fine"])
    worker = Worker(topology.worker_url(db_url), settings(db_url, "steered"), concurrency=2)
    async with Running(worker):
        run = await until(lambda: run_ended(conn, run_id), message="run ends")
    assert (run["status"], run["tasks_completed"], run["tasks_failed"]) == (
        "partially_completed",
        1,
        1,
    )
    failed = conn.execute(
        "SELECT t.id FROM extraction_tasks t WHERE t.run_id = %s AND t.status = 'failed'",
        [run_id],
    ).fetchone()[0]
    task = task_row(conn, failed)
    assert task["attempts"] == 3
    assert task["file_error"] == "RuntimeError: the certificate service is down"
    tried = [line for line in outcomes(caplog) if line["task"] == str(failed)]
    assert [(line["attempt"], line["outcome"]) for line in tried] == [
        ("1", "retrying"),
        ("2", "retrying"),
        ("3", "failed"),
    ]
    # Exponential backoff with jitter: from the upper half of the base, then of twice it.
    first, second = (float(line["retry_in_s"]) for line in tried[:2])
    assert 0.025 <= first <= 0.05 and 0.05 <= second <= 0.1
    assert "retry_in_s" not in tried[2]
    assert terminal_status_events(conn, run_id) == 1


def test_backoff_doubles_up_to_a_ceiling_each_delay_jittered_in_its_upper_half(db_url):
    s = settings(db_url, retry_base_seconds=2.0)
    for attempt, ceiling in [(1, 2.0), (2, 4.0), (3, 8.0), (4, 16.0), (30, 300.0)]:
        delays = {retry_delay(s, attempt) for _ in range(200)}
        assert all(ceiling / 2 <= delay <= ceiling for delay in delays)
        # Spread over the half, so a batch that failed together does not retry at once.
        assert max(delays) - min(delays) > ceiling / 4


async def test_extraction_error_fails_the_task_at_once(db_url, conn, caplog):
    _, run_id = started_run(conn, [b"reject:this file is not a certificate"])
    worker = Worker(topology.worker_url(db_url), settings(db_url, "steered"), concurrency=1)
    async with Running(worker):
        run = await until(lambda: run_ended(conn, run_id), message="run ends")
    assert (run["status"], run["tasks_failed"]) == ("failed", 1)
    task = only_task(conn, run_id)
    assert (task["attempts"], task["file_error"]) == (1, "this file is not a certificate")
    assert [line["outcome"] for line in outcomes(caplog)] == ["failed"]


async def test_a_file_whose_bytes_cannot_be_read_fails_at_once(db_url, conn):
    _, run_id = started_run(conn, [b"certificate"])
    conn.execute(
        "DELETE FROM file_chunks WHERE file_id IN (SELECT id FROM source_files WHERE run_id = %s)",
        [run_id],
    )
    # Were it called, the task would retry with the extractor's error.
    worker = Worker(topology.worker_url(db_url), settings(db_url, "always_raises"), concurrency=1)
    async with Running(worker):
        await until(lambda: run_ended(conn, run_id), message="run ends")
    task = only_task(conn, run_id)
    assert task["attempts"] == 1
    assert task["file_error"] == "the stored file cannot be read: 0 of its 11 bytes are there"


async def test_rows_that_break_the_contract_are_retried_then_fail(db_url, conn):
    _, run_id = started_run(conn, [b"x"], max_attempts=2)
    worker = Worker(topology.worker_url(db_url), settings(db_url, "not_rows"), concurrency=1)
    async with Running(worker):
        await until(lambda: run_ended(conn, run_id), message="run ends")
    task = only_task(conn, run_id)
    assert task["attempts"] == 2
    assert task["file_error"] == "TypeError: the extractor returned str, not a list of dicts"


async def test_rows_with_a_key_that_is_not_a_field_are_retried_then_fail(db_url, conn):
    _, run_id = started_run(conn, [b"x"], max_attempts=2)
    worker = Worker(topology.worker_url(db_url), settings(db_url, "extra_key"), concurrency=1)
    async with Running(worker):
        await until(lambda: run_ended(conn, run_id), message="run ends")
    task = only_task(conn, run_id)
    assert task["attempts"] == 2
    assert task["file_error"] == (
        "ValueError: row 1 of the extractor has keys that are not fields: 'course'"
    )
    assert (
        conn.execute("SELECT count(*) FROM result_rows WHERE run_id = %s", [run_id]).fetchone()[0]
        == 0
    )


async def test_a_worker_whose_lease_was_taken_over_drops_the_task(
    db_url, conn, connect, caplog, tmp_path
):
    release = tmp_path / "release"
    _, run_id = started_run(conn, [f"wait:{release}".encode()])
    worker = Worker(
        topology.worker_url(db_url), settings(db_url, "steered", lease_seconds=0.6), concurrency=1
    )
    async with Running(worker):
        await until(lambda: task_running(conn, run_id), message="task claimed")
        # The worker looks dead (as if paused): its lease expires and a rescuer takes over.
        conn.execute("UPDATE extraction_tasks SET worker_id = 'paused' WHERE run_id = %s", [run_id])
        expire_leases(conn, run_id)
        rescuer = connect()
        [(task_id, attempt)] = rescuer.execute(
            "SELECT task_id, attempt FROM claim_tasks('rescuer', 1, 60)"
        ).fetchall()
        rescuer.execute(
            'SELECT increment_task_completion(%s, %s, \'[{"by": "rescuer"}]\')',
            [task_id, attempt],
        )
        # Found lost at the next heartbeat: its extraction is stopped (the file it
        # waits for never comes) and its slot freed, without waiting for an outcome.
        await until(lambda: outcomes(caplog) and not worker.slots.held, 10, "the task dropped")
    assert [line["outcome"] for line in outcomes(caplog)] == ["lost"]
    assert not release.exists()
    assert conn.execute(
        "SELECT array_agg(\"values\"->>'by') FROM result_rows WHERE run_id = %s", [run_id]
    ).fetchone() == (["rescuer"],)
    run = run_row(conn, run_id)
    assert (run["status"], run["tasks_completed"]) == ("completed", 1)


def only_task(conn, run_id):
    (task_id,) = conn.execute(
        "SELECT id FROM extraction_tasks WHERE run_id = %s", [run_id]
    ).fetchone()
    return task_row(conn, task_id)


def task_running(conn, run_id):
    return conn.execute(
        "SELECT 1 FROM extraction_tasks WHERE run_id = %s AND status = 'running'", [run_id]
    ).fetchone()


async def test_the_worker_reconnects_after_its_connections_die(db_url, conn, caplog):
    # With a 60 s poll, only a NOTIFY on a live LISTEN connection wakes the worker in time.
    worker = Worker(topology.worker_url(db_url), settings(db_url, poll_seconds=60.0), concurrency=1)
    async with Running(worker):
        await until(lambda: listener_pids(conn), message="listening")
        # Every connection of the worker goes, as in a database restart.
        conn.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
            " WHERE datname = current_database() AND pid <> pg_backend_pid()"
        )
        await until(lambda: any("reconnecting" in r.getMessage() for r in caplog.records), 10)
        await until(lambda: listener_pids(conn), message="listening again")
        _, run_id = started_run(conn, [b"x"])
        run = await until(lambda: run_ended(conn, run_id), timeout=20, message="run ends")
    assert run["status"] == "completed"


def listener_pids(conn):
    return conn.execute(
        "SELECT pid FROM pg_stat_activity WHERE application_name LIKE 'cpe_runs worker %%'"
        " AND query LIKE 'LISTEN%%'"
    ).fetchall()


async def test_stop_releases_what_does_not_finish_in_time(db_url, conn, caplog):
    _, run_id = started_run(conn, [b"sleep:0.01", b"hang", b"hang"])
    worker = Worker(
        topology.worker_url(db_url),
        settings(db_url, "steered", shutdown_timeout=0.3, extraction_processes=3),
        concurrency=3,
    )
    async with Running(worker):
        await until(lambda: count_status(conn, run_id, "completed") == 1, message="one done")
    tasks = conn.execute(
        "SELECT status, attempts, lease_expires_at FROM extraction_tasks WHERE run_id = %s"
        " ORDER BY status",
        [run_id],
    ).fetchall()
    assert tasks == [("completed", 1, None), ("queued", 0, None), ("queued", 0, None)]
    assert sorted(line["outcome"] for line in outcomes(caplog)) == [
        "completed",
        "released",
        "released",
    ]
    run = run_row(conn, run_id)
    assert (run["status"], run["tasks_completed"]) == ("in_progress", 1)


def count_status(conn, run_id, status) -> int:
    return conn.execute(
        "SELECT count(*) FROM extraction_tasks WHERE run_id = %s AND status = %s", [run_id, status]
    ).fetchone()[0]


def test_concurrency_below_one_is_refused(db_url):
    with pytest.raises(ValueError, match="concurrency"):
        Worker(topology.worker_url(db_url), settings(db_url, "echo"), concurrency=0)


def test_a_bad_extractor_spec_is_refused_at_construction(db_url):
    bad = dataclasses.replace(settings(db_url), extractor="no_such_module_here:extract")
    with pytest.raises(ValueError, match="cannot import module"):
        Worker(topology.worker_url(db_url), bad)


def test_a_timeout_of_zero_is_refused_at_construction(db_url):
    with pytest.raises(ValueError, match="CPE_RUNS_TASK_TIMEOUT_SECONDS"):
        Worker(topology.worker_url(db_url), settings(db_url, task_timeout_seconds=0))


async def test_a_large_file_is_read_apart_from_the_claim(db_url, conn):
    big = b"%PDF " + b"x" * (1024 * 1024 + 1)  # past the bytes a claim brings along
    _, run_id = started_run(conn, [big])
    worker = Worker(topology.worker_url(db_url), settings(db_url, "sizes"), concurrency=1)
    async with Running(worker):
        run = await until(lambda: run_ended(conn, run_id), message="run ends")
    assert run["status"] == "completed"
    assert conn.execute(
        "SELECT array_agg(\"values\"->>'Course Title') FROM result_rows WHERE run_id = %s",
        [run_id],
    ).fetchone() == ([str(len(big))],)


async def test_a_worker_waits_for_the_database_and_stops_while_waiting(caplog):
    nowhere = f"postgresql://nobody@127.0.0.1:{free_port()}/nothing"
    worker = Worker(nowhere, settings(nowhere), concurrency=1)
    job = asyncio.create_task(worker.run())
    await until(lambda: any("cannot connect" in r.getMessage() for r in caplog.records), 10)
    worker.stop()
    await asyncio.wait_for(job, 10)


async def test_a_sheet_deleted_mid_extraction_leaves_the_worker_working(
    db_url, conn, caplog, tmp_path
):
    release = tmp_path / "release"
    job_id, run_id = started_run(conn, [f"wait:{release}".encode()])
    worker = Worker(topology.worker_url(db_url), settings(db_url, "steered"), concurrency=1)
    async with Running(worker):
        await until(lambda: task_running(conn, run_id), message="claimed")
        conn.execute("DELETE FROM extraction_jobs WHERE id = %s", [job_id])
        release.touch()
        await until(lambda: outcomes(caplog), message="outcome logged")
        _, next_run = started_run(conn, [b"y"])
        run = await until(lambda: run_ended(conn, next_run), message="the next run ends")
    assert [line["outcome"] for line in outcomes(caplog)] == ["unknown_task", "completed"]
    assert run["status"] == "completed"
