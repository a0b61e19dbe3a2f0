"""Working the sheet in SQL (sql/0011): rows added, edited and deleted by hand and
announced; cancel; retry with the stored bytes; duplicates refused by SHA-256."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

import psycopg
import pytest
from psycopg.types.json import Jsonb

from cpe_runs.api.errors import STATUS
from cpe_runs.errors import _BY_SQLSTATE

from .factories import (
    add_file,
    claim_all,
    make_sheet,
    make_user,
    report,
    runs_of,
    stage_file,
    start,
)


@pytest.fixture
def sheet(conn):
    """A user's sheet whose first batch finished with two extracted rows (one file)
    and whose second, editable run is pending."""
    user = make_user(conn)
    job, run = make_sheet(conn, user_id=user)
    add_file(conn, job, run, name="first.txt", data=b"first")
    start(conn, job)
    for task in claim_all(conn, run):
        report(conn, *task, rows=[{"Course Title": "One"}, {"Course Title": "Two"}])
    next_run = runs_of(conn, job)[-1]["id"]
    return {"user": user, "job": job, "run": run, "next_run": next_run}


def titles(conn, run_id) -> list[str]:
    rows = conn.execute('SELECT "values" FROM sheet_rows(%s)', [run_id]).fetchall()
    return [values["Course Title"] for (values,) in rows]


def events(conn, kind: str) -> list[dict]:
    rows = conn.execute(
        "SELECT payload FROM run_events WHERE type = %s ORDER BY seq", [kind]
    ).fetchall()
    return [payload for (payload,) in rows]


def add_row(conn, sheet, values: dict):
    return conn.execute(
        "SELECT * FROM add_result_row(%s, %s, %s)", [sheet["user"], sheet["job"], Jsonb(values)]
    ).fetchone()


def refused(sqlstate: str, fn, *args) -> psycopg.Error:
    with pytest.raises(psycopg.Error) as caught:
        fn(*args)
    assert caught.value.sqlstate == sqlstate, caught.value
    return caught.value


# -- rows -------------------------------------------------------------------------


def test_a_manual_row_joins_the_latest_run_after_its_rows_and_every_later_batch(conn, sheet):
    row_id, run_id, file_id, file_name, source, values, confidence = add_row(
        conn, sheet, {"Course Title": "Typed", "CPE Hours": "2.5", "Completion Date": "2026-03-01"}
    )
    assert (run_id, file_id, file_name, source) == (sheet["next_run"], None, None, "manual")
    assert confidence is None
    assert values["CPE Hours"] == 2.5 and values["Completion Date"] == "2026-03-01"
    assert values["Provider/Sponsor"] is None  # every column, as the API shows rows
    assert titles(conn, sheet["next_run"]) == ["One", "Two", "Typed"]

    # The next batch shows it too, after its own rows... of the earlier runs first.
    add_file(conn, sheet["job"], sheet["next_run"], name="second.txt", data=b"second")
    start(conn, sheet["job"])
    for task in claim_all(conn, sheet["next_run"]):
        report(conn, *task, rows=[{"Course Title": "Three"}])
    third_run = runs_of(conn, sheet["job"])[-1]["id"]
    assert titles(conn, third_run) == ["One", "Two", "Three", "Typed"]
    assert conn.execute("SELECT count_sheet_rows(%s)", [third_run]).fetchone() == (4,)

    (created,) = events(conn, "row_created")
    assert created["row_id"] == str(row_id) and created["run_id"] == str(sheet["next_run"])
    assert created["row"]["values"]["Course Title"] == "Typed"
    assert created["row"]["source"] == "manual"


def test_a_new_batch_copies_no_row(conn, sheet):
    add_row(conn, sheet, {"Course Title": "Typed"})
    before = conn.execute("SELECT count(*) FROM result_rows").fetchone()
    conn.execute("SELECT cancel_run(%s)", [sheet["next_run"]])
    conn.execute("SELECT ensure_editable_run(%s)", [sheet["job"]])
    assert len(runs_of(conn, sheet["job"])) == 3
    assert conn.execute("SELECT count(*) FROM result_rows").fetchone() == before


def test_a_manual_row_refuses_bad_values_naming_the_column_and_stores_nothing(conn, sheet):
    bad = [
        ({"Completion Date": "2024-02-30"}, "Completion Date"),
        ({"CPE Hours": "four"}, "CPE Hours"),
        ({"Colour": "red"}, "Colour"),
    ]
    for values, column in bad:
        error = refused("CR013", add_row, conn, sheet, values)
        assert error.diag.column_name == column
    for values in ({}, {"Course Title": ""}, {"CPE Hours": None}):
        assert "at least one value" in str(refused("CR013", add_row, conn, sheet, values))
    assert conn.execute("SELECT count(*) FROM result_rows WHERE source = 'manual'").fetchone() == (
        0,
    )
    assert events(conn, "row_created") == []


def test_an_edit_holds_in_every_later_batch_and_is_announced(conn, sheet):
    row_id = conn.execute(
        "SELECT row_id FROM sheet_rows(%s) LIMIT 1", [sheet["next_run"]]
    ).fetchone()[0]
    conn.execute(
        "UPDATE result_rows SET confidence = %s WHERE id = %s",
        [Jsonb({"Course Title": 0.5, "CPE Hours": 0.4, "Provider/Sponsor": 0.3}), row_id],
    )
    edited = conn.execute(
        'SELECT source, "values", confidence FROM edit_result_row(%s, %s, %s, %s)',
        [sheet["user"], sheet["job"], row_id, Jsonb({"Course Title": "Edited", "CPE Hours": 3})],
    ).fetchone()
    assert edited[0] == "manual" and edited[1]["Course Title"] == "Edited"
    # What a person set needs no second look; the rest keeps its confidence.
    assert edited[2] == {"Provider/Sponsor": 0.3}
    assert titles(conn, sheet["next_run"]) == ["Edited", "Two"]
    assert titles(conn, sheet["run"]) == ["Edited", "Two"]
    (updated,) = events(conn, "row_updated")
    assert updated["row_id"] == str(row_id) and updated["row"]["values"]["CPE Hours"] == 3
    assert updated["row"]["file_name"] == "first.txt"
    assert updated["row"]["confidence"] == {"Provider/Sponsor": 0.3}
    error = refused(
        "CR013",
        conn.execute,
        "SELECT * FROM edit_result_row(%s, %s, %s, %s)",
        [sheet["user"], sheet["job"], row_id, Jsonb({"Completion Date": "March"})],
    )
    assert error.diag.column_name == "Completion Date"


def test_a_deleted_row_leaves_every_batch_and_cannot_be_edited_or_deleted_again(conn, sheet):
    one, two = [r for (r,) in conn.execute("SELECT row_id FROM sheet_rows(%s)", [sheet["run"]])]
    delete = "SELECT delete_result_row(%s, %s, %s)"
    conn.execute(delete, [sheet["user"], sheet["job"], one])
    assert titles(conn, sheet["run"]) == ["Two"] and titles(conn, sheet["next_run"]) == ["Two"]
    (deleted,) = events(conn, "row_deleted")
    assert deleted == {
        "job_id": str(sheet["job"]),
        "run_id": str(sheet["run"]),
        "row_id": str(one),
    }
    refused("CR004", conn.execute, delete, [sheet["user"], sheet["job"], one])
    refused(
        "CR004",
        conn.execute,
        "SELECT * FROM edit_result_row(%s, %s, %s, '{}')",
        [sheet["user"], sheet["job"], one],
    )
    # Another user's row answers like a missing one, and stays.
    stranger = make_user(conn)
    refused("CR004", conn.execute, delete, [stranger, sheet["job"], two])
    refused("CR004", add_row, conn, {**sheet, "user": stranger}, {"Course Title": "x"})
    assert titles(conn, sheet["next_run"]) == ["Two"]


# -- cancel -----------------------------------------------------------------------


@pytest.fixture
def extracting(conn, sheet):
    """The sheet's second batch in progress: a.txt extracted, b.txt being extracted,
    c.txt queued."""
    job, run = sheet["job"], sheet["next_run"]
    for name in ("a.txt", "b.txt", "c.txt"):
        add_file(conn, job, run, name=name, data=name.encode())
    start(conn, job)
    tasks = dict(
        conn.execute(
            "SELECT f.name, t.id FROM extraction_tasks t JOIN source_files f ON f.id = t.file_id"
            " WHERE t.run_id = %s",
            [run],
        ).fetchall()
    )
    claimed = dict(claim_all(conn, run))
    # c.txt waits for a slot; b.txt is being extracted.
    conn.execute(
        "UPDATE extraction_tasks SET status = 'queued', attempts = 0, lease_expires_at = NULL"
        " WHERE id = %s",
        [tasks["c.txt"]],
    )
    conn.execute(
        "UPDATE source_files SET status = 'processing' WHERE run_id = %s AND name = 'b.txt'",
        [run],
    )
    report(conn, tasks["a.txt"], claimed[tasks["a.txt"]], rows=[{"Course Title": "A"}])
    return {**sheet, "tasks": tasks, "attempts": claimed}


def file_statuses(conn, run_id) -> dict[str, str]:
    return dict(
        conn.execute("SELECT name, status FROM source_files WHERE run_id = %s", [run_id]).fetchall()
    )


def test_cancel_ends_the_batch_its_files_show_cancelled_and_late_reports_count_nothing(
    conn, extracting
):
    job, run, user = extracting["job"], extracting["next_run"], extracting["user"]
    cancelled = conn.execute(
        "SELECT status, tasks_completed, tasks_failed FROM cancel_sheet(%s, %s)", [user, job]
    ).fetchone()
    assert cancelled == ("cancelled", 1, 0)
    assert file_statuses(conn, run) == {
        "a.txt": "completed",
        "b.txt": "cancelled",
        "c.txt": "cancelled",
    }
    # b.txt's worker reports late: nothing counts, no row appears.
    b = extracting["tasks"]["b.txt"]
    late = report(conn, b, extracting["attempts"][b], rows=[{"Course Title": "B"}])
    assert late[0] == "run_not_in_progress"
    failing = conn.execute(
        "SELECT outcome FROM retry_task(%s, %s, 'boom', 0)", [b, extracting["attempts"][b]]
    ).fetchone()
    assert failing == ("run_not_in_progress",)
    assert conn.execute("SELECT * FROM claim_tasks('w', 10, 60)").fetchall() == []
    run_row = conn.execute(
        "SELECT status, tasks_completed, tasks_failed FROM job_runs WHERE id = %s", [run]
    ).fetchone()
    assert run_row == ("cancelled", 1, 0)
    assert titles(conn, run) == ["One", "Two", "A"]
    # Cancelling again is refused; the next upload gets an editable run after it.
    refused("CR014", conn.execute, "SELECT cancel_sheet(%s, %s)", [user, job])
    editable = conn.execute("SELECT * FROM ensure_editable_run(%s)", [job]).fetchone()
    latest = runs_of(conn, job)[-1]
    assert latest["id"] == editable[0] and latest["status"] == "pending"
    assert latest["append_from_run_id"] == run
    assert titles(conn, latest["id"]) == ["One", "Two", "A"]


def test_cancel_with_nothing_in_progress_is_refused(conn, sheet):
    # The sheet's latest run is pending: there is nothing to cancel.
    error = refused(
        "CR014", conn.execute, "SELECT cancel_sheet(%s, %s)", [sheet["user"], sheet["job"]]
    )
    assert "nothing to cancel" in str(error)
    refused("CR004", conn.execute, "SELECT cancel_sheet(%s, %s)", [make_user(conn), sheet["job"]])
    assert runs_of(conn, sheet["job"])[-1]["status"] == "pending"


# -- retry --------------------------------------------------------------------------


@pytest.fixture
def failed(conn, sheet):
    """The second batch finished partially: good.txt extracted, bad.txt failed."""
    job, run = sheet["job"], sheet["next_run"]
    add_file(conn, job, run, name="good.txt", data=b"good")
    bad = add_file(conn, job, run, name="bad.txt", data=b"bad bytes")
    start(conn, job)
    for task_id, attempt in claim_all(conn, run):
        (file_id,) = conn.execute(
            "SELECT file_id FROM extraction_tasks WHERE id = %s", [task_id]
        ).fetchone()
        if file_id == bad:
            report(conn, task_id, attempt, error="cannot read it")
        else:
            report(conn, task_id, attempt, rows=[{"Course Title": "Good"}])
    return {**sheet, "bad": bad, "third_run": runs_of(conn, job)[-1]["id"]}


def retry(conn, sheet, file_id):
    return conn.execute(
        "SELECT id FROM retry_source_file(%s, %s, %s)", [sheet["user"], sheet["job"], file_id]
    ).fetchone()[0]


def test_a_failed_file_joins_the_editable_run_with_its_bytes(conn, failed):
    new_id = retry(conn, failed, failed["bad"])
    new = conn.execute(
        "SELECT run_id, name, status, sha256, size_bytes FROM source_files WHERE id = %s", [new_id]
    ).fetchone()
    assert new == (
        failed["third_run"],
        "bad.txt",
        "uploaded",
        hashlib.sha256(b"bad bytes").hexdigest(),
        9,
    )
    assert conn.execute("SELECT read_file_bytes(%s)", [new_id]).fetchone() == (b"bad bytes",)
    # Retried once: a second retry is refused, naming where it is.
    error = refused("CR015", retry, conn, failed, failed["bad"])
    assert "retried already" in str(error) and "batch 3" in str(error)
    # The old file stays failed in its batch; Start extracts the copy.
    assert file_statuses(conn, failed["next_run"])["bad.txt"] == "failed"
    assert conn.execute("SELECT tasks_total FROM start_run(%s)", [failed["job"]]).fetchone() == (1,)


def test_retrying_a_file_that_did_not_fail_or_during_a_batch_is_refused(conn, failed):
    good = conn.execute("SELECT id FROM source_files WHERE name = 'good.txt'").fetchone()[0]
    assert "only a failed or cancelled file" in str(refused("CR015", retry, conn, failed, good))
    add_file(conn, failed["job"], failed["third_run"], name="next.txt", data=b"next")
    start(conn, failed["job"])
    refused("CR003", retry, conn, failed, failed["bad"])
    refused("CR004", retry, conn, {**failed, "user": make_user(conn)}, failed["bad"])
    assert conn.execute("SELECT count(*) FROM source_files WHERE name = 'bad.txt'").fetchone() == (
        1,
    )


def test_retry_failed_files_takes_every_failed_and_cancelled_file_of_a_batch_once(conn, extracting):
    job, run, user = extracting["job"], extracting["next_run"], extracting["user"]
    conn.execute("SELECT cancel_sheet(%s, %s)", [user, job])
    retry_all = "SELECT id FROM retry_failed_files(%s, %s, %s)"
    new_ids = [i for (i,) in conn.execute(retry_all, [user, job, run]).fetchall()]
    latest = runs_of(conn, job)[-1]["id"]
    assert file_statuses(conn, latest) == {"b.txt": "uploaded", "c.txt": "uploaded"}
    assert len(new_ids) == 2
    error = refused("CR015", conn.execute, retry_all, [user, job, run])
    assert "no failed or cancelled file left" in str(error)
    # A batch of the same sheet that nothing failed in has nothing to retry either.
    refused("CR015", conn.execute, retry_all, [user, job, extracting["run"]])


# -- duplicates ----------------------------------------------------------------------


def finish(conn, user, job, run, files: dict, allow: bool = False):
    """Stage and finish an upload of {name: bytes}; (kept names, [(name, reason)])."""
    ids = [stage_file(conn, user, job, run, name=name, data=data) for name, data in files.items()]
    datas = list(files.values())
    shas = [hashlib.sha256(d).hexdigest() for d in datas]
    skipped = []
    if not allow:
        skipped = conn.execute(
            "SELECT file_id, name, reason FROM discard_duplicate_uploads(%s, %s, %s, %s, %s)",
            [user, job, run, ids, shas],
        ).fetchall()
    gone = {file_id for file_id, _, _ in skipped}
    kept_ids = [i for i in ids if i not in gone]
    sizes = [len(d) for i, d in zip(ids, datas, strict=True) if i not in gone]
    conn.execute(
        "SELECT finish_upload(%s, %s, %s, %s, %s, %s)",
        [
            user,
            job,
            run,
            kept_ids,
            sizes,
            [s for i, s in zip(ids, shas, strict=True) if i not in gone],
        ],
    )
    skipped = [(name, reason) for _, name, reason in skipped]
    kept = conn.execute(
        "SELECT name FROM source_files WHERE id = ANY(%s) ORDER BY created_at", [ids]
    ).fetchall()
    return [n for (n,) in kept], skipped


def test_bytes_already_in_the_sheet_are_not_stored_again(conn, failed):
    user, job, run = failed["user"], failed["job"], failed["third_run"]
    kept, skipped = finish(
        conn,
        user,
        job,
        run,
        {
            "again.txt": b"first",
            "new.txt": b"new",
            "twice.txt": b"new",
            "bad-again.txt": b"bad bytes",
        },
    )
    # first.txt is in batch 1; new.txt came earlier in this very upload; bad.txt failed
    # (it has no rows), so its bytes may come again.
    assert kept == ["new.txt", "bad-again.txt"]
    assert skipped == [
        ("again.txt", 'duplicate: the sheet already holds these bytes as "first.txt" (batch 1)'),
        ("twice.txt", 'duplicate: the sheet already holds these bytes as "new.txt" (batch 3)'),
    ]
    assert conn.execute(
        "SELECT count(*) FROM source_files WHERE status = 'uploading'"
    ).fetchone() == (0,)
    # Unless the upload allows them.
    kept, skipped = finish(conn, user, job, run, {"again.txt": b"first"}, allow=True)
    assert kept == ["again.txt"] and skipped == []
    # Another sheet holds its own files.
    other_job, other_run = make_sheet(conn, user_id=user)
    assert finish(conn, user, other_job, other_run, {"first.txt": b"first"}) == (["first.txt"], [])


def test_a_duplicate_zip_member_is_named_by_its_archive_and_path(conn, sheet):
    user, job, run = sheet["user"], sheet["job"], sheet["next_run"]
    member = conn.execute(
        "SELECT stage_upload_file(%s, %s, %s, 'a.txt', 'text/plain', 'certs.zip', '2024/a.txt')",
        [user, job, run],
    ).fetchone()[0]
    conn.execute("SELECT write_upload_chunk(%s, %s, 0, %s)", [user, member, b"zipped"])
    conn.execute(
        "SELECT finish_upload(%s, %s, %s, %s, %s, %s)",
        [user, job, run, [member], [6], [hashlib.sha256(b"zipped").hexdigest()]],
    )
    kept, skipped = finish(conn, user, job, run, {"loose.txt": b"zipped"})
    assert kept == []
    assert skipped == [
        (
            "loose.txt",
            'duplicate: the sheet already holds these bytes as "certs.zip/2024/a.txt" (batch 2)',
        )
    ]


def test_every_error_the_sheet_editing_sql_raises_has_a_class_and_an_http_status():
    sql = (Path(__file__).parents[1] / "sql" / "0011_sheet_editing.sql").read_text()
    codes = set(re.findall(r"ERRCODE = '(CR\d{3})'", sql))
    assert codes == {"CR004", "CR013", "CR014", "CR015"}
    for code in codes:
        assert _BY_SQLSTATE[code] in STATUS, code


def test_the_migration_rolls_back_and_applies_again_to_the_same_schema(db_url):
    from yoyo import get_backend

    from cpe_runs.migrations import _yoyo_url, migrations
    from cpe_runs.schema import dump_schema

    before = dump_schema(db_url)
    backend = get_backend(_yoyo_url(db_url))
    try:
        mine = migrations().filter(lambda m: m.id == "0011_sheet_editing")
        with backend.lock():
            backend.rollback_migrations(mine)
        rolled_back = dump_schema(db_url)
        assert "add_result_row" not in rolled_back and "row_created" not in rolled_back
        with backend.lock():
            backend.apply_migrations(backend.to_apply(mine))
    finally:
        backend.connection.close()
    assert dump_schema(db_url) == before
