"""A worker killed (SIGKILL) in the middle of deleting blobs: another finishes the job,
and afterwards no blob is orphaned and no row is left without its blob."""

from __future__ import annotations

import signal
import uuid
from pathlib import Path

import pytest

from cpe_runs.storage.local import DirectoryStore

from .factories import make_sheet
from .live import start_worker, wait_until

FILES = 1500
KEPT = 20


def _staged_files(conn, store: DirectoryStore, job_id, run_id, n: int) -> list[str]:
    """n uploaded files of the run whose blobs are in the store (as an upload leaves them)."""
    ids = [str(uuid.uuid4()) for _ in range(n)]
    for file_id in ids:
        path = store.path(file_id)
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(b"certificate " + file_id.encode())
    with conn.cursor() as cur:
        cur.executemany(
            "INSERT INTO source_files (id, job_id, run_id, name, size_bytes, storage)"
            " VALUES (%s, %s, %s, %s, %s, %s)",
            [(i, job_id, run_id, f"{i}.txt", 48, store.url) for i in ids],
        )
    return ids


def _outbox(conn) -> int:
    return conn.execute("SELECT count(*) FROM blob_deletions").fetchone()[0]


@pytest.mark.slow
def test_a_worker_killed_mid_deletions_leaves_no_orphan_and_no_dangling_row(
    db_url, conn, tmp_path: Path
):
    url = f"file://{tmp_path}/blobs"
    store = DirectoryStore(url)
    doomed_job, doomed_run = make_sheet(conn)
    kept_job, kept_run = make_sheet(conn)
    _staged_files(conn, store, doomed_job, doomed_run, FILES)
    kept = _staged_files(conn, store, kept_job, kept_run, KEPT)
    conn.execute("DELETE FROM extraction_jobs WHERE id = %s", [doomed_job])
    assert _outbox(conn) == FILES

    env = {"CPE_RUNS_BLOB_STORE": url, "CPE_RUNS_LEASE_SECONDS": "1"}
    first = start_worker(db_url, tmp_path, "echo", env=env)
    try:
        wait_until(lambda: 0 < _outbox(conn) < FILES, message="deletions under way", interval=0.01)
        first.stop(signal.SIGKILL)
    finally:
        first.stop()
    left = _outbox(conn)
    assert left > 0, "the worker was killed after it had deleted every blob: use more files"

    second = start_worker(db_url, tmp_path, "echo", env=env)
    try:
        wait_until(lambda: _outbox(conn) == 0, timeout=60, message="the outbox drains")
    finally:
        second.stop()
    rows = {
        str(r[0])
        for r in conn.execute("SELECT id FROM source_files WHERE storage = %s", [store.url])
    }
    blobs = set(store_keys(store))
    assert rows == set(kept), "no dangling row"
    assert blobs == set(kept), "no orphaned blob"
    assert list((store.root / ".partial").iterdir()) == []


def store_keys(store: DirectoryStore) -> list[str]:
    import asyncio

    async def keys() -> list[str]:
        return [k async for k in store.list_keys()]

    return asyncio.run(keys())
