"""The deployment the test suite runs against, chosen by the environment (`just
test-topologies` runs the suite under each):

    CPE_TEST_BLOB_STORE  postgres (default) | file | s3 (moto's server)
    CPE_TEST_POOLING     direct (default) | pgbouncer (one the session starts,
                              transaction pooling, LISTEN on direct connections)
    CPE_TEST_SERVERS     1 (default) | 2 (the live_server fixture runs two
                              `serve` processes; clients alternate between them)

Every test that builds Settings, starts a server or workers, or uploads goes through
the helpers here (apiclient.api_client, live.start_live_server, live.start_worker,
test_worker_loop.settings, apiclient.stored_counts/stored_bytes), so it runs on the
chosen store, through the chosen pooler, without saying so. Whatever a test sets
itself wins: a test about one store or one connection path names it.
"""

from __future__ import annotations

import os
import uuid
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

STORES = ("postgres", "file", "s3")
BLOB_STORE = os.environ.get("CPE_TEST_BLOB_STORE", "postgres")
POOLING = os.environ.get("CPE_TEST_POOLING", "direct")
SERVERS = int(os.environ.get("CPE_TEST_SERVERS", "1"))

if BLOB_STORE not in STORES:
    raise SystemExit(f"CPE_TEST_BLOB_STORE must be one of {STORES}, got {BLOB_STORE!r}")
if POOLING not in ("direct", "pgbouncer"):
    raise SystemExit(f"CPE_TEST_POOLING must be direct or pgbouncer, got {POOLING!r}")
if SERVERS not in (1, 2):
    raise SystemExit(f"CPE_TEST_SERVERS must be 1 or 2, got {SERVERS}")


def describe() -> str:
    return f"blob store {BLOB_STORE}, {POOLING} connections, {SERVERS} server(s)"


def is_default() -> bool:
    return (BLOB_STORE, POOLING, SERVERS) == ("postgres", "direct", 1)


@dataclass
class Topology:
    """The running test's deployment: its blob store and, through PgBouncer, the
    pooler's port. `db_url` is the test's own database once it asked for one."""

    blob_store: str = "postgres"
    s3_endpoint_url: str | None = None
    bouncer_port: int | None = None
    db_url: str | None = None

    def _pooled(self, database_url: str | None) -> bool:
        """Only the test's own database goes through PgBouncer (a test that points
        the app at a proxy or another server means to)."""
        return (
            self.bouncer_port is not None
            and database_url is not None
            and (database_url == self.db_url)
        )

    def _bouncer_url(self, database_url: str, login: str) -> str:
        dbname = urlsplit(database_url).path.lstrip("/")
        return f"postgresql://{login}@127.0.0.1:{self.bouncer_port}/{dbname}"

    def settings(self, database_url: str | None) -> dict[str, object]:
        """Settings fields for an app or a worker on `database_url`."""
        values: dict[str, object] = {"blob_store": self.blob_store}
        if self.s3_endpoint_url:
            values["s3_endpoint_url"] = self.s3_endpoint_url
        if self._pooled(database_url):
            values.update(
                api_database_url=self._bouncer_url(database_url, "cpe_api_login"),
                worker_database_url=self._bouncer_url(database_url, "cpe_worker_login"),
                listen_database_url=database_url,
                database_pooling="transaction",
            )
        return values

    def env(self, database_url: str | None) -> dict[str, str]:
        """The same as CPE_RUNS_* variables, for `serve` and `worker` subprocesses."""
        return {
            f"CPE_RUNS_{name.upper()}": str(value)
            for name, value in self.settings(database_url).items()
        }

    def worker_url(self, database_url: str) -> str:
        """The URL an in-process Worker connects with."""
        if self._pooled(database_url):
            return self._bouncer_url(database_url, "cpe_worker_login")
        return database_url


_current = Topology()


def current() -> Topology:
    return _current


def worker_url(database_url: str) -> str:
    """The URL an in-process Worker on the test's database connects with."""
    return _current.worker_url(database_url)


def enter(topology: Topology) -> None:
    global _current
    _current = topology


def leave() -> None:
    enter(Topology())


def blob_store_for_test(folder: Path, endpoint: str | None, bucket: str) -> Topology:
    """A fresh store per test: its own folder, or its own prefix of the bucket."""
    if BLOB_STORE == "file":
        return Topology(blob_store=f"file://{folder}/blobs")
    if BLOB_STORE == "s3":
        return Topology(blob_store=f"s3://{bucket}/{uuid.uuid4().hex}", s3_endpoint_url=endpoint)
    return Topology()
