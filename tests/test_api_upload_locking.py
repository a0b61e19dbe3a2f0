"""An upload holds its run only while it finishes (finish_upload locks it FOR
SHARE in one short transaction): Start and Cancel wait for that, so its files
are either all in the run that starts or refused, never left behind in a run
that already runs. While the body arrives nothing is held at all."""

from __future__ import annotations

import time
from concurrent.futures import ThreadPoolExecutor

import psycopg
import pytest

from .factories import add_file, finish_upload, make_sheet, make_user, stage_file


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


def _statuses(conn: psycopg.Connection, run) -> dict[str, str]:
    rows = conn.execute("SELECT name, status FROM source_files WHERE run_id = %s", [run])
    return dict(rows.fetchall())


@pytest.fixture
def sheet(conn):
    """A sheet with one uploaded file, and a second one staged by an upload in progress."""
    user = make_user(conn)
    job, run = make_sheet(conn, user_id=user)
    add_file(conn, job, run, name="first.txt")
    second = stage_file(conn, user, job, run, name="second.txt")
    return {"user": user, "job": job, "run": run, "second": second}


@pytest.fixture
def finishing(sheet, connect):
    """The second file's upload finishing: finish_upload run, not yet committed."""
    uploader = connect(autocommit=False)
    finish_upload(uploader, sheet["user"], sheet["job"], sheet["run"], [sheet["second"]])
    return {**sheet, "uploader": uploader}


@pytest.mark.parametrize("outcome", ["commit", "rollback"])
def test_start_waits_for_an_upload_finishing(finishing, conn, connect, outcome):
    starter = connect()
    pid = starter.info.backend_pid
    with ThreadPoolExecutor(1) as pool:
        started = pool.submit(
            lambda: starter.execute(
                "SELECT tasks_total FROM start_run(%s)", [finishing["job"]]
            ).fetchone()[0]
        )
        _wait_until_blocked(conn, pid)
        getattr(finishing["uploader"], outcome)()
        tasks = started.result(timeout=60)
    # Both files are queued when the upload finishes; only the first when it does not.
    assert tasks == (2 if outcome == "commit" else 1)
    second = "queued" if outcome == "commit" else "uploading"
    assert _statuses(conn, finishing["run"]) == {"first.txt": "queued", "second.txt": second}


def test_cancel_waits_for_an_upload_finishing(finishing, conn, connect):
    canceller = connect()
    pid = canceller.info.backend_pid
    with ThreadPoolExecutor(1) as pool:
        cancelled = pool.submit(
            lambda: canceller.execute(
                "SELECT status FROM cancel_run(%s)", [finishing["run"]]
            ).fetchone()[0]
        )
        _wait_until_blocked(conn, pid)
        finishing["uploader"].commit()
        assert cancelled.result(timeout=60) == "cancelled"


def test_concurrent_uploads_to_one_run_do_not_wait_for_each_other(finishing, conn, connect):
    other = connect(autocommit=False)
    # Were it to wait, fail rather than hang.
    other.execute("SET lock_timeout = '10s'")
    user, job, run = finishing["user"], finishing["job"], finishing["run"]
    # FOR SHARE does not conflict with FOR SHARE: these return while the first is open.
    opened = other.execute("SELECT id FROM open_upload_run(%s, %s, NULL)", [user, job])
    assert opened.fetchone() == (run,)
    third = stage_file(other, user, job, run, name="third.txt")
    finish_upload(other, user, job, run, [third])
    other.commit()
    finishing["uploader"].commit()
    assert set(_statuses(conn, run).values()) == {"uploaded"}


def test_a_file_still_arriving_holds_nothing_and_is_refused_after_a_start(sheet, conn, connect):
    starter = connect()
    # Were Start to wait for the upload in progress, fail rather than hang.
    starter.execute("SET lock_timeout = '10s'")
    assert starter.execute("SELECT tasks_total FROM start_run(%s)", [sheet["job"]]).fetchone() == (
        1,
    )
    assert _statuses(conn, sheet["run"]) == {"first.txt": "queued", "second.txt": "uploading"}
    # The upload's end finds its run started: refused, with the run to retry against.
    uploader = connect()
    with pytest.raises(psycopg.Error) as refused:
        finish_upload(uploader, sheet["user"], sheet["job"], sheet["run"], [sheet["second"]])
    assert refused.value.sqlstate == "CR010"
    assert refused.value.diag.message_detail == str(sheet["run"])
    # And so is the next file it would stage.
    with pytest.raises(psycopg.Error) as refused:
        stage_file(uploader, sheet["user"], sheet["job"], sheet["run"], name="third.txt")
    assert refused.value.sqlstate == "CR010"
