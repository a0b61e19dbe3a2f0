"""How the app meets the network: uvicorn's settings, a guarded HTTP/1.1
protocol and an access log that never shows a credential.

What one client must not be able to do to everybody else, bounded here
before a request reaches the app:

- hold connections without sending a request: the request line and headers
  must arrive within `header_timeout` of the connection (or of the previous
  response), or the connection is answered 408 and closed (slowloris);
- stall in the middle of a request body for longer than `idle_timeout`
  (reads the app paused on purpose do not count);
- stop reading a response for longer than `idle_timeout` (the transport's
  buffer stays full): the connection is dropped, so a never-reading client
  holds nothing (exports are spooled and hold no database connection
  anyway, see spool.py);
- open more than `max_connections_per_client` connections from one address:
  the next one is answered 503 at once and closed.

It also offers the app one ASGI extension, `DIRECT_WRITER`: the event hub
writes an event, framed once, straight onto every stream's connection
(DirectWriter), instead of waking one task per stream to pass the same bytes
through the ASGI stack; see events.py.

Keep-alive idling between requests is uvicorn's `timeout_keep_alive`.
"""

from __future__ import annotations

import asyncio
import gc
import json
import logging
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from urllib.parse import unquote_plus

import h11
import uvicorn
from uvicorn.protocols.http.h11_impl import H11Protocol, RequestResponseCycle

from .auth import TOKEN_PREFIX
from .config import Settings

log = logging.getLogger(__name__)

# uvicorn's limit on the size of a request line plus headers (h11's default).
MAX_HEADER_BYTES = 16 * 1024
KEEP_ALIVE_SECONDS = 5


@dataclass(frozen=True, slots=True)
class TransportLimits:
    header_timeout: float = 10.0
    idle_timeout: float = 60.0
    max_connections_per_client: int = 128

    @classmethod
    def from_settings(cls, settings: Settings) -> TransportLimits:
        return cls(
            header_timeout=settings.header_timeout_seconds,
            idle_timeout=settings.idle_timeout_seconds,
            max_connections_per_client=settings.max_connections_per_client,
        )


def uvicorn_config(app: Any, host: str, port: int, settings: Settings) -> uvicorn.Config:
    """uvicorn serving `app` with the guarded protocol and the redacted access log."""
    install_access_log_filter()
    return uvicorn.Config(
        app,
        host=host,
        port=port,
        lifespan="on",
        log_config=None,
        http=guarded_protocol(TransportLimits.from_settings(settings)),
        timeout_keep_alive=KEEP_ALIVE_SECONDS,
        h11_max_incomplete_event_size=MAX_HEADER_BYTES,
        # Bounds a shutdown that a client which never reads would otherwise hold
        # forever (its connection cannot close before it reads).
        timeout_graceful_shutdown=settings.shutdown_timeout,
    )


async def end_streams_on_exit(should_exit: Callable[[], bool], app: Any) -> None:
    """End every open stream once the server starts shutting down.

    uvicorn waits for open connections before it runs the lifespan shutdown, and
    an event stream never ends by itself: without this, shutdown would hang.
    """
    while not should_exit():
        await asyncio.sleep(0.1)
    hub = getattr(app.state, "event_hub", None)
    if hub is not None:
        hub.close_all("the server is shutting down")


def freeze_startup_heap() -> None:
    """Keep what startup built out of every later full garbage collection.

    A full collection walks every object the collector tracks, and once started
    the process holds some 150,000 (the app, its routes, the modules of its
    libraries): 50 ms of a core on a quiet machine, over 100 ms on a busy one,
    during which no request and no stream of the process moves (it was the one
    60 ms stall in the sheet list's p99). What startup made lives as long as the
    process: frozen (gc.freeze), the collector no longer walks it; whatever is
    made later is collected as before. Call it once the app is built, before the
    server listens: only a serving process (tests build many apps in one).
    """
    gc.collect()
    gc.freeze()


def _raw_response(status: int, reason: str, detail: str, extra: str = "") -> bytes:
    body = json.dumps(
        {"type": "about:blank", "title": reason, "status": status, "detail": detail}
    ).encode()
    head = (
        f"HTTP/1.1 {status} {reason}\r\ncontent-type: application/problem+json\r\n"
        f"content-length: {len(body)}\r\nconnection: close\r\n{extra}\r\n"
    )
    return head.encode() + body


