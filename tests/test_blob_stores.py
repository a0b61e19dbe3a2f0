"""Blob stores (storage/): the same behaviour from PostgreSQL, a directory and S3
(moto's server). Uploads stream to the configured store, workers read from it, the
original-file route serves from it (S3: a presigned redirect), and deletions go
through the outbox: the blob goes only after its row, retried until it does."""

from __future__ import annotations

import asyncio
import hashlib
import io
import zipfile

import asyncpg
import boto3
import httpx
import pytest

from cpe_runs.config import Settings
from cpe_runs.errors import FileUnreadable
from cpe_runs.storage import outbox
from cpe_runs.storage.blobs import BlobMissing, BlobStores, open_store, read_verified
from cpe_runs.storage.s3 import PART_BYTES
from cpe_runs.worker import Worker

from . import apiclient, blobstores, topology
from .apiclient import (
    PDF,
    TEXT,
    api_client,
    assert_problem,
    new_sheet,
    original,
    stored_counts,
    upload,
)
from .blobstores import BUCKET, StoreUnderTest, file_storage
from .factories import make_sheet, make_user
from .test_worker_loop import Running, run_ended, until

# The shared fixtures: users, and the stores each test runs against.
alice, bob = apiclient.alice, apiclient.bob
blob_store, external_store = blobstores.blob_store, blobstores.external_store
MIB = 1024 * 1024


def _store(store_under_test):
    settings = Settings(**store_under_test.settings)
    return open_store(store_under_test.url, settings)


async def _keys(store) -> set[str]:
    return {key async for key in store.list_keys()}


# -- the store itself (a directory, S3) -----------------------------------------------


