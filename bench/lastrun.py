"""The step both the append and the push figures time: a sheet's last task reported."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

import psycopg
from psycopg.types.json import Jsonb
from tests.factories import add_file, claim_all, start

ROW = {
    "Course Title": "Ethics for CPAs",
    "Provider/Sponsor": "Example Society",
    "Completion Date": "2024-05-01",
    "CPE Hours": 4,
}


@dataclass(frozen=True, slots=True)
class LastTask:
    """The one claimed task of a run in progress: reporting it finishes the run."""

    run_id: uuid.UUID
    task_id: uuid.UUID
    attempt: int


def start_with_one_file(conn: psycopg.Connection, job_id: uuid.UUID) -> LastTask:
    """Start the sheet's pending run with one new file and claim its task, as a worker would."""
    (run_id,) = conn.execute(
        "SELECT id FROM job_runs WHERE job_id = %s AND status = 'pending'", [job_id]
    ).fetchone()
    add_file(conn, job_id, run_id, name=f"certificate-{uuid.uuid4().hex[:8]}.txt")
    start(conn, job_id)
    ((task_id, attempt),) = claim_all(conn, run_id)
    return LastTask(run_id, task_id, attempt)


def report(conn: psycopg.Connection, task: LastTask) -> None:
    """increment_task_completion with one row: the run completes, the append trigger fires."""
    outcome, _run_id, status = conn.execute(
        "SELECT * FROM increment_task_completion(%s, %s, %s, NULL)",
        [task.task_id, task.attempt, Jsonb([ROW])],
    ).fetchone()
    if outcome != "completed" or status != "completed":
        raise RuntimeError(f"run {task.run_id} did not finish: {outcome}, {status}")
