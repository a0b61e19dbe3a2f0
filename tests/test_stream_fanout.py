"""Many streams on one server process: the hub reads each notification once and
writes the same bytes to every stream directly (events.py, server.DirectWriter).

Each stream must still get every event of its view exactly once and in order,
named or unnamed, one sheet or all; a stream that stops reading is dropped
without holding back the others and resumes with Last-Event-ID; and a stream
that opens with Last-Event-ID while events keep coming passes from its replay
to the live writes without losing or repeating one.
"""

from __future__ import annotations

import asyncio
import socket
import threading
import time
from dataclasses import dataclass, field
from urllib.parse import urlsplit

import pytest

from .factories import make_sheet, make_token
from .live import start_live_server, wait_until
from .test_stream import drive_sheet, user_events
from .test_stream_resilience import burst, raw_stream

STREAMS = 200
TIMEOUT = 60  # bounds each wait; not a latency check


@dataclass
class RawStream:
    """A stream read with asyncio and parsed by hand, so that 200 of them fit in
    one test: every event as (id, event name or None, data)."""

    path: str
    events: list[tuple[int, str | None, str]] = field(default_factory=list)
    ended: bool = False
    _reader: asyncio.StreamReader | None = None
    _writer: asyncio.StreamWriter | None = None

    async def open(self, base_url: str, token: str, last_event_id: int | None = None) -> None:
        url = urlsplit(base_url)
        self._reader, self._writer = await asyncio.open_connection(url.hostname, url.port)
        resume = f"Last-Event-ID: {last_event_id}\r\n" if last_event_id is not None else ""
        self._writer.write(
            f"GET {self.path} HTTP/1.1\r\nHost: {url.netloc}\r\n"
            f"Authorization: Bearer {token}\r\n{resume}\r\n".encode()
        )
        head = await self._reader.readuntil(b"\r\n\r\n")
        assert b" 200 " in head.split(b"\r\n", 1)[0], head
        assert b"transfer-encoding: chunked" in head.lower(), head
        # The first chunk is the opening comment: the stream is subscribed.
        assert b"stream open" in await self._chunk()

    async def _chunk(self) -> bytes:
        size = int((await self._reader.readuntil(b"\r\n")).split(b";")[0], 16)
        data = await self._reader.readexactly(size + 2)
        assert data.endswith(b"\r\n"), "a chunk does not end where its size says"
        if size == 0:
            self.ended = True
        return data[:-2]

    async def read_until(self, seq: int) -> None:
        text = b""
        while not self.ended and (not self.events or self.events[-1][0] < seq):
            text += await self._chunk()
            *messages, text = text.split(b"\r\n\r\n")
            for message in messages:
                fields = dict(
                    line.split(b": ", 1) for line in message.split(b"\r\n") if b": " in line
                )
                if b"id" in fields:
                    event = fields[b"event"].decode() if b"event" in fields else None
                    self.events.append((int(fields[b"id"]), event, fields[b"data"].decode()))

    def close(self) -> None:
        if self._writer is not None:
            self._writer.close()


@pytest.fixture
def server(db_url, scratch_path):
    env = {
        "CPE_RUNS_MAX_CONNECTIONS_PER_CLIENT": str(STREAMS + 50),
        "CPE_RUNS_SSE_QUEUE_EVENTS": "64",
    }
    live = start_live_server(db_url, scratch_path, env=env)
    yield live
    live.stop()


async def _open_all(streams: list[RawStream], base_url: str, token: str) -> None:
    await asyncio.wait_for(asyncio.gather(*(s.open(base_url, token) for s in streams)), TIMEOUT)


async def _read_all(streams: list[RawStream], seq: int) -> None:
    await asyncio.wait_for(asyncio.gather(*(s.read_until(seq) for s in streams)), TIMEOUT)


