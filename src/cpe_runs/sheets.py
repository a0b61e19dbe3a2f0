"""What the API does to a user's sheets, runs and files: list, create, delete, start,
cancel; upload, retry, read back.

Each function is one transaction acting for the user (db.as_user, so row-level
security applies) that calls the SQL functions of sql/0005_api.sql; those take
the user id too and answer NotFound for another user's ids exactly as for
missing ones. An upload is the exception: a short transaction per step
(filestore.Staging), none open while its body arrives. Database errors leave
as the classes of cpe_runs.errors.
"""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator

import asyncpg

from . import runs
from .db import as_user
from .errors import FileUnreadable, NotFound, RunInProgress, RunNotPending, translating
from .filestore import Limits, Skipped, Staging
from .storage.blobs import IN_DATABASE, BlobStore, BlobStores
from .uploads import receive_files


async def list_states(pool: asyncpg.Pool, user_id: uuid.UUID) -> list[asyncpg.Record]:
    async with as_user(pool, user_id) as conn:
        return await conn.fetch("SELECT * FROM list_cpe_states($1)", user_id)


async def list_sheets(
    pool: asyncpg.Pool, user_id: uuid.UUID, limit: int, offset: int
) -> tuple[list[asyncpg.Record], int]:
    async with as_user(pool, user_id) as conn:
        sheets = await conn.fetch(
            "SELECT * FROM list_cpe_sheets($1, $2, $3)", user_id, limit, offset
        )
        total = await conn.fetchval("SELECT count_cpe_sheets($1)", user_id)
    return sheets, total


async def create_sheet(
    pool: asyncpg.Pool, user_id: uuid.UUID, template_id: uuid.UUID, name: str | None
) -> asyncpg.Record:
    """The new sheet's first run (its job_id is the sheet's id)."""
    with translating():
        async with as_user(pool, user_id) as conn:
            return await conn.fetchrow(
                "SELECT * FROM create_cpe_sheet($1, $2, $3)", user_id, template_id, name
            )


async def delete_sheet(pool: asyncpg.Pool, user_id: uuid.UUID, job_id: uuid.UUID) -> None:
    with translating():
        async with as_user(pool, user_id) as conn:
            await conn.execute("SELECT delete_cpe_sheet($1, $2)", user_id, job_id)


async def check_sheet(pool: asyncpg.Pool, user_id: uuid.UUID, job_id: uuid.UUID) -> None:
    """NotFound unless the sheet (of any type) is the user's: find_owned_job, the check
    every function of sql/0005 makes, for a caller that only needs the answer."""
    with translating():
        async with as_user(pool, user_id) as conn:
            await conn.execute("SELECT find_owned_job($1, $2)", user_id, job_id)


async def start_sheet(
    pool: asyncpg.Pool, user_id: uuid.UUID, job_id: uuid.UUID, max_attempts: int
) -> asyncpg.Record:
    """Start the sheet's editable run (RunInProgress, NoFilesUploaded)."""
    async with as_user(pool, user_id) as conn:
        with translating():
            await conn.execute("SELECT find_owned_job($1, $2, 'cpe')", user_id, job_id)
        return await runs.start_run(conn, job_id, max_attempts=max_attempts)


async def cancel_sheet(pool: asyncpg.Pool, user_id: uuid.UUID, job_id: uuid.UUID) -> asyncpg.Record:
    """Cancel the sheet's batch in progress; the cancelled run (NothingInProgress when none is)."""
    with translating():
        async with as_user(pool, user_id) as conn:
            return await conn.fetchrow("SELECT * FROM cancel_sheet($1, $2)", user_id, job_id)


async def get_run(
    pool: asyncpg.Pool, user_id: uuid.UUID, job_id: uuid.UUID, run_id: uuid.UUID
) -> asyncpg.Record:
    with translating():
        async with as_user(pool, user_id) as conn:
            return await conn.fetchrow(
                "SELECT * FROM find_sheet_run($1, $2, $3)", user_id, job_id, run_id
            )


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
    with translating():
        async with as_user(pool, user_id) as conn:
            copies = await conn.fetch(
                "SELECT * FROM retry_source_file($1, $2, $3)", user_id, job_id, file_id
            )
            await _copy_blobs(copies, blobs)
            return await conn.fetchrow(
                "SELECT * FROM list_sheet_files($1, $2, $3)", user_id, job_id, [copies[0]["id"]]
            )


async def retry_failed_files(
    pool: asyncpg.Pool,
    user_id: uuid.UUID,
    job_id: uuid.UUID,
    run_id: uuid.UUID,
    blobs: BlobStores | None = None,
) -> list[asyncpg.Record]:
    """retry_file for every failed or cancelled file of the run not retried yet."""
    with translating():
        async with as_user(pool, user_id) as conn:
            copies = await conn.fetch(
                "SELECT * FROM retry_failed_files($1, $2, $3)", user_id, job_id, run_id
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


async def run_details(
    pool: asyncpg.Pool, user_id: uuid.UUID, job_id: uuid.UUID, run_id: uuid.UUID | None
) -> tuple[asyncpg.Record, str, list[asyncpg.Record]]:
    """(the run, the sheet's name, its template's fields): `run_id`, or the latest run."""
    with translating():
        async with as_user(pool, user_id) as conn:
            run = await conn.fetchrow(
                "SELECT r.*, j.name AS job_name"
                " FROM find_sheet_run($1, $2, $3) r, find_owned_job($1, $2) j",
                user_id,
                job_id,
                run_id,
            )
            fields = await conn.fetch("SELECT * FROM run_template_fields($1)", run["id"])
    return run, run["job_name"], fields


async def editable_run(pool: asyncpg.Pool, user_id: uuid.UUID, job_id: uuid.UUID) -> asyncpg.Record:
    """The sheet's editable run, made when it has none (RunInProgress while one runs)."""
    with translating():
        async with as_user(pool, user_id) as conn:
            await conn.execute("SELECT find_owned_job($1, $2, 'cpe')", user_id, job_id)
            return await runs.ensure_editable_run(conn, job_id)


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


async def file_chunks(
    pool: asyncpg.Pool, user_id: uuid.UUID, file_id: uuid.UUID
) -> AsyncIterator[bytes]:
    """The bytes of a file kept in file_chunks, streamed chunk by chunk from a cursor."""
    async with as_user(pool, user_id) as conn:
        cursor = conn.cursor(
            "SELECT data FROM file_chunks WHERE file_id = $1 ORDER BY chunk_no", file_id
        )
        async for record in cursor:
            yield record["data"]
