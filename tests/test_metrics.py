"""GET /metrics (Prometheus text), GET /api/ready, and a worker's --metrics-port: the
figures an operator graphs, each checked against the database it describes."""

from __future__ import annotations

import dataclasses

import httpx
import pytest
from prometheus_client.parser import text_string_to_metric_families

from cpe_runs.migrations import migrations

from . import apiclient
from .apiclient import api_client
from .live import REPO_ROOT, free_port, start_live_server, start_worker, wait_until
from .test_monitoring import _queue
from .test_worker_loop import run_ended, started_run

# The shared fixtures of the API tests.
alice, client = apiclient.alice, apiclient.client


def samples(text: str) -> dict[tuple[str, tuple[tuple[str, str], ...]], float]:
    """Every sample of a scrape by (name, sorted labels)."""
    found = {}
    for family in text_string_to_metric_families(text):
        for sample in family.samples:
            found[(sample.name, tuple(sorted(sample.labels.items())))] = sample.value
    return found


def value(scrape, name: str, **labels: str) -> float:
    return scrape[(name, tuple(sorted(labels.items())))]


# -- readiness -------------------------------------------------------------------------


def test_ready_once_migrated_and_open_to_all(client):
    response = client.get("/api/ready")  # no token: a load balancer asks
    assert response.status_code == 200
    assert response.json()["status"] == "ready"
    assert response.json()["migrations"] == len(migrations())


def test_not_ready_while_a_migration_is_missing(db_url, conn):
    conn.execute("DELETE FROM _yoyo_migration WHERE migration_id = '0014_event_subscribers'")
    with api_client(db_url) as test_client:
        assert test_client.get("/api/health").status_code == 200  # alive, not ready
        response = test_client.get("/api/ready")
    assert response.status_code == 503
    assert response.headers["retry-after"]
    assert "not migrated: 1 pending (0014_event_subscribers)" in response.json()["detail"]


# -- the API's /metrics ----------------------------------------------------------------


def test_metrics_describe_the_queue_runs_workers_and_pool(client, alice, conn, connect):
    _queue(conn)
    connect(application_name="cpe_runs worker host:1:a")
    sheets = client.get("/api/cpe/sheets", headers=alice.headers)
    assert sheets.status_code == 200
    assert client.get("/api/cpe/sheets").status_code == 401

    response = client.get("/metrics")  # no token: Prometheus scrapes
    assert response.status_code == 200
    assert response.headers["content-type"] == "text/plain; version=1.0.0; charset=utf-8"
    scrape = samples(response.text)
    assert value(scrape, "cpe_runs_database_up") == 1
    assert value(scrape, "cpe_runs_tasks", state="queued") == 3
    assert value(scrape, "cpe_runs_tasks", state="running") == 2
    assert value(scrape, "cpe_runs_task_oldest_age_seconds", state="queued") > 1195
    assert value(scrape, "cpe_runs_task_age_seconds_bucket", state="queued", le="1") == 2
    assert value(scrape, "cpe_runs_task_age_seconds_bucket", state="queued", le="+Inf") == 3
    assert value(scrape, "cpe_runs_task_age_seconds_bucket", state="running", le="60") == 0
    assert value(scrape, "cpe_runs_runs", status="in_progress") == 2
    assert value(scrape, "cpe_runs_runs", status="cancelled") == 0
    assert value(scrape, "cpe_runs_workers_alive") == 1
    assert value(scrape, "cpe_runs_stream_clients") == 0
    assert value(scrape, "cpe_runs_db_pool_connections", state="max") == 10
    newest = conn.execute("SELECT max(seq) FROM run_events").fetchone()[0]
    assert value(scrape, "cpe_runs_event_newest_seq") == newest
    # Latency by route template (as authenticated requests see them).
    route = {"app_name": "cpe_runs", "method": "GET", "path": "/api/cpe/sheets"}
    assert value(scrape, "cpe_runs_http_requests_total", status_code="200", **route) >= 1
    assert value(scrape, "cpe_runs_http_request_duration_seconds_count", status_code="200", **route)


