"""Append-run creation cost: finishing a run of a sheet with 100 earlier rows
and of one with 100,000 must cost the same, because the next run shows the
earlier rows through its append chain instead of copying them.

Each timed call is the last increment_task_completion of a run: it records the
task, moves the run to completed and so fires the append trigger, which inserts
the sheet's next run, all in one transaction; the time includes its commit.
Repeats go round-robin over the sheets, each size taking its turn first, so
machine noise falls on every size alike; the median of each size is kept.
"""

from __future__ import annotations

import statistics
import time
import uuid
from dataclasses import dataclass

import psycopg
from psycopg.types.json import Jsonb
from tests.factories import add_file, claim_all, make_sheet, start

from . import lastrun


@dataclass(frozen=True, slots=True)
class AppendCost:
    rows: int
    median_ms: float
    samples_ms: tuple[float, ...]


def measure(url: str, sizes: tuple[int, ...], repeats: int) -> list[AppendCost]:
    with psycopg.connect(url, autocommit=True) as conn:
        sheets = {rows: _sheet_with_rows(conn, rows) for rows in sizes}
        conn.execute("VACUUM ANALYZE result_rows, job_runs, extraction_tasks, source_files")
        samples: dict[int, list[float]] = {rows: [] for rows in sizes}
        order = list(sheets)
        for _ in range(repeats):
            for rows in order:
                samples[rows].append(_finish_next_run(conn, sheets[rows]))
            # The first of a round pays for the pause before it: let each size go first.
            order.append(order.pop(0))
    return [
        AppendCost(rows, statistics.median(times), tuple(times)) for rows, times in samples.items()
    ]


def _sheet_with_rows(conn: psycopg.Connection, rows: int) -> uuid.UUID:
    """A CPE sheet whose first run finished with `rows` result rows; its second is pending."""
    job_id, run_id = make_sheet(conn, name=f"append {rows}")
    add_file(conn, job_id, run_id, name="batch.txt")
    start(conn, job_id)
    ((task_id, attempt),) = claim_all(conn, run_id)
    # The rows arrive in bulk, as if this one file had held them all.
    conn.execute(
        'INSERT INTO result_rows (job_id, run_id, task_id, position, "values")'
        " SELECT %s, %s, %s, n, %s::jsonb || jsonb_build_object('Certificate Number', n)"
        " FROM generate_series(0, %s - 1) AS n",
        [job_id, run_id, task_id, Jsonb(lastrun.ROW), rows],
    )
    lastrun.report(conn, lastrun.LastTask(run_id, task_id, attempt))
    return job_id


def _finish_next_run(conn: psycopg.Connection, job_id: uuid.UUID) -> float:
    """Start the sheet's pending run with one file, then time its last completion (ms)."""
    task = lastrun.start_with_one_file(conn, job_id)
    began = time.perf_counter()
    lastrun.report(conn, task)
    return (time.perf_counter() - began) * 1000
