"""The three blob stores as tests use them: PostgreSQL (file_chunks), a directory, and
S3 as moto's standalone server serves it (ThreadedMotoServer on 127.0.0.1, the only
S3 implementation installable here). `blob_store` is parametrized over all three, so
a test that takes it runs once per store."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import psycopg
import pytest

from .live import free_port

BUCKET = "cpe-runs-test"
STORES = ("postgres", "file", "s3")


@dataclass(frozen=True)
class StoreUnderTest:
    kind: str
    # CPE_RUNS_BLOB_STORE and CPE_RUNS_S3_ENDPOINT_URL for it.
    url: str
    endpoint_url: str | None = None

    @property
    def settings(self) -> dict[str, str | None]:
        return {"blob_store": self.url, "s3_endpoint_url": self.endpoint_url}

    @property
    def env(self) -> dict[str, str]:
        env = {"CPE_RUNS_BLOB_STORE": self.url}
        if self.endpoint_url:
            env["CPE_RUNS_S3_ENDPOINT_URL"] = self.endpoint_url
        return env


@pytest.fixture(scope="session")
def moto_s3() -> Iterator[str]:
    """moto's S3 server for the session, with the test bucket; its endpoint URL. The
    standard AWS variables point boto3 (also in subprocesses) at fake credentials."""
    from moto.server import ThreadedMotoServer

    fake = {
        "AWS_ACCESS_KEY_ID": "testing",
        "AWS_SECRET_ACCESS_KEY": "testing",
        "AWS_DEFAULT_REGION": "us-east-1",
    }
    saved = {k: os.environ.get(k) for k in fake}
    os.environ.update(fake)
    port = free_port()
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=port, verbose=False)
    server.start()
    endpoint = f"http://127.0.0.1:{port}"
    try:
        import boto3

        boto3.client("s3", endpoint_url=endpoint).create_bucket(Bucket=BUCKET)
        yield endpoint
    finally:
        server.stop()
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value


def store_under_test(kind: str, request: pytest.FixtureRequest, folder: Path) -> StoreUnderTest:
    if kind == "postgres":
        return StoreUnderTest(kind, "postgres")
    if kind == "file":
        return StoreUnderTest(kind, f"file://{folder}/blobs")
    endpoint = request.getfixturevalue("moto_s3")
    # A prefix of its own per test: tests share the bucket.
    return StoreUnderTest(kind, f"s3://{BUCKET}/{uuid.uuid4().hex}", endpoint)


@pytest.fixture(params=STORES)
def blob_store(request: pytest.FixtureRequest, tmp_path: Path) -> StoreUnderTest:
    return store_under_test(request.param, request, tmp_path)


@pytest.fixture(params=("file", "s3"))
def external_store(request: pytest.FixtureRequest, tmp_path: Path) -> StoreUnderTest:
    return store_under_test(request.param, request, tmp_path)


def file_storage(conn: psycopg.Connection, file_id) -> str:
    return conn.execute("SELECT storage FROM source_files WHERE id = %s", [file_id]).fetchone()[0]
