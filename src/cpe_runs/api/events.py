"""The event stream (SSE) and its tickets.

`GET /api/events` streams every sheet of the caller (or one, `?job_id=`);
`GET /api/jobs/{job_id}/events` streams one sheet. A stream resumes after
`Last-Event-ID` (or `?last_event_id=`): the missed events are replayed from
run_events, then the stream continues live on the same cursor. Without it the
stream starts now. EventSource cannot send headers, so these two routes also
take `?ticket=`, a 60-second credential from `POST /api/events/tickets`.
"""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import AsyncIterator
from datetime import datetime
from typing import Annotated

import asyncpg
from litestar import get, post
from litestar.datastructures import State
from litestar.exceptions import NotFoundException, ValidationException
from litestar.params import HeaderParameter, QueryParameter
from litestar.response import ServerSentEventMessage, Stream
from msgspec import Struct

from ..auth import User, issue_ticket, token_is_live
from ..db import as_user
from ..events import PING, Event, EventHub, StreamClosed, Subscription
from .errors import problems
from .params import PathId, UserRequest

# Ask EventSource to reconnect after 1 s (its default is browser-dependent).
OPENING = ServerSentEventMessage(data=None, retry=1000, comment="stream open").encode()
REPLAY_BATCH = 500
SSE_HEADERS = {"Cache-Control": "no-cache", "X-Accel-Buffering": "no"}

JobFilter = Annotated[uuid.UUID | None, QueryParameter(description="Only this sheet's events")]
ResumeAfter = Annotated[
    str | None,
    QueryParameter(description="Resume after this event id (as the Last-Event-ID header)"),
]
LastEventId = Annotated[
    str | None,
    HeaderParameter(name="Last-Event-ID", description="Resume after this event id"),
]


class Ticket(Struct):
    ticket: str
    expires_at: datetime


@post(
    "/api/events/tickets",
    summary="A 60-second ticket for the event stream (EventSource cannot send headers)",
    description="Pass it as `?ticket=` to the stream routes; it is refused elsewhere. "
    "It stays valid for automatic reconnects until it expires and dies with its token.",
    responses=problems(),
    tags=["events"],
)
async def create_ticket(request: UserRequest) -> Ticket:
    async with request.app.state.pool.acquire() as conn:
        ticket, expires_at = await issue_ticket(conn, request.user)
    return Ticket(ticket, expires_at)


_STREAM_DOCS = {
    "media_type": "text/event-stream",
    "responses": problems(400, 404),
    "tags": ["events"],
    "description": "Server-Sent Events: `id: <seq>`, `event: <type>` (run_created, run_status,"
    " run_progress, file_status, sheet_deleted), `data: <json>`; a `: ping` comment on idle"
    " streams. Resume with the Last-Event-ID header or `?last_event_id=`; without either the"
    " stream starts now. `?ticket=` authenticates browsers.",
}


@get("/api/events", summary="Events of all the caller's sheets (or one: ?job_id=)", **_STREAM_DOCS)
async def stream_events(
    request: UserRequest,
    job_id: JobFilter = None,
    last_event_id: ResumeAfter = None,
    resume_header: LastEventId = None,
) -> Stream:
    return await _open_stream(request, job_id, resume_header or last_event_id)


@get("/api/jobs/{job_id:uuid}/events", summary="Events of one sheet", **_STREAM_DOCS)
async def stream_job_events(
    request: UserRequest,
    job_id: PathId,
    last_event_id: ResumeAfter = None,
    resume_header: LastEventId = None,
) -> Stream:
    return await _open_stream(request, job_id, resume_header or last_event_id)


async def _open_stream(request: UserRequest, job_id: uuid.UUID | None, resume: str | None):
    after = _resume_point(resume)
    if job_id is not None:
        async with as_user(request.app.state.pool, request.user.id) as conn:
            if not await conn.fetchval("SELECT job_belongs_to($1, $2)", job_id, request.user.id):
                raise NotFoundException(detail=f"sheet {job_id} not found")
    body = _stream(request.app.state, request.user, job_id, after)
    return Stream(body, media_type="text/event-stream", headers=SSE_HEADERS)


def _resume_point(raw: str | None) -> int | None:
    if raw is None or not raw.strip():
        return None
    try:
        seq = int(raw.strip())
    except ValueError:
        seq = -1
    if seq < 0:
        raise ValidationException(detail="Last-Event-ID must be an event id (a whole number >= 0)")
    return seq


async def _stream(
    state: State, user: User, job_id: uuid.UUID | None, after: int | None
) -> AsyncIterator[bytes]:
    # Runs after the handler returned: take everything from app state, not from
    # dependencies, which are already cleaned up.
    hub: EventHub = state.event_hub
    sub = hub.subscribe(user.id, user.token_id, job_id)
    try:
        # A revocation between the authentication and now was not seen by the hub.
        if not await token_is_live(state.pool, user.token_id):
            return
        yield OPENING
        if after is not None and after < sub.cursor:
            # Everything up to the hub's head is final: replay it, then go live.
            async for chunk in _replay(state.pool, state.replay_budget, sub, after):
                yield chunk
        elif after is not None:
            sub.cursor = after  # the client is ahead of this process's hub
        while True:
            try:
                events = await sub.next_events(state.settings.sse_ping_seconds)
            except StreamClosed:
                return
            yield b"".join(e.message for e in events) if events else PING
            if job_id is not None and any(e.type == "sheet_deleted" for e in events):
                return  # the sheet is gone; a reconnect would get 404
    finally:
        hub.unsubscribe(sub)


async def _replay(
    pool: asyncpg.Pool, budget: asyncio.Semaphore, sub: Subscription, after: int
) -> AsyncIterator[bytes]:
    """The missed events, a page (REPLAY_BATCH, an index range) per query. Each page
    takes a connection within the replay budget and gives it back before the client
    reads it: any number of replaying streams use at most the budget's connections,
    and each page costs the same however far back the replay starts."""
    until, sub.cursor = sub.cursor, after
    while sub.cursor < until:
        async with budget, as_user(pool, sub.user_id) as conn:
            rows = await conn.fetch(
                "SELECT * FROM read_user_events($1, $2, $3, $4, $5)",
                sub.user_id,
                sub.job_id,
                sub.cursor,
                until,
                REPLAY_BATCH,
            )
        if rows:
            sub.cursor = rows[-1]["seq"]
            yield b"".join(Event.from_row(row).message for row in rows)
        if len(rows) < REPLAY_BATCH:
            break
    # Live events up to `until` reached the hub before we subscribed: they
    # are all in the replay. Later ones wait in the subscription's buffer.
    sub.cursor = max(sub.cursor, until)
