"""The throughput reference: procrastinate 3.x draining no-op jobs.

It gets its own database on the same server, its schema applied by its own
CLI (`procrastinate schema --apply`), and its own worker processes
(`procrastinate worker --concurrency C`), exactly as its users run it. Jobs are
deferred with its batch API in one transaction, the way ours are started.
"""

from __future__ import annotations

import asyncio
import subprocess
from datetime import datetime
from pathlib import Path

import procrastinate
import psycopg

from .drain import settle
from .processes import ProcessGroup, bench_env, console_script, wait_until
from .procrastinate_app import DSN_VARIABLE, app
from .server import BenchServer

DB = "bench_procrastinate"
APP_PATH = "bench.procrastinate_app.app"


class ProcrastinateQueue:
    name = "procrastinate"

    def __init__(self, server: BenchServer) -> None:
        self.url = server.create_database(DB)
        self.env = bench_env({DSN_VARIABLE: self.url})
        subprocess.run(
            [console_script("procrastinate"), "--app", APP_PATH, "schema", "--apply"],
            env=self.env,
            check=True,
            capture_output=True,
            timeout=120,
        )
        self.conn = psycopg.connect(self.url, autocommit=True)

    def close(self) -> None:
        self.conn.close()

    def workers(self, processes: int, concurrency: int, logdir: Path) -> ProcessGroup:
        # Each measurement starts from an empty queue, as ours does.
        self.conn.execute("TRUNCATE procrastinate_jobs, procrastinate_workers CASCADE")
        # Warnings only, as ours run: a log line per job would measure the log.
        argv = [console_script("procrastinate"), "--log-level", "warning", "--app", APP_PATH]
        argv += ["worker", "--concurrency", str(concurrency)]
        return ProcessGroup(argv, processes, self.env, logdir)

    def wait_ready(self, group: ProcessGroup) -> None:
        # Each worker registers itself in procrastinate_workers once it runs.
        wait_until(
            lambda: self._scalar("SELECT count(*) FROM procrastinate_workers") >= group.count,
            timeout=60,
            what="procrastinate workers to register",
            check=group.check_alive,
        )
        settle()

    def enqueue(self, count: int) -> tuple[object, datetime]:
        first_id = self._scalar("SELECT coalesce(max(id), 0) + 1 FROM procrastinate_jobs")
        asyncio.run(_defer(self.url, count))
        return first_id, self._scalar("SELECT clock_timestamp()")

    def finished(self, batch: object) -> datetime | None:
        row = self.conn.execute(
            "SELECT count(*) FILTER (WHERE status <> 'succeeded'), count(*)"
            " FROM procrastinate_jobs WHERE id >= %s",
            [batch],
        ).fetchone()
        if row[0] or not row[1]:
            return None
        return self._scalar(
            "SELECT max(e.at) FROM procrastinate_events e"
            " WHERE e.type = 'succeeded' AND e.job_id >= %s",
            batch,
        )

    def _scalar(self, sql: str, *params):
        return self.conn.execute(sql, list(params)).fetchone()[0]


async def _defer(url: str, count: int) -> None:
    connector = procrastinate.PsycopgConnector(conninfo=url)
    with app.replace_connector(connector):
        async with app.open_async():
            await app.tasks["noop"].batch_defer_async(*({} for _ in range(count)))
