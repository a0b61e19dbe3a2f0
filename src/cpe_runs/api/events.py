"""The event stream (SSE) and its tickets.

`GET /api/events` streams every sheet of the caller (or one, `?job_id=`);
`GET /api/jobs/{job_id}/events` streams one sheet. A stream resumes after
`Last-Event-ID` (or `?last_event_id=`): the missed events are replayed from
run_events, then the stream continues live on the same cursor. Without it the
stream starts now. EventSource cannot send headers, so these two routes also
take `?ticket=`, a 60-second credential from `POST /api/events/tickets`, or an
identity provider's short-lived token as `?token=` (auth.py); such a stream
ends when that token expires.

Events are named (`event: <type>`) unless the client asks for unnamed ones
with `?format=unnamed`, or is the original client, which sends its own
`include_full_state` parameter and reads only `onmessage`: then `data.type`
alone says what happened.
"""

from __future__ import annotations

import time
import uuid
from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import datetime
from typing import Annotated, Literal

import msgspec
from litestar import get, post
from litestar.datastructures import State
from litestar.di import NamedDependency, Provide
from litestar.exceptions import PermissionDeniedException, ValidationException
from litestar.params import HeaderParameter, QueryParameter
from litestar.response import ServerSentEventMessage, Stream
from msgspec import Struct

from .. import files, sheets
from ..auth import User, issue_ticket, token_is_live
from ..events import PING, Event, EventHub, Sink, StreamClosed, replay
from ..server import DIRECT_WRITER
from .errors import problems
from .params import PathId, UserRequest
from .schemas import extracted_files

# Ask EventSource to reconnect after 1 s (its default is browser-dependent).
OPENING = ServerSentEventMessage(data=None, retry=1000, comment="stream open").encode()
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
EventFormat = Annotated[
    Literal["named", "unnamed"] | None,
    QueryParameter(
        name="format",
        description="`unnamed`: no `event:` line, for clients that read `onmessage` and"
        " `data.type` (default `named`)",
    ),
]
# The original client's parameter: its presence asks for unnamed events.
OriginalFullState = Annotated[
    bool | None,
    QueryParameter(
        name="include_full_state",
        description="The original client's parameter; when present, events are unnamed, and a"
        " sheet's stream that does not resume opens with a `files_extracted` event listing the"
        " files of the sheet's editable run (its upload panel adds those it does not show)",
    ),
]


class Ticket(Struct):
    ticket: str
    expires_at: datetime


@post(
    "/api/events/tickets",
    summary="A 60-second ticket for the event stream (EventSource cannot send headers)",
    description="Pass it as `?ticket=` to the stream routes; it is refused elsewhere. "
    "It stays valid for automatic reconnects until it expires and dies with its token.",
    responses=problems(403),
    tags=["events"],
)
async def create_ticket(request: UserRequest) -> Ticket:
    if request.user.token_id is None:
        raise PermissionDeniedException(
            detail="tickets are bound to our own tokens: pass your identity provider's"
            " token to the stream as ?token="
        )
    ticket, expires_at = await issue_ticket(request.app.state.pool, request.user)
    return Ticket(ticket, expires_at)


@dataclass(frozen=True, slots=True)
class StreamOptions:
    """Where a stream resumes and how its events are written: the same for both routes."""

    resume: str | None
    unnamed: bool
    # The original client's stream (include_full_state).
    original: bool = False


async def stream_options(
    last_event_id: ResumeAfter = None,
    resume_header: LastEventId = None,
    event_format: EventFormat = None,
    include_full_state: OriginalFullState = None,
) -> StreamOptions:
    original = include_full_state is not None
    unnamed = event_format == "unnamed" or (event_format is None and original)
    return StreamOptions(resume_header or last_event_id, unnamed, original)


_STREAM_DOCS = {
    "dependencies": {"options": Provide(stream_options)},
    "media_type": "text/event-stream",
    "responses": problems(400, 404),
    "tags": ["events"],
    "description": "Server-Sent Events: `id: <seq>`, `event: <type>` (run_created, run_status,"
    " run_progress, file_status, sheet_deleted), `data: <json>`; a `: ping` comment on idle"
    " streams. Resume with the Last-Event-ID header or `?last_event_id=`; without either the"
    " stream starts now. `?ticket=` authenticates browsers, as does an identity provider's"
    " short-lived token in `?token=`. `?format=unnamed` (or the original client's"
    " `include_full_state`) leaves out the `event:` line: `data.type` names the event.",
}


