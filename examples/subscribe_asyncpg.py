"""Print every cpe_runs event once, in order, as a JSON line: a dashboard fed by
PostgreSQL alone (asyncpg). It survives a restart of the database.

    python examples/subscribe_asyncpg.py postgresql://dashboard@db.example/cpe_runs [AFTER_SEQ]

The contract it follows is docs/events.md: LISTEN, then read_run_events from the
last seq processed on every notification, after every (re)connect, and at least
once a second (an announced event waits for older transactions to end).
"""

import asyncio
import contextlib
import json
import sys

import asyncpg

QUERY = "SELECT seq, type, job_id, run_id, payload, created_at FROM read_run_events($1, 1000)"


async def follow(url: str, after: int) -> None:
    wake = asyncio.Event()
    while True:
        try:
            conn = await asyncpg.connect(url)
            try:
                await conn.add_listener("cpe_runs_events", lambda *_: wake.set())
                while True:
                    wake.clear()
                    while rows := await conn.fetch(QUERY, after):
                        for row in rows:
                            event = {
                                **row,
                                "job_id": str(row["job_id"]),
                                "run_id": row["run_id"] and str(row["run_id"]),
                                "payload": json.loads(row["payload"]),
                                "created_at": row["created_at"].isoformat(),
                            }
                            print(json.dumps(event), flush=True)
                            after = row["seq"]  # a real dashboard stores it with what it did
                    with contextlib.suppress(TimeoutError):
                        await asyncio.wait_for(wake.wait(), 1.0)
            finally:
                conn.terminate()
        # (A connection cut mid-statement can also leave asyncpg's protocol confused.)
        except (
            OSError,
            asyncpg.PostgresError,
            asyncpg.InterfaceError,
            asyncpg.InternalClientError,
        ) as exc:
            print(f"reconnecting after seq {after}: {exc}".strip(), file=sys.stderr)
            await asyncio.sleep(1)


if __name__ == "__main__":
    asyncio.run(follow(sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 0))
