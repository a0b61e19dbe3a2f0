"""GET /api/health: is the database answering?"""

from __future__ import annotations

import asyncio

import asyncpg
from litestar import get
from litestar.datastructures import State
from litestar.exceptions import ServiceUnavailableException
from msgspec import Struct

from .errors import RETRY_AFTER_SECONDS, problems


class Health(Struct):
    status: str


@get(
    "/api/health",
    summary="Is the service up?",
    description='`{"status": "ok"}` once the database answers; 503 when it does not.',
    responses=problems(503, public=True),
    tags=["health"],
)
async def health(state: State) -> Health:
    try:
        async with asyncio.timeout(3):
            await state.pool.fetchval("SELECT 1")
    except (OSError, TimeoutError, asyncpg.PostgresError, asyncpg.InterfaceError) as exc:
        raise ServiceUnavailableException(
            detail=f"database unavailable: {type(exc).__name__}",
            headers={"Retry-After": str(RETRY_AFTER_SECONDS)},
        ) from exc
    return Health(status="ok")
