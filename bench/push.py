"""Push latency: from the commit that finishes a run to each SSE client's
receipt of the `run_created` event of the sheet's next run.

N clients hold `GET /api/events?job_id=` streams open on one live server. Each
round prepares a run with one claimed task (untimed, and its own events are
let through first), then finishes it with increment_task_completion on a
plain connection; the clock starts when that commit has returned. A client
stamps the time the moment bytes arrive, before parsing them.

The clients are raw asyncio sockets, not an HTTP library: with 100 of them in
one event loop, the client's own parsing would otherwise be part of the
figure. Whatever client cost remains makes the figure larger, never smaller.
The original dashboard polled every 2 s: a change waited 1 s on average, 2 s
at worst.
"""

from __future__ import annotations

import asyncio
import json
import time
import uuid
from dataclasses import dataclass
from urllib.parse import urlsplit

import psycopg

from . import lastrun

POLL_MEAN_MS = 1000.0
POLL_WORST_MS = 2000.0
ROUND_TIMEOUT = 10.0
CONNECT_TIMEOUT = 30.0


@dataclass(frozen=True, slots=True)
class PushLatency:
    clients: int
    rounds: int
    samples_ms: tuple[float, ...]
    missed: int


class SseClient:
    """One event stream: records when each (event, run_id, status) first arrived."""

    def __init__(self) -> None:
        self.seen: dict[tuple[str, str, str | None], float] = {}
        self.arrived = asyncio.Event()
        self.opened = asyncio.Event()
        self._task: asyncio.Task | None = None
        self._writer: asyncio.StreamWriter | None = None

    async def open(self, base_url: str, path: str, token: str) -> None:
        url = urlsplit(base_url)
        reader, self._writer = await asyncio.open_connection(url.hostname, url.port)
        self._writer.write(
            (
                f"GET {path} HTTP/1.1\r\nHost: {url.netloc}\r\n"
                f"Authorization: Bearer {token}\r\nAccept: text/event-stream\r\n\r\n"
            ).encode()
        )
        head = await reader.readuntil(b"\r\n\r\n")
        status = head.split(b"\r\n", 1)[0]
        if b" 200 " not in status + b" ":
            raise RuntimeError(f"the stream answered {status.decode()}")
        chunked = b"transfer-encoding: chunked" in head.lower()
        self._task = asyncio.create_task(self._read(reader, chunked))

    async def close(self) -> None:
        if self._task:
            self._task.cancel()
            await asyncio.gather(self._task, return_exceptions=True)
        if self._writer:
            self._writer.close()

    async def _read(self, reader: asyncio.StreamReader, chunked: bool) -> None:
        raw = b""  # transfer framing still to undo
        text = b""  # SSE text still to split into messages
        while True:
            data = await reader.read(65536)
            arrived = time.perf_counter()
            if not data:
                return
            if chunked:
                raw += data
                body, raw = _unchunk(raw)
                text += body
            else:
                text += data
            # SSE lines end in \r\n, \n or \r; a \r at the very end may be half of one.
            held = b"\r" if text.endswith(b"\r") else b""
            text = text[: len(text) - len(held)].replace(b"\r\n", b"\n").replace(b"\r", b"\n")
            *messages, text = text.split(b"\n\n")
            text += held
            for message in messages:
                self._take(message.decode(), arrived)

    def _take(self, message: str, arrived: float) -> None:
        fields: dict[str, str] = {}
        for line in message.splitlines():
            name, _, value = line.partition(":")
            if name == "" and "stream open" in value:
                self.opened.set()
            elif name in ("event", "data"):
                fields[name] = value.removeprefix(" ")
        if "event" not in fields:
            return
        payload = json.loads(fields.get("data") or "{}")
        # run_created is keyed by the run it appends to: the one the round finished.
        run = payload.get("append_from_run_id") if fields["event"] == "run_created" else None
        key = (fields["event"], str(run or payload.get("run_id")), payload.get("status"))
        self.seen.setdefault(key, arrived)
        self.arrived.set()


def _unchunk(raw: bytes) -> tuple[bytes, bytes]:
    """Decode the complete chunks of HTTP/1.1 chunked framing; (body, rest)."""
    body = b""
    while True:
        line_end = raw.find(b"\r\n")
        if line_end < 0:
            return body, raw
        size = int(raw[:line_end].split(b";")[0], 16)
        end = line_end + 2 + size + 2
        if len(raw) < end:
            return body, raw
        body += raw[line_end + 2 : line_end + 2 + size]
        raw = raw[end:]


async def _wait_all(clients: list[SseClient], key: tuple, timeout: float) -> None:
    deadline = time.perf_counter() + timeout
    for client in clients:
        while key not in client.seen and time.perf_counter() < deadline:
            client.arrived.clear()
            try:
                await asyncio.wait_for(client.arrived.wait(), deadline - time.perf_counter())
            except TimeoutError:
                break


async def _measure(
    base_url: str, url: str, token: str, job_id: uuid.UUID, clients: int, rounds: int
) -> PushLatency:
    streams = [SseClient() for _ in range(clients)]
    path = f"/api/events?job_id={job_id}"
    try:
        await asyncio.wait_for(
            asyncio.gather(*(s.open(base_url, path, token) for s in streams)), CONNECT_TIMEOUT
        )
        await asyncio.wait_for(asyncio.gather(*(s.opened.wait() for s in streams)), CONNECT_TIMEOUT)
        samples: list[float] = []
        missed = 0
        with psycopg.connect(url, autocommit=True) as conn:
            for _ in range(rounds):
                task = lastrun.start_with_one_file(conn, job_id)
                # The round's own events (files queued, run started) are through first.
                started = ("run_status", str(task.run_id), "in_progress")
                await _wait_all(streams, started, ROUND_TIMEOUT)
                await asyncio.sleep(0.05)
                lastrun.report(conn, task)
                committed = time.perf_counter()
                key = ("run_created", str(task.run_id), "pending")
                await _wait_all(streams, key, ROUND_TIMEOUT)
                for stream in streams:
                    if key in stream.seen:
                        samples.append((stream.seen[key] - committed) * 1000)
                    else:
                        missed += 1
        return PushLatency(clients, rounds, tuple(samples), missed)
    finally:
        await asyncio.gather(*(s.close() for s in streams))


def measure(
    base_url: str, url: str, token: str, job_id: uuid.UUID, *, clients: int, rounds: int
) -> PushLatency:
    return asyncio.run(_measure(base_url, url, token, job_id, clients, rounds))
