"""Reading a big sheet: a page, a page deep in it, its count, a CSV export."""

from __future__ import annotations

import time
import uuid

import psycopg
from psycopg.types.json import Jsonb
from tests.factories import claim_all, make_sheet

from . import lastrun


def build(
    conn: psycopg.Connection, user_id: uuid.UUID | None, batches: int, rows_per_batch: int
) -> uuid.UUID:
    """A CPE sheet of `batches` finished batches of `rows_per_batch` files, one
    certificate each, made the way the workers make them: files uploaded, the
    run started, its tasks claimed and all reported with increment_task_completions
    (so every trigger runs); its last run is pending."""
    job_id, run_id = make_sheet(conn, user_id=user_id, name=f"{batches} x {rows_per_batch}")
    for batch in range(batches):
        with conn.transaction():
            conn.execute(
                "INSERT INTO source_files (job_id, run_id, name, content_type, size_bytes, sha256)"
                " SELECT %s, %s, format('b%%s-%%s.pdf', %s, n), 'application/pdf', 1000,"
                "        encode(sha256(format('%%s %%s %%s', %s, %s, n)::bytea), 'hex')"
                " FROM generate_series(1, %s) AS n",
                [job_id, run_id, batch, job_id, batch, rows_per_batch],
            )
            conn.execute("SELECT start_run(%s)", [job_id])
            tasks = claim_all(conn, run_id)
            reports = [
                {
                    "task_id": str(task_id),
                    "attempt": attempt,
                    "rows": [dict(lastrun.ROW, **{"Certificate Number": f"{batch}-{n}"})],
                }
                for n, (task_id, attempt) in enumerate(tasks)
            ]
            conn.execute("SELECT count(*) FROM increment_task_completions(%s)", [Jsonb(reports)])
            (run_id,) = conn.execute(
                "SELECT id FROM job_runs WHERE job_id = %s AND status = 'pending'", [job_id]
            ).fetchone()
    conn.execute("VACUUM ANALYZE result_rows, job_runs, source_files")
    return job_id


if __name__ == "__main__":
    import sys

    with psycopg.connect(sys.argv[1], autocommit=True) as c:
        began = time.perf_counter()
        jid = build(c, None, int(sys.argv[2]), int(sys.argv[3]))
        print(jid, time.perf_counter() - began)