TOO_MANY = _raw_response(
    503,
    "Service Unavailable",
    "too many open connections from your address; close some and retry",
    "retry-after: 5\r\n",
)
TOO_SLOW = _raw_response(
    408, "Request Timeout", "the request's headers did not arrive in time; send them at once"
)


# The scope["extensions"] key under which a request finds its DirectWriter.
DIRECT_WRITER = "cpe_runs.direct_writer"


def chunk(body: bytes) -> bytes:
    """`body` as one chunk of HTTP/1.1 chunked transfer coding."""
    return b"%x\r\n%s\r\n" % (len(body), body)


class DirectWriter:
    """Writes parts of a streaming response's body straight to its connection.

    Once the app has started a response of unknown length to an HTTP/1.1 client,
    h11 frames its body in chunks, and a chunk is self-contained: bytes framed
    once by `frame` can be written to any number of such connections, in any
    order with the app's own ASGI sends (a chunk is written whole, and the
    event loop runs one writer at a time). `writable()` says whether that holds
    for this request right now.
    """

    __slots__ = ("_cycle", "_protocol")
    frame = staticmethod(chunk)

    def __init__(self, protocol: H11Protocol, cycle: RequestResponseCycle) -> None:
        self._protocol = protocol
        self._cycle = cycle

    def writable(self) -> bool:
        cycle, conn = self._cycle, self._protocol.conn
        return (
            self._protocol.cycle is cycle
            and cycle.response_started
            and not cycle.response_complete
            and not cycle.disconnected
            and cycle.scope["method"] == "GET"
            and conn.our_state is h11.SEND_BODY
            and conn.their_http_version == b"1.1"
        )

    @property
    def paused(self) -> bool:
        """The connection's buffer is full: the client reads slower than we write."""
        return self._protocol.flow.write_paused

    @property
    def buffered(self) -> int:
        """Bytes written and not yet handed to the kernel."""
        return self._protocol.transport.get_write_buffer_size()

    def write(self, framed: bytes) -> bool:
        """Write bytes made by `frame`; False when the response has ended."""
        cycle = self._cycle
        if cycle.disconnected or cycle.response_complete:
            return False
        self._protocol.transport.write(framed)
        return True

    def abort(self) -> None:
        """Drop the connection at once (a client that does not keep up)."""
        self._protocol.transport.abort()


class _Timer:
    """A one-shot timer a connection arms again and cancels; `armed` while it waits."""

    def __init__(self, loop: asyncio.AbstractEventLoop, delay: float, due: Callable[[], None]):
        self._loop, self._delay, self._due = loop, delay, due
        self._handle: asyncio.TimerHandle | None = None

    @property
    def armed(self) -> bool:
        return self._handle is not None

    def arm(self) -> None:
        self.cancel()
        self._handle = self._loop.call_later(self._delay, self._fire)

    def cancel(self) -> None:
        if self._handle is not None:
            self._handle.cancel()
            self._handle = None

    def _fire(self) -> None:
        self._handle = None
        self._due()