async def test_200_streams_each_get_every_event_of_their_view_once_in_order(server, conn):
    user_id, token = make_token(conn)
    sheet, _run = make_sheet(conn, user_id=user_id, name="watched")
    head = user_events(conn, user_id)[-1][0]
    views = {
        "/api/events": None,
        f"/api/jobs/{sheet}/events": sheet,
        "/api/events?format=unnamed": None,
        f"/api/events?job_id={sheet}&format=unnamed": sheet,
    }
    streams = [RawStream(path) for path in views for _ in range(STREAMS // len(views))]
    try:
        await _open_all(streams, server.base_url, token)
        # Events of two sheets, several per transaction and one per transaction.
        await asyncio.to_thread(drive_sheet, conn, user_id, 3)
        run_id = conn.execute(
            "SELECT id FROM job_runs WHERE job_id = %s AND status = 'pending'", [sheet]
        ).fetchone()[0]
        for n in range(3):
            conn.execute(
                "INSERT INTO source_files (job_id, run_id, name, size_bytes, sha256)"
                " VALUES (%s, %s, %s, 1, repeat('0', 64))",
                [sheet, run_id, f"late-{n}.txt"],
            )
        for path, job_id in views.items():
            expected = user_events(conn, user_id, after=head, job_id=job_id)
            mine = [s for s in streams if s.path == path]
            await _read_all(mine, expected[-1][0])
            for stream in mine:
                assert [(seq, name) for seq, name, _ in stream.events] == [
                    (seq, None if "unnamed" in path else name) for seq, name in expected
                ], path
    finally:
        for stream in streams:
            stream.close()


def _drain(sock: socket.socket) -> bytes:
    """Everything a stream's socket holds until the server closes it."""
    sock.setblocking(True)
    sock.settimeout(TIMEOUT)
    data = b""
    try:
        while chunk := sock.recv(65536):
            data += chunk
    except ConnectionResetError:
        pass  # dropped: what had arrived stays
    return data


def _complete_ids(body: bytes) -> list[int]:
    """The ids of the events a client received whole, from the body after the
    opening (chunk framing needs no undoing here: a size line never starts with 'id: ')."""
    ids = []
    for message in body.split(b"\r\n\r\n")[:-1]:
        for line in message.split(b"\r\n"):
            if line.startswith(b"id: "):
                ids.append(int(line[4:]))
    return ids


async def test_a_stalled_stream_is_dropped_while_others_get_everything_and_it_resumes(server, conn):
    user_id, token = make_token(conn)
    head = 0  # a new user: every event of theirs is new
    stalled = raw_stream(server.base_url, token)
    # Fewer healthy streams here: each reads 4 MB.
    streams = [RawStream("/api/events") for _ in range(20)]
    try:
        await _open_all(streams, server.base_url, token)
        # 1,000 large events: far more than the stalled client's 64 plus its buffers.
        await asyncio.to_thread(burst, conn, user_id, 1000)
        expected = user_events(conn, user_id, after=head)
        await _read_all(streams, expected[-1][0])
        for stream in streams:
            assert [(seq, name) for seq, name, _ in stream.events] == expected
        # The stalled one got some events, then its connection was dropped.
        received = _complete_ids(await asyncio.to_thread(_drain, stalled))
        assert received == [seq for seq, _ in expected[: len(received)]]
        assert len(received) < len(expected)
        assert "fell behind by 64 events" in server.log()
        # It resumes after the last event it got whole, and misses nothing.
        resumed = RawStream("/api/events")
        await resumed.open(server.base_url, token, last_event_id=received[-1] if received else head)
        await asyncio.wait_for(resumed.read_until(expected[-1][0]), TIMEOUT)
        resumed.close()
        assert received + [seq for seq, _, _ in resumed.events] == [seq for seq, _ in expected]
    finally:
        stalled.close()
        for stream in streams:
            stream.close()


def test_a_stalled_stream_is_dropped_past_a_mebibyte_unsent_however_few_events(
    db_url, scratch_path, conn
):
    # Events allowed behind far above what 1,000 events of 4 kB come to: the
    # bytes the stalled stream's connection holds end it.
    env = {"CPE_RUNS_SSE_QUEUE_EVENTS": "100000"}
    live = start_live_server(db_url, scratch_path, env=env)
    try:
        user_id, token = make_token(conn)
        stalled = raw_stream(live.base_url, token)
        try:
            burst(conn, user_id, 1000)
            # Not read until the hub has given up on it (a reader would unstall it).
            wait_until(lambda: "fell behind by 1048576 bytes" in live.log(), TIMEOUT)
            received = _complete_ids(_drain(stalled))
        finally:
            stalled.close()
        assert 0 < len(received) < len(user_events(conn, user_id))
    finally:
        live.stop()


async def test_streams_resuming_while_events_keep_coming_pass_from_replay_to_live_exactly(
    server, conn, connect
):
    user_id, token = make_token(conn)
    make_sheet(conn, user_id=user_id, name="before")
    start_seq = user_events(conn, user_id)[-1][0]
    stop = threading.Event()
    writer_conn = connect()

    def keep_writing() -> None:
        # One sheet per transaction, created and deleted: a steady stream of events.
        while not stop.is_set():
            job_id, _ = make_sheet(writer_conn, user_id=user_id, name="passing")
            writer_conn.execute("DELETE FROM extraction_jobs WHERE id = %s", [job_id])
            time.sleep(0.002)

    writer = threading.Thread(target=keep_writing)
    writer.start()
    streams: list[RawStream] = []
    try:
        # Each opens at another moment, resuming from the same point in the past:
        # its replay ends while the hub keeps handing out new events.
        for _ in range(20):
            stream = RawStream("/api/events")
            await stream.open(server.base_url, token, last_event_id=start_seq)
            streams.append(stream)
            await asyncio.sleep(0.05)
    finally:
        stop.set()
        await asyncio.to_thread(writer.join, TIMEOUT)
    try:
        make_sheet(conn, user_id=user_id, name="marker")
        expected = user_events(conn, user_id, after=start_seq)
        await _read_all(streams, expected[-1][0])
        assert len(expected) > 100
        for stream in streams:
            assert [(seq, name) for seq, name, _ in stream.events] == expected
    finally:
        for stream in streams:
            stream.close()


def test_an_http_1_0_stream_is_not_chunked_and_still_gets_every_event(server, conn):
    # Bytes framed as chunks cannot go to a client without chunked transfer coding:
    # such a stream gets its events through its own task, unframed.
    user_id, token = make_token(conn)
    url = urlsplit(server.base_url)
    with socket.create_connection((url.hostname, url.port), timeout=TIMEOUT) as sock:
        sock.sendall(f"GET /api/events HTTP/1.0\r\nAuthorization: Bearer {token}\r\n\r\n".encode())
        received = b""
        while b"stream open" not in received:
            received += sock.recv(65536)
        head, _, body = received.partition(b"\r\n\r\n")
        assert b"transfer-encoding" not in head.lower()
        drive_sheet(conn, user_id)
        expected = user_events(conn, user_id)
        last = f"id: {expected[-1][0]}\r\n".encode()
        while last not in body or b"\r\n\r\n" not in body.rpartition(last)[2]:
            data = sock.recv(65536)
            assert data, "the stream ended early"
            body += data
    got = [
        (int(message.split(b"\r\n")[0][4:]), message.split(b"\r\n")[1][7:].decode())
        for message in body.split(b"\r\n\r\n")
        if message.startswith(b"id: ")
    ]
    assert got == expected