def test_a_refused_request_is_counted_with_its_401(client, alice):
    """Authentication refuses by raising, outside the route: counted all the same, as
    the 401 the client got (not as a 200, and not left out)."""
    route = {"app_name": "cpe_runs", "method": "GET", "path": "/api/cpe/sheets"}

    def counted() -> dict[tuple[str, str], float]:
        """(metric, status) -> requests of the route so far."""
        # The registry is the process's: other tests' requests are in it too.
        scrape = samples(client.get("/metrics").text)
        return {
            (name, status): scrape.get(
                (name, tuple(sorted({**route, "status_code": status}.items()))), 0
            )
            for name in (
                "cpe_runs_http_requests_total",
                "cpe_runs_http_request_duration_seconds_count",
            )
            for status in ("200", "401")
        }

    before = counted()
    assert client.get("/api/cpe/sheets").status_code == 401
    bad = {"Authorization": "Bearer cpe_not-a-token"}
    assert client.get("/api/cpe/sheets", headers=bad).status_code == 401
    assert client.get("/api/cpe/sheets", headers=alice.headers).status_code == 200
    after = counted()
    assert {key: after[key] - before[key] for key in after} == {
        ("cpe_runs_http_requests_total", "200"): 1,
        ("cpe_runs_http_requests_total", "401"): 2,
        ("cpe_runs_http_request_duration_seconds_count", "200"): 1,
        ("cpe_runs_http_request_duration_seconds_count", "401"): 2,
    }


def test_event_lag_is_what_the_hub_has_not_delivered(client, conn):
    """Every event is delivered by the time the hub has read it: lag and backlog 0."""
    _queue(conn)

    def caught_up():
        scrape = samples(client.get("/metrics").text)
        if value(scrape, "cpe_runs_event_delivered_seq") == value(
            scrape, "cpe_runs_event_newest_seq"
        ):
            return scrape
        return None

    scrape = wait_until(caught_up, timeout=20, message="the hub delivers every event")
    assert value(scrape, "cpe_runs_events_undelivered") == 0
    assert value(scrape, "cpe_runs_event_lag_seconds") == 0


def test_a_database_that_does_not_answer_is_database_up_0(db_url):
    with api_client(db_url) as test_client:
        state = test_client.app.state
        state.database_url = db_url.replace("/cpe_test_", "/missing_", 1)
        # Through PgBouncer the scrape reads the direct (listen) URL: that one is gone too.
        state.settings = dataclasses.replace(state.settings, listen_database_url=None)
        scrape = samples(test_client.get("/metrics").text)
    assert value(scrape, "cpe_runs_database_up") == 0
    assert ("cpe_runs_tasks", (("state", "queued"),)) not in scrape


# -- task outcomes, in serve and in a worker process -----------------------------------


@pytest.mark.slow
def test_serve_counts_its_workers_task_outcomes_and_durations(db_url, conn, tmp_path):
    server = start_live_server(
        db_url,
        tmp_path,
        args=("--workers", "2"),
        env={"CPE_RUNS_EXTRACTOR": "tests.extractors:echo", "PYTHONPATH": str(REPO_ROOT)},
    )
    try:
        _, run_id = started_run(conn, [b"one", b"two", b"three"])
        wait_until(lambda: run_ended(conn, run_id), timeout=60, message="the run ends")
        scrape = samples(httpx.get(server.base_url + "/metrics").text)
    finally:
        server.stop()
    assert value(scrape, "cpe_runs_task_outcomes_total", outcome="completed") == 3
    assert value(scrape, "cpe_runs_task_duration_seconds_count", outcome="completed") == 3
    assert value(scrape, "cpe_runs_task_duration_seconds_bucket", outcome="completed", le="+Inf")
    assert value(scrape, "cpe_runs_runs", status="completed") == 1
    # Its workers' extraction processes are the server's too.
    assert value(scrape, "cpe_runs_extraction_processes", state="max") >= 1