@get("/api/events", summary="Events of all the caller's sheets (or one: ?job_id=)", **_STREAM_DOCS)
async def stream_events(
    request: UserRequest, options: NamedDependency[StreamOptions], job_id: JobFilter = None
) -> Stream:
    return await _open_stream(request, job_id, options)


@get("/api/jobs/{job_id:uuid}/events", summary="Events of one sheet", **_STREAM_DOCS)
async def stream_job_events(
    request: UserRequest, options: NamedDependency[StreamOptions], job_id: PathId
) -> Stream:
    return await _open_stream(request, job_id, options)


async def _open_stream(
    request: UserRequest, job_id: uuid.UUID | None, options: StreamOptions
) -> Stream:
    after = _resume_point(options.resume)
    opening = OPENING
    if job_id is not None:
        await sheets.check_sheet(request.app.state.pool, request.user.id, job_id)
        if options.original and after is None:
            opening += await _editable_files(request, job_id)
    sink = request.scope.get("extensions", {}).get(DIRECT_WRITER)
    body = _stream(request.app.state, request.user, job_id, after, options.unnamed, sink, opening)
    return Stream(body, media_type="text/event-stream", headers=SSE_HEADERS)


async def _editable_files(request: UserRequest, job_id: uuid.UUID) -> bytes:
    """The original client's `files_extracted` event (no id: it is not in the log) for
    the files of the sheet's editable run. Its upload panel shows only the first file of
    an upload's answer and opens the stream when the answer lists a ZIP, to learn of
    the ZIP's members as its own backend unpacked them; ours are unpacked before it
    listens, so the stream opens with them."""
    listed = await files.list_files(request.app.state.pool, request.user.id, job_id)
    editable = [f for f in listed if f["run_status"] == "pending"]
    return ServerSentEventMessage(data=msgspec.json.encode(extracted_files(editable))).encode()


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


def _named(event: Event) -> bytes:
    return event.message


def _unnamed(event: Event) -> bytes:
    return event.unnamed_message


async def _stream(
    state: State,
    user: User,
    job_id: uuid.UUID | None,
    after: int | None,
    unnamed: bool = False,
    sink: Sink | None = None,
    opening: bytes = OPENING,
) -> AsyncIterator[bytes]:
    """The stream's body: the opening, the replay, then live events.

    Live events come from the subscription's buffer until it is empty and the
    connection can be written to directly (`sink`, server.py); from then on the
    hub writes them itself and this task only sends pings and waits for the end.
    """
    # Runs after the handler returned: take everything from app state, not from
    # dependencies, which are already cleaned up.
    hub: EventHub = state.event_hub
    render = _unnamed if unnamed else _named
    ping_seconds = state.settings.sse_ping_seconds
    sub = hub.subscribe(user.id, user.token_id, job_id, unnamed=unnamed, expires_at=user.expires_at)
    try:
        # A revocation between the authentication and now was not seen by the hub.
        if user.token_id is not None and not await token_is_live(state.pool, user.token_id):
            return
        yield opening
        if after is not None and after < sub.cursor:
            # Everything up to the hub's head is final: replay it, then go live.
            async for chunk in replay(state.pool, state.replay_budget, sub, after, render):
                yield chunk
        elif after is not None:
            sub.cursor = after  # the client is ahead of this process's hub
        while True:
            # Whatever the buffer holds goes first, in order; with nothing left
            # (checked and switched without awaiting between) the hub takes over.
            events = sub.take_events()
            if not events:
                if sink is not None and sink.writable() and sub.go_direct(sink):
                    break
                try:
                    events = await sub.next_events(ping_seconds)
                except StreamClosed:
                    return
            if _expired(user):
                return
            yield b"".join(render(e) for e in events) if events else PING
            if job_id is not None and any(e.type == "sheet_deleted" for e in events):
                return  # the sheet is gone; a reconnect would get 404
        ping = sink.frame(PING)
        while True:
            try:
                await sub.wait_closed(sub.last_write + ping_seconds - time.monotonic())
            except StreamClosed:
                return
            if _expired(user):
                return
            if time.monotonic() - sub.last_write >= ping_seconds:
                sub.write(ping, sub.cursor, time.monotonic())
    finally:
        hub.unsubscribe(sub)


def _expired(user: User) -> bool:
    """The identity token the stream was opened with has expired."""
    return user.expires_at is not None and time.time() >= user.expires_at
