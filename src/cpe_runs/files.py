"""What the API does to a sheet's files: list, delete, retry, upload, read back.

Each function is one transaction acting for the user (db.as_user, so row-level
security applies) that calls the SQL functions of sql/0005_api.sql; another
user's ids answer NotFound exactly as missing ones. An upload is the exception:
a short transaction per step (storage.filestore.Staging), none open while its
body arrives. Where the bytes go and what they may be is storage/'s. Database
errors leave as the classes of cpe_runs.errors.
"""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator

import asyncpg

from . import runs
from .db import as_user
from .errors import FileUnreadable, NotFound, RunInProgress, RunNotPending, translating
from .storage import filestore
from .storage.blobs import IN_DATABASE, BlobStore, BlobStores
from .storage.filestore import Limits, Skipped, Staging
from .storage.reading import stream_file
from .storage.uploads import receive_files


async def list_files(
    pool: asyncpg.Pool, user_id: uuid.UUID, job_id: uuid.UUID
) -> list[asyncpg.Record]:
    with translating():
        async with as_user(pool, user_id) as conn:
            return await conn.fetch("SELECT * FROM list_sheet_files($1, $2)", user_id, job_id)


async def delete_file(
    pool: asyncpg.Pool,
    user_id: uuid.UUID,
    job_id: uuid.UUID,
    file_id: uuid.UUID,
    run_id: uuid.UUID | None,
) -> None:
    with translating():
        async with as_user(pool, user_id) as conn:
            await conn.execute(
                "SELECT delete_source_file($1, $2, $3, $4)", user_id, job_id, file_id, run_id
            )


async def retry_file(
    pool: asyncpg.Pool,
    user_id: uuid.UUID,
    job_id: uuid.UUID,
    file_id: uuid.UUID,
    blobs: BlobStores | None = None,
) -> asyncpg.Record:
    """Add a failed or cancelled file to the sheet's editable run again, with its stored
    bytes; the new file as list_files shows it (NotRetryable, RunInProgress)."""
    [copy] = await _retried(pool, user_id, job_id, "retry_source_file", file_id, blobs)
    return copy


async def retry_failed_files(
    pool: asyncpg.Pool,
    user_id: uuid.UUID,
    job_id: uuid.UUID,
    run_id: uuid.UUID,
    blobs: BlobStores | None = None,
) -> list[asyncpg.Record]:
    """retry_file for every failed or cancelled file of the run not retried yet."""
    return await _retried(pool, user_id, job_id, "retry_failed_files", run_id, blobs)


async def _retried(
    pool: asyncpg.Pool,
    user_id: uuid.UUID,
    job_id: uuid.UUID,
    function: str,
    retried: uuid.UUID,
    blobs: BlobStores | None,
) -> list[asyncpg.Record]:
    """The copies SQL's `function` makes of the retried file(s) in one transaction with
    their bytes, as list_files shows them."""
    with translating():
        async with as_user(pool, user_id) as conn:
            copies = await conn.fetch(
                f"SELECT * FROM {function}($1, $2, $3)", user_id, job_id, retried
            )
            await _copy_blobs(copies, blobs)
            return await conn.fetch(
                "SELECT * FROM list_sheet_files($1, $2, $3)",
                user_id,
                job_id,
                [c["id"] for c in copies],
            )


async def _copy_blobs(copies: list[asyncpg.Record], blobs: BlobStores | None) -> None:
    """The bytes of retried files kept outside the database, copied to their copies' keys
    while the transaction that made the copies is still open: a copy that fails rolls
    them back, and leaves no blob behind."""
    written: list[tuple[BlobStore, str]] = []
    try:
        for copy in copies:
            store = blobs.get(copy["storage"]) if blobs is not None else None
            if store is None:
                if copy["storage"] != IN_DATABASE:
                    raise FileUnreadable(f"the store {copy['storage']!r} is not configured here")
                continue  # file_chunks: SQL copied them
            writer = store.writer(str(copy["id"]))
            written.append((store, str(copy["id"])))
            try:
                async for chunk in store.chunks(str(copy["from_id"])):
                    await writer.write(chunk)
                await writer.close()
            except BaseException:
                await writer.abort()
                raise
    except BaseException:
        for store, key in written:
            await store.delete(key)
        raise


