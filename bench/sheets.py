"""GET /api/cpe/sheets for a user with many sheets of many runs.

The sheets are built in bulk with SQL: jobs and runs inserted directly, every
run terminal but each sheet's last, which is pending as after a real append.
Triggers are switched off for the bulk insert (session_replication_role), so
run numbers, the append chain and its chain_id are written here as the triggers
would have written them; the list reads none of what they would have added (run_events).

`python -m bench.sheets [--requests 300] [--repeat N]` measures it alone, on its own
PostgreSQL and server, and names the requests slower than three times the median.
"""

from __future__ import annotations

import sys
import time
import uuid
from dataclasses import dataclass

import httpx
import psycopg
from tests.factories import state_template_id

WARMUP = 20


@dataclass(frozen=True, slots=True)
class SheetsLatency:
    sheets: int
    runs_per_sheet: int
    listed: int
    samples_ms: tuple[float, ...]


def build(conn: psycopg.Connection, user_id: uuid.UUID, sheets: int, runs: int) -> None:
    template_id = state_template_id(conn)
    with conn.transaction():
        conn.execute("SET LOCAL session_replication_role = replica")
        conn.execute(
            "INSERT INTO extraction_jobs (user_id, name, job_type, created_at, last_run_number)"
            " SELECT %s, format('Sheet %%s', n), 'cpe', now() - n * interval '1 hour', %s"
            " FROM generate_series(1, %s) AS n",
            [user_id, runs, sheets],
        )
        # Every third-from-last run partially completed, the rest completed; 5 files each.
        # chain_id is the sheet's own id until the first run's is known (below).
        conn.execute(
            "INSERT INTO job_runs (job_id, template_id, status, run_number, append_results,"
            "   tasks_total, tasks_completed, tasks_failed, created_at, started_at, completed_at,"
            "   chain_id)"
            " SELECT j.id, %(template)s,"
            "   CASE WHEN r = %(runs)s THEN 'pending'"
            "        WHEN r %% 3 = 0 THEN 'partially_completed' ELSE 'completed' END::run_status,"
            "   r, r > 1,"
            "   CASE WHEN r = %(runs)s THEN 0 ELSE 5 END,"
            "   CASE WHEN r = %(runs)s THEN 0 WHEN r %% 3 = 0 THEN 4 ELSE 5 END,"
            "   CASE WHEN r = %(runs)s THEN 0 WHEN r %% 3 = 0 THEN 1 ELSE 0 END,"
            "   j.created_at + r * interval '1 minute',"
            "   CASE WHEN r < %(runs)s THEN j.created_at + r * interval '1 minute' END,"
            "   CASE WHEN r < %(runs)s THEN j.created_at + (r + 1) * interval '1 minute' END,"
            "   j.id"
            " FROM extraction_jobs j, generate_series(1, %(runs)s) AS r"
            " WHERE j.user_id = %(user)s",
            {"template": template_id, "runs": runs, "user": user_id},
        )
        conn.execute(
            "UPDATE job_runs r SET append_from_run_id = p.id, clone_from_run_id = p.id"
            " FROM job_runs p, extraction_jobs j"
            " WHERE j.user_id = %s AND r.job_id = j.id AND p.job_id = j.id"
            "   AND p.run_number = r.run_number - 1",
            [user_id],
        )
        # Each sheet's runs are one chain (sql/0015), named by its first run.
        conn.execute(
            "UPDATE job_runs r SET chain_id = first.id"
            " FROM job_runs first, extraction_jobs j"
            " WHERE j.user_id = %s AND r.job_id = j.id AND first.job_id = j.id"
            "   AND first.run_number = 1",
            [user_id],
        )
    conn.execute("ANALYZE extraction_jobs, job_runs")


def measure(base_url: str, token: str, *, sheets: int, runs: int, requests: int) -> SheetsLatency:
    headers = {"Authorization": f"Bearer {token}"}
    samples: list[float] = []
    with httpx.Client(base_url=base_url, headers=headers, timeout=30) as client:
        first = client.get("/api/cpe/sheets")
        first.raise_for_status()
        body = first.json()
        listed = len(body["sheets"])
        if body["total"] != sheets:
            raise RuntimeError(f"the list says {body['total']} sheets, {sheets} were built")
        for n in range(WARMUP + requests):
            began = time.perf_counter()
            response = client.get("/api/cpe/sheets")
            elapsed = (time.perf_counter() - began) * 1000
            response.raise_for_status()
            if n >= WARMUP:
                samples.append(elapsed)
    return SheetsLatency(sheets, runs, listed, tuple(samples))


# -- alone: python -m bench.sheets -----------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    import argparse
    from pathlib import Path

    from tests.factories import make_user
    from tests.live import start_live_server

    from .report import percentile
    from .runner import _token
    from .server import RESULTS_DIR, BenchServer

    parser = argparse.ArgumentParser(prog="bench.sheets", description=__doc__.split("\n\n")[0])
    parser.add_argument("--sheets", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--requests", type=int, default=300)
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--data-dir", type=Path, default=RESULTS_DIR)
    args = parser.parse_args(argv)
    with BenchServer(args.data_dir) as server:
        url = server.app_database()
        with psycopg.connect(url, autocommit=True) as conn:
            user = make_user(conn, "sheets@bench.example")
            build(conn, user, args.sheets, args.runs)
        token = _token(url, "sheets@bench.example")
        live = start_live_server(
            url, server.workdir, args=("--workers", "0", "--token-for", ""), timeout=60
        )
        try:
            for _ in range(args.repeat):
                began = time.monotonic()
                result = measure(
                    live.base_url, token, sheets=args.sheets, runs=args.runs, requests=args.requests
                )
                s = result.samples_ms
                median = percentile(s, 50)
                slow = [(i, round(ms, 1)) for i, ms in enumerate(s) if ms > 3 * median]
                print(
                    f"{len(s)} requests from {began:.3f}: p50 {median:.1f} ms,"
                    f" p99 {percentile(s, 99):.1f} ms, max {max(s):.1f} ms;"
                    f" over 3 x p50 (request, ms): {slow}",
                    flush=True,
                )
        finally:
            live.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
