"""Moving blobs while others use them (sql/0021, storage/outbox.py, storage/reading.py).

- A file moved back to a store soon after it was moved away: the deletion its move
  away left, pending or under way, never deletes the blob it lives in again.
- `blobs migrate` switching a file's store while a worker, a download or an audit
  packet reads it: the reader finishes from the old copy (kept a while after the
  switch), or reads on from the new store; it never fails.

The stores here are directories (explicitly: the races are about the outbox and
the switch, the same for every store outside the database)."""

from __future__ import annotations

import asyncio
import hashlib
import io
import zipfile
from pathlib import Path

import asyncpg
import pytest
from psycopg.types.json import Jsonb

from cpe_runs import audit
from cpe_runs.config import Settings
from cpe_runs.storage import filestore, outbox
from cpe_runs.storage.blobs import BlobMissing, BlobStores, open_store
from cpe_runs.storage.moving import migrate_blobs
from cpe_runs.worker import Worker

from . import apiclient, topology
from .apiclient import PDF, TEXT, api_client, new_sheet, upload
from .test_worker_loop import Running, run_ended, until
from .test_worker_loop import settings as worker_settings

alice = apiclient.alice
BIG = TEXT + b"line of text\n" * (200 * 1024)  # past what a claim brings along


@pytest.fixture
def stores(tmp_path: Path) -> tuple[str, str]:
    """Two directory stores, A and B, by their URLs as rows record them."""
    return tuple(open_store(f"file://{tmp_path}/{name}", Settings()).url for name in "ab")


def _uploaded(db_url, conn, user, store: str, *files) -> tuple[dict, list[str]]:
    with api_client(db_url, blob_store=store) as client:
        sheet = new_sheet(client, user, conn)
        response = upload(client, user, sheet["job_id"], *files)
        assert response.status_code == 201, response.text
    return sheet, [f["id"] for f in response.json()["files"]]


async def _blob(url: str, key: str) -> bytes | None:
    store = open_store(url, Settings())
    try:
        return await store.read(key)
    except BlobMissing:
        return None
    finally:
        await store.close()


def _outbox(conn) -> list[tuple]:
    return conn.execute(
        "SELECT storage, blob_key, run_after <= now() FROM blob_deletions ORDER BY id"
    ).fetchall()


async def _move(db_url: str, to: str, **kwargs):
    pool = await asyncpg.create_pool(db_url, min_size=1, max_size=2)
    blobs = BlobStores(Settings())
    try:
        return await migrate_blobs(pool, blobs, to, **kwargs)
    finally:
        await blobs.close()
        await pool.close()


async def test_a_deletion_claimed_before_the_file_moved_back_does_not_delete_it(
    db_url, conn, alice, stores
):
    a, b = stores
    _sheet, [file_id] = _uploaded(db_url, conn, alice, a, ("a.pdf", PDF))
    assert (await _move(db_url, b, keep_old_seconds=0)).moved == 1
    assert _outbox(conn) == [(a, file_id, True)]
    pool = await asyncpg.create_pool(db_url, min_size=1, max_size=3)
    blobs = BlobStores(Settings())
    try:
        # A worker claims the old copy's deletion, then is slow to carry it out...
        [claimed] = await pool.fetch("SELECT * FROM claim_blob_deletions(20, 30)")
        # ...while the file moves back to A.
        assert (await _move(db_url, a)).moved == 1
        assert await _blob(a, file_id) == PDF
        # The claim is carried out now: nothing to delete, A's blob is the file's.
        assert await outbox.delete_blob(pool, blobs, claimed) is False
    finally:
        await blobs.close()
        await pool.close()
    assert await _blob(a, file_id) == PDF
    assert conn.execute("SELECT storage FROM source_files").fetchone() == (a,)
    # Only B's copy waits for deletion now (kept a while for readers of it).
    assert _outbox(conn) == [(b, file_id, False)]


