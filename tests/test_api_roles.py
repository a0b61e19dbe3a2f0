"""The REST services as the API role, under row-level security (sql/0007): every
SQL function they call works with that role's grants, and another user's
sheet is not there at all."""

from __future__ import annotations

import pytest

from cpe_runs import db, results, sheets
from cpe_runs import files as sheet_files
from cpe_runs.config import Settings
from cpe_runs.errors import NotFound, NothingInProgress, NotRetryable, RunNotPending
from cpe_runs.storage import filestore
from cpe_runs.storage.filestore import Limits

from .apiclient import TEXT, certificate
from .factories import claim_all, make_token, report, state_template_id

BOUNDARY = "role-test"


async def _body(name: str, data: bytes):
    yield (
        (
            f'--{BOUNDARY}\r\nContent-Disposition: form-data; name="files"; filename="{name}"\r\n'
            "Content-Type: text/plain\r\n\r\n"
        ).encode()
        + data
        + f"\r\n--{BOUNDARY}--\r\n".encode()
    )


async def _upload(pool, user_id, job_id, run_id=None, data=TEXT):
    return await sheet_files.upload_files(
        pool,
        user_id,
        job_id,
        run_id,
        f"multipart/form-data; boundary={BOUNDARY}",
        _body("a.txt", data),
        Limits.from_settings(Settings()),
    )


@pytest.fixture
async def api_pool(db_url):
    pool = await db.create_pool(db_url, role="cpe_runs_api")
    try:
        yield pool
    finally:
        await pool.close()


async def test_sheet_lifecycle_works_as_the_api_role(api_pool, conn):
    alice, _ = make_token(conn, "alice@example.com")
    states = await sheets.list_states(api_pool, alice)
    assert "California" in {s["name"] for s in states}
    first = await sheets.create_sheet(api_pool, alice, state_template_id(conn), None)
    job = first["job_id"]
    run_id, uploaded, _ = await _upload(api_pool, alice, job)
    assert run_id == first["id"] and [f["name"] for f in uploaded] == ["a.txt"]
    assert (await sheets.start_sheet(api_pool, alice, job, 3))["tasks_total"] == 1
    for task in claim_all(conn, run_id):
        report(conn, *task, rows=[{"Course Title": "Ethics", "CPE Hours": "2"}])

    listed, total = await sheets.list_sheets(api_pool, alice, 10, 0)
    assert total == 1 and listed[0]["status"] == "pending"
    latest = listed[0]["latest_run_id"]
    with pytest.raises(RunNotPending) as refused:
        await _upload(api_pool, alice, job, run_id)
    assert refused.value.run_id == latest
    page = await results.page(api_pool, alice, job, None, 10, 0)
    count, sheet, rows = page.total, page.sheet, page.rows
    assert count == 1 and rows[0].values["CPE Hours"] == 2
    edited = await results.edit_row(api_pool, alice, job, rows[0].row_id, {"CPE Hours": 3})
    assert edited.values["CPE Hours"] == 3 and edited.source == "manual"
    exported = [row async for batch in results.batches(api_pool, alice, sheet) for row in batch]
    assert [r.row_id for r in exported] == [rows[0].row_id]
    files = await sheet_files.list_files(api_pool, alice, job)
    assert [f["run_status"] for f in files] == ["completed"]
    assert (await sheets.get_run(api_pool, alice, job, run_id))["status"] == "completed"
    _, pending, _ = await _upload(api_pool, alice, job, data=certificate("pending"))
    await sheet_files.delete_file(api_pool, alice, job, pending[0]["id"], None)
    await sheets.delete_sheet(api_pool, alice, job)
    assert conn.execute("SELECT count(*) FROM file_chunks").fetchone() == (0,)


async def test_another_users_sheet_is_not_found_as_the_api_role(api_pool, conn):
    alice, _ = make_token(conn, "alice@example.com")
    bob, _ = make_token(conn, "bob@example.com")
    first = await sheets.create_sheet(api_pool, alice, state_template_id(conn), None)
    job, run_id = first["job_id"], first["id"]
    attempts = [
        sheets.delete_sheet(api_pool, bob, job),
        sheets.start_sheet(api_pool, bob, job, 3),
        sheets.get_run(api_pool, bob, job, run_id),
        sheet_files.list_files(api_pool, bob, job),
        results.page(api_pool, bob, job, None, 10, 0),
        _upload(api_pool, bob, job),
    ]
    for attempt in attempts:
        with pytest.raises(NotFound):
            await attempt
    assert (await sheets.list_sheets(api_pool, bob, 10, 0))[1] == 0


async def test_working_the_sheet_works_as_the_api_role(api_pool, conn):
    """Rows added and deleted, cancel, retry (its bytes copied) and the original read back,
    all under row-level security."""
    alice, _ = make_token(conn, "alice@example.com")
    first = await sheets.create_sheet(api_pool, alice, state_template_id(conn), None)
    job = first["job_id"]
    run_id, uploaded, _ = await _upload(api_pool, alice, job, data=certificate("a"))
    await sheets.start_sheet(api_pool, alice, job, 3)
    cancelled = await sheets.cancel_sheet(api_pool, alice, job)
    assert cancelled["id"] == run_id and cancelled["status"] == "cancelled"
    with pytest.raises(NothingInProgress):
        await sheets.cancel_sheet(api_pool, alice, job)

    again = await sheet_files.retry_file(api_pool, alice, job, uploaded[0]["id"])
    assert again["status"] == "uploaded" and again["job_run_id"] != run_id
    with pytest.raises(NotRetryable):
        await sheet_files.retry_file(api_pool, alice, job, uploaded[0]["id"])
    file, storage = await sheet_files.original_file(api_pool, alice, job, again["id"])
    chunks = filestore.file_chunks(api_pool, alice, again["id"], file["size"])
    assert file["name"] == "a.txt" and storage == "db"
    assert b"".join([c async for c in chunks]) == certificate("a")

    row = await results.add_row(api_pool, alice, job, {"Course Title": "By hand"})
    assert row.source == "manual" and row.run_id == again["job_run_id"]
    await results.delete_row(api_pool, alice, job, row.row_id)
    with pytest.raises(NotFound):
        await results.delete_row(api_pool, alice, job, row.row_id)
    assert conn.execute(
        "SELECT array_agg(type ORDER BY seq) FROM run_events WHERE type LIKE 'row_%'"
    ).fetchone() == (["row_created", "row_deleted"],)