async def test_a_blob_written_in_parts_reads_back_whole_once_closed(external_store):
    store = _store(external_store)
    data = bytes(range(256)) * (PART_BYTES // 256) + b"tail" * 1000  # two S3 parts
    writer = store.writer("a1")
    for start in range(0, len(data), MIB):
        await writer.write(data[start : start + MIB])
    assert not await store.exists("a1"), "nothing is visible before close"
    await writer.close()
    assert await store.read("a1") == data
    assert await _keys(store) == {"a1"}
    await store.close()


async def test_an_aborted_blob_leaves_nothing_behind(external_store):
    store = _store(external_store)
    writer = store.writer("b2")
    await writer.write(b"x" * (PART_BYTES + 10))  # one part sent already
    await writer.abort()
    assert not await store.exists("b2")
    assert await _keys(store) == set()
    if external_store.kind == "s3":
        client = boto3.client("s3", endpoint_url=external_store.endpoint_url)
        assert client.list_multipart_uploads(Bucket=BUCKET).get("Uploads", []) == []
    else:
        assert list((store.root / ".partial").iterdir()) == []
    await store.close()


async def test_a_missing_blob_is_unreadable_and_deleting_it_is_no_error(external_store):
    store = _store(external_store)
    with pytest.raises(BlobMissing):
        await store.read("nothing")
    await store.delete("nothing")
    writer = store.writer("c3")
    await writer.write(b"certificate")
    await writer.close()
    with pytest.raises(FileUnreadable, match="sha256"):
        await read_verified(store, "c3", 11, hashlib.sha256(b"another thing").hexdigest())
    with pytest.raises(FileUnreadable, match="11 of its 12 bytes"):
        await read_verified(store, "c3", 12, None)
    await store.delete("c3")
    await store.delete("c3")
    assert not await store.exists("c3")
    await store.close()


def test_a_blob_store_url_that_names_no_store_is_refused():
    with pytest.raises(ValueError, match="CPE_RUNS_BLOB_STORE"):
        open_store("ftp://somewhere", Settings())
    with pytest.raises(ValueError, match="absolute path"):
        open_store("file://relative/path", Settings())


# -- through the API and the workers: the same tests for all three stores ---------------


def _stored(conn, blob_store, file_id) -> bytes | None:
    """A file's bytes where its store keeps them (None when they are not there)."""
    if blob_store.kind == "postgres":
        chunks = conn.execute(
            "SELECT string_agg(data, ''::bytea ORDER BY chunk_no) FROM file_chunks"
            " WHERE file_id = %s",
            [file_id],
        ).fetchone()[0]
        return None if chunks is None else bytes(chunks)
    store = _store(blob_store)
    try:
        return asyncio.run(store.read(str(file_id)))
    except BlobMissing:
        return None
    finally:
        asyncio.run(store.close())


def _blob_keys(conn, blob_store) -> set[str]:
    if blob_store.kind == "postgres":
        rows = conn.execute("SELECT DISTINCT file_id::text FROM file_chunks").fetchall()
        return {r[0] for r in rows}
    store = _store(blob_store)
    try:
        return asyncio.run(_keys(store))
    finally:
        asyncio.run(store.close())


def _expected_storage(blob_store) -> str:
    return "db" if blob_store.kind == "postgres" else _store(blob_store).url


def _content(client, user, job_id, file_id) -> httpx.Response:
    return original(client, user, job_id, file_id)[0]


def test_uploads_go_to_the_configured_store_and_the_originals_come_back(
    blob_store, alice, conn, db_url
):
    big = PDF + b"%" * (3 * MIB)  # several chunks, several writes
    with api_client(db_url, **blob_store.settings) as client:
        sheet = new_sheet(client, alice, conn)
        response = upload(
            client,
            alice,
            sheet["job_id"],
            ("ethics.pdf", PDF, "application/pdf"),
            ("big.pdf", big, "application/pdf"),
            ("tax.txt", TEXT, "text/plain"),
        )
        assert response.status_code == 201, response.text
        files = {f["name"]: f for f in response.json()["files"]}
        for name, data in (("ethics.pdf", PDF), ("big.pdf", big), ("tax.txt", TEXT)):
            file_id = files[name]["id"]
            assert file_storage(conn, file_id) == _expected_storage(blob_store)
            assert _stored(conn, blob_store, file_id) == data
            got = _content(client, alice, sheet["job_id"], file_id)
            assert got.status_code == 200 and got.content == data
            assert got.headers["content-disposition"] == f'inline; filename="{name}"'
        text = _content(client, alice, sheet["job_id"], files["tax.txt"]["id"])
        assert text.headers["content-type"] == "text/plain; charset=utf-8"
    if blob_store.kind != "postgres":
        chunks = conn.execute("SELECT count(*) FROM file_chunks").fetchone()[0]
        assert chunks == 0, "no byte went to file_chunks"


def test_redirect_false_answers_the_bytes_themselves_from_every_store(
    blob_store, alice, conn, db_url
):
    """The page reads originals with `redirect=false`: a script may not follow S3's
    redirect to another origin, so every store answers the bytes, never a 307."""
    with api_client(db_url, **blob_store.settings) as client:
        sheet = new_sheet(client, alice, conn)
        response = upload(client, alice, sheet["job_id"], ("ethics.pdf", PDF, "application/pdf"))
        file_id = response.json()["files"][0]["id"]
        got = client.get(
            f"/api/jobs/{sheet['job_id']}/files/{file_id}/content",
            params={"redirect": "false"},
            headers=alice.headers,
            follow_redirects=False,
        )
        assert got.status_code == 200 and got.content == PDF
        assert got.headers["content-disposition"] == 'inline; filename="ethics.pdf"'
        bad = client.get(
            f"/api/jobs/{sheet['job_id']}/files/{file_id}/content",
            params={"redirect": "perhaps"},
            headers=alice.headers,
        )
        assert bad.status_code == 400


def test_another_users_original_is_not_found(blob_store, alice, bob, conn, db_url):
    with api_client(db_url, **blob_store.settings) as client:
        sheet = new_sheet(client, alice, conn)
        file_id = upload(client, alice, sheet["job_id"], ("a.pdf", PDF)).json()["files"][0]["id"]
        response = client.get(
            f"/api/jobs/{sheet['job_id']}/files/{file_id}/content", headers=bob.headers
        )
        assert_problem(response, 404)


def test_a_refused_upload_leaves_no_row_and_no_blob(blob_store, alice, conn, db_url):
    with api_client(db_url, **blob_store.settings) as client:
        sheet = new_sheet(client, alice, conn)
        response = upload(
            client,
            alice,
            sheet["job_id"],
            ("first.pdf", PDF + b"%" * (2 * MIB)),
            ("program.exe", b"MZ\x90\x00" + b"\x00" * 600),
        )
        assert_problem(response, 415)
    assert stored_counts(conn) == (0, 0)
    # Discarded rows queue their blobs; the upload deleted them itself already.
    assert _blob_keys(conn, blob_store) == set()


async def _delete_due(db_url: str, blob_store) -> int:
    pool = await asyncpg.create_pool(db_url, min_size=1, max_size=2)
    blobs = BlobStores(Settings(**blob_store.settings))
    try:
        return await outbox.delete_due_blobs(pool, blobs, lease_seconds=30.0)
    finally:
        await blobs.close()
        await pool.close()


def _outbox(conn) -> list[tuple]:
    return conn.execute(
        "SELECT storage, blob_key, attempts, last_error FROM blob_deletions ORDER BY id"
    ).fetchall()


def test_blobs_of_deleted_files_and_sheets_go_once_their_rows_are_gone(
    blob_store, alice, conn, db_url
):
    with api_client(db_url, **blob_store.settings) as client:
        sheet = new_sheet(client, alice, conn)
        job_id = sheet["job_id"]
        response = upload(
            client, alice, job_id, ("a.pdf", PDF), ("b.txt", TEXT), ("c.txt", TEXT + b"c")
        )
        ids = [f["id"] for f in response.json()["files"]]
        deleted = client.delete(f"/api/jobs/{job_id}/files/{ids[0]}", headers=alice.headers)
        assert deleted.status_code == 200, deleted.text
        if blob_store.kind == "postgres":
            assert _outbox(conn) == []  # the chunks went with the row
            assert _blob_keys(conn, blob_store) == set(ids[1:])
        else:
            # The row is gone, the blob waits for a worker.
            assert _outbox(conn) == [(_expected_storage(blob_store), ids[0], 0, None)]
            assert _blob_keys(conn, blob_store) == set(ids)
            assert asyncio.run(_delete_due(db_url, blob_store)) == 1
            assert _outbox(conn) == []
            assert _blob_keys(conn, blob_store) == set(ids[1:])
        gone = client.delete(f"/api/cpe/sheets/{job_id}", headers=alice.headers)
        assert gone.status_code in (200, 204), gone.text
    if blob_store.kind != "postgres":
        assert {row[1] for row in _outbox(conn)} == set(ids[1:])
        assert asyncio.run(_delete_due(db_url, blob_store)) == 2
    assert _outbox(conn) == []
    assert _blob_keys(conn, blob_store) == set()
    assert stored_counts(conn) == (0, 0)


def test_a_deletion_the_store_refuses_is_kept_and_retried_later(moto_s3, conn, db_url):
    missing = "s3://no-such-bucket/certificates"
    conn.execute("INSERT INTO blob_deletions (storage, blob_key) VALUES (%s, %s)", [missing, "k1"])
    store = StoreUnderTest("s3", missing, moto_s3)
    assert asyncio.run(_delete_due(db_url, store)) == 0
    [(storage, key, attempts, error)] = _outbox(conn)
    assert (storage, key, attempts) == (missing, "k1", 1)
    assert "NoSuchBucket" in error
    due_in = conn.execute("SELECT run_after - now() FROM blob_deletions").fetchone()[0]
    assert due_in.total_seconds() > 1, "not retried at once"
    # Once the bucket exists and the retry falls due, the deletion is done and forgotten.
    boto3.client("s3", endpoint_url=moto_s3).create_bucket(Bucket="no-such-bucket")
    conn.execute("UPDATE blob_deletions SET run_after = now()")
    assert asyncio.run(_delete_due(db_url, store)) == 1
    assert _outbox(conn) == []


async def test_workers_read_each_file_from_its_store(blob_store, alice, conn, db_url):
    big = TEXT + b"line of text\n" * (200 * 1024)  # past the bytes a claim brings along
    settings = {**blob_store.settings}
    with api_client(db_url, **settings) as client:
        sheet = new_sheet(client, alice, conn)
        response = upload(client, alice, sheet["job_id"], ("small.txt", TEXT), ("big.txt", big))
        assert response.status_code == 201, response.text
        started = client.post(f"/api/cpe/sheets/{sheet['job_id']}/start", headers=alice.headers)
        assert started.status_code == 202, started.text
    from .test_worker_loop import settings as worker_settings

    worker = Worker(
        topology.worker_url(db_url), worker_settings(db_url, "digest", **settings), concurrency=2
    )
    async with Running(worker):
        run = await until(lambda: run_ended(conn, sheet["run_id"]), message="run ends")
    assert run["status"] == "completed", run
    digests = conn.execute(
        "SELECT \"values\"->>'Course Title' FROM result_rows WHERE run_id = %s",
        [sheet["run_id"]],
    ).fetchall()
    assert {d[0] for d in digests} == {hashlib.sha256(d).hexdigest() for d in (TEXT, big)}
    # The audit packet carries the originals, read from the same store.
    with api_client(db_url, **settings) as client:
        packet = client.get(f"/api/jobs/{sheet['job_id']}/export/audit", headers=alice.headers)
    assert packet.status_code == 200, packet.text
    with zipfile.ZipFile(io.BytesIO(packet.content)) as archive:
        originals = sorted(
            archive.read(n) for n in archive.namelist() if n.startswith("certificates/")
        )
    assert originals == sorted([TEXT, big])


async def test_a_blob_changed_in_its_store_fails_its_task_with_a_clear_error(
    external_store, alice, conn, db_url
):
    with api_client(db_url, **external_store.settings) as client:
        sheet = new_sheet(client, alice, conn)
        response = upload(client, alice, sheet["job_id"], ("a.txt", TEXT))
        file_id = response.json()["files"][0]["id"]
        store = _store(external_store)
        writer = store.writer(file_id)
        await writer.write(TEXT.replace(b"Ethics", b"Ethicz"))
        await writer.close()
        await store.close()
        client.post(f"/api/cpe/sheets/{sheet['job_id']}/start", headers=alice.headers)
    from .test_worker_loop import settings as worker_settings

    worker = Worker(
        topology.worker_url(db_url), worker_settings(db_url, "digest", **external_store.settings)
    )
    async with Running(worker):
        run = await until(lambda: run_ended(conn, sheet["run_id"]), message="run ends")
    assert run["status"] == "failed"
    error = conn.execute("SELECT error FROM source_files WHERE id = %s", [file_id]).fetchone()[0]
    assert "do not match its sha256" in error


async def test_half_written_blobs_of_a_dead_writer_are_swept_once_old(external_store):
    store = _store(external_store)
    writer = store.writer("d4")
    await writer.write(b"x" * (PART_BYTES + 1))  # a part sent (S3), a partial file (directory)
    if external_store.kind == "file":
        # (moto dates every multipart upload 2010-11-10: the age is not tested on S3.)
        assert await store.sweep_abandoned(3600) == 0, "a writer at work is left alone"
    await asyncio.sleep(1.1)  # S3 dates uploads to the second
    assert await store.sweep_abandoned(1) == 1
    assert await store.sweep_abandoned(1) == 0
    assert await _keys(store) == set()
    if external_store.kind == "s3":
        client = boto3.client("s3", endpoint_url=external_store.endpoint_url)
        assert client.list_multipart_uploads(Bucket=BUCKET).get("Uploads", []) == []
    await store.close()


def test_an_upload_abandoned_by_a_crashed_server_loses_its_blob_through_the_sweep(
    external_store, conn, db_url
):
    """The server died after the blob was written and before the upload finished: the
    sweep deletes the staged row, and the outbox its blob."""
    user_id = make_user(conn)
    job_id, run_id = make_sheet(conn, user_id=user_id)
    file_id = conn.execute(
        "SELECT stage_upload_file(%s, %s, %s, 'a.txt', 'text/plain')", [user_id, job_id, run_id]
    ).fetchone()[0]
    store = _store(external_store)
    conn.execute("SELECT set_upload_storage(%s, %s, %s)", [user_id, file_id, store.url])

    async def write() -> None:
        writer = store.writer(str(file_id))
        await writer.write(TEXT)
        await writer.close()
        await store.close()

    asyncio.run(write())
    conn.execute("UPDATE source_files SET created_at = now() - interval '2 days'")
    assert conn.execute("SELECT sweep_abandoned_uploads(interval '1 day')").fetchone()[0] == 1
    assert _outbox(conn) == [(store.url, str(file_id), 0, None)]
    assert asyncio.run(_delete_due(db_url, external_store)) == 1
    assert _blob_keys(conn, external_store) == set()
    assert stored_counts(conn) == (0, 0)
