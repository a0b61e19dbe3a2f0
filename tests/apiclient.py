"""Helpers of the REST API tests: a TestClient on a fresh database, users with
tokens, uploads, and the counts that prove a refused upload stored nothing."""

from __future__ import annotations

import asyncio
import io
import uuid
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

import httpx
import psycopg
import pytest
from litestar.testing import TestClient

from cpe_runs.app import create_app
from cpe_runs.config import Settings
from cpe_runs.storage.blobs import IN_DATABASE, BlobMissing, open_store

from . import topology
from .factories import make_token, state_template_id

PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
TEXT = b"Certificate of Completion\nCourse: Ethics for CPAs\nCPE Hours: 4\n"


def certificate(tag: object) -> bytes:
    """A text certificate of its own: the sheet refuses the same bytes twice."""
    return TEXT + f"Certificate number: {tag}\n".encode()


@dataclass
class ApiUser:
    id: uuid.UUID
    token: str

    @property
    def headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token}"}


def api_client(db_url: str, **settings: Any) -> TestClient:
    """The app in-process on the test's database, as the suite's topology deploys it
    (tests/topology.py); `settings` win over it."""
    chosen = {**topology.current().settings(db_url), **settings}
    return TestClient(create_app(db_url, Settings(database_url=db_url, **chosen)))


@pytest.fixture
def client(db_url: str) -> Iterator[TestClient]:
    with api_client(db_url) as test_client:
        yield test_client


@pytest.fixture
def postgres_store_client(db_url: str) -> Iterator[TestClient]:
    """A client whose uploads go to file_chunks whatever the topology: for tests about
    the PostgreSQL store itself (its chunks, faults injected into them)."""
    with api_client(db_url, blob_store="postgres") as test_client:
        yield test_client


@pytest.fixture
def alice(conn: psycopg.Connection) -> ApiUser:
    return ApiUser(*make_token(conn, "alice@example.com"))


@pytest.fixture
def bob(conn: psycopg.Connection) -> ApiUser:
    return ApiUser(*make_token(conn, "bob@example.com"))


def new_sheet(client: TestClient, user: ApiUser, conn: psycopg.Connection, **body: Any) -> dict:
    """POST /api/cpe/sheets for California; the 201 body."""
    body.setdefault("template_id", str(state_template_id(conn)))
    response = client.post("/api/cpe/sheets", json=body, headers=user.headers)
    assert response.status_code == 201, response.text
    return response.json()


def upload(
    client: TestClient,
    user: ApiUser,
    job_id: Any,
    *files: tuple[str, bytes] | tuple[str, bytes, str],
    run_id: Any = None,
):
    """POST the files (name, bytes[, content type]) in the multipart field `files`."""
    parts = [
        ("files", f if len(f) == 3 else (f[0], f[1], "application/octet-stream")) for f in files
    ]
    params = {"run_id": str(run_id)} if run_id else None
    return client.post(
        f"/api/jobs/{job_id}/files", files=parts, params=params, headers=user.headers
    )


def original(client: TestClient, user: ApiUser, job_id: Any, file_id: Any):
    """GET a file's original: (the response, whether it came by a redirect). A 307 (S3's
    presigned URL) is followed the way a browser follows it, without our token."""
    response = client.get(
        f"/api/jobs/{job_id}/files/{file_id}/content",
        headers=user.headers,
        follow_redirects=False,
    )
    if response.status_code != 307:
        return response, False
    assert response.headers["cache-control"] == "no-store"
    return httpx.get(response.headers["location"]), True


def zip_of(members: dict[str, bytes], compression: int = zipfile.ZIP_DEFLATED) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return buffer.getvalue()


def _run(coroutine_function, url: str):
    """Run `coroutine_function(store)` on the store at `url`, then close it."""
    store = open_store(url, Settings(s3_endpoint_url=topology.current().s3_endpoint_url))

    async def run():
        try:
            return await coroutine_function(store)
        finally:
            await store.close()

    return asyncio.run(run())


def stored_blobs(conn: psycopg.Connection) -> set[str]:
    """The keys (file ids) of every file whose bytes are kept: in file_chunks, and in
    the blob store the test's topology writes to, but for blobs whose deletion is
    queued (the outbox deletes them once a worker gets to it: test_blob_stores.py)."""
    keys = {r[0] for r in conn.execute("SELECT DISTINCT file_id::text FROM file_chunks")}
    url = topology.current().blob_store
    if url not in ("postgres", IN_DATABASE):
        store = open_store(url, Settings(s3_endpoint_url=topology.current().s3_endpoint_url))
        queued = conn.execute(
            "SELECT blob_key FROM blob_deletions WHERE storage = %s AND run_after < now() + %s",
            [store.url, timedelta(hours=2)],
        ).fetchall()
        keys |= _run(lambda store: _listed(store), url) - {r[0] for r in queued}
    return keys


async def _listed(store) -> set[str]:
    return {key async for key in store.list_keys()}


def stored_counts(conn: psycopg.Connection) -> tuple[int, int]:
    """(source_files rows, files whose bytes are stored) in the whole database and
    the test's blob store, whichever store holds them."""
    files = conn.execute("SELECT count(*) FROM source_files").fetchone()[0]
    return files, len(stored_blobs(conn))


def stored_bytes(conn: psycopg.Connection, file_id: Any) -> bytes:
    """A file's bytes from the store its row names (b'' when none are there)."""
    storage = conn.execute("SELECT storage FROM source_files WHERE id = %s", [file_id]).fetchone()
    if storage is None or storage[0] == IN_DATABASE:
        return conn.execute(
            "SELECT coalesce(string_agg(data, ''::bytea ORDER BY chunk_no), ''::bytea)"
            " FROM file_chunks WHERE file_id = %s",
            [file_id],
        ).fetchone()[0]

    async def read(store) -> bytes:
        try:
            return await store.read(str(file_id))
        except BlobMissing:
            return b""

    return _run(read, storage[0])


def assert_problem(response, status: int) -> dict:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/problem+json")
    body = response.json()
    assert body["status"] == status and body["detail"]
    return body
