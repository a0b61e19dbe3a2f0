"""Run counters without a queue on the run's row (sql/0019_run_counts.sql), proved with
several real connections: a report never waits for another report's run lock unless
it may be the run's last, every outcome is counted once, and the run ends exactly once,
with its append run, in the transaction that counts its last task."""

from __future__ import annotations

import threading
import uuid

import psycopg
import pytest

from .factories import report, run_row
from .test_worker_sql import claim, sheet_with_files, terminal_status_events

# A report that waits for a lock it should not wait for fails the test instead of
# hanging it.
NO_WAIT = "SET statement_timeout = '3s'"


def claimed_tasks(conn, files: int) -> tuple[uuid.UUID, list[tuple[uuid.UUID, int]]]:
    """A started run of `files` tasks, all claimed: (run_id, [(task, attempt)])."""
    _, run_id = sheet_with_files(conn, files=files)
    tasks = claim(conn, limit=files)
    return run_id, [(t["task_id"], t["attempt"]) for t in tasks]


def deltas(conn, run_id) -> int:
    return conn.execute(
        "SELECT count(*) FROM run_task_counts WHERE run_id = %s", [run_id]
    ).fetchone()[0]


def pending(conn, run_id) -> tuple[int, int, int, int]:
    """The counts waiting as deltas: (completed, failed, rows, files processed)."""
    return conn.execute(
        "SELECT coalesce(sum(completed), 0)::int, coalesce(sum(failed), 0)::int,"
        " coalesce(sum(row_count), 0)::int, coalesce(sum(files_processed), 0)::int"
        " FROM run_task_counts WHERE run_id = %s",
        [run_id],
    ).fetchone()


def holding_the_run(connect, run_id) -> psycopg.Connection:
    """Another transaction holding the run's row, as a report under way does."""
    holder = connect(autocommit=False)
    holder.execute("SELECT 1 FROM job_runs WHERE id = %s FOR NO KEY UPDATE", [run_id])
    return holder


def test_a_report_does_not_wait_for_another_holding_the_run(connect, conn):
    run_id, tasks = claimed_tasks(conn, 3)
    holder = holding_the_run(connect, run_id)
    reporter = connect()
    reporter.execute(NO_WAIT)
    # Counted at once, as a delta: the run's row is someone else's right now.
    assert report(reporter, *tasks[0], rows=[{"n": 1}, {"n": 2}])[0] == "completed"
    # The task, its two rows and its file, none of them yet in the run's row.
    assert pending(conn, run_id) == (1, 0, 2, 1)
    run = run_row(conn, run_id)
    assert (run["tasks_completed"], run["row_count"], run["files_processed"]) == (0, 0, 0)
    holder.rollback()
    # The next report that gets the row folds what was counted meanwhile.
    assert report(reporter, *tasks[1], error="unreadable")[0] == "failed"
    run = run_row(conn, run_id)
    assert (run["tasks_completed"], run["tasks_failed"], run["status"]) == (1, 1, "in_progress")
    assert (run["row_count"], run["files_processed"]) == (2, 1)
    assert deltas(conn, run_id) == 0


def test_the_last_report_waits_for_the_run_and_ends_it(connect, conn):
    run_id, tasks = claimed_tasks(conn, 2)
    assert report(conn, *tasks[0])[0] == "completed"
    holder = holding_the_run(connect, run_id)
    outcome: list = []
    last = threading.Thread(target=lambda: outcome.append(report(connect(), *tasks[1])))
    last.start()
    last.join(0.5)
    # No unfinished task is left that a later transaction would count: it may end the
    # run, so it waits for the row rather than leave the run in progress.
    assert last.is_alive()
    holder.rollback()
    last.join(10)
    assert outcome and outcome[0][0] == "completed" and outcome[0][2] == "completed"
    run = run_row(conn, run_id)
    assert (run["tasks_completed"], run["status"]) == (2, "completed")
    assert terminal_status_events(conn, run_id) == 1
    assert (
        conn.execute(
            "SELECT count(*) FROM job_runs WHERE append_from_run_id = %s", [run_id]
        ).fetchone()[0]
        == 1
    )


