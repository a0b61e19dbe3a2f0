"""The REST API on a real `cpe-runs serve`: the seed's checklist without a browser,
refusals a client still sending its body can read, and uploads that stream."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from cpe_runs.storage.s3 import PART_BYTES

from . import topology
from .apiclient import PDF, TEXT, ApiUser, stored_bytes, stored_counts
from .factories import claim_all, make_token, report, state_template_id
from .live import start_live_server

MIB = 1024 * 1024


def _multipart(name: str, size: int, boundary: str = "cpe-runs-test") -> Iterator[bytes]:
    """A one-file multipart body of `size` bytes, generated as it is sent."""
    yield (
        f'--{boundary}\r\nContent-Disposition: form-data; name="files"; filename="{name}"\r\n'
        "Content-Type: application/pdf\r\n\r\n"
    ).encode()
    yield PDF
    left = size - len(PDF)
    block = b"x" * MIB
    while left > 0:
        yield block[: min(left, MIB)]
        left -= MIB
    yield f"\r\n--{boundary}--\r\n".encode()


def _post_file(http: httpx.Client, job_id, name: str, size: int, run_id=None) -> httpx.Response:
    return http.post(
        f"/api/jobs/{job_id}/files",
        params={"run_id": str(run_id)} if run_id else None,
        content=_multipart(name, size),
        headers={"Content-Type": "multipart/form-data; boundary=cpe-runs-test"},
    )


def _peak_rss(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) * 1024
    raise AssertionError("no VmHWM")


def test_seed_checklist_start_leave_finish_come_back_upload(live_server, conn):
    user = ApiUser(*make_token(conn))
    with httpx.Client(base_url=live_server.base_url, headers=user.headers, timeout=30) as http:
        sheet = http.post("/api/cpe/sheets", json={"template_id": str(state_template_id(conn))})
        job_id, first_run = sheet.json()["job_id"], sheet.json()["run_id"]
        files = [("files", ("ethics.txt", TEXT, "text/plain"))]
        uploaded = http.post(f"/api/jobs/{job_id}/files", params={"run_id": first_run}, files=files)
        assert uploaded.status_code == 201
        started = http.post(f"/api/cpe/sheets/{job_id}/start")
        assert started.status_code == 202 and started.json()["active_run_id"] == first_run
    # Every client is gone; the run finishes (as a worker would report it).
    for task in claim_all(conn, first_run):
        report(conn, *task, rows=[{"Course Title": "Ethics"}])

    with httpx.Client(base_url=live_server.base_url, headers=user.headers, timeout=30) as http:
        listed = http.get("/api/cpe/sheets").json()["sheets"][0]
        new_run = listed["latest_run_id"]
        assert new_run != first_run and listed["status"] == "pending"
        files = [("files", ("tax.txt", TEXT, "text/plain"))]
        again = http.post(f"/api/jobs/{job_id}/files", params={"run_id": new_run}, files=files)
        assert again.status_code == 201 and again.json()["run_id"] == new_run

        before = stored_counts(conn)
        stale = http.post(f"/api/jobs/{job_id}/files", params={"run_id": first_run}, files=files)
        assert stale.status_code == 409
        assert stale.headers["content-type"].startswith("application/problem+json")
        assert stale.json()["latest_run_id"] == new_run
        assert stored_counts(conn) == before
        # The sheet still shows its first batch's row.
        assert http.get(f"/api/jobs/{job_id}/results").json()["total"] == 1


def test_a_stale_client_sending_a_large_file_reads_the_409(live_server, conn):
    user = ApiUser(*make_token(conn))
    with httpx.Client(base_url=live_server.base_url, headers=user.headers, timeout=60) as http:
        sheet = http.post("/api/cpe/sheets", json={"template_id": str(state_template_id(conn))})
        job_id, run_id = sheet.json()["job_id"], sheet.json()["run_id"]
        conn.execute("SELECT cancel_run(%s)", [run_id])
        before = stored_counts(conn)
        response = _post_file(http, job_id, "big.pdf", 8 * MIB, run_id=run_id)
        assert response.status_code == 409
        retry = uuid.UUID(response.json()["latest_run_id"])
        assert retry != uuid.UUID(run_id)
        assert stored_counts(conn) == before
        # The run to retry against was made on demand and takes the file.
        assert _post_file(http, job_id, "big.pdf", 8 * MIB, run_id=retry).status_code == 201


@pytest.fixture
def small_limit_server(db_url, tmp_path):
    server = start_live_server(db_url, tmp_path, env={"CPE_RUNS_MAX_UPLOAD_BYTES": str(2 * MIB)})
    try:
        yield server
    finally:
        server.stop()


def test_a_client_sending_past_the_limit_reads_the_413(small_limit_server, conn):
    user = ApiUser(*make_token(conn))
    base = small_limit_server.base_url
    with httpx.Client(base_url=base, headers=user.headers, timeout=60) as http:
        sheet = http.post("/api/cpe/sheets", json={"template_id": str(state_template_id(conn))})
        response = _post_file(http, sheet.json()["job_id"], "big.pdf", 6 * MIB)
        assert response.status_code == 413
        assert "big.pdf" in response.json()["detail"]
    assert stored_counts(conn) == (0, 0)


def test_a_50_mib_upload_streams_through_the_server(live_server, conn):
    user = ApiUser(*make_token(conn))
    size = 50 * MIB
    with httpx.Client(base_url=live_server.base_url, headers=user.headers, timeout=120) as http:
        sheet = http.post("/api/cpe/sheets", json={"template_id": str(state_template_id(conn))})
        warm = _post_file(http, sheet.json()["job_id"], "warm.pdf", MIB)
        assert warm.status_code == 201
        before = _peak_rss(live_server.process.pid)
        response = _post_file(http, sheet.json()["job_id"], "certificates.pdf", size)
        assert response.status_code == 201, response.text
        grown = _peak_rss(live_server.process.pid) - before
    assert response.json()["files"][0]["size"] == size
    # All of it kept, in whichever store the topology writes to.
    assert len(stored_bytes(conn, response.json()["files"][0]["id"])) == size
    # Never whole in memory: the server's peak grew by far less than the file (an S3
    # writer holds one part, its copy and boto3's: README, Many processes).
    bound = 20 * MIB + (2 * PART_BYTES if topology.BLOB_STORE == "s3" else 0)
    assert grown < bound, f"peak RSS grew by {grown / MIB:.1f} MiB for a 50 MiB upload"