@pytest.mark.slow
def test_a_worker_serves_its_metrics_on_its_port(db_url, conn, tmp_path):
    port = free_port()
    worker = start_worker(
        db_url,
        tmp_path,
        "always_raises",
        env={"CPE_RUNS_RETRY_BASE_SECONDS": "0.05"},
        args=("--metrics-port", str(port)),
    )
    try:
        _, run_id = started_run(conn, [b"bad"], max_attempts=2)
        wait_until(lambda: run_ended(conn, run_id), timeout=60, message="the run ends")

        def scraped():
            try:
                return samples(httpx.get(f"http://127.0.0.1:{port}/metrics").text)
            except httpx.HTTPError:
                return None

        scrape = wait_until(scraped, timeout=20, message="the worker's metrics answer")
    finally:
        assert worker.stop() == 0, worker.log()
    assert value(scrape, "cpe_runs_task_outcomes_total", outcome="retrying") == 1
    assert value(scrape, "cpe_runs_task_outcomes_total", outcome="failed") == 1
    assert value(scrape, "cpe_runs_task_duration_seconds_count", outcome="failed") == 1


@pytest.mark.slow
def test_a_worker_exports_its_extraction_pool(db_url, conn, tmp_path, scratch_path):
    """Its processes (the pool's size, those started, those extracting now) and the
    ones it killed for time or memory, on the worker's own --metrics-port."""
    port = free_port()
    worker = start_worker(
        db_url,
        tmp_path,
        "steered",
        concurrency=4,
        env={
            "CPE_RUNS_EXTRACTION_PROCESSES": "4",
            "CPE_RUNS_TASK_TIMEOUT_SECONDS": "5",
            "CPE_RUNS_TASK_MEMORY_MB": "200",
        },
        args=("--metrics-port", str(port)),
    )

    def scraped(check):
        def scrape():
            try:
                found = samples(httpx.get(f"http://127.0.0.1:{port}/metrics").text)
            except httpx.HTTPError:
                return None
            return found if check(found) else None

        return scrape

    def counted(found, name, **labels):
        return found.get((name, tuple(sorted(labels.items()))), 0)

    def processes(found, state):
        return counted(found, "cpe_runs_extraction_processes", state=state)

    try:
        # Three processes killed: one past its time, two past their memory (its own
        # cap, and the watch on what it started).
        _, run_id = started_run(
            conn, [b"hang", b"memory:600", b"children-memory:2x120"], max_attempts=1
        )
        wait_until(lambda: run_ended(conn, run_id), timeout=60, message="the first run ends")
        scrape = wait_until(
            scraped(lambda f: counted(f, "cpe_runs_task_outcomes_total", outcome="failed") == 3),
            timeout=20,
            message="the failures counted",
        )
        kills = "cpe_runs_extraction_process_kills_total"
        assert counted(scrape, kills, cause="time") == 1
        assert counted(scrape, kills, cause="memory") == 2
        assert processes(scrape, "max") == 4
        assert processes(scrape, "busy") == 0
        # One file extracting (its process is busy until the file it waits for is there).
        go_on = scratch_path / "go-on"
        _, run_id = started_run(conn, [f"wait:{go_on}".encode()], max_attempts=1)
        scrape = wait_until(
            scraped(lambda f: processes(f, "busy") == 1), timeout=20, message="one busy"
        )
        assert 1 <= processes(scrape, "live") <= 4
        go_on.touch()
        wait_until(lambda: run_ended(conn, run_id), timeout=60, message="the second run ends")
        scrape = wait_until(
            scraped(
                lambda f: (
                    processes(f, "busy") == 0
                    and counted(f, "cpe_runs_task_outcomes_total", outcome="completed") == 1
                )
            ),
            timeout=20,
            message="no process busy, the file counted",
        )
    finally:
        assert worker.stop() == 0, worker.log()
    assert processes(scrape, "live") >= 1  # kept warm for the next file
    assert counted(scrape, kills, cause="time") == 1
    assert counted(scrape, kills, cause="memory") == 2
