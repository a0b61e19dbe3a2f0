"""Task lifecycle throughput of the real workers: `cpe-runs worker` processes
claim tasks, run the no-op extractor on each file's bytes and report through
increment_task_completion, until the run ends (and its append run appears).

The measured batch is one run of N files, started with start_run as the API
starts it: the realistic shape (a user drops N certificates and presses
Start) and the hardest one for us, since every report of the batch updates the
same run's counters.
"""

from __future__ import annotations

import hashlib
from datetime import datetime
from pathlib import Path

import psycopg
from tests.factories import make_sheet

from .drain import settle
from .processes import ProcessGroup, bench_env, console_script, wait_until

EXTRACTOR = "bench.noop_extractor:extract"
FILE_BYTES = b"Certificate of completion\n"


class CpeRunsQueue:
    name = "cpe_runs"

    def __init__(
        self, url: str, settings: dict[str, str] | None = None, command: str | None = None
    ) -> None:
        self.url = url
        # Another cpe-runs to measure (bench --worker-command), e.g. main's, for a before/after.
        self.command = command or console_script("cpe-runs")
        # Settings of the workers' own, to measure a variant (bench --worker-env).
        self.settings = settings or {}
        self.conn = psycopg.connect(url, autocommit=True)

    def close(self) -> None:
        self.conn.close()

    def workers(self, processes: int, concurrency: int, logdir: Path) -> ProcessGroup:
        env = bench_env(
            {
                "CPE_RUNS_DATABASE_URL": self.url,
                "CPE_RUNS_EXTRACTOR": EXTRACTOR,
                # One line per task outcome would measure the log file, not the queue.
                "CPE_RUNS_LOG_LEVEL": "WARNING",
                **self.settings,
            }
        )
        argv = [self.command, "worker", "--concurrency", str(concurrency)]
        return ProcessGroup(argv, processes, env, logdir)

    def wait_ready(self, group: ProcessGroup) -> None:
        # A worker that is up listens for the NOTIFY that start_run sends, on a
        # connection of its own (named after the worker).
        wait_until(
            lambda: self._listeners() >= group.count,
            timeout=60,
            what="cpe-runs workers to listen",
            check=group.check_alive,
        )
        settle()

    def enqueue(self, count: int) -> tuple[object, datetime]:
        job_id, run_id = make_sheet(self.conn, name=f"throughput {count}")
        self.conn.execute(
            "WITH f AS ("
            "  INSERT INTO source_files (job_id, run_id, name, content_type, size_bytes, sha256)"
            "  SELECT %(job)s, %(run)s, format('certificate-%%s.txt', n), 'text/plain',"
            "         %(size)s, %(sha)s"
            "    FROM generate_series(1, %(count)s) AS n"
            "  RETURNING id"
            ") INSERT INTO file_chunks (file_id, chunk_no, data) SELECT id, 0, %(data)s FROM f",
            {
                "job": job_id,
                "run": run_id,
                "size": len(FILE_BYTES),
                "sha": hashlib.sha256(FILE_BYTES).hexdigest(),
                "count": count,
                "data": FILE_BYTES,
            },
        )
        self.conn.execute("SELECT start_run(%s)", [job_id])
        return run_id, self.conn.execute("SELECT clock_timestamp()").fetchone()[0]

    def finished(self, batch: object) -> datetime | None:
        status, completed, total, completed_at = self.conn.execute(
            "SELECT status, tasks_completed, tasks_total, completed_at FROM job_runs WHERE id = %s",
            [batch],
        ).fetchone()
        if status == "in_progress":
            return None
        if status != "completed" or completed != total:
            raise RuntimeError(f"run {batch} ended {status} with {completed}/{total} tasks done")
        return completed_at

    def _listeners(self) -> int:
        return self.conn.execute(
            "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()"
            " AND (application_name LIKE 'cpe_runs worker%%' OR query ILIKE 'LISTEN%%')"
        ).fetchone()[0]
