"""The test harness: one PostgreSQL per session, migrations applied once to a
template, a fresh clone of it per test (pytest-postgresql's janitor), and a
helper that runs the real server in a subprocess for tests that need HTTP."""

from __future__ import annotations

import itertools
import os
import shutil
import tempfile
from collections.abc import AsyncIterator, Callable, Iterator
from pathlib import Path

import asyncpg
import psycopg
import pytest
from pytest_postgresql.janitor import DatabaseJanitor

from cpe_runs.embedded import SUPERUSER, EmbeddedPostgres
from cpe_runs.migrations import apply_migrations

from . import topology
from .blobstores import BUCKET, moto_s3  # noqa: F401  (a session fixture for every module)
from .live import LiveServer, ServerPair, start_live_server, wait_until_healthy
from .pgbouncer import Bouncer, create_logins, running_pgbouncer

TEMPLATE_DB = "cpe_runs_template"
_test_numbers = itertools.count()

# The server and clients of these tests must never pick up a developer's settings
# (CPE_TEST_* choose the topology the suite runs against: tests/topology.py).
for _name in [n for n in os.environ if n.startswith("CPE_RUNS_")]:
    del os.environ[_name]


def pytest_report_header(config) -> str:
    return f"topology: {topology.describe()} (tests/topology.py)"


def _scratch_dir(prefix: str) -> Path:
    base = "/dev/shm" if os.path.isdir("/dev/shm") else None
    return Path(tempfile.mkdtemp(prefix=prefix, dir=base))


@pytest.fixture
def scratch_path() -> Iterator[Path]:
    """A folder for an embedded server's data, outside pytest's tmp_path: pytest resets
    /tmp/pytest-of-<user> to mode 0700 whenever a session starts, which would lock
    the embedded server's own user out of a data folder under it."""
    path = _scratch_dir("cpe-runs-scratch-")
    yield path
    shutil.rmtree(path, ignore_errors=True)


@pytest.fixture(scope="session")
def pg_server() -> Iterator[EmbeddedPostgres]:
    """One embedded PostgreSQL for the whole session, tuned for throwaway data."""
    root = _scratch_dir("cpe-runs-tests-")
    server = EmbeddedPostgres(
        root,
        server_options={
            "fsync": "off",
            "synchronous_commit": "off",
            "full_page_writes": "off",
            "max_connections": "300",
        },
    )
    server.acquire("postgres")
    try:
        yield server
    finally:
        server.release()
        shutil.rmtree(root, ignore_errors=True)


def _janitor(server: EmbeddedPostgres, dbname: str, **kwargs) -> DatabaseJanitor:
    return DatabaseJanitor(
        user=SUPERUSER, host=str(server.socket_dir), port=5432, dbname=dbname, **kwargs
    )


@pytest.fixture(scope="session")
def template_db(pg_server: EmbeddedPostgres) -> Iterator[str]:
    """A database migrated from zero, marked as a template; returns its name."""
    janitor = _janitor(pg_server, TEMPLATE_DB, as_template=True)
    janitor.drop()
    with janitor:
        janitor.load(lambda **_: apply_migrations(pg_server.url(TEMPLATE_DB)))
        yield TEMPLATE_DB


@pytest.fixture
def db_url(pg_server: EmbeddedPostgres, template_db: str) -> Iterator[str]:
    """A fresh, migrated database for this test (a clone of the template)."""
    name = f"cpe_test_{os.getpid()}_{next(_test_numbers)}"
    with _janitor(pg_server, name, template_dbname=template_db):
        url = pg_server.url(name)
        topology.current().db_url = url  # the database PgBouncer topologies pool
        yield url


@pytest.fixture
def empty_db(pg_server: EmbeddedPostgres) -> Iterator[str]:
    """A database with no migration applied, for this test."""
    name = f"cpe_empty_{os.getpid()}_{next(_test_numbers)}"
    with _janitor(pg_server, name):
        yield pg_server.url(name)


@pytest.fixture
def connect(db_url: str) -> Iterator[Callable[..., psycopg.Connection]]:
    """Open extra psycopg connections to the test database (closed afterwards)."""
    opened: list[psycopg.Connection] = []

    def _connect(**kwargs) -> psycopg.Connection:
        kwargs.setdefault("autocommit", True)
        conn = psycopg.connect(db_url, **kwargs)
        opened.append(conn)
        return conn

    yield _connect
    for conn in opened:
        conn.close()


@pytest.fixture
def conn(connect) -> psycopg.Connection:
    """A psycopg connection in autocommit mode; use `with conn.transaction():`."""
    return connect()


@pytest.fixture
async def aconn(db_url: str) -> AsyncIterator[asyncpg.Connection]:
    connection = await asyncpg.connect(db_url)
    try:
        yield connection
    finally:
        await connection.close()


@pytest.fixture
def live_server(db_url: str, tmp_path: Path) -> Iterator[LiveServer | ServerPair]:
    """`cpe-runs serve` in a subprocess on a free port, against this test's database;
    two of them when the topology says so (clients alternate between them)."""
    servers = []
    try:
        for _ in range(topology.SERVERS):
            servers.append(start_live_server(db_url, tmp_path, wait=False))
        for server in servers:
            wait_until_healthy(server)
        yield servers[0] if len(servers) == 1 else ServerPair(servers)
    finally:
        for server in servers:
            server.stop()


# -- the topology the suite runs against (tests/topology.py) -------------------------


@pytest.fixture(scope="session")
def session_bouncer(pg_server: EmbeddedPostgres, template_db: str) -> Iterator[Bouncer]:
    """PgBouncer for every database of the session, with login users that act as the
    API's and the workers' roles in all of them."""
    with psycopg.connect(pg_server.url("postgres"), autocommit=True) as admin:
        create_logins(admin, every_database=True)
    with running_pgbouncer(pg_server.socket_dir, "*") as bouncer:
        yield bouncer


@pytest.fixture(autouse=True)
def _topology(request: pytest.FixtureRequest) -> Iterator[topology.Topology]:
    """The deployment this test runs against: a fresh blob store of the chosen kind,
    and PgBouncer when the suite runs through it."""
    folder = _scratch_dir("cpe-runs-blobs-") if topology.BLOB_STORE == "file" else None
    endpoint = request.getfixturevalue("moto_s3") if topology.BLOB_STORE == "s3" else None
    current = topology.blob_store_for_test(folder, endpoint, BUCKET)
    if topology.POOLING == "pgbouncer":
        current.bouncer_port = request.getfixturevalue("session_bouncer").port
    topology.enter(current)
    try:
        yield current
    finally:
        topology.leave()
        if folder is not None:
            shutil.rmtree(folder, ignore_errors=True)
