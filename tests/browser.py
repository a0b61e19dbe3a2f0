"""Browser tests of the dashboard: headless Chromium driven by Playwright.

Debian's Chromium (/usr/bin/chromium; .ci/run installs it) runs the page
against the real server (`cpe-runs serve --workers 2`) and database. The
server's extractor is `gated_extractor` below: it holds every task until the
test opens the gate (creates a file), so a test decides when a run finishes
without sleeping or timing anything.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import secrets
import socket
import threading
import time
import uuid
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

import httpx
import psycopg
import pytest

from .live import LiveServer, start_live_server

CHROMIUM = os.environ.get("CPE_TEST_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"]
REPO = Path(__file__).resolve().parents[1]
SCREENSHOTS = REPO / "test-output" / "screenshots"
GATE_ENV = "CPE_TEST_EXTRACTOR_GATE"
UNREADABLE = "no text layer: scanned certificate, OCR not configured"
# Generous: two cores are shared by the whole suite (and by other work).
EXPECT_TIMEOUT_MS = 30_000
SERVER_WAIT_SECONDS = 60.0


# -- the extractor the test server uses -------------------------------------------


def gated_extractor(
    data: bytes, *, filename: str, content_type: str, fields: Sequence[Any]
) -> list[dict[str, Any]]:
    """One row per file (Course Title = the file name), once the gate file exists;
    a file named unreadable* fails for good, as a scan without text would, and the
    title of a file named unsure* is read with a low confidence."""
    gate = os.environ.get(GATE_ENV)
    deadline = time.monotonic() + 120  # bounded: a forgotten gate must not hang a worker
    while gate and not os.path.exists(gate) and time.monotonic() < deadline:
        time.sleep(0.05)
    if filename.startswith("unreadable"):
        from cpe_runs.extraction import ExtractionError

        raise ExtractionError(UNREADABLE)
    row: dict[str, Any] = {field.name: None for field in fields}
    for field in fields:
        if field.data_type == "number":
            row[field.name] = 1
        elif field.name == "Course Title":
            row[field.name] = filename
    if filename.startswith("unsure"):  # read as a blurred scan would be
        row["_source"] = "ocr"
        row["_confidence"] = {"Course Title": 0.55, "CPE Hours": 0.97}
    return [row]


# -- the server, a user and the API as a test sees them ---------------------------


@dataclass
class Dashboard:
    """A live server with the gated extractor, a signed-up user and an API client."""

    server: LiveServer
    token: str
    user_id: uuid.UUID
    gate: Path
    api: httpx.Client

    @property
    def url(self) -> str:
        return self.server.base_url + "/"

    def sheet_url(self, job_id: Any) -> str:
        return f"{self.server.base_url}/?job_id={job_id}"

    def open_gate(self) -> None:
        self.gate.touch()

    # API calls, checked: the page is what is under test, not the API.
    def json(self, method: str, path: str, **kwargs) -> Any:
        response = self.api.request(method, path, **kwargs)
        assert response.is_success, f"{method} {path}: {response.status_code} {response.text}"
        return response.json() if response.content else None

    def state_id(self, name: str = "California") -> str:
        states = self.json("GET", "/api/cpe/states")["states"]
        return next(s["template_id"] for s in states if s["name"] == name)

    def create_sheet(self, name: str = "CPE 2026") -> str:
        body = {"template_id": self.state_id(), "name": name}
        return self.json("POST", "/api/cpe/sheets", json=body)["job_id"]

    def upload(self, job_id: str, *names: str, run_id: str | None = None) -> list[dict]:
        files = [("files", (n, f"Course Title: {n}\n".encode(), "text/plain")) for n in names]
        params = {"run_id": run_id} if run_id else None
        return self.json("POST", f"/api/jobs/{job_id}/files", files=files, params=params)["files"]

    def start(self, job_id: str) -> str:
        return self.json("POST", f"/api/cpe/sheets/{job_id}/start")["active_run_id"]

    def sheet(self, job_id: str) -> dict:
        sheets = self.json("GET", "/api/cpe/sheets")["sheets"]
        return next(s for s in sheets if s["job_id"] == str(job_id))

    def files(self, job_id: str) -> list[dict]:
        body = self.json("GET", f"/api/jobs/{job_id}/files:all")
        return body["files"] if isinstance(body, dict) else body

    def run(self, job_id: str, run_id: str) -> dict:
        return self.json("GET", f"/api/jobs/{job_id}/runs/{run_id}")

    def wait_for_next_run(self, job_id: str, finished_run_id: str) -> dict:
        """Poll the API until the run is over and the sheet's latest run is another one."""
        deadline = time.monotonic() + SERVER_WAIT_SECONDS
        while time.monotonic() < deadline:
            sheet = self.sheet(job_id)
            if sheet["latest_run_id"] != str(finished_run_id) and sheet["status"] == "pending":
                return sheet
            time.sleep(0.2)
        raise AssertionError(f"run {finished_run_id} did not finish: {self.sheet(job_id)}")