def guarded_protocol(limits: TransportLimits) -> type[H11Protocol]:
    """uvicorn's h11 protocol with the limits above; one class (and one count of
    connections per address) per server."""

    per_client: Counter[str] = Counter()

    class GuardedProtocol(H11Protocol):
        _address: str | None = None

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            # The request line and headers are due within header_timeout; a body being
            # sent or a response being read may stall for idle_timeout at the most.
            self._headers_timer = _Timer(self.loop, limits.header_timeout, self._headers_late)
            self._idle_timer = _Timer(self.loop, limits.idle_timeout, self._idle)

        def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
            super().connection_made(transport)
            self._address = self.client[0] if self.client else None
            if self._address is not None:
                per_client[self._address] += 1
                if per_client[self._address] > limits.max_connections_per_client:
                    log.warning(
                        "refused a connection from %s: %d open (the limit is %d)",
                        self._address,
                        per_client[self._address] - 1,
                        limits.max_connections_per_client,
                    )
                    transport.write(TOO_MANY)
                    transport.close()
                    return
            self._headers_timer.arm()

        def connection_lost(self, exc: Exception | None) -> None:
            self._cancel_timers()
            if self._address is not None:
                per_client[self._address] -= 1
                if per_client[self._address] <= 0:
                    del per_client[self._address]
                self._address = None
            super().connection_lost(exc)

        def handle_events(self) -> None:
            before = self.cycle
            super().handle_events()
            cycle = self.cycle
            if cycle is not None and cycle is not before:
                # The request's task is created but has not run yet: it sees this.
                cycle.scope.setdefault("extensions", {})[DIRECT_WRITER] = DirectWriter(self, cycle)

        def data_received(self, data: bytes) -> None:
            if self._waiting_for_request() and not self._headers_timer.armed:
                self._headers_timer.arm()
            super().data_received(data)
            if not self._waiting_for_request():
                self._headers_timer.cancel()
                if self.cycle.more_body:
                    self._idle_timer.arm()  # a fresh wait for the next part of the body

        def on_response_complete(self) -> None:
            super().on_response_complete()
            self._idle_timer.cancel()
            # The next request's headers are due within the keep-alive time anyway.

        def pause_writing(self) -> None:
            super().pause_writing()
            self._idle_timer.arm()

        def resume_writing(self) -> None:
            super().resume_writing()
            self._idle_timer.cancel()

        # -- timers ----------------------------------------------------------------

        def _waiting_for_request(self) -> bool:
            return self.cycle is None or self.cycle.response_complete

        def _cancel_timers(self) -> None:
            self._headers_timer.cancel()
            self._idle_timer.cancel()

        def _headers_late(self) -> None:
            if self.transport.is_closing() or not self._waiting_for_request():
                return
            # Part of a request came and stalled (slowloris): say why. A connection
            # that sent nothing at all is closed without a word, as keep-alive does.
            partial, _ = self.conn.trailing_data
            if partial:
                self.transport.write(TOO_SLOW)
                log.info("closed a connection from %s: headers too slow", self._address)
            self.transport.close()

        def _idle(self) -> None:
            if self.transport.is_closing():
                return
            in_body = (
                self.cycle is not None and not self.cycle.response_complete and self.cycle.more_body
            )
            if self.flow.write_paused or (in_body and not self.flow.read_paused):
                why = "not reading the response" if self.flow.write_paused else "not sending"
                log.info(
                    "dropped a connection from %s: %s for %.0f s",
                    self._address,
                    why,
                    limits.idle_timeout,
                )
                self.transport.abort()
            elif in_body:  # the app paused reading on purpose: look again later
                self._idle_timer.arm()

    return GuardedProtocol


# -- the access log ------------------------------------------------------------------

# Query parameters whose value may be a credential, by name (after URL-decoding).
_SECRET_NAME = re.compile(
    r"ticket|token|auth|key|secret|passw|pwd|session|signature|^sig$|^code$|credential|jwt",
    re.IGNORECASE,
)
_STREAM_PATH = re.compile(r"^/api/(events|jobs/[^/]+/events)$")
REDACTED = "[redacted]"


def redact_query(path_with_query: str) -> str:
    """The path with every credential-bearing query value replaced by [redacted].

    Stream routes lose their whole query (it carries the ticket); elsewhere a
    parameter whose name says it may be a secret (ticket, token, access_token,
    api_key, password, signature, ...) or whose value looks like one of our
    tokens loses its value. Names are matched URL-decoded, so %74oken is caught.
    """
    path, sep, query = path_with_query.partition("?")
    if not sep:
        return path_with_query
    if _STREAM_PATH.match(path):
        return f"{path}?{REDACTED}"
    parts = []
    for item in query.split("&"):
        name, eq, value = item.partition("=")
        plain_name, plain_value = unquote_plus(name), unquote_plus(value)
        if _SECRET_NAME.search(plain_name) or _looks_secret(plain_value or plain_name):
            parts.append(f"{name}={REDACTED}" if eq else REDACTED)
        else:
            parts.append(item)
    return f"{path}?{'&'.join(parts)}"


def _looks_secret(text: str) -> bool:
    return text.startswith(TOKEN_PREFIX)


class RedactCredentials(logging.Filter):
    """Applies redact_query to uvicorn's access-log lines."""

    def filter(self, record: logging.LogRecord) -> bool:
        args = record.args
        # uvicorn.access: (client, method, path with query, http version, status)
        if isinstance(args, tuple) and len(args) >= 3 and isinstance(args[2], str):
            record.args = (*args[:2], redact_query(args[2]), *args[3:])
        return True


def install_access_log_filter() -> None:
    logger = logging.getLogger("uvicorn.access")
    if not any(isinstance(f, RedactCredentials) for f in logger.filters):
        logger.addFilter(RedactCredentials())
