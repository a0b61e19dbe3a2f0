"""The stream under stress: slow clients, idle streams, several processes,
a database restart and a server shutdown."""

from __future__ import annotations

import shutil
import socket
import tempfile
import threading
import time
from pathlib import Path
from urllib.parse import urlparse

import psycopg
import pytest

from cpe_runs.embedded import EmbeddedPostgres
from cpe_runs.migrations import apply_migrations

from .factories import make_sheet, make_token
from .live import start_live_server
from .sse import EventStream, Message, StreamEnded
from .test_stream import drive_sheet, seen, user_events


def burst(conn, user_id, files: int) -> None:
    """`files` large file_status events in one transaction, then a sheet_deleted marker."""
    job_id, run_id = make_sheet(conn, user_id=user_id)
    # 4 kB errors make events large enough to fill the kernel's socket buffers.
    conn.execute(
        "INSERT INTO source_files (job_id, run_id, name, size_bytes, sha256, status, error)"
        " SELECT %s, %s, 'certificate-' || n || '.txt', 1, repeat('0', 64), 'failed',"
        "  repeat('unreadable ', 400)"
        " FROM generate_series(1, %s) AS n",
        [job_id, run_id, files],
    )
    marker, _ = make_sheet(conn, user_id=user_id, name="marker")
    conn.execute("DELETE FROM extraction_jobs WHERE id = %s", [marker])


def read_until_sheet_deleted(stream: EventStream, into: list[Message]) -> None:
    while True:
        event = stream.next_event()
        into.append(event)
        if event.event == "sheet_deleted":
            return


def raw_stream(base_url: str, token: str) -> socket.socket:
    """An open stream on a socket with a tiny receive buffer, which the test never reads."""
    url = urlparse(base_url)
    sock = socket.socket()
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
    sock.settimeout(20)
    sock.connect((url.hostname, url.port))
    request = (
        f"GET /api/events HTTP/1.1\r\nHost: {url.netloc}\r\nAuthorization: Bearer {token}\r\n\r\n"
    )
    sock.sendall(request.encode())
    head = b""
    for _ in range(100):
        if b"stream open" in head:
            return sock
        head += sock.recv(1024)
    raise AssertionError(f"the stream did not open: {head!r}")


def test_a_client_that_never_reads_is_disconnected_without_hurting_others(db_url, tmp_path, conn):
    settings = {"CPE_RUNS_SSE_QUEUE_EVENTS": "64", "CPE_RUNS_SHUTDOWN_TIMEOUT": "1"}
    server = start_live_server(db_url, tmp_path, env=settings)
    stuck = None
    try:
        user_id, token = make_token(conn)
        slow, stuck = raw_stream(server.base_url, token), raw_stream(server.base_url, token)
        got: list[Message] = []
        with EventStream(server.base_url, token=token) as healthy:
            healthy.open()
            reader = threading.Thread(target=read_until_sheet_deleted, args=(healthy, got))
            reader.start()
            burst(conn, user_id, files=3000)
            reader.join(60)
            assert not reader.is_alive()
        assert seen(got) == user_events(conn, user_id)

        # The slow client gets what was already on its way, then the end.
        deadline = time.monotonic() + 60  # bounds the loop; not a latency check
        while time.monotonic() < deadline and slow.recv(65536):
            pass
        assert time.monotonic() < deadline, "the slow stream was never closed"
        slow.close()
        assert "fell behind by 64 events" in server.log()
        # One that never reads at all cannot hold the server's shutdown forever.
        assert server.stop() == 0
    finally:
        server.stop()
        if stuck is not None:
            stuck.close()


def test_an_idle_stream_gets_a_ping(db_url, tmp_path, conn):
    server = start_live_server(db_url, tmp_path, env={"CPE_RUNS_SSE_PING_SECONDS": "0.5"})
    try:
        _user_id, token = make_token(conn)
        with EventStream(server.base_url, token=token) as stream:
            stream.open()
            for _ in range(2):
                ping = stream.next_message()
                assert ping.comments == ["ping"] and ping.event is None
    finally:
        server.stop()


def test_two_server_processes_on_one_database_both_deliver(db_url, tmp_path, conn):
    servers = [start_live_server(db_url, tmp_path) for _ in range(2)]
    try:
        user_id, token = make_token(conn)
        with (
            EventStream(servers[0].base_url, token=token) as first,
            EventStream(servers[1].base_url, token=token) as second,
        ):
            first.open()
            second.open()
            drive_sheet(conn, user_id)
            expected = user_events(conn, user_id)
            assert seen(first.events_until(expected[-1][0])) == expected
            assert seen(second.events_until(expected[-1][0])) == expected
    finally:
        for server in servers:
            server.stop()


def test_stopping_the_server_ends_open_streams(live_server, conn):
    _user_id, token = make_token(conn)
    with EventStream(live_server.base_url, token=token) as stream:
        stream.open()
        assert live_server.stop() == 0  # not killed after a timeout
        with pytest.raises(StreamEnded):
            stream.next_event()


@pytest.fixture
def restartable_postgres():
    """A PostgreSQL of this test's own, to stop and start while a server uses it."""
    base = "/dev/shm" if Path("/dev/shm").is_dir() else None
    root = Path(tempfile.mkdtemp(prefix="cpe-runs-restart-", dir=base))
    pg = EmbeddedPostgres(root, server_options={"fsync": "off"})
    url = pg.acquire()
    apply_migrations(url)
    try:
        yield pg, url
    finally:
        pg.release()
        shutil.rmtree(root, ignore_errors=True)


class ResumingReader:
    """Reads one user's stream, reconnecting with Last-Event-ID when it ends."""

    def __init__(self, base_url: str, token: str) -> None:
        self.base_url, self.token = base_url, token
        self.events: list[Message] = []
        self.reconnects = 0
        self.stream = EventStream(base_url, token=token).__enter__().open()

    def read_until(self, seq: int) -> None:
        for _ in range(100):
            try:
                self.events += self.stream.events_until(seq)
                return
            except StreamEnded as ended:
                self.stream.close()
                self.reconnects += 1
                self._reopen(last_id=ended.args[0])
        raise AssertionError("the stream kept ending")

    def _reopen(self, last_id: int | None) -> None:
        for _ in range(100):  # the server answers 5xx until the database is back
            stream = EventStream(self.base_url, token=self.token, last_event_id=last_id).__enter__()
            if stream.status_code == 200:
                self.stream = stream.open()
                return
            stream.close()
            time.sleep(0.2)
        raise AssertionError("could not reopen the stream")


def test_a_database_restart_with_streams_open_loses_nothing(restartable_postgres, tmp_path):
    pg, url = restartable_postgres
    server = start_live_server(url, tmp_path)
    try:
        with psycopg.connect(url, autocommit=True) as conn:
            user_id, token = make_token(conn)
            reader = ResumingReader(server.base_url, token)
            drive_sheet(conn, user_id)
            reader.read_until(user_events(conn, user_id)[-1][0])

        pg.stop()
        pg.acquire()
        with psycopg.connect(url, autocommit=True) as conn:
            drive_sheet(conn, user_id)  # while the server is still reconnecting
            for _ in range(3):
                drive_sheet(conn, user_id, files=1)
            expected = user_events(conn, user_id)
        reader.read_until(expected[-1][0])
        assert seen(reader.events) == expected
        assert "event listener reconnected" in server.log()
    finally:
        reader.stream.close()
        server.stop()