def make_token(conn: psycopg.Connection, email: str) -> tuple[uuid.UUID, str]:
    """A user and a new token of theirs, through the SQL function the CLI calls."""
    token = "cpe_" + secrets.token_urlsafe(32)
    digest = hashlib.sha256(token.encode()).digest()
    conn.execute("SELECT create_api_token(%s, %s, 'browser test')", [email, digest])
    user_id = conn.execute("SELECT id FROM users WHERE email = %s", [email]).fetchone()[0]
    return user_id, token


@pytest.fixture
def account(conn: psycopg.Connection) -> tuple[uuid.UUID, str]:
    """The signed-up accountant: (user_id, token)."""
    return make_token(conn, "accountant@example.com")


@pytest.fixture
def dashboard(db_url: str, account, tmp_path: Path) -> Iterator[Dashboard]:
    gate = tmp_path / "extractor-gate"
    server = start_live_server(
        db_url,
        tmp_path,
        args=("--workers", "2", "--token-for", ""),
        env={
            "CPE_RUNS_EXTRACTOR": "tests.browser:gated_extractor",
            GATE_ENV: str(gate),
            # The server runs in tmp_path: let it import this module.
            "PYTHONPATH": os.pathsep.join(filter(None, [str(REPO), os.environ.get("PYTHONPATH")])),
        },
        timeout=SERVER_WAIT_SECONDS,
    )
    user_id, token = account
    api = httpx.Client(
        base_url=server.base_url, headers={"Authorization": f"Bearer {token}"}, timeout=30
    )
    try:
        yield Dashboard(server, token, user_id, gate, api)
    finally:
        gate.touch()  # release any worker still waiting
        api.close()
        server.stop()


class DroppableProxy:
    """A TCP proxy between the browser and the server that a test can cut, like a
    network drop: cut() closes every open connection (the event stream's too) and
    refuses new ones until restore()."""

    def __init__(self, target_url: str):
        target = urlparse(target_url)
        self.target = (target.hostname, target.port)
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{self.listener.getsockname()[1]}"
        self.lock = threading.Lock()
        self.sockets: set[socket.socket] = set()
        self.down = False
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while True:  # ends when close() closes the listener
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            try:
                if self.down:
                    raise ConnectionRefusedError
                upstream = socket.create_connection(self.target, timeout=10)
            except OSError:
                client.close()
                continue
            upstream.settimeout(None)
            with self.lock:
                self.sockets |= {client, upstream}
            for source, sink in ((client, upstream), (upstream, client)):
                threading.Thread(target=self._pipe, args=(source, sink), daemon=True).start()

    def _pipe(self, source: socket.socket, sink: socket.socket) -> None:
        try:
            while data := source.recv(65536):
                sink.sendall(data)
        except OSError:
            pass
        finally:
            self._close(source)
            self._close(sink)

    def _close(self, sock: socket.socket) -> None:
        with self.lock:
            self.sockets.discard(sock)
        with contextlib.suppress(OSError):
            sock.shutdown(socket.SHUT_RDWR)
        sock.close()

    def cut(self) -> None:
        self.down = True
        with self.lock:
            victims = list(self.sockets)
        for sock in victims:
            self._close(sock)

    def restore(self) -> None:
        self.down = False

    def close(self) -> None:
        self.cut()
        self.listener.close()


