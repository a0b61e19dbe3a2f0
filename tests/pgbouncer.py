"""Debian's PgBouncer in transaction pooling mode in front of the test's database,
started by the test itself, with one login user per role the app acts as: each
logs in through PgBouncer and acts as its role by `ALTER ROLE ... SET role`
(PgBouncer passes no `role` startup setting on)."""

from __future__ import annotations

import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import psycopg
import pytest

from .live import free_port, stop_process

PGBOUNCER = shutil.which("pgbouncer") or "/usr/sbin/pgbouncer"
# login user -> the role it acts as
LOGINS = {"cpe_api_login": "cpe_runs_api", "cpe_worker_login": "cpe_runs_worker"}


@dataclass(frozen=True)
class Bouncer:
    port: int
    dbname: str

    def url(self, login: str) -> str:
        return f"postgresql://{login}@127.0.0.1:{self.port}/{self.dbname}"

    @property
    def api_url(self) -> str:
        return self.url("cpe_api_login")

    @property
    def worker_url(self) -> str:
        return self.url("cpe_worker_login")


def create_logins(conn: psycopg.Connection, *, every_database: bool = False) -> None:
    """The login users (cluster-wide, made once), acting as their roles in this
    database (or in every database: the suite's PgBouncer topology)."""
    where = "" if every_database else f' IN DATABASE "{conn.info.dbname}"'
    for login, role in LOGINS.items():
        conn.execute(
            f"DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{login}') THEN"
            f" CREATE ROLE {login} LOGIN; END IF; END $$"
        )
        conn.execute(f"GRANT {role} TO {login}")
        conn.execute(f"ALTER ROLE {login}{where} SET role = {role}")


@contextmanager
def running_pgbouncer(socket_dir: Path, dbname: str) -> Iterator[Bouncer]:
    """PgBouncer in front of `dbname`, or of every database for `*`."""
    if not os.access(PGBOUNCER, os.X_OK):
        pytest.fail("pgbouncer is not installed (Debian: apt-get install pgbouncer)")
    shm = "/dev/shm" if os.path.isdir("/dev/shm") else None
    folder = Path(tempfile.mkdtemp(prefix="pgbouncer-", dir=shm))
    folder.chmod(0o755)
    port = free_port()
    users = folder / "users.txt"
    users.write_text("".join(f'"{login}" ""\n' for login in LOGINS))
    ini = folder / "pgbouncer.ini"
    target = f"{dbname} = host={socket_dir} port=5432"
    if dbname != "*":
        target += f" dbname={dbname}"
    ini.write_text(
        f"""[databases]
{target}

[pgbouncer]
listen_addr = 127.0.0.1
listen_port = {port}
unix_socket_dir =
auth_type = trust
auth_file = {users}
pool_mode = transaction
max_client_conn = 400
default_pool_size = 8
server_reset_query =
"""
    )
    for path in (users, ini):
        path.chmod(0o644)
    command = [PGBOUNCER, str(ini)]
    if os.geteuid() == 0:  # PgBouncer refuses to run as root: run it as the server's user
        command[1:1] = ["-u", pwd.getpwuid(socket_dir.stat().st_uid).pw_name]
    log = folder / "pgbouncer.log"
    with open(log, "wb") as out:
        process = subprocess.Popen(command, stdout=out, stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + 15
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                if process.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(f"pgbouncer did not start:\n{log.read_text()}") from None
                time.sleep(0.05)
        yield Bouncer(port, dbname)
    finally:
        stop_process(process)
        shutil.rmtree(folder, ignore_errors=True)
