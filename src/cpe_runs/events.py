"""The live event stream's engine: one LISTEN connection per process, fanned out.

The hub keeps one dedicated asyncpg connection that LISTENs on
`cpe_runs_events` and `cpe_runs_revoked`. A notification is only a wake-up:
the hub reads the new final events once (read_run_events, from its cursor
`head`) and hands them to the subscriptions of their user in memory, so a
notification costs one query per process, not one per client.

A live stream is written to directly: each read's events are encoded and
framed once per distinct view (a user's sheet or all their sheets, named or
unnamed) and the same bytes are written to every subscription with that view,
in one pass, without waking the streams' tasks (a `Sink`, the transport's
DirectWriter in server.py). A stream that is still replaying its missed
events, or whose connection cannot be written to directly, gets the events in
its buffer instead and its task sends them.

Both ways are bounded: a client that falls `queue_events` events behind (in
its buffer, or written while its connection's buffer is full), or holds more
than MAX_BEHIND_BYTES unsent on its connection, is disconnected
and resumes by itself with Last-Event-ID; it never slows the others. When the
database restarts the hub reconnects with backoff and catches up from
run_events: the streams stay open and miss nothing.

The hub reads every user's events, so it logs in as the worker role (which
acts for every user and never runs a request's SQL) rather than the API role;
what one client may see is decided per subscription here, and by row-level
security in the replay (api/events.py).
"""

from __future__ import annotations

import asyncio
import json
import logging
import time
import uuid
from collections import defaultdict, deque
from collections.abc import AsyncIterator, Callable, Iterable
from contextlib import asynccontextmanager
from dataclasses import dataclass
from typing import Protocol

import asyncpg
from litestar import Litestar
from litestar.response import ServerSentEventMessage

from .config import Settings
from .db import DATABASE_ERRORS, Backoff, as_user, login_url
from .runs import read_run_events

log = logging.getLogger(__name__)

EVENTS_CHANNEL = "cpe_runs_events"
REVOKED_CHANNEL = "cpe_runs_revoked"
# Rows per read, at most half a client's buffer: one read never overflows a
# client that keeps up (clients drain while the hub awaits the next read).
BATCH = 500
# A notified event may wait for an older transaction to end before it is
# final: re-read after these delays (then every 50 ms) until it is.
RETRY_DELAYS = (0.01, 0.02, 0.05)
# Without notifications the hub still reads this often: it notices a dead
# connection and any event whose notification it could not have seen.
IDLE_READ_SECONDS = 5.0
RECONNECT_FIRST_SECONDS = 0.1
RECONNECT_MAX_SECONDS = 2.0
PING = b": ping\r\n\r\n"
# Events a replay reads per query.
REPLAY_BATCH = 500
# Bytes written directly to a stream and still unsent (its connection's buffer)
# past which it is dropped, whatever the count of events: each stream holds its
# own copy of what it has not taken.
MAX_BEHIND_BYTES = 1024 * 1024


@dataclass(frozen=True, slots=True)
class Event:
    seq: int
    type: str
    user_id: uuid.UUID | None
    job_id: uuid.UUID
    # The SSE message, encoded once for every client of the process.
    message: bytes
    # The same without its `event:` line (clients that read data.type: api/events.py).
    unnamed_message: bytes

    @classmethod
    def from_row(cls, row: asyncpg.Record) -> Event:
        payload = json.loads(row["payload"]) if isinstance(row["payload"], str) else row["payload"]
        data = {
            **payload,
            "seq": row["seq"],
            "type": row["type"],
            "job_id": str(row["job_id"]),
            "run_id": str(row["run_id"]) if row["run_id"] else None,
            "created_at": row["created_at"].isoformat(),
        }
        encoded = json.dumps(data, separators=(",", ":"))
        message = ServerSentEventMessage(data=encoded, event=row["type"], id=row["seq"]).encode()
        unnamed = ServerSentEventMessage(data=encoded, id=row["seq"]).encode()
        return cls(row["seq"], row["type"], row["user_id"], row["job_id"], message, unnamed)


