"""Print every cpe_runs event once, in order, as a JSON line: a dashboard fed by
PostgreSQL alone (psycopg 3). It survives a restart of the database.

    python examples/subscribe_psycopg.py postgresql://dashboard@db.example/cpe_runs [AFTER_SEQ]

The contract it follows is docs/events.md: LISTEN, then read_run_events from the
last seq processed on every notification, after every (re)connect, and at least
once a second (an announced event waits for older transactions to end).
"""

import json
import sys
import time

import psycopg

QUERY = "SELECT seq, type, job_id, run_id, payload, created_at FROM read_run_events(%s, 1000)"


def follow(url: str, after: int) -> None:
    while True:
        try:
            with psycopg.connect(url, autocommit=True) as conn:
                conn.execute("LISTEN cpe_runs_events")
                while True:
                    while rows := conn.execute(QUERY, [after]).fetchall():
                        for seq, kind, job_id, run_id, payload, created_at in rows:
                            event = {
                                "seq": seq,
                                "type": kind,
                                "job_id": str(job_id),
                                "run_id": run_id and str(run_id),
                                "payload": payload,
                                "created_at": created_at.isoformat(),
                            }
                            print(json.dumps(event), flush=True)
                            after = seq  # a real dashboard stores it with what it did
                    for _ in conn.notifies(timeout=1.0, stop_after=1):
                        pass
        except psycopg.OperationalError as exc:
            print(f"reconnecting after seq {after}: {exc}".strip(), file=sys.stderr)
            time.sleep(1)


if __name__ == "__main__":
    follow(sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 0)