async def upload_files(
    pool: asyncpg.Pool,
    user_id: uuid.UUID,
    job_id: uuid.UUID,
    run_id: uuid.UUID | None,
    content_type: str | None,
    body: AsyncIterator[bytes],
    limits: Limits,
    store: BlobStore | None = None,
    allow_duplicates: bool = False,
) -> tuple[uuid.UUID, list[asyncpg.Record], list[Skipped]]:
    """Store the body's files in the run (default: the editable run), all or nothing:
    (the run, the stored files as list_files shows them, what was skipped: ZIP members
    we cannot read and, unless `allow_duplicates`, files whose bytes the sheet holds).
    The bytes go to `store` (None: file_chunks).

    No transaction is open while the body arrives: the run is checked first (a
    refusal comes before the body is read), the files are staged a chunk per
    transaction, and one transaction makes them all the run's at the end, or
    none when the run has started meanwhile. A refused or failed upload deletes
    what it staged before it answers.

    RunNotPending carries the run to retry against: the sheet's editable run
    (made on demand after a failed or cancelled run) or the run in progress.
    """
    try:
        with translating():
            async with as_user(pool, user_id) as conn:
                run = await conn.fetchrow(
                    "SELECT * FROM open_upload_run($1, $2, $3)", user_id, job_id, run_id
                )
                # A user whose quota holds not one more byte is refused before the body.
                await conn.execute(
                    "SELECT check_storage_quota($1, $2, 1)", user_id, limits.quota_bytes
                )
        async with Staging(pool, user_id, job_id, run["id"], limits, store) as staging:
            upload = await receive_files(staging, content_type, body, limits)
            files, duplicates = await staging.finish(upload.files, allow_duplicates)
        return run["id"], files, upload.skipped + duplicates
    except RunNotPending as exc:
        retry = await _retry_run(pool, user_id, job_id)
        raise RunNotPending(str(exc), retry or exc.run_id) from exc


async def _retry_run(pool: asyncpg.Pool, user_id: uuid.UUID, job_id: uuid.UUID) -> uuid.UUID:
    try:
        async with as_user(pool, user_id) as conn:
            return (await runs.ensure_editable_run(conn, job_id))["id"]
    except RunInProgress as exc:
        return exc.run_id


async def original_file(
    pool: asyncpg.Pool, user_id: uuid.UUID, job_id: uuid.UUID, file_id: uuid.UUID
) -> tuple[asyncpg.Record, str]:
    """The file as list_files shows it and the store holding its bytes (`db`: file_chunks);
    NotFound when it is not the user's."""
    with translating():
        async with as_user(pool, user_id) as conn:
            listed = await conn.fetch(
                "SELECT * FROM list_sheet_files($1, $2, $3)", user_id, job_id, [file_id]
            )
            if not listed:
                raise NotFound(f"file {file_id} not found in sheet {job_id}")
            storage = await conn.fetchval("SELECT storage FROM stored_file($1)", file_id)
    return listed[0], storage


async def file_storage(pool: asyncpg.Pool, user_id: uuid.UUID, file_id: uuid.UUID) -> str | None:
    """The store holding the user's file's bytes now (None when the file is gone)."""
    async with as_user(pool, user_id) as conn:
        return await conn.fetchval("SELECT f.storage FROM source_files f WHERE f.id = $1", file_id)


def original_bytes(
    pool: asyncpg.Pool,
    user_id: uuid.UUID,
    file_id: uuid.UUID,
    size: int,
    storage: str,
    blobs: BlobStores,
) -> AsyncIterator[bytes]:
    """The bytes of the file original_file found in `storage`, sent on from the new
    store when `cpe-runs blobs migrate` switches the file meanwhile."""
    return stream_file(
        str(file_id),
        size,
        storage,
        lambda: file_storage(pool, user_id, file_id),
        lambda: filestore.file_chunks(pool, user_id, file_id, size),
        blobs,
    )
