"""Extraction in processes of the worker's own (cpe_runs.worker.pool): a file that
takes too long, eats memory, or kills its process costs that attempt and nothing
more; the task is retried as after any failure, the worker carries on, and no file
is ever extracted in the worker's process."""

from __future__ import annotations

import logging
import os
import signal

import psutil
import pytest

from cpe_runs.worker import Worker

from . import topology
from .extractors import PID_FIELD
from .test_worker_loop import (
    Running,
    only_task,
    outcomes,
    run_ended,
    settings,
    started_run,
    task_running,
    until,
)

pytestmark = pytest.mark.slow


@pytest.fixture(autouse=True)
def _worker_logs(caplog):
    caplog.set_level(logging.INFO, logger="cpe_runs.worker")


def extraction_processes() -> list[psutil.Process]:
    """The extraction processes this test process started (and that still run)."""
    found = []
    for child in psutil.Process().children(recursive=True):
        try:
            if "cpe_runs.worker.child" in " ".join(child.cmdline()):
                found.append(child)
        except psutil.Error:
            continue
    return found


async def test_files_are_extracted_in_other_processes_which_stop_with_the_worker(db_url, conn):
    _, run_id = started_run(conn, [b"certificate"] * 6)
    worker = Worker(
        topology.worker_url(db_url), settings(db_url, extraction_processes=2), concurrency=4
    )
    async with Running(worker):
        run = await until(lambda: run_ended(conn, run_id), message="run ends")
        pids = {p.pid for p in extraction_processes()}
    assert run["status"] == "completed"
    extracted_by = {
        int(pid)
        for (pid,) in conn.execute(
            'SELECT "values"->>%s FROM result_rows WHERE run_id = %s', [PID_FIELD, run_id]
        ).fetchall()
    }
    assert os.getpid() not in extracted_by
    assert extracted_by <= pids and len(pids) == 2  # never more processes than asked for
    assert extraction_processes() == []


async def test_an_extraction_past_its_time_is_killed_and_retried_then_fails(db_url, conn, caplog):
    _, run_id = started_run(conn, [b"hang", b"fine"], max_attempts=2)
    worker = Worker(
        topology.worker_url(db_url),
        settings(db_url, "steered", task_timeout_seconds=1.0, lease_seconds=1.5),
        concurrency=2,
    )
    async with Running(worker):
        run = await until(lambda: run_ended(conn, run_id), message="run ends")
        # The killed process was replaced; the pool holds what it was given.
        assert len(extraction_processes()) <= 2
    assert (run["status"], run["tasks_completed"], run["tasks_failed"]) == (
        "partially_completed",
        1,
        1,
    )
    failed = failed_task(conn, run_id)
    assert failed == (
        2,
        "extraction took longer than 1 s and was stopped (CPE_RUNS_TASK_TIMEOUT_SECONDS)",
    )
    # Each attempt ended at its timeout (its lease was not renewed forever).
    tried = [line for line in outcomes(caplog) if line["outcome"] in ("retrying", "failed")]
    assert [line["outcome"] for line in tried] == ["retrying", "failed"]
    assert all(1000 <= int(line["duration_ms"]) < 10_000 for line in tried)


@pytest.mark.parametrize(
    "command",
    [
        b"memory:600",  # past the address-space cap of the process itself
        b"children-memory:2x120",  # each under the cap, together over it: the watch
    ],
)
async def test_an_extraction_past_its_memory_is_killed_and_retried_then_fails(
    db_url, conn, command
):
    _, run_id = started_run(conn, [command, b"fine"], max_attempts=2)
    worker = Worker(
        topology.worker_url(db_url), settings(db_url, "steered", task_memory_mb=200), concurrency=2
    )
    async with Running(worker):
        run = await until(lambda: run_ended(conn, run_id), message="run ends")
    assert (run["tasks_completed"], run["tasks_failed"]) == (1, 1)
    failed = failed_task(conn, run_id)
    assert failed == (
        2,
        "extraction used more than 200 MiB of memory and was stopped (CPE_RUNS_TASK_MEMORY_MB)",
    )
    # Nothing it started outlives it.
    await until(lambda: not _memory_eaters(), 10, "the memory eaters gone")


def failed_task(conn, run_id) -> tuple[int, str]:
    """(attempts, the file's error) of the run's failed task."""
    return conn.execute(
        "SELECT t.attempts, f.error FROM extraction_tasks t JOIN source_files f"
        " ON f.id = t.file_id WHERE t.run_id = %s AND t.status = 'failed'",
        [run_id],
    ).fetchone()


def _memory_eaters() -> list[psutil.Process]:
    eaters = []
    for process in psutil.process_iter(["cmdline"]):
        cmdline = " ".join(process.info["cmdline"] or [])
        if "eat_memory" in cmdline and process.pid != os.getpid():
            eaters.append(process)
    return eaters


async def test_an_extraction_process_that_exits_costs_only_that_attempt(db_url, conn, caplog):
    _, run_id = started_run(conn, [b"crash", b"ok", b"ok"])
    worker = Worker(topology.worker_url(db_url), settings(db_url, "steered"), concurrency=2)
    async with Running(worker):
        run = await until(lambda: run_ended(conn, run_id), message="run ends")
    assert (run["tasks_completed"], run["tasks_failed"]) == (2, 1)
    crashed = failed_task(conn, run_id)
    assert crashed == (3, "the extraction process died (exit status 3)")
    assert [line["outcome"] for line in outcomes(caplog)].count("retrying") == 2


async def test_an_extraction_process_killed_mid_task_is_retried(db_url, conn, tmp_path, caplog):
    # Hangs on its first attempt only: the retry completes.
    _, run_id = started_run(conn, [f"hang-once:{tmp_path / 'tried'}".encode()])
    worker = Worker(topology.worker_url(db_url), settings(db_url, "steered"), concurrency=1)
    async with Running(worker):
        await until(lambda: task_running(conn, run_id) and (tmp_path / "tried").exists())
        [busy] = extraction_processes()
        busy.send_signal(signal.SIGKILL)
        run = await until(lambda: run_ended(conn, run_id), message="run ends")
        await until(lambda: len(outcomes(caplog)) == 2, message="both outcomes logged")
    assert (run["status"], run["tasks_completed"]) == ("completed", 1)
    task = only_task(conn, run_id)
    assert (task["status"], task["attempts"]) == ("completed", 2)
    lines = outcomes(caplog)
    assert [line["outcome"] for line in lines] == ["retrying", "completed"]
    assert lines[0]["error"] == '"the extraction process died (killed by SIGKILL)"'
