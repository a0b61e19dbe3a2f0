"""Housekeeping every server does on a timer, as the worker role: events past
their retention go, and so do the staged files of uploads a crashed server
abandoned, and what its writers left half-written in the blob store.

Several servers on one database may all do it; the work is idempotent.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from typing import NamedTuple

import asyncpg
from litestar import Litestar

from . import runs
from .config import Settings
from .db import DATABASE_ERRORS, create_pool
from .storage import filestore
from .storage.blobs import BlobStore

log = logging.getLogger(__name__)


class Tidied(NamedTuple):
    """What one round removed."""

    events: int
    uploads: int


async def tidy_once(pool: asyncpg.Pool, settings: Settings) -> Tidied:
    """Prune old events and sweep abandoned uploads; says how many of each went."""
    async with pool.acquire() as conn:
        pruned = await runs.prune_run_events(conn, settings.event_retention_seconds)
        swept = await filestore.sweep_abandoned_uploads(conn, settings.abandoned_upload_seconds)
    if pruned:
        log.info("pruned %d events older than %.0f s", pruned, settings.event_retention_seconds)
    if swept:
        log.info(
            "swept %d files of uploads abandoned over %.0f s ago",
            swept,
            settings.abandoned_upload_seconds,
        )
    return Tidied(pruned, swept)


async def sweep_blob_store(store: BlobStore | None, settings: Settings) -> int:
    """Remove the pieces of blobs whose writers died (their rows are swept above)."""
    if store is None:
        return 0
    swept = await store.sweep_abandoned(settings.abandoned_upload_seconds)
    if swept:
        log.info("swept %d half-written blobs from %s", swept, store.url)
    return swept


async def _tidy_forever(pool: asyncpg.Pool, store: BlobStore | None, settings: Settings) -> None:
    while True:
        try:
            await tidy_once(pool, settings)
        except DATABASE_ERRORS as exc:
            # The database may be restarting: try again next time round.
            log.warning("maintenance skipped: %s", exc)
        try:
            await sweep_blob_store(store, settings)
        except Exception as exc:  # the store may be away: try again next time round
            log.warning("blob store sweep skipped: %s", exc)
        await asyncio.sleep(settings.maintenance_seconds)


def maintenance_lifespan(settings: Settings) -> Callable[[Litestar], AsyncIterator[None]]:
    """Housekeeping on a connection of its own as the worker role: the pruning and
    sweeping functions are the worker role's, not the API's (sql/0009)."""

    @asynccontextmanager
    async def lifespan(app: Litestar) -> AsyncIterator[None]:
        pool = await create_pool(
            app.state.direct_url, role=settings.worker_role, min_size=0, max_size=1
        )
        task = asyncio.create_task(_tidy_forever(pool, app.state.blobs.current, settings))
        try:
            yield
        finally:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task
            await pool.close()

    return lifespan
