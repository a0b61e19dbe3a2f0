"""The worker's LISTEN connection: a session of its own that wakes the loops on
NOTIFY, reconnects with backoff when it is lost, and asks now and then whether it is
still alive (a connection that died silently never says so)."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Mapping

import asyncpg

from .. import db

log = logging.getLogger("cpe_runs.worker")

KEEPALIVE_SECONDS = 30.0


async def listen_forever(
    url: str, *, role: str, application_name: str, wakes: Mapping[str, asyncio.Event]
) -> None:
    """LISTEN on each channel of `wakes`, setting its event on every notification, until
    cancelled. Every (re)connection sets them all too: what was sent while no connection
    listened is lost, so the loops look for themselves."""
    backoff = db.Backoff(first=0.5, cap=30.0)
    while True:
        try:
            conn = await db.connect(
                url, role=role, server_settings={"application_name": application_name}
            )
        except db.DATABASE_ERRORS as exc:
            delay = backoff.next_delay()
            log.warning("cannot LISTEN (%s); retrying in %.1fs", describe(exc), delay)
            await asyncio.sleep(delay)
            continue
        backoff.reset()
        try:
            await _listen_on(conn, wakes)
            log.warning("LISTEN connection closed; reconnecting")
        except Exception as exc:
            log.warning(
                "LISTEN connection lost (%s); reconnecting",
                describe(exc),
                exc_info=not isinstance(exc, db.TRANSIENT_ERRORS),
            )
        finally:
            conn.terminate()


async def _listen_on(conn: asyncpg.Connection, wakes: Mapping[str, asyncio.Event]) -> None:
    closed = asyncio.Event()
    conn.add_termination_listener(lambda _conn: closed.set())
    for channel, event in wakes.items():
        await conn.add_listener(channel, lambda *_, event=event: event.set())
        event.set()
    while not closed.is_set():
        if not await first(closed, timeout=KEEPALIVE_SECONDS):
            await conn.fetchval("SELECT 1", timeout=10)


async def first(*events: asyncio.Event, timeout: float | None = None) -> bool:
    """Wait until one of the events is set (True) or the timeout passes (False)."""
    waiters = [asyncio.create_task(event.wait()) for event in events]
    try:
        done, _ = await asyncio.wait(waiters, timeout=timeout, return_when="FIRST_COMPLETED")
    finally:
        for waiter in waiters:
            waiter.cancel()
    return bool(done)


def describe(exc: BaseException) -> str:
    """`Type: message` of an exception, for a log line or a task's error."""
    message = str(exc).strip()
    return f"{type(exc).__name__}: {message}" if message else type(exc).__name__
