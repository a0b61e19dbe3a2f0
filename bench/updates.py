"""The physical reference: single-row UPDATE commits per second on the server.

pgbench runs a one-statement script (each transaction updates one row of a
small table and commits) with the same number of clients as the worker
processes. No queue can finish tasks faster than the server commits single-row
updates, since every task needs at least one commit; this tells how far the
queue is from that floor.
"""

from __future__ import annotations

import psycopg

from .server import BenchServer

DB = "bench_updates"
ROWS = 10_000
# One row per transaction, picked at random so that clients rarely wait on each
# other's row locks: the figure is commit cost, not lock contention.
SCRIPT = f"""\\set id random(1, {ROWS})
UPDATE counters SET n = n + 1 WHERE id = :id;
"""


def prepare(server: BenchServer) -> None:
    with psycopg.connect(server.create_database(DB), autocommit=True) as conn:
        conn.execute("CREATE TABLE counters (id integer PRIMARY KEY, n bigint NOT NULL DEFAULT 0)")
        conn.execute("INSERT INTO counters (id) SELECT generate_series(1, %s)", [ROWS])
        conn.execute("VACUUM ANALYZE counters")


def update_commits_per_s(server: BenchServer, *, clients: int, seconds: float) -> float:
    return server.pgbench(DB, SCRIPT, clients=clients, seconds=seconds)
