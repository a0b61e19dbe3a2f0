"""GET /api/health (liveness: is the database answering?) and GET /api/ready
(readiness: is it answering and migrated as far as this version expects?)."""

from __future__ import annotations

import asyncio
import functools

from litestar import get
from litestar.datastructures import State
from litestar.exceptions import ServiceUnavailableException
from msgspec import Struct

from .. import monitoring
from ..db import DATABASE_ERRORS
from ..migrations import migrations
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
            await monitoring.ping(state.pool)
    except DATABASE_ERRORS as exc:
        raise ServiceUnavailableException(
            detail=f"database unavailable: {type(exc).__name__}",
            headers={"Retry-After": str(RETRY_AFTER_SECONDS)},
        ) from exc
    return Health(status="ok")


class Ready(Struct):
    status: str
    migrations: int


@functools.cache
def _expected_migrations() -> frozenset[str]:
    return frozenset(m.id for m in migrations())


@get(
    "/api/ready",
    summary="Is the service ready for traffic?",
    description='`{"status": "ready", "migrations": N}` once the database answers and has '
    "every migration of this version; 503 (with the reason) until then.",
    responses=problems(503, public=True),
    tags=["health"],
)
async def ready(state: State) -> Ready:
    try:
        async with asyncio.timeout(3):
            applied = await monitoring.applied_migrations(state.pool)
    except DATABASE_ERRORS as exc:
        raise ServiceUnavailableException(
            detail=f"database unavailable: {type(exc).__name__}",
            headers={"Retry-After": str(RETRY_AFTER_SECONDS)},
        ) from exc
    missing = sorted(_expected_migrations() - applied)
    if missing:
        raise ServiceUnavailableException(
            detail=f"the database is not migrated: {len(missing)} pending ({', '.join(missing)}); "
            "run `cpe-runs migrate`",
            headers={"Retry-After": str(RETRY_AFTER_SECONDS)},
        )
    return Ready(status="ready", migrations=len(applied))