async def test_a_deletion_under_way_holds_back_a_move_back_until_it_is_done(
    db_url, conn, alice, stores
):
    a, b = stores
    _sheet, [file_id] = _uploaded(db_url, conn, alice, a, ("a.pdf", PDF))
    await _move(db_url, b, keep_old_seconds=0)
    pool = await asyncpg.create_pool(db_url, min_size=1, max_size=3)
    blobs = BlobStores(Settings())
    store_a = blobs.get(a)
    entered, go_on = asyncio.Event(), asyncio.Event()
    delete = store_a.delete

    async def slow_delete(key: str) -> None:
        entered.set()
        await go_on.wait()
        await delete(key)

    store_a.delete = slow_delete
    try:
        deleting = asyncio.create_task(outbox.delete_due_blobs(pool, blobs, lease_seconds=30))
        await asyncio.wait_for(entered.wait(), 10)
        moving_back = asyncio.create_task(_move(db_url, a))

        def waiting_on_the_lock():
            return conn.execute(
                "SELECT 1 FROM pg_stat_activity WHERE wait_event_type = 'Lock'"
                " AND query LIKE '%prepare_blob_copy%'"
            ).fetchone()

        await until(waiting_on_the_lock, message="the move back waits for the deletion")
        assert not moving_back.done()
        go_on.set()
        assert await asyncio.wait_for(deleting, 10) == 1
        assert (await asyncio.wait_for(moving_back, 10)).moved == 1
    finally:
        go_on.set()
        await blobs.close()
        await pool.close()
    # The old copy went before the copy back was written: the file's blob is whole.
    assert await _blob(a, file_id) == PDF
    assert conn.execute("SELECT storage FROM source_files").fetchone() == (a,)
    assert _outbox(conn) == [(b, file_id, False)]


async def test_a_switch_keeps_the_old_copy_for_readers_that_looked_before_it(
    db_url, conn, alice, stores
):
    a, b = stores
    _sheet, [file_id] = _uploaded(db_url, conn, alice, a, ("a.pdf", PDF))
    await _move(db_url, b)
    # Due in an hour: a reader (or a presigned URL) of A from before the switch finishes.
    kept = conn.execute(
        "SELECT run_after - now() FROM blob_deletions WHERE storage = %s", [a]
    ).fetchone()[0]
    assert kept.total_seconds() > 3000
    pool = await asyncpg.create_pool(db_url, min_size=1, max_size=2)
    blobs = BlobStores(Settings())
    try:
        assert await outbox.delete_due_blobs(pool, blobs, lease_seconds=30) == 0
    finally:
        await blobs.close()
        await pool.close()
    assert await _blob(a, file_id) == PDF


def _switch_before_first_read(store, db_url: str, to: str) -> None:
    """The first read of `store` comes after `blobs migrate` moved the file to `to`
    and its old copy was deleted: the worst a reader that looked it up can meet."""
    chunks = store.chunks
    done = []

    async def switched_chunks(key: str):
        if not done:
            done.append(await _move(db_url, to, keep_old_seconds=0))
            pool = await asyncpg.create_pool(db_url, min_size=1, max_size=2)
            blobs = BlobStores(Settings())
            try:
                # (A worker running meanwhile may be the one that deletes it.)
                await outbox.delete_due_blobs(pool, blobs, lease_seconds=30)
                for _ in range(200):
                    if not await blobs.get(store.url).exists(key):
                        break
                    await asyncio.sleep(0.05)
                else:
                    raise AssertionError("the old copy was not deleted")
            finally:
                await blobs.close()
                await pool.close()
        async for data in chunks(key):
            yield data

    store.chunks = switched_chunks


async def test_a_worker_reads_on_from_the_new_store_when_its_file_moved_meanwhile(
    db_url, conn, alice, stores
):
    a, b = stores
    sheet, [file_id] = _uploaded(db_url, conn, alice, a, ("big.txt", BIG))
    with api_client(db_url, blob_store=a) as client:
        started = client.post(f"/api/cpe/sheets/{sheet['job_id']}/start", headers=alice.headers)
        assert started.status_code == 202, started.text
    worker = Worker(topology.worker_url(db_url), worker_settings(db_url, "digest", blob_store=a))
    _switch_before_first_read(worker.blobs.get(a), db_url, b)
    async with Running(worker):
        run = await until(lambda: run_ended(conn, sheet["run_id"]), message="run ends")
    assert run["status"] == "completed", run
    assert conn.execute("SELECT storage FROM source_files").fetchone() == (b,)
    assert await _blob(a, file_id) is None, "the old copy was gone when the worker read"
    digest = conn.execute("SELECT \"values\"->>'Course Title' FROM result_rows").fetchone()[0]
    assert digest == hashlib.sha256(BIG).hexdigest()


