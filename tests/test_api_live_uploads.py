"""Uploads on a real `cpe-runs serve` with clients that send part of a body and
pause: no upload holds a transaction or a pool connection while its client
sends, so a slow one holds back nobody's events; a Start, a sheet deletion, a
client that goes away or a server killed meanwhile leave nothing of it behind
(what a crash leaves is swept)."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import ExitStack, contextmanager

import httpx
import pytest

from . import topology
from .apiclient import PDF, TEXT, ApiUser, assert_problem, certificate, stored_counts
from .factories import make_token, state_template_id
from .live import LiveServer, start_live_server, wait_until
from .sse import EventStream

MIB = 1024 * 1024
BOUNDARY = "cpe-runs-slow"
# The first part a paused client sends: the server stages two full chunks of it.
HEAD_BYTES = 2 * MIB + MIB // 2
# Bounds a pause the test forgot to end, so that no thread is left waiting.
PAUSE_LIMIT_SECONDS = 60


class ClientGone(Exception):
    """The paused client hung up instead of sending the rest."""


class PausedBody:
    """A one-file multipart body of `size` bytes that stops after HEAD_BYTES of the
    file until `resume()` (the rest follows) or `hang_up()` (the client goes away)."""

    def __init__(self, name: str, size: int) -> None:
        self.name, self.size = name, size
        self._go_on = threading.Event()
        self._hung_up = False

    def resume(self) -> None:
        self._go_on.set()

    def hang_up(self) -> None:
        self._hung_up = True
        self._go_on.set()

    def __iter__(self) -> Iterator[bytes]:
        yield (
            f'--{BOUNDARY}\r\nContent-Disposition: form-data; name="files";'
            f' filename="{self.name}"\r\nContent-Type: application/pdf\r\n\r\n'
        ).encode()
        yield PDF + b"x" * (HEAD_BYTES - len(PDF))
        if not self._go_on.wait(PAUSE_LIMIT_SECONDS) or self._hung_up:
            raise ClientGone(self.name)
        left = self.size - HEAD_BYTES
        # Each file ends in its name: a sheet does not store the same bytes twice.
        tail = self.name.encode()
        while left > len(tail):
            chunk = min(left - len(tail), MIB)
            yield b"y" * chunk
            left -= chunk
        yield tail[:left]
        yield f"\r\n--{BOUNDARY}--\r\n".encode()


@contextmanager
def paused_upload(
    server: LiveServer, user: ApiUser, job_id, *, name="slow.pdf", size=8 * MIB, run_id=None
) -> Iterator[tuple[PausedBody, Future[httpx.Response]]]:
    """POST a PausedBody from a thread; yields the body (to resume or hang up) and the answer."""
    body = PausedBody(name, size)
    with (
        httpx.Client(base_url=server.base_url, headers=user.headers, timeout=60) as http,
        ThreadPoolExecutor(1) as thread,
    ):
        answer = thread.submit(
            http.post,
            f"/api/jobs/{job_id}/files",
            params={"run_id": str(run_id)} if run_id else None,
            content=body,
            headers={"Content-Type": f"multipart/form-data; boundary={BOUNDARY}"},
        )
        try:
            yield body, answer
        finally:
            body.hang_up()  # no effect once the rest was sent


# The chunks of a paused upload's head (HEAD_BYTES) kept in file_chunks: none when the
# topology's store is outside the database (its writer holds them until the end).
HEAD_CHUNKS = 2 if topology.BLOB_STORE == "postgres" else 0


def staged(conn) -> tuple[int, int]:
    """(files, chunks in file_chunks) of uploads in progress."""
    return conn.execute(
        "SELECT count(DISTINCT f.id), count(c.file_id) FROM source_files f"
        " LEFT JOIN file_chunks c ON c.file_id = f.id WHERE f.status = 'uploading'"
    ).fetchone()


def wait_until_staged(conn, files: int = 1) -> None:
    """Until the paused uploads' first chunks are in (HEAD_BYTES: two each)."""
    wait_until(
        lambda: staged(conn) == (files, HEAD_CHUNKS * files),
        timeout=60,
        message=f"{files} uploads staged",
    )


