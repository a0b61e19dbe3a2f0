"""An upload in flight holds its run (open_upload_run locks it FOR SHARE): Start
and Cancel wait for it, so its files are either all in the run that starts or
refused, never left behind in a run that already runs."""

from __future__ import annotations

import time
from concurrent.futures import ThreadPoolExecutor

import psycopg
import pytest

from .factories import add_file, make_sheet, make_user


def _wait_until_blocked(conn: psycopg.Connection, pid: int) -> None:
    """Until the backend `pid` waits for a lock (bounded: 300 looks)."""
    for _ in range(300):
        waiting = conn.execute(
            "SELECT wait_event_type = 'Lock' FROM pg_stat_activity WHERE pid = %s", [pid]
        ).fetchone()
        if waiting and waiting[0]:
            return
        time.sleep(0.02)
    raise AssertionError(f"backend {pid} never waited for a lock")


@pytest.fixture
def upload_in_flight(conn, connect):
    """A sheet with one file, and a second upload to its run not yet committed."""
    user = make_user(conn)
    job, run = make_sheet(conn, user_id=user)
    add_file(conn, job, run, name="first.txt")
    uploader = connect(autocommit=False)
    uploader.execute("SELECT open_upload_run(%s, %s, %s)", [user, job, run])
    uploader.execute(
        "INSERT INTO source_files (job_id, run_id, name) VALUES (%s, %s, 'second.txt')", [job, run]
    )
    return {"job": job, "run": run, "uploader": uploader}


@pytest.mark.parametrize("outcome", ["commit", "rollback"])
def test_start_waits_for_an_upload_in_flight(upload_in_flight, conn, connect, outcome):
    starter = connect()
    pid = starter.info.backend_pid
    with ThreadPoolExecutor(1) as pool:
        started = pool.submit(
            lambda: starter.execute(
                "SELECT tasks_total FROM start_run(%s)", [upload_in_flight["job"]]
            ).fetchone()[0]
        )
        _wait_until_blocked(conn, pid)
        getattr(upload_in_flight["uploader"], outcome)()
        tasks = started.result(timeout=60)
    # Both files are queued when the upload commits; only the first when it is refused.
    assert tasks == (2 if outcome == "commit" else 1)
    unqueued = conn.execute(
        "SELECT count(*) FROM source_files WHERE run_id = %s AND status = 'uploaded'",
        [upload_in_flight["run"]],
    ).fetchone()[0]
    assert unqueued == 0


def test_cancel_waits_for_an_upload_in_flight(upload_in_flight, conn, connect):
    canceller = connect()
    pid = canceller.info.backend_pid
    with ThreadPoolExecutor(1) as pool:
        cancelled = pool.submit(
            lambda: canceller.execute(
                "SELECT status FROM cancel_run(%s)", [upload_in_flight["run"]]
            ).fetchone()[0]
        )
        _wait_until_blocked(conn, pid)
        upload_in_flight["uploader"].commit()
        assert cancelled.result(timeout=60) == "cancelled"


def test_concurrent_uploads_to_one_run_do_not_wait_for_each_other(upload_in_flight, conn, connect):
    other = connect(autocommit=False)
    # Were it to wait, fail rather than hang.
    other.execute("SET lock_timeout = '10s'")
    user = conn.execute(
        "SELECT user_id FROM extraction_jobs WHERE id = %s", [upload_in_flight["job"]]
    ).fetchone()[0]
    # FOR SHARE does not conflict with FOR SHARE: this returns while the first is open.
    run = other.execute(
        "SELECT id FROM open_upload_run(%s, %s, NULL)", [user, upload_in_flight["job"]]
    ).fetchone()[0]
    assert run == upload_in_flight["run"]
    other.rollback()