def test_a_download_sends_on_from_the_new_store_when_its_file_moved_meanwhile(
    db_url, conn, alice, stores
):
    a, b = stores
    sheet, [file_id] = _uploaded(db_url, conn, alice, a, ("big.txt", BIG))
    with api_client(db_url, blob_store=a) as client:
        _switch_before_first_read(client.app.state.blobs.get(a), db_url, b)
        got = client.get(
            f"/api/jobs/{sheet['job_id']}/files/{file_id}/content", headers=alice.headers
        )
    assert got.status_code == 200 and got.content == BIG
    assert conn.execute("SELECT storage FROM source_files").fetchone() == (b,)


def test_a_download_from_postgres_sends_on_from_the_store_its_chunks_moved_to(
    db_url, conn, alice, stores, monkeypatch
):
    _a, b = stores
    sheet, [file_id] = _uploaded(db_url, conn, alice, "postgres", ("big.txt", BIG))
    chunks = filestore.file_chunks

    async def switched_chunks(*args):
        await _move(db_url, b)  # the chunks go with the switch
        async for data in chunks(*args):
            yield data

    monkeypatch.setattr(filestore, "file_chunks", switched_chunks)
    with api_client(db_url, blob_store="postgres") as client:
        got = client.get(
            f"/api/jobs/{sheet['job_id']}/files/{file_id}/content", headers=alice.headers
        )
    assert got.status_code == 200 and got.content == BIG
    assert conn.execute("SELECT storage FROM source_files").fetchone() == (b,)
    assert conn.execute("SELECT count(*) FROM file_chunks").fetchone() == (0,)


def _packet_certificates(response) -> dict[str, bytes]:
    assert response.status_code == 200, response.text
    archive = zipfile.ZipFile(io.BytesIO(response.content))
    assert archive.testzip() is None
    return {n: archive.read(n) for n in archive.namelist() if n.startswith("certificates/")}


def _backing_a_row(conn, sheet: dict, file_id: str) -> None:
    """A row of the sheet from the file: the audit packet carries only certificates
    that back rows."""
    conn.execute(
        'INSERT INTO result_rows (job_id, run_id, file_id, "values") VALUES (%s, %s, %s, %s)',
        [sheet["job_id"], sheet["run_id"], file_id, Jsonb({"Course Title": "Big", "CPE Hours": 2})],
    )


def test_an_audit_packet_sends_on_from_the_new_store_when_a_certificate_moved_meanwhile(
    db_url, conn, alice, stores
):
    a, b = stores
    sheet, [file_id] = _uploaded(db_url, conn, alice, a, ("big.txt", BIG))
    _backing_a_row(conn, sheet, file_id)
    with api_client(db_url, blob_store=a) as client:
        _switch_before_first_read(client.app.state.blobs.get(a), db_url, b)
        got = client.get(f"/api/jobs/{sheet['job_id']}/export/audit", headers=alice.headers)
    assert _packet_certificates(got) == {"certificates/001 big.txt": BIG}
    assert conn.execute("SELECT storage FROM source_files").fetchone() == (b,)
    assert await_blob(a, file_id) is None, "the old copy was gone when the packet read it"


def test_an_audit_packet_from_postgres_sends_on_from_the_store_its_chunks_moved_to(
    db_url, conn, alice, stores, monkeypatch
):
    _a, b = stores
    sheet, [file_id] = _uploaded(db_url, conn, alice, "postgres", ("big.txt", BIG))
    _backing_a_row(conn, sheet, file_id)
    prepare = audit.prepare

    async def switched_after_prepare(pool, user_id, job_id):
        packet = await prepare(pool, user_id, job_id)
        await _move(db_url, b)  # the chunks go with the switch, before a byte is sent
        return packet

    monkeypatch.setattr(audit, "prepare", switched_after_prepare)
    with api_client(db_url, blob_store="postgres") as client:
        got = client.get(f"/api/jobs/{sheet['job_id']}/export/audit", headers=alice.headers)
    assert _packet_certificates(got) == {"certificates/001 big.txt": BIG}
    assert conn.execute("SELECT storage FROM source_files").fetchone() == (b,)
    assert conn.execute("SELECT count(*) FROM file_chunks").fetchone() == (0,)


def await_blob(url: str, key: str) -> bytes | None:
    return asyncio.run(_blob(url, key))