def test_a_report_beside_the_holder_leaves_the_end_to_a_later_one(connect, conn):
    """The delta path locks an unfinished task that nobody holds: whoever counts that
    task comes after it and sees its delta."""
    run_id, tasks = claimed_tasks(conn, 3)
    holder = holding_the_run(connect, run_id)
    reporter = connect()
    reporter.execute(NO_WAIT)
    assert report(reporter, *tasks[0])[0] == "completed"
    assert report(reporter, *tasks[1])[0] == "completed"
    holder.commit()
    outcome = report(reporter, *tasks[2])
    assert outcome[0] == "completed" and outcome[2] == "completed"
    run = run_row(conn, run_id)
    assert (run["tasks_completed"], run["status"]) == (3, "completed")
    assert deltas(conn, run_id) == 0


def test_the_sweep_folds_what_no_later_report_would(connect, conn):
    run_id, tasks = claimed_tasks(conn, 3)
    holder = holding_the_run(connect, run_id)
    reporter = connect()
    reporter.execute(NO_WAIT)
    assert report(reporter, *tasks[0], rows=[{"n": 1}])[0] == "completed"
    assert conn.execute("SELECT fold_pending_run_counts()").fetchone()[0] == 0  # still held
    holder.rollback()
    assert conn.execute("SELECT fold_pending_run_counts()").fetchone()[0] == 1
    run = run_row(conn, run_id)
    assert (run["tasks_completed"], run["row_count"], run["files_processed"]) == (1, 1, 1)
    assert deltas(conn, run_id) == 0


def test_a_cancel_folds_the_counts_reported_beside_it(connect, conn):
    run_id, tasks = claimed_tasks(conn, 3)
    holder = holding_the_run(connect, run_id)
    reporter = connect()
    reporter.execute(NO_WAIT)
    assert report(reporter, *tasks[0])[0] == "completed"
    holder.rollback()
    conn.execute("SELECT cancel_run(%s)", [run_id])
    run = run_row(conn, run_id)
    assert (run["status"], run["tasks_completed"]) == ("cancelled", 1)
    assert deltas(conn, run_id) == 0
    # Later reports of the cancelled run count for nothing.
    assert report(conn, *tasks[1])[0] == "run_not_in_progress"
    assert run_row(conn, run_id)["tasks_completed"] == 1


def test_a_duplicate_report_beside_the_original_counts_once(connect, conn):
    run_id, tasks = claimed_tasks(conn, 2)
    first = connect(autocommit=False)
    assert report(first, *tasks[0])[0] == "completed"  # holds the run and the task
    outcome: list = []
    again = threading.Thread(target=lambda: outcome.append(report(connect(), *tasks[0])))
    again.start()
    again.join(0.5)
    assert again.is_alive()  # the task is locked: it waits the old way
    first.commit()
    again.join(10)
    assert outcome[0][0] == "duplicate"
    assert run_row(conn, run_id)["tasks_completed"] == 1


@pytest.mark.parametrize("round_", range(3))
def test_concurrent_reports_count_each_task_once_and_end_the_run_once(connect, conn, round_):
    """Many connections report one run's tasks at once, one or a few per transaction:
    the counters are exact and the run ends once, with one append run."""
    files, reporters = 48, 6
    run_id, tasks = claimed_tasks(conn, files)
    barrier = threading.Barrier(reporters)
    errors: list[BaseException] = []

    def report_share(n: int) -> None:
        own = connect()
        share = tasks[n::reporters]
        barrier.wait()
        try:
            for i in range(0, len(share), 1 + n % 3):
                batch = share[i : i + 1 + n % 3]
                own.execute(
                    "SELECT * FROM increment_task_completions(%s)",
                    [
                        psycopg.types.json.Jsonb(
                            [
                                {"task_id": str(t), "attempt": a, "error": "x" if k % 5 else None}
                                for k, (t, a) in enumerate(batch, start=i)
                            ]
                        )
                    ],
                ).fetchall()
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=report_share, args=(n,)) for n in range(reporters)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert not errors
    run = run_row(conn, run_id)
    counted = conn.execute(
        "SELECT count(*) FILTER (WHERE status = 'completed'), count(*) FILTER (WHERE status ="
        " 'failed') FROM extraction_tasks WHERE run_id = %s",
        [run_id],
    ).fetchone()
    assert (run["tasks_completed"], run["tasks_failed"]) == counted
    assert sum(counted) == files
    assert run["status"] == "partially_completed"
    assert deltas(conn, run_id) == 0
    assert terminal_status_events(conn, run_id) == 1
    assert (
        conn.execute(
            "SELECT count(*) FROM job_runs WHERE append_from_run_id = %s", [run_id]
        ).fetchone()[0]
        == 1
    )
