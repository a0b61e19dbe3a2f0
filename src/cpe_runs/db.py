"""Connections as the API and the workers use them: the right role, the right user.

The API's pool logs in as the role of CPE_RUNS_API_ROLE (a startup setting, so
RESET ROLE cannot leave it) and every request that touches a user's data runs
in a transaction that names the user; row-level security (sql/0007) then shows
that user's rows and nothing else, whatever a query forgets to filter.
"""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import asyncpg


async def create_pool(
    database_url: str,
    *,
    role: str | None = None,
    min_size: int = 1,
    max_size: int = 10,
    reset: bool = True,
) -> asyncpg.Pool:
    """reset=False skips asyncpg's reset round trip (RESET ALL, UNLISTEN *, ...) when a
    connection goes back to the pool: for users that never change session state."""
    return await asyncpg.create_pool(
        database_url,
        min_size=min_size,
        max_size=max_size,
        command_timeout=60,
        server_settings={"role": role} if role else None,
        reset=None if reset else _keep_session,
    )


async def _keep_session(_conn: asyncpg.Connection) -> None:
    """Nothing to reset (asyncpg still rolls back a transaction left open)."""


@asynccontextmanager
async def as_user(pool: asyncpg.Pool, user_id: uuid.UUID) -> AsyncIterator[asyncpg.Connection]:
    """A connection inside a transaction acting for `user_id`."""
    async with pool.acquire() as conn, conn.transaction():
        await conn.execute("SELECT set_config('cpe_runs.user_id', $1, true)", str(user_id))
        yield conn
