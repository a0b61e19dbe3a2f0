"""`cpe-runs blobs migrate --to URL`: move every file's bytes to another store.

File by file: the bytes are copied from the store the row names to the target,
hashed on the way and checked against the row's size and SHA-256; only then does
one transaction switch the row to the target (switch_file_storage, sql/0021), which
queues the old blob for deletion through the outbox, due once readers that looked
the file up before the switch are done with it (or drops its file_chunks: readers of
those look again, storage/reading.py).
Resumable: rows already switched are skipped, and a file cut off mid-copy is copied
again. A guard deletion, due in a day, is queued for each copy before it is written
and dropped when the row switches, so a copy whose row never switches (the run was
killed, or the file deleted meanwhile) does not stay behind.
"""

from __future__ import annotations

import hashlib
import logging
import uuid
from collections.abc import AsyncIterator
from dataclasses import dataclass, field

import asyncpg

from .blobs import IN_DATABASE, BlobMissing, BlobStores, open_store

log = logging.getLogger(__name__)

BATCH = 100
GUARD_SECONDS = 24 * 3600
# How long the old copy stays after a switch: longer than a read under way takes, and
# than a presigned URL handed out before the switch lives (s3.DOWNLOAD_URL_SECONDS).
KEEP_OLD_SECONDS = 3600.0


@dataclass
class Moved:
    moved: int = 0
    # Files whose bytes could not be read or did not match: (file id, why).
    failed: list[tuple[uuid.UUID, str]] = field(default_factory=list)
    # Files deleted (or moved by another run) while they were copied.
    gone: int = 0


class Mismatch(Exception):
    """The bytes read are not the ones the row recorded."""


async def migrate_blobs(
    pool: asyncpg.Pool,
    blobs: BlobStores,
    to_url: str,
    *,
    keep_old_seconds: float = KEEP_OLD_SECONDS,
) -> Moved:
    """Move every finished upload's bytes to the store at `to_url` (`postgres` for
    file_chunks). `pool` must reach PostgreSQL directly as the database owner."""
    target = open_store(to_url, blobs.settings)
    target_url = IN_DATABASE if target is None else target.url
    result = Moved()
    after = uuid.UUID(int=0)
    try:
        while True:
            async with pool.acquire() as conn:
                files = await conn.fetch(
                    "SELECT id, storage, size_bytes, sha256 FROM source_files"
                    " WHERE storage <> $1 AND status <> 'uploading' AND id > $2"
                    " ORDER BY id LIMIT $3",
                    target_url,
                    after,
                    BATCH,
                )
            if not files:
                return result
            for file in files:
                try:
                    switched = await _move(pool, blobs, target, target_url, file, keep_old_seconds)
                except (Mismatch, BlobMissing) as exc:
                    log.warning("file %s not moved: %s", file["id"], exc)
                    result.failed.append((file["id"], str(exc)))
                    continue
                if switched:
                    result.moved += 1
                else:
                    result.gone += 1
            after = files[-1]["id"]
            log.info("%d file(s) moved to %s so far", result.moved, target_url)
    finally:
        if target is not None:
            await target.close()


async def _move(
    pool, blobs: BlobStores, target, target_url: str, file, keep_old_seconds: float
) -> bool:
    file_id, key = file["id"], str(file["id"])
    source = blobs.get(file["storage"])
    chunks = _db_chunks(pool, file_id) if source is None else source.chunks(key)
    if target is None:
        return await _into_database(pool, file, chunks, keep_old_seconds)
    async with pool.acquire() as conn:
        # Waits for a deletion of this key in the target under way (an earlier move
        # away), and cancels those pending: they must not delete the copy.
        guard = await conn.fetchval(
            "SELECT prepare_blob_copy($1, $2, $3)", target_url, key, float(GUARD_SECONDS)
        )
    writer = target.writer(key)
    try:
        await _check(file, _copied(chunks, writer.write))
    except BaseException:
        await writer.abort()
        raise
    await writer.close()
    async with pool.acquire() as conn, conn.transaction():
        switched = await conn.fetchval(
            "SELECT switch_file_storage($1, $2, $3, $4)",
            file_id,
            file["storage"],
            target_url,
            keep_old_seconds,
        )
        if not switched:  # deleted or moved meanwhile: its copy goes through the outbox now
            await conn.execute("UPDATE blob_deletions SET run_after = now() WHERE id = $1", guard)
    return switched


async def _into_database(pool, file, chunks: AsyncIterator[bytes], keep_old_seconds: float) -> bool:
    """Chunks into file_chunks and the switch, in one transaction."""
    file_id = file["id"]
    async with pool.acquire() as conn, conn.transaction():
        numbered = 0

        async def insert(data: bytes) -> None:
            nonlocal numbered
            await conn.execute(
                "INSERT INTO file_chunks (file_id, chunk_no, data) VALUES ($1, $2, $3)"
                " ON CONFLICT (file_id, chunk_no) DO UPDATE SET data = excluded.data",
                file_id,
                numbered,
                data,
            )
            numbered += 1

        await _check(file, _copied(chunks, insert))
        return await conn.fetchval(
            "SELECT switch_file_storage($1, $2, 'db', $3)",
            file_id,
            file["storage"],
            keep_old_seconds,
        )


async def _copied(chunks: AsyncIterator[bytes], write) -> AsyncIterator[bytes]:
    async for data in chunks:
        await write(data)
        yield data


async def _check(file, chunks: AsyncIterator[bytes]) -> None:
    digest, size = hashlib.sha256(), 0
    async for data in chunks:
        digest.update(data)
        size += len(data)
    if size != file["size_bytes"]:
        raise Mismatch(f"{size} of its {file['size_bytes']} bytes were read")
    if file["sha256"] is not None and digest.hexdigest() != file["sha256"]:
        raise Mismatch("its bytes do not match its sha256")


async def _db_chunks(pool: asyncpg.Pool, file_id: uuid.UUID) -> AsyncIterator[bytes]:
    chunk_no = 0
    while True:
        async with pool.acquire() as conn:
            data = await conn.fetchval(
                "SELECT data FROM file_chunks WHERE file_id = $1 AND chunk_no = $2",
                file_id,
                chunk_no,
            )
        if data is None:
            return
        yield data
        chunk_no += 1