def file_events(conn) -> list[tuple[str, str]]:
    return conn.execute(
        "SELECT payload->>'name', payload->>'status' FROM run_events"
        " WHERE type = 'file_status' ORDER BY seq"
    ).fetchall()


# Transactions the server holds open: idle in one, or holding a transaction id
# (what keeps the event log's horizon, read_run_events, from moving on).
OPEN_TRANSACTIONS = """
SELECT count(*) FILTER (WHERE state = 'idle in transaction'),
       count(*) FILTER (WHERE backend_xid IS NOT NULL)
  FROM pg_stat_activity
 WHERE datname = current_database() AND pid <> pg_backend_pid()
"""


@pytest.fixture
def alice(conn) -> ApiUser:
    return ApiUser(*make_token(conn, "alice@example.com"))


@pytest.fixture
def bob(conn) -> ApiUser:
    return ApiUser(*make_token(conn, "bob@example.com"))


def new_sheet(server: LiveServer, user: ApiUser, conn) -> dict:
    response = httpx.post(
        server.base_url + "/api/cpe/sheets",
        json={"template_id": str(state_template_id(conn))},
        headers=user.headers,
        timeout=30,
    )
    assert response.status_code == 201, response.text
    return response.json()


def test_a_paused_upload_holds_back_no_one_s_events(live_server, conn, alice, bob):
    sheet = new_sheet(live_server, alice, conn)
    job = sheet["job_id"]
    http = httpx.Client(base_url=live_server.base_url, headers=alice.headers, timeout=30)
    with (
        http,
        EventStream(live_server.base_url, token=bob.token) as bobs_stream,
        paused_upload(live_server, alice, job, size=8 * MIB) as (body, answer),
    ):
        bobs_stream.open()
        wait_until_staged(conn)
        assert conn.execute(OPEN_TRANSACTIONS).fetchone() == (0, 0)
        # Bob's new sheet reaches his live stream while Alice's upload is paused
        # (an upload holding a transaction would hold it back until it ended).
        bobs = new_sheet(live_server, bob, conn)
        event = bobs_stream.next_event()
        assert (event.event, event.payload["job_id"]) == ("run_created", bobs["job_id"])
        assert not answer.done(), "Bob's event waited for Alice's upload to end"
        # Alice's file is nobody's yet: not listed, not started, not announced.
        assert http.get(f"/api/jobs/{job}/files:all").json() == {"files": []}
        assert_problem(http.post(f"/api/cpe/sheets/{job}/start"), 400)
        assert file_events(conn) == []
        body.resume()
        response = answer.result(timeout=120)
    assert response.status_code == 201, response.text
    [stored] = response.json()["files"]
    assert (stored["name"], stored["size"], stored["status"]) == ("slow.pdf", 8 * MIB, "uploaded")
    assert stored_counts(conn) == (1, 1)
    # Its one event came when the upload finished.
    assert file_events(conn) == [("slow.pdf", "uploaded")]


def test_paused_uploads_pin_no_pool_connection(live_server, conn, alice):
    # More uploads than the API pool has connections (10), all paused mid-file.
    uploads = 12
    job = new_sheet(live_server, alice, conn)["job_id"]
    with ExitStack() as stack:
        opened = [
            stack.enter_context(paused_upload(live_server, alice, job, name=f"{n}.pdf"))
            for n in range(uploads)
        ]
        wait_until_staged(conn, uploads)
        sheets = httpx.get(
            live_server.base_url + "/api/cpe/sheets", headers=alice.headers, timeout=30
        )
        assert sheets.status_code == 200 and sheets.json()["total"] == 1
        for body, _ in opened:
            body.resume()
        answers = [answer.result(timeout=120) for _, answer in opened]
    assert [a.status_code for a in answers] == [201] * uploads
    assert staged(conn) == (0, 0)
    assert stored_counts(conn)[0] == uploads