async def wait_at_most(event: asyncio.Event, seconds: float) -> None:
    """Wait until `event` is set or `seconds` have passed, whichever comes first."""
    try:
        async with asyncio.timeout(seconds):
            await event.wait()
    except TimeoutError:
        pass


class StreamClosed(Exception):
    """Why the hub ended a subscription (revoked token, fell behind, shutdown)."""


class Sink(Protocol):
    """Where a live subscription's bytes go once it is written to directly."""

    # Frames a body once; the framed bytes suit every sink with the same `frame`.
    frame: Callable[[bytes], bytes]

    def writable(self) -> bool: ...

    @property
    def paused(self) -> bool: ...

    @property
    def buffered(self) -> int: ...

    def write(self, framed: bytes) -> bool: ...

    def abort(self) -> None: ...


class Subscription:
    """One client's view of the hub: its filter, its buffer and its cursor."""

    def __init__(
        self,
        user_id: uuid.UUID,
        # None for a stream opened with an identity provider's token (nothing to revoke).
        token_id: uuid.UUID | None,
        job_id: uuid.UUID | None,
        *,
        cursor: int,
        limit: int,
        task: asyncio.Task | None,
        unnamed: bool = False,
        expires_at: float | None = None,
    ) -> None:
        self.user_id, self.token_id, self.job_id = user_id, token_id, job_id
        # The last seq handed to this client; replay and live share it.
        self.cursor = cursor
        self.limit = limit
        # The task streaming to the client: cancelled when it falls behind.
        self.task = task
        # Without the `event:` line (api/events.py).
        self.unnamed = unnamed
        # When the credential it was opened with expires (time.time()); None: never.
        self.expires_at = expires_at
        self.closed: str | None = None
        self._pending: deque[Event] = deque()
        self._ready = asyncio.Event()
        # Set once the hub writes to the client directly (go_direct), with the
        # key of the bytes it is written (EventHub._fan_out).
        self.sink: Sink | None = None
        self.view: tuple = ()
        # Events written while the sink's buffer was full.
        self.behind = 0
        # time.monotonic() of the last write to the sink (for pings).
        self.last_write = 0.0

    def wants(self, event: Event) -> bool:
        return self.job_id is None or self.job_id == event.job_id

    def offer(self, event: Event) -> None:
        if self.closed:
            return
        if len(self._pending) >= self.limit:
            # Its task is stuck sending to a client that does not read: cancel
            # it, or it would hold this buffer (and the connection) forever.
            self.close(f"fell behind by {self.limit} events")
            log.info("disconnected a stream of user %s: %s", self.user_id, self.closed)
            if self.task is not None:
                self.task.cancel()
            return
        self._pending.append(event)
        self._ready.set()

    def close(self, reason: str) -> None:
        if not self.closed:
            self.closed = reason
            self._ready.set()

    def go_direct(self, sink: Sink) -> bool:
        """From now on the hub writes to `sink`; False (nothing changes) while
        events wait in the buffer, which the task must send first, in order."""
        if self._pending or self.closed:
            return False
        self.sink = sink
        self.view = (self.job_id, self.unnamed, sink.frame)
        self.last_write = time.monotonic()
        return True

    def write(self, framed: bytes, seq: int, now: float, events: int = 0) -> None:
        """One write of `events` events (0: a ping) through the sink (EventHub._fan_out)."""
        sink = self.sink
        if sink.paused:
            self.behind += events
            if self.behind > self.limit or sink.buffered > MAX_BEHIND_BYTES:
                self.close(
                    f"fell behind by {self.limit} events"
                    if self.behind > self.limit
                    else f"fell behind by {MAX_BEHIND_BYTES} bytes"
                )
                log.info("disconnected a stream of user %s: %s", self.user_id, self.closed)
                sink.abort()
                return
        else:
            self.behind = 0
        if sink.write(framed):
            self.cursor = seq
            self.last_write = now
        else:
            self.close("the client is gone")

    async def wait_closed(self, timeout: float) -> None:
        """Until the subscription is closed or `timeout` has passed; StreamClosed when closed."""
        if not self.closed:
            await wait_at_most(self._ready, timeout)
            self._ready.clear()
        if self.closed:
            raise StreamClosed(self.closed)

    def take_events(self) -> list[Event]:
        """The buffered events after the cursor, without waiting."""
        events = [e for e in self._pending if e.seq > self.cursor]
        self._pending.clear()
        if events:
            self.cursor = events[-1].seq
        return events

    async def next_events(self, timeout: float) -> list[Event]:
        """The events after the cursor (empty after `timeout`); StreamClosed when ended."""
        if not self._pending and not self.closed:
            await wait_at_most(self._ready, timeout)
        self._ready.clear()
        if self.closed:
            raise StreamClosed(self.closed)
        return self.take_events()


