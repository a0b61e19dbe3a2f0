"""What one client can do to the connection and the request parser, and that
everybody else is still served: absurd JSON is a 400, slow or idle headers are
timed out, one address holds a bounded number of connections, and no
credential in a query string reaches the access log."""

from __future__ import annotations

import socket
import time
from contextlib import ExitStack

import httpx
import pytest

from cpe_runs.server import REDACTED, redact_query

from .apiclient import alice, assert_problem, bob, client, new_sheet  # noqa: F401
from .factories import make_token
from .live import start_live_server

# Generous for a shared 2-core machine: the point is "answers", not "is fast".
FAST_SECONDS = 2.0
DIGITS = "9" * 20_000


def _timed(send) -> tuple[httpx.Response, float]:
    started = time.monotonic()
    response = send()
    return response, time.monotonic() - started


# -- JSON ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "[" * 100_000 + "]" * 100_000,
        '{"values": ' + '{"a":' * 50_000 + "1" + "}" * 50_000 + "}",
        '{"values": {"CPE Hours": ' + DIGITS + "}}",
        '{"values": {"CPE Hours": 1e999999}}',
        '{"values": {"CPE Hours": -' + DIGITS + "." + DIGITS + "}}",
        '{"template_id": ' + DIGITS + "}",
        '{"values": {"CPE Hours": "' + DIGITS + '"}}',
        '{"values": "\\ud800"}',
        "\xff\xfe{",
        '{"values": {',
    ],
    ids=[
        "deep-arrays",
        "deep-objects",
        "20k-digit-int",
        "huge-exponent",
        "20k-digit-decimal",
        "20k-digit-id",
        "20k-digit-string",
        "lone-surrogate",
        "not-utf8",
        "truncated",
    ],
)
def test_absurd_json_answers_400_and_changes_nothing(client, alice, conn, body):  # noqa: F811
    sheet = new_sheet(client, alice, conn)
    job = sheet["job_id"]
    conn.execute(
        'INSERT INTO result_rows (job_id, run_id, "values") VALUES (%s, %s, \'{"CPE Hours": 2}\')',
        [job, sheet["run_id"]],
    )
    row_id, before = conn.execute('SELECT id, "values" FROM result_rows').fetchone()
    headers = {**alice.headers, "content-type": "application/json"}
    raw = body.encode("utf-8", "surrogatepass")
    for method, path in (
        ("POST", "/api/cpe/sheets"),
        ("PATCH", f"/api/jobs/{job}/results/{row_id}"),
    ):
        response = client.request(method, path, content=raw, headers=headers)
        assert_problem(response, 400)
    assert conn.execute('SELECT "values" FROM result_rows').fetchone() == (before,)
    assert conn.execute("SELECT count(*) FROM extraction_jobs").fetchone() == (1,)


@pytest.mark.parametrize(
    "query", [{"limit": DIGITS}, {"offset": DIGITS}, {"offset": "-" + DIGITS}, {"run_id": DIGITS}]
)
def test_absurd_query_numbers_answer_400(client, alice, conn, query):  # noqa: F811
    job = new_sheet(client, alice, conn)["job_id"]
    response = client.get(f"/api/jobs/{job}/results", params=query, headers=alice.headers)
    assert_problem(response, 400)


def test_an_absurd_last_event_id_answers_400(client, alice):  # noqa: F811
    response = client.get("/api/events", headers={**alice.headers, "Last-Event-ID": DIGITS})
    assert_problem(response, 400)


# -- connections -----------------------------------------------------------------------


def _raw(port: int, source: str = "127.0.0.1") -> socket.socket:
    sock = socket.create_connection(("127.0.0.1", port), timeout=10, source_address=(source, 0))
    return sock


def _answer(sock: socket.socket) -> bytes:
    data = b""
    try:
        while chunk := sock.recv(65536):
            data += chunk
    except (TimeoutError, ConnectionResetError):
        pass
    return data


@pytest.fixture
def guarded_server(db_url, tmp_path):
    server = start_live_server(
        db_url,
        tmp_path,
        env={
            "CPE_RUNS_HEADER_TIMEOUT_SECONDS": "2",
            "CPE_RUNS_MAX_CONNECTIONS_PER_CLIENT": "20",
        },
    )
    try:
        yield server
    finally:
        server.stop()


