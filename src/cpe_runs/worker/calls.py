"""How the worker's loops call the database: every call is one SQL function call
(through cpe_runs.runs) on a pool connection that is dropped after a connection
error (db.acquire). `once` tries once; `retrying` waits connection trouble out,
for the calls that are safe to repeat (claims are not)."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from typing import Any

import asyncpg

from .. import db
from .listen import describe

log = logging.getLogger("cpe_runs.worker")

TRANSIENT_ERRORS = db.TRANSIENT_ERRORS


class Database:
    def __init__(self) -> None:
        self.pool: asyncpg.Pool | None = None

    async def once(self, fn: Callable[..., Any], *args: Any) -> Any:
        async with db.acquire(self.pool) as conn:
            return await fn(conn, *args)

    async def retrying(self, fn: Callable[..., Any], *args: Any) -> Any:
        """Call through connection trouble; only for calls that are safe to repeat."""
        backoff = db.Backoff(first=0.2, cap=5.0)
        while True:
            try:
                return await self.once(fn, *args)
            except TRANSIENT_ERRORS as exc:
                delay = backoff.next_delay()
                log.warning("database unavailable (%s); retrying in %.1fs", describe(exc), delay)
                await asyncio.sleep(delay)


def warn(what: str, exc: BaseException) -> None:
    """A loop's failed turn: a traceback only for what is not connection trouble."""
    log.warning("%s: %s", what, describe(exc), exc_info=not isinstance(exc, TRANSIENT_ERRORS))