@pytest.fixture
def proxy(dashboard: Dashboard) -> Iterator[DroppableProxy]:
    """The dashboard's server behind a connection the test can drop."""
    proxy = DroppableProxy(dashboard.server.base_url)
    try:
        yield proxy
    finally:
        proxy.close()


# -- the browser ---------------------------------------------------------------------


# Module scope, not session: while Playwright's sync API is open, asyncio believes a
# loop is running in this thread, and the suite's async tests (other modules) fail.
@pytest.fixture(scope="module")
def chromium() -> Iterator[Any]:
    if not os.access(CHROMIUM, os.X_OK):
        pytest.fail(f"{CHROMIUM} is missing: apt-get install chromium (.ci/run does)")
    from playwright.sync_api import expect, sync_playwright

    expect.set_options(timeout=EXPECT_TIMEOUT_MS)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            browser.close()


@pytest.fixture
def browser_context(chromium, dashboard: Dashboard) -> Iterator[Any]:
    """A fresh profile, signed in: the token is in localStorage before the page loads."""
    context = chromium.new_context(viewport={"width": 1280, "height": 860}, accept_downloads=True)
    context.set_default_timeout(EXPECT_TIMEOUT_MS)
    token = json.dumps(dashboard.token)
    context.add_init_script(f"localStorage.setItem('cpe_runs.token', {token});")
    try:
        yield context
    finally:
        context.close()


@pytest.fixture
def screenshot(request: pytest.FixtureRequest):
    """screenshot(page, "step") saves test-output/screenshots/<test>-<step>.png."""

    def take(page, step: str) -> Path:
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        name = re.sub(r"[^\w.-]+", "_", f"{request.node.name}-{step}")
        path = SCREENSHOTS / f"{name}.png"
        page.screenshot(path=str(path), full_page=True)
        return path

    return take


# -- data ------------------------------------------------------------------------------


def fill_finished_batch(
    conn: psycopg.Connection, job_id: Any, rows: int, files: int = 20
) -> list[str]:
    """Make the sheet's pending run a finished batch of `files` files and `rows` rows
    (plain SQL, nothing for the workers to do), so the trigger opens the next run.
    Row n has Course Title "Course <n, 5 digits>"; returns the files' names."""
    run_id = conn.execute(
        "SELECT id FROM job_runs WHERE job_id = %s AND status = 'pending'", [job_id]
    ).fetchone()[0]
    names = [f"bulk-{n:02d}.pdf" for n in range(1, files + 1)]
    with conn.transaction():
        for name in names:
            conn.execute(
                "INSERT INTO source_files (job_id, run_id, name, content_type, size_bytes,"
                " sha256, status) VALUES (%s, %s, %s, 'application/pdf', 1000, %s, 'completed')",
                [job_id, run_id, name, hashlib.sha256(name.encode()).hexdigest()],
            )
        conn.execute(
            """
            INSERT INTO result_rows (job_id, run_id, file_id, position, "values")
            SELECT %(job)s, %(run)s, f.id, n, jsonb_build_object(
                     'Course Title', 'Course ' || lpad(n::text, 5, '0'),
                     'CPE Hours', n %% 8 + 1,
                     'Completion Date', to_char(date '2026-01-01' + n %% 300, 'YYYY-MM-DD'))
              FROM generate_series(1, %(rows)s) n
              CROSS JOIN LATERAL (
                SELECT id FROM source_files WHERE run_id = %(run)s
                 ORDER BY created_at, id OFFSET (n - 1) * %(files)s / %(rows)s LIMIT 1) f
            """,
            {"job": job_id, "run": run_id, "rows": rows, "files": files},
        )
        conn.execute(
            "UPDATE job_runs SET tasks_total = %s, tasks_completed = %s, status = 'completed'"
            " WHERE id = %s",
            [files, files, run_id],
        )
    return names