class EventHub:
    def __init__(
        self, database_url: str, *, role: str | None = None, queue_events: int = 4096
    ) -> None:
        self._url = database_url
        # The role it logs in as (None: the URL's user): one that reads every user's events.
        self._role = role
        self._queue_events = queue_events
        self._batch = max(1, min(BATCH, queue_events // 2))
        # Every event at or below head has been handed out; none can appear later.
        self.head = 0
        # The highest seq announced: above head, something is not final yet.
        self._announced = 0
        self._by_user: dict[uuid.UUID, set[Subscription]] = defaultdict(set)
        self._revoked: set[uuid.UUID] = set()
        self._wake = asyncio.Event()
        self._conn: asyncpg.Connection | None = None
        self._task: asyncio.Task | None = None
        self.reconnects = 0

    # -- lifecycle -----------------------------------------------------------------

    async def start(self) -> None:
        """Connect and start listening; fails like the pool when the database is down."""
        self._conn = await self._connect()
        self.head = await self._conn.fetchval("SELECT run_events_head()")
        self._task = asyncio.create_task(self._run(), name="cpe_runs event hub")

    async def stop(self) -> None:
        self.close_all("the server is shutting down")
        if self._task is not None:
            self._task.cancel()
            await asyncio.gather(self._task, return_exceptions=True)
        if self._conn is not None and not self._conn.is_closed():
            await self._conn.close()

    def close_all(self, reason: str) -> None:
        for subs in list(self._by_user.values()):
            for sub in list(subs):
                sub.close(reason)

    # -- subscriptions -------------------------------------------------------------

    def subscribe(
        self,
        user_id: uuid.UUID,
        token_id: uuid.UUID | None,
        job_id: uuid.UUID | None,
        *,
        unnamed: bool = False,
        expires_at: float | None = None,
    ) -> Subscription:
        """A subscription that gets every event after the hub's head.

        Call it from the task that streams to the client (it is the one to cancel).
        """
        sub = Subscription(
            user_id,
            token_id,
            job_id,
            cursor=self.head,
            limit=self._queue_events,
            task=asyncio.current_task(),
            unnamed=unnamed,
            expires_at=expires_at,
        )
        self._by_user[user_id].add(sub)
        return sub

    def unsubscribe(self, sub: Subscription) -> None:
        subs = self._by_user.get(sub.user_id)
        if subs is not None:
            subs.discard(sub)
            if not subs:
                del self._by_user[sub.user_id]

    def subscriptions(self) -> Iterable[Subscription]:
        for subs in self._by_user.values():
            yield from subs

    # -- the listener ----------------------------------------------------------------

    async def _connect(self) -> asyncpg.Connection:
        conn = await asyncpg.connect(
            login_url(self._url, self._role) if self._role else self._url,
            command_timeout=30,
            server_settings={"application_name": "cpe_runs events"},
        )
        await conn.add_listener(EVENTS_CHANNEL, self._on_event)
        await conn.add_listener(REVOKED_CHANNEL, self._on_revoked)
        conn.add_termination_listener(lambda _conn: self._wake.set())
        return conn

    def _on_event(self, _conn, _pid, _channel, payload: str) -> None:
        try:
            self._announced = max(self._announced, int(json.loads(payload)["seq"]))
        except (ValueError, KeyError, TypeError):
            log.warning("ignored a malformed %s notification", EVENTS_CHANNEL)
        self._wake.set()

    def _on_revoked(self, _conn, _pid, _channel, payload: str) -> None:
        try:
            self._revoked.add(uuid.UUID(payload))
        except ValueError:
            return
        self._wake.set()

    async def _run(self) -> None:
        backoff = Backoff(first=RECONNECT_FIRST_SECONDS, cap=RECONNECT_MAX_SECONDS)
        while True:
            try:
                if self._conn is None or self._conn.is_closed():
                    self._conn = await self._connect()
                    self.reconnects += 1
                    log.info("event listener reconnected; catching up after seq %s", self.head)
                    await self._after_reconnect(self._conn)
                backoff.reset()
                await self._listen(self._conn)
            except Exception as exc:
                delay = backoff.next_delay()
                if isinstance(exc, DATABASE_ERRORS):
                    log.warning("event listener lost the database (%s); retry in %.2fs", exc, delay)
                else:  # a bug must not silence every stream of the process for good
                    log.exception("event listener failed; restarting in %.2fs", delay)
                if self._conn is not None:
                    self._conn.terminate()
                self._conn = None
                await asyncio.sleep(delay)

    async def _after_reconnect(self, conn: asyncpg.Connection) -> None:
        # Notifications sent while we were away are lost: learn what was
        # announced from the table, and re-check every open stream's token.
        self._announced = max(
            self._announced, await conn.fetchval("SELECT coalesce(max(seq), 0) FROM run_events")
        )
        self._revoked.update(
            sub.token_id for sub in self.subscriptions() if sub.token_id is not None
        )

    async def _listen(self, conn: asyncpg.Connection) -> None:
        retry = 0
        while not conn.is_closed():
            # Cleared before reading: a notification during the read wakes the next wait.
            self._wake.clear()
            await self._end_revoked(conn)
            await self._read_new(conn)
            if self.head < self._announced:
                # Announced but not final yet: an older transaction still runs.
                await wait_at_most(self._wake, RETRY_DELAYS[min(retry, len(RETRY_DELAYS) - 1)])
                retry += 1
            else:
                retry = 0
                await wait_at_most(self._wake, IDLE_READ_SECONDS)
        raise ConnectionError("the event listener's connection closed")

    async def _read_new(self, conn: asyncpg.Connection) -> None:
        while True:
            rows = await read_run_events(conn, self.head, self._batch)
            if rows:
                self._fan_out([Event.from_row(row) for row in rows])
                self.head = rows[-1]["seq"]
            if len(rows) < self._batch:
                return

    def _fan_out(self, events: list[Event]) -> None:
        """Hand one read's events (in seq order) to every subscription that wants them."""
        by_user: dict[uuid.UUID, list[Event]] = defaultdict(list)
        for event in events:
            if event.user_id is not None:
                by_user[event.user_id].append(event)
        now, wall = time.monotonic(), time.time()
        for user_id, theirs in by_user.items():
            # One write per view, encoded once: (sheet filter, unnamed, framing) -> bytes.
            views: dict[tuple, tuple[bytes, int, int, bool] | None] = {}
            for sub in list(self._by_user.get(user_id, ())):
                if sub.closed:
                    pass
                elif sub.expires_at is not None and wall >= sub.expires_at:
                    sub.close("the token it was opened with has expired")
                elif sub.sink is None:
                    for event in theirs:
                        if sub.wants(event):
                            sub.offer(event)
                else:
                    key = sub.view
                    if key in views:
                        view = views[key]
                    else:
                        view = views[key] = _view(theirs, *key)
                    if view is not None:
                        framed, seq, count, ends = view
                        sub.write(framed, seq, now, count)
                        if ends and not sub.closed:
                            sub.close("the sheet was deleted")
                if sub.closed:
                    # Its generator may never run again to unsubscribe (it was cancelled).
                    self.unsubscribe(sub)

    async def _end_revoked(self, conn: asyncpg.Connection) -> None:
        if not self._revoked:
            return
        open_tokens = {sub.token_id for sub in self.subscriptions()}
        candidates = list(self._revoked & open_tokens)
        self._revoked.clear()
        if not candidates:
            return
        dead = await conn.fetch(
            "SELECT id FROM unnest($1::uuid[]) AS id WHERE NOT token_is_live(id)", candidates
        )
        dead_ids = {row["id"] for row in dead}
        for sub in list(self.subscriptions()):
            if sub.token_id in dead_ids:
                sub.close("the token was revoked")


def _view(
    events: list[Event], job_id: uuid.UUID | None, unnamed: bool, frame: Callable[[bytes], bytes]
) -> tuple[bytes, int, int, bool] | None:
    """The bytes one view of `events` is written as, its last seq, how many events
    it shows, and whether it ends a one-sheet stream (the sheet was deleted); None
    when it shows none."""
    shown = [e for e in events if job_id is None or e.job_id == job_id]
    if not shown:
        return None
    body = b"".join(e.unnamed_message if unnamed else e.message for e in shown)
    ends = job_id is not None and any(e.type == "sheet_deleted" for e in shown)
    return frame(body), shown[-1].seq, len(shown), ends


async def replay(
    pool: asyncpg.Pool,
    budget: asyncio.Semaphore,
    sub: Subscription,
    after: int,
    render: Callable[[Event], bytes],
) -> AsyncIterator[bytes]:
    """The subscription's missed events after `after`, up to the hub's head when it
    subscribed, rendered by `render`: a page (REPLAY_BATCH, an index range) per query. Reading and
    encoding a page happen within the replay budget, and its connection goes back
    before the client reads it: any number of replaying streams use at most the
    budget's connections and CPU slots, and each page costs the same however far
    back the replay starts."""
    until, sub.cursor = sub.cursor, after
    while sub.cursor < until:
        async with budget:
            async with as_user(pool, sub.user_id) as conn:
                rows = await conn.fetch(
                    "SELECT * FROM read_user_events($1, $2, $3, $4, $5)",
                    sub.user_id,
                    sub.job_id,
                    sub.cursor,
                    until,
                    REPLAY_BATCH,
                )
            page = b"".join(render(Event.from_row(row)) for row in rows)
        if rows:
            sub.cursor = rows[-1]["seq"]
            yield page
        if len(rows) < REPLAY_BATCH:
            break
    # Live events up to `until` reached the hub before we subscribed: they
    # are all in the replay. Later ones wait in the subscription's buffer.
    sub.cursor = max(sub.cursor, until)


# -- wiring into the app ---------------------------------------------------------------


@asynccontextmanager
async def event_hub_lifespan(app: Litestar) -> AsyncIterator[None]:
    """Start the process's event hub (app.state.event_hub) and stop it on shutdown."""
    settings: Settings = app.state.settings
    # LISTEN needs a session of its own: a direct URL when the pool's goes through
    # PgBouncer. The hub reads every user's events: it logs in as the worker role.
    hub = EventHub(
        app.state.direct_url, role=settings.worker_role, queue_events=settings.sse_queue_events
    )
    await hub.start()
    app.state.event_hub = hub
    try:
        yield
    finally:
        await hub.stop()
