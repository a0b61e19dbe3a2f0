"""The staging of uploads in SQL (sql/0005): a file being uploaded is 'uploading'
until finish_upload, and until then nothing lists, starts, deletes or announces
it; discard_upload and the sheet's deletion take it away with its bytes."""

from __future__ import annotations

import psycopg
import pytest

from .factories import add_file, finish_upload, make_sheet, make_user, stage_file


@pytest.fixture
def sheet(conn):
    user = make_user(conn)
    job, run = make_sheet(conn, user_id=user)
    return {"user": user, "job": job, "run": run}


def _file_events(conn) -> list[tuple[str, str]]:
    return conn.execute(
        "SELECT payload->>'name', payload->>'status' FROM run_events"
        " WHERE type = 'file_status' ORDER BY seq"
    ).fetchall()


def _listed(conn, sheet) -> list[str]:
    rows = conn.execute(
        "SELECT name FROM list_sheet_files(%s, %s)", [sheet["user"], sheet["job"]]
    ).fetchall()
    return [name for (name,) in rows]


def _sqlstate(call) -> str:
    with pytest.raises(psycopg.Error) as refused:
        call()
    return refused.value.sqlstate


def test_a_staged_file_is_not_listed_started_deleted_or_announced(conn, sheet):
    user, job, run = sheet["user"], sheet["job"], sheet["run"]
    staged = stage_file(conn, user, job, run, name="arriving.txt")
    assert conn.execute("SELECT status FROM source_files WHERE id = %s", [staged]).fetchone() == (
        "uploading",
    )
    assert _listed(conn, sheet) == []
    assert _file_events(conn) == []
    assert _sqlstate(lambda: conn.execute("SELECT start_run(%s)", [job])) == "CR005"
    delete = "SELECT delete_source_file(%s, %s, %s)"
    assert _sqlstate(lambda: conn.execute(delete, [user, job, staged])) == "CR004"


def test_finishing_makes_every_file_the_runs_at_once_announced_in_upload_order(conn, sheet):
    user, job, run = sheet["user"], sheet["job"], sheet["run"]
    staged = [stage_file(conn, user, job, run, name=f"{n}.txt") for n in ("c", "a", "b")]
    finish_upload(conn, user, job, run, staged, data=b"Certificate of completion")
    assert _listed(conn, sheet) == ["c.txt", "a.txt", "b.txt"]
    assert _file_events(conn) == [
        ("c.txt", "uploaded"),
        ("a.txt", "uploaded"),
        ("b.txt", "uploaded"),
    ]
    sizes = conn.execute(
        "SELECT DISTINCT size_bytes, sha256 = encode(sha256('Certificate of completion'), 'hex')"
        " FROM source_files"
    ).fetchall()
    assert sizes == [(25, True)]
    # The worker reads them back through its checks.
    assert conn.execute("SELECT read_file_bytes(%s)", [staged[0]]).fetchone() == (
        b"Certificate of completion",
    )
    assert conn.execute("SELECT tasks_total FROM start_run(%s)", [job]).fetchone() == (3,)


def test_finishing_refuses_a_file_whose_chunks_do_not_add_up_to_its_size(conn, sheet):
    user, job, run = sheet["user"], sheet["job"], sheet["run"]
    staged = stage_file(conn, user, job, run, data=b"Certificate of completion")
    conn.execute("SELECT write_upload_chunk(%s, %s, 2, 'tail')", [user, staged])
    # Chunk 1 never arrived (lost with an asynchronous commit in a database crash).
    whole = b"Certificate of completion" + b"?" * 10 + b"tail"
    finish = lambda: finish_upload(conn, user, job, run, [staged], data=whole)  # noqa: E731
    assert _sqlstate(finish) == "CR040"
    assert conn.execute("SELECT status FROM source_files").fetchall() == [("uploading",)]


def test_a_chunk_does_not_wait_for_the_disk_but_the_finish_does(conn, connect, sheet):
    user, job, run = sheet["user"], sheet["job"], sheet["run"]
    staged = stage_file(conn, user, job, run)
    # As a server runs (the test server's default is off).
    writer = connect(autocommit=False, options="-c synchronous_commit=on")
    writer.execute("SELECT write_upload_chunk(%s, %s, 1, 'more')", [user, staged])
    assert writer.execute("SHOW synchronous_commit").fetchone() == ("off",)
    writer.commit()
    # Only for the chunk's transaction: the finish flushes every chunk before it.
    whole = b"Certificate of completion" + b"more"
    finish_upload(writer, user, job, run, [staged], data=whole)
    assert writer.execute("SHOW synchronous_commit").fetchone() == ("on",)
    writer.commit()


def test_the_bytes_of_a_finished_file_never_change(conn, sheet):
    user, job, run = sheet["user"], sheet["job"], sheet["run"]
    staged = stage_file(conn, user, job, run)
    finish_upload(conn, user, job, run, [staged])
    write = "SELECT write_upload_chunk(%s, %s, 1, 'more')"
    assert _sqlstate(lambda: conn.execute(write, [user, staged])) == "CR004"
    # Nor can it be finished twice.
    assert _sqlstate(lambda: finish_upload(conn, user, job, run, [staged])) == "CR004"


def test_discarding_takes_only_staged_files_and_only_the_callers(conn, sheet):
    user, job, run = sheet["user"], sheet["job"], sheet["run"]
    kept = add_file(conn, job, run, name="kept.txt")
    staged = stage_file(conn, user, job, run, name="refused.txt")
    other = make_user(conn)
    discard = "SELECT discard_upload(%s, %s)"
    assert conn.execute(discard, [other, [staged]]).fetchone() == (0,)
    assert conn.execute(discard, [user, [kept, staged]]).fetchone() == (1,)
    assert conn.execute("SELECT id FROM source_files").fetchall() == [(kept,)]
    assert conn.execute("SELECT count(*) FROM file_chunks").fetchone() == (1,)
    # Nobody saw the discarded file come or go.
    assert _file_events(conn) == [("kept.txt", "uploaded")]


def test_another_users_upload_cannot_be_staged_written_or_finished(conn, sheet):
    user, job, run = sheet["user"], sheet["job"], sheet["run"]
    other = make_user(conn)
    assert _sqlstate(lambda: stage_file(conn, other, job, run)) == "CR004"
    staged = stage_file(conn, user, job, run)
    write = "SELECT write_upload_chunk(%s, %s, 1, 'more')"
    assert _sqlstate(lambda: conn.execute(write, [other, staged])) == "CR004"
    assert _sqlstate(lambda: finish_upload(conn, other, job, run, [staged])) == "CR004"


def test_deleting_the_sheet_removes_its_staged_bytes_and_ends_the_upload(conn, sheet):
    user, job, run = sheet["user"], sheet["job"], sheet["run"]
    staged = stage_file(conn, user, job, run)
    conn.execute("SELECT delete_cpe_sheet(%s, %s)", [user, job])
    assert conn.execute(
        "SELECT (SELECT count(*) FROM source_files), (SELECT count(*) FROM file_chunks)"
    ).fetchone() == (0, 0)
    write = "SELECT write_upload_chunk(%s, %s, 1, 'more')"
    assert _sqlstate(lambda: conn.execute(write, [user, staged])) == "CR004"
    assert _sqlstate(lambda: finish_upload(conn, user, job, run, [staged])) == "CR004"
    assert [t for (t,) in conn.execute("SELECT type FROM run_events ORDER BY seq")] == [
        "run_created",
        "sheet_deleted",
    ]
