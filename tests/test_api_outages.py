"""The API while the database is away: every route answers 503 problem details
with Retry-After (never 500), and carries on once it is back; `serve` started
while it is away waits for it, or gives up with one clear line."""

from __future__ import annotations

import time

import httpx
import pytest

from .apiclient import PDF, ApiUser, api_client, assert_problem, new_sheet
from .dbproxy import DatabaseProxy
from .factories import make_token, state_template_id
from .live import start_live_server, stop_process, wait_until_healthy


@pytest.fixture
def proxy(pg_server):
    proxy = DatabaseProxy(str(pg_server.socket_dir / ".s.PGSQL.5432"))
    proxy.restore()
    try:
        yield proxy
    finally:
        proxy.cut()


def _dbname(db_url: str) -> str:
    return db_url.split("?")[0].rsplit("/", 1)[1]


def test_every_route_answers_503_with_retry_after_while_the_database_is_away(proxy, db_url, conn):

    alice = ApiUser(*make_token(conn, "alice@example.com"))
    with api_client(proxy.url(_dbname(db_url))) as client:
        sheet = new_sheet(client, alice, conn)
        job, run = sheet["job_id"], sheet["run_id"]
        row = conn.execute(
            "INSERT INTO result_rows (job_id, run_id) VALUES (%s, %s) RETURNING id",
            [job, run],
        ).fetchone()[0]
        proxy.cut()
        calls = [
            ("GET", "/api/health", {}),
            ("GET", "/api/me", {}),
            ("GET", "/api/cpe/states", {}),
            ("GET", "/api/cpe/sheets", {}),
            ("POST", "/api/cpe/sheets", {"json": {"template_id": str(state_template_id(conn))}}),
            ("POST", f"/api/cpe/sheets/{job}/start", {}),
            ("DELETE", f"/api/cpe/sheets/{job}", {}),
            ("GET", f"/api/jobs/{job}/files:all", {}),
            ("POST", f"/api/jobs/{job}/files", {"files": [("files", ("a.pdf", PDF))]}),
            ("GET", f"/api/jobs/{job}/runs/{run}", {}),
            ("GET", f"/api/jobs/{job}/results", {}),
            ("PATCH", f"/api/jobs/{job}/results/{row}", {"json": {"values": {"CPE Hours": 1}}}),
            ("GET", f"/api/jobs/{job}/export/csv", {}),
            ("GET", f"/api/jobs/{job}/export/excel", {}),
            ("POST", "/api/events/tickets", {}),
            ("GET", f"/api/jobs/{job}/events", {}),
        ]
        for method, path, kwargs in calls:
            response = client.request(method, path, headers=alice.headers, **kwargs)
            body = assert_problem(response, 503)
            assert int(response.headers["retry-after"]) > 0, path
            assert "database" in body["detail"], path

        proxy.restore()
        deadline = time.monotonic() + 20
        while client.get("/api/health").status_code != 200:
            assert time.monotonic() < deadline, "the API did not come back"
            time.sleep(0.1)
        response = client.get("/api/cpe/sheets", headers=alice.headers)
        assert response.status_code == 200 and response.json()["total"] == 1
    # Nothing the refused requests tried was done.
    assert conn.execute("SELECT count(*) FROM extraction_jobs").fetchone() == (1,)
    assert conn.execute("SELECT count(*) FROM source_files").fetchone() == (0,)
    assert conn.execute("SELECT status FROM job_runs").fetchone() == ("pending",)


def _serve_while_away(proxy, db_url, tmp_path, wait_seconds: int):
    """`cpe-runs serve` started while the database does not answer."""
    proxy.cut()
    return start_live_server(
        proxy.url(_dbname(db_url)),
        tmp_path,
        env={"CPE_RUNS_STARTUP_WAIT_SECONDS": str(wait_seconds)},
        wait=False,
    )


def test_serve_waits_for_a_database_that_is_not_up_yet(proxy, db_url, tmp_path):
    server = _serve_while_away(proxy, db_url, tmp_path, 60)
    try:
        deadline = time.monotonic() + 10
        while "waiting up to 60 s for the database" not in server.log():
            assert server.process.poll() is None, server.log()
            assert time.monotonic() < deadline, server.log()
            time.sleep(0.1)
        time.sleep(1.5)
        assert server.process.poll() is None
        proxy.restore()
        wait_until_healthy(server, timeout=30)
        assert httpx.get(server.base_url + "/api/health").json() == {"status": "ok"}
        log = server.log()
        assert log.count("waiting up to") == 1 and "Traceback" not in log
    finally:
        server.stop()


def test_serve_gives_up_on_an_absent_database_with_one_clear_line(proxy, db_url, tmp_path):
    server = _serve_while_away(proxy, db_url, tmp_path, 1)
    try:
        assert server.process.wait(30) == 1
    finally:
        stop_process(server.process)
    log = server.log()
    assert "Traceback" not in log, log
    errors = [line for line in log.splitlines() if line.startswith("cpe-runs: error:")]
    assert len(errors) == 1, log
    assert f"cannot reach the database at 127.0.0.1:{proxy.port}/{_dbname(db_url)}" in errors[0]


def test_the_openapi_document_promises_503_on_every_api_route(db_url):
    with api_client(db_url) as client:
        document = client.get("/schema/openapi.json").json()
    missing = [
        f"{method.upper()} {path}"
        for path, operations in document["paths"].items()
        if path.startswith("/api/")
        for method, operation in operations.items()
        if "503" not in operation.get("responses", {})
    ]
    assert missing == []
