"""The blob deletion outbox's Python face (sql/0017): workers delete the blobs that
deleted files left in stores outside the database.

A row of blob_deletions is written in the transaction that deletes its file, so a
blob is deleted only once its row is gone. Each deletion is leased while the store
is asked (a worker killed meanwhile leaves it to the next once the lease ends), then
forgotten; a store that fails is asked again later, with backoff, until it answers.

A deletion is locked while its blob is deleted, and dropped instead when a file lives
under that key in that store again (moved back after it was moved away): a blob
copied back is never deleted by the deletion its move away left (sql/0021).
"""

from __future__ import annotations

import logging

import asyncpg

from .. import db
from .blobs import BlobStores

log = logging.getLogger(__name__)

CHANNEL = "cpe_runs_blob_deletions"
BATCH = 20
MAX_RETRY_SECONDS = 600.0


async def delete_due_blobs(pool: asyncpg.Pool, blobs: BlobStores, lease_seconds: float) -> int:
    """Delete the blobs whose deletion is due, a batch at a time, until none is left;
    how many were deleted. Each batch is leased for `lease_seconds`."""
    deleted = 0
    while True:
        async with db.acquire(pool) as conn:
            due = await conn.fetch(
                "SELECT * FROM claim_blob_deletions($1, $2)", BATCH, lease_seconds
            )
        for row in due:
            try:
                done = await delete_blob(pool, blobs, row)
            except Exception as exc:
                retry = min(2.0 ** row["attempts"], MAX_RETRY_SECONDS)
                log.warning(
                    "cannot delete blob %s from %s (%s); retrying in %.0fs",
                    row["blob_key"],
                    row["storage"],
                    exc,
                    retry,
                )
                async with db.acquire(pool) as conn:
                    await conn.execute(
                        "SELECT fail_blob_deletion($1, $2, $3)", row["id"], str(exc)[:2000], retry
                    )
                continue
            deleted += done
        if len(due) < BATCH:
            return deleted


async def delete_blob(pool: asyncpg.Pool, blobs: BlobStores, row) -> bool:
    """Carry out one claimed deletion: the blob goes and the deletion is forgotten in
    one transaction that holds the deletion's lock meanwhile. False when there was
    nothing to delete any more (cancelled, or the blob is a file's again)."""
    async with db.acquire(pool) as conn, conn.transaction():
        if not await conn.fetchval("SELECT begin_blob_deletion($1)", row["id"]):
            return False
        await blobs.get(row["storage"]).delete(row["blob_key"])
        await conn.execute("SELECT finish_blob_deletion($1)", row["id"])
    return True