@pytest.mark.parametrize("by_run_id", [False, True], ids=["editable run", "run_id"])
def test_a_start_during_an_upload_makes_it_answer_409_and_store_nothing(
    live_server, conn, alice, by_run_id
):
    sheet = new_sheet(live_server, alice, conn)
    job, run = sheet["job_id"], sheet["run_id"]
    with httpx.Client(base_url=live_server.base_url, headers=alice.headers, timeout=30) as http:
        files = [("files", ("first.txt", TEXT, "text/plain"))]
        assert http.post(f"/api/jobs/{job}/files", files=files).status_code == 201
        before = stored_counts(conn)
        with paused_upload(live_server, alice, job, run_id=run if by_run_id else None) as (
            body,
            answer,
        ):
            wait_until_staged(conn)
            started = http.post(f"/api/cpe/sheets/{job}/start")
            assert started.status_code == 202, started.text
            assert started.json()["tasks_total"] == 1
            body.resume()
            response = answer.result(timeout=120)
    refused = assert_problem(response, 409)
    assert refused["latest_run_id"] == run  # the run in progress: wait for it
    assert stored_counts(conn) == before
    assert file_events(conn) == [("first.txt", "uploaded"), ("first.txt", "queued")]


def test_a_client_gone_mid_upload_leaves_nothing(live_server, conn, alice):
    job = new_sheet(live_server, alice, conn)["job_id"]
    with paused_upload(live_server, alice, job) as (body, answer):
        wait_until_staged(conn)
        body.hang_up()
        assert isinstance(answer.exception(timeout=60), ClientGone)
    wait_until(lambda: stored_counts(conn) == (0, 0), timeout=60, message="staged rows deleted")
    assert file_events(conn) == []


def test_deleting_a_sheet_during_its_upload_removes_the_staged_bytes(live_server, conn, alice):
    job = new_sheet(live_server, alice, conn)["job_id"]
    with paused_upload(live_server, alice, job) as (body, answer):
        wait_until_staged(conn)
        # The upload holds no lock the deletion would wait for.
        deleted = httpx.delete(
            f"{live_server.base_url}/api/cpe/sheets/{job}", headers=alice.headers, timeout=30
        )
        assert deleted.status_code == 200
        assert stored_counts(conn) == (0, 0)
        body.resume()
        response = answer.result(timeout=120)
    assert_problem(response, 404)
    assert stored_counts(conn) == (0, 0)


def test_a_server_killed_mid_upload_leaves_files_nobody_sees_until_swept(
    db_url, conn, tmp_path, alice
):
    first = start_live_server(db_url, tmp_path)
    try:
        job = new_sheet(first, alice, conn)["job_id"]
        with paused_upload(first, alice, job) as (body, answer):
            wait_until_staged(conn)
            first.process.kill()
            first.process.wait(30)
            body.resume()
            assert answer.exception(timeout=60) is not None
    finally:
        first.stop()
    assert staged(conn) == (1, HEAD_CHUNKS)

    # Another server sweeps on a fast timer, files staged over a day ago only.
    second = start_live_server(db_url, tmp_path, env={"CPE_RUNS_MAINTENANCE_SECONDS": "0.2"})
    try:
        with httpx.Client(base_url=second.base_url, headers=alice.headers, timeout=30) as http:
            assert http.get(f"/api/jobs/{job}/files:all").json() == {"files": []}
            assert_problem(http.post(f"/api/cpe/sheets/{job}/start"), 400)
            assert http.get("/api/cpe/sheets").json()["sheets"][0]["status"] == "pending"
            assert staged(conn) == (1, HEAD_CHUNKS)
            conn.execute(
                "UPDATE source_files SET created_at = now() - interval '25 hours'"
                " WHERE status = 'uploading'"
            )
            wait_until(lambda: stored_counts(conn) == (0, 0), timeout=60, message="swept")
            assert file_events(conn) == []
            # The sheet takes files as before.
            files = [("files", ("next.txt", certificate("next"), "text/plain"))]
            assert http.post(f"/api/jobs/{job}/files", files=files).status_code == 201
    finally:
        second.stop()
