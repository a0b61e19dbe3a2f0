"""`cpe-runs blobs migrate --to URL`: copies, verifies each SHA-256, switches the rows;
resumable after being killed; damaged files stay where they are."""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys

import httpx
import pytest

from cpe_runs.config import Settings
from cpe_runs.storage.blobs import open_store

from . import apiclient, blobstores
from .apiclient import PDF, api_client, new_sheet, upload
from .factories import add_file, make_sheet
from .live import REPO_ROOT, wait_until

alice = apiclient.alice


def _cli(db_url: str, *args: str, env: dict | None = None, **popen) -> subprocess.Popen:
    full = {k: v for k, v in os.environ.items() if not k.startswith("CPE_RUNS_")}
    full["CPE_RUNS_DATABASE_URL"] = db_url
    full.update(env or {})
    return subprocess.Popen(
        [sys.executable, "-m", "cpe_runs.cli", *args],
        cwd=REPO_ROOT,
        env=full,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        **popen,
    )


def _run(db_url: str, *args: str, env: dict | None = None) -> tuple[int, str]:
    process = _cli(db_url, *args, env=env)
    out, _ = process.communicate(timeout=120)
    return process.returncode, out


def _storages(conn) -> dict[str, int]:
    return dict(conn.execute("SELECT storage, count(*) FROM source_files GROUP BY 1").fetchall())


def _keys(url: str, endpoint: str | None = None) -> set[str]:
    store = open_store(url, Settings(s3_endpoint_url=endpoint))

    async def listing() -> set[str]:
        try:
            return {k async for k in store.list_keys()}
        finally:
            await store.close()

    return asyncio.run(listing())


def test_files_move_from_postgres_and_a_directory_to_s3_and_back(
    moto_s3, alice, conn, db_url, tmp_path
):
    directory = f"file://{tmp_path}/blobs"
    s3 = f"s3://{blobstores.BUCKET}/moved-{os.getpid()}"
    env = {"CPE_RUNS_S3_ENDPOINT_URL": moto_s3}
    contents = {}
    for store in ("postgres", directory):
        with api_client(db_url, blob_store=store) as client:
            sheet = new_sheet(client, alice, conn)
            for n in range(2):
                data = PDF + f"{store} {n}".encode()
                body = upload(client, alice, sheet["job_id"], (f"c{n}.pdf", data)).json()
                contents[body["files"][0]["id"]] = data
    code, out = _run(db_url, "blobs", "migrate", "--to", s3, env=env)
    assert code == 0, out
    assert "moved 4 file(s)" in out
    assert _storages(conn) == {s3: 4}
    assert conn.execute("SELECT count(*) FROM file_chunks").fetchone()[0] == 0
    # The directory's blobs are queued for deletion; the copies are the files' now.
    queued = conn.execute("SELECT storage, blob_key FROM blob_deletions").fetchall()
    assert sorted(queued) == sorted(
        (open_store(directory, Settings()).url, i) for i, d in contents.items() if b"file://" in d
    )
    assert _keys(s3, moto_s3) == set(contents)
    with api_client(db_url, blob_store="postgres", s3_endpoint_url=moto_s3) as client:
        for file_id, data in contents.items():
            job = conn.execute(
                "SELECT job_id FROM source_files WHERE id = %s", [file_id]
            ).fetchone()[0]
            redirect = client.get(
                f"/api/jobs/{job}/files/{file_id}/content",
                headers=alice.headers,
                follow_redirects=False,
            )
            assert redirect.status_code == 307
            assert httpx.get(redirect.headers["location"]).content == data
    # Nothing left to move; then back into PostgreSQL.
    code, out = _run(db_url, "blobs", "migrate", "--to", s3, env=env)
    assert code == 0 and "moved 0 file(s)" in out, out
    code, out = _run(db_url, "blobs", "migrate", "--to", "postgres", env=env)
    assert code == 0 and "moved 4 file(s)" in out, out
    assert _storages(conn) == {"db": 4}
    stored = conn.execute(
        "SELECT file_id::text, string_agg(data, ''::bytea ORDER BY chunk_no) FROM file_chunks"
        " GROUP BY file_id"
    ).fetchall()
    assert {i: bytes(d) for i, d in stored} == contents


def test_a_damaged_file_stays_where_it_is_and_is_named(conn, db_url, tmp_path):
    job_id, run_id = make_sheet(conn)
    good = add_file(conn, job_id, run_id, name="good.txt", data=b"good certificate")
    bad = add_file(conn, job_id, run_id, name="bad.txt", data=b"bad certificate")
    conn.execute("UPDATE file_chunks SET data = 'tampered' WHERE file_id = %s", [bad])
    target = f"file://{tmp_path}/blobs"
    code, out = _run(db_url, "blobs", "migrate", "--to", target)
    assert code == 1
    assert "moved 1 file(s)" in out and f"{bad}: 8 of its 15 bytes were read" in out, out
    assert _keys(target) == {str(good)}
    rows = dict(conn.execute("SELECT id, storage FROM source_files").fetchall())
    assert rows == {good: open_store(target, Settings()).url, bad: "db"}


def test_a_migration_to_a_store_that_is_no_store_is_refused(conn, db_url):
    code, out = _run(db_url, "blobs", "migrate", "--to", "ftp://elsewhere")
    assert code == 1 and "--to must be postgres, file:///path or s3://bucket/prefix" in out, out


@pytest.mark.slow
def test_a_migration_killed_half_way_finishes_when_run_again(conn, db_url, tmp_path):
    job_id, run_id = make_sheet(conn)
    data = {}
    for n in range(400):
        content = f"certificate {n}".encode() * 50
        data[str(add_file(conn, job_id, run_id, name=f"{n}.txt", data=content))] = content
    target = f"file://{tmp_path}/blobs"
    target_url = open_store(target, Settings()).url

    def moved() -> int:
        return conn.execute(
            "SELECT count(*) FROM source_files WHERE storage = %s", [target_url]
        ).fetchone()[0]

    first = _cli(db_url, "blobs", "migrate", "--to", target)
    try:
        wait_until(lambda: 0 < moved() < 400, timeout=60, interval=0.01, message="under way")
        first.send_signal(signal.SIGKILL)
    finally:
        first.wait(30)
    assert 0 < moved() < 400, "killed after it had finished: use more files"
    code, out = _run(db_url, "blobs", "migrate", "--to", target)
    assert code == 0, out
    assert moved() == 400
    assert _keys(target) == set(data)
    # Every guard of the copies went with its switch: nothing will delete a moved file.
    assert conn.execute("SELECT count(*) FROM blob_deletions").fetchone()[0] == 0
    store = open_store(target, Settings())
    for file_id, content in list(data.items())[::40]:
        assert asyncio.run(store.read(file_id)) == content