def test_slowloris_and_idle_connections_are_closed_while_others_are_served(guarded_server, conn):
    port = int(guarded_server.base_url.rsplit(":", 1)[1])
    _, token = make_token(conn, "bob@example.com")
    with ExitStack() as stack:
        slow = [stack.enter_context(_raw(port)) for _ in range(10)]
        idle = [stack.enter_context(_raw(port)) for _ in range(5)]
        for sock in slow:
            sock.sendall(b"GET /api/health HTTP/1.1\r\nHost: x\r\n")
        # Bob (another address) is answered while they dribble their headers.
        started = time.monotonic()
        with httpx.Client(transport=httpx.HTTPTransport(local_address="127.0.0.2")) as bob:
            while time.monotonic() - started < 1.2:
                for sock in slow:
                    sock.sendall(b"X-Slow: 1\r\n")
                response, took = _timed(
                    lambda: bob.get(
                        guarded_server.base_url + "/api/cpe/sheets",
                        headers={"Authorization": f"Bearer {token}"},
                    )
                )
                assert response.status_code == 200 and took < FAST_SECONDS
                time.sleep(0.2)
        for sock in slow:
            answer = _answer(sock)
            assert answer.startswith(b"HTTP/1.1 408 "), answer[:100]
        for sock in idle:
            assert _answer(sock) == b""  # closed without a word
    # Both kinds were closed by the server within the header timeout, not left open.
    assert time.monotonic() - started < 8


def test_one_address_holds_a_bounded_number_of_connections(guarded_server, conn):
    port = int(guarded_server.base_url.rsplit(":", 1)[1])
    with ExitStack() as stack:
        held = [stack.enter_context(_raw(port)) for _ in range(20)]
        extra = stack.enter_context(_raw(port))
        answer = _answer(extra)
        assert answer.startswith(b"HTTP/1.1 503 "), answer[:100]
        assert b"too many open connections" in answer and b"retry-after: 5" in answer
        # Another address is served meanwhile.
        with httpx.Client(transport=httpx.HTTPTransport(local_address="127.0.0.2")) as other:
            response, took = _timed(lambda: other.get(guarded_server.base_url + "/api/health"))
            assert response.status_code == 200 and took < FAST_SECONDS
        assert len(held) == 20
    # Once they are closed, the address is served again.
    deadline = time.monotonic() + 5
    while True:
        try:
            if httpx.get(guarded_server.base_url + "/api/health").status_code == 200:
                break
        except httpx.HTTPError:
            pass
        assert time.monotonic() < deadline
        time.sleep(0.1)


# -- the access log --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("logged", "secrets"),
    [
        ("/api/cpe/sheets?token=cpe_abc&limit=5", ["cpe_abc"]),
        ("/api/x?access_token=s3cret&offset=1", ["s3cret"]),
        ("/api/x?ticket=t1&api_key=k1&password=p1&X-Amz-Signature=s1", ["t1", "k1", "p1", "s1"]),
        ("/api/x?%74oken=hidden1&refresh_token=hidden2", ["hidden1", "hidden2"]),
        ("/api/x?id_token=a&client_secret=b&session=c&code=d", ["=a", "=b", "=c", "=d"]),
        ("/api/x?cpe_bare_token_value", ["cpe_bare"]),
        ("/api/x?q=cpe_token_as_value", ["cpe_token"]),
        ("/api/events?last_event_id=5&ticket=abc", ["abc", "last_event_id"]),
    ],
)
def test_credentials_in_query_strings_are_redacted(logged, secrets):
    redacted = redact_query(logged)
    assert REDACTED in redacted
    for secret in secrets:
        assert secret not in redacted
    assert redacted.split("?")[0] == logged.split("?")[0]


def test_harmless_query_strings_are_logged_as_sent():
    for logged in ("/api/jobs/1/results?limit=5&offset=10&run_id=abc", "/api/cpe/sheets"):
        assert redact_query(logged) == logged


def test_the_access_log_of_a_live_server_shows_no_credential(live_server, conn):
    _, token = make_token(conn)
    secret_values = ["cpe_in_the_url_1", "ACCESS-2", "TICKET-3", "KEY-4", "PASS-5"]
    httpx.get(
        live_server.base_url + "/api/cpe/sheets",
        params={
            "token": secret_values[0],
            "access_token": secret_values[1],
            "ticket": secret_values[2],
            "api_key": secret_values[3],
            "password": secret_values[4],
            "limit": "7",
        },
        headers={"Authorization": f"Bearer {token}"},
    )
    deadline = time.monotonic() + 5
    while "limit=7" not in live_server.log() and time.monotonic() < deadline:
        time.sleep(0.05)
    log = live_server.log()
    assert "limit=7" in log and f"token={REDACTED}" in log
    for secret in [*secret_values, token]:
        assert secret not in log
