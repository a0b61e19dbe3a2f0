"""Many processes on one database: two `serve` and two `worker` processes, all
through PgBouncer in transaction pooling mode (LISTEN on direct connections),
certificates in a directory store. Uploads, starts and edits go through either
server; every stream client, on either server, gets every event in order; the run
ends with its counters, tasks and files agreeing."""

from __future__ import annotations

import threading
from pathlib import Path

import asyncpg
import httpx
import pytest

from cpe_runs.db import RoleMismatch, create_pool

from .apiclient import PDF, TEXT
from .factories import make_sheet, make_token, make_user, state_template_id
from .live import start_live_server, start_worker, wait_until, wait_until_healthy
from .pgbouncer import create_logins, running_pgbouncer
from .sse import EventStream


def _streams_to(base_urls: list[str], token: str, last_seq_box: dict, results: dict):
    """One stream per server, each read in a thread until the last event."""
    threads = []
    opened = []
    for url in base_urls:
        stream = EventStream(url, token=token).__enter__()
        stream.open()
        opened.append(stream)

        def read(stream=stream, url=url) -> None:
            last_seq_box["ready"].wait(120)
            results[url] = [(m.id, m.event) for m in stream.events_until(last_seq_box["seq"])]

        threads.append(threading.Thread(target=read, daemon=True))
    for thread in threads:
        thread.start()
    return opened, threads


@pytest.mark.slow
def test_two_servers_and_two_workers_through_pgbouncer(pg_server, db_url, conn, tmp_path: Path):
    create_logins(conn)
    _user, token = make_token(conn, "alice@example.com")
    headers = {"Authorization": f"Bearer {token}"}
    env = {
        "CPE_RUNS_LISTEN_DATABASE_URL": db_url,
        "CPE_RUNS_DATABASE_POOLING": "transaction",
        "CPE_RUNS_BLOB_STORE": f"file://{tmp_path}/blobs",
        "CPE_RUNS_LEASE_SECONDS": "5",
    }
    processes = []
    with running_pgbouncer(pg_server.socket_dir, conn.info.dbname) as bouncer:
        try:
            servers = [
                start_live_server(bouncer.api_url, tmp_path, env=env, wait=False) for _ in range(2)
            ]
            processes += servers
            processes += [
                start_worker(bouncer.worker_url, tmp_path, "echo", concurrency=2, env=env)
                for _ in range(2)
            ]
            for server in servers:
                wait_until_healthy(server, 60)
            a, b = (httpx.Client(base_url=s.base_url, headers=headers) for s in servers)

            last = {"ready": threading.Event(), "seq": 0}
            seen: dict[str, list] = {}
            streams, readers = _streams_to([s.base_url for s in servers], token, last, seen)

            template = str(state_template_id(conn))
            sheet = a.post("/api/cpe/sheets", json={"template_id": template}).json()
            job = sheet["job_id"]
            first = b.post(
                f"/api/jobs/{job}/files",
                files=[("files", (f"b{n}.txt", TEXT + bytes([65 + n]))) for n in range(3)],
            )
            assert first.status_code == 201, first.text
            second = a.post(
                f"/api/jobs/{job}/files", files=[("files", ("a.pdf", PDF, "application/pdf"))]
            )
            assert second.status_code == 201, second.text
            started = b.post(f"/api/cpe/sheets/{job}/start")
            assert started.status_code == 202, started.text

            def ended():
                run = a.get(f"/api/jobs/{job}/runs/{sheet['run_id']}").json()
                return run if run["status"] not in ("pending", "in_progress") else None

            run = wait_until(ended, timeout=90, message="the run ends")
            assert (run["status"], run["tasks_total"], run["tasks_completed"]) == (
                "completed",
                4,
                4,
            )
            rows = b.get(f"/api/jobs/{job}/results").json()
            assert rows["total"] == 4
            row_id = rows["rows"][0]["row_id"]
            edited = b.patch(
                f"/api/jobs/{job}/results/{row_id}", json={"values": {"CPE Hours": 2.5}}
            )
            assert edited.status_code == 200, edited.text
            again = a.get(f"/api/jobs/{job}/results").json()["rows"]
            assert {r["row_id"]: r for r in again}[row_id]["values"]["CPE Hours"] == 2.5
            original = a.get(f"/api/jobs/{job}/files/{first.json()['files'][0]['id']}/content")
            assert original.content == TEXT + b"A"

            # Every event of the sheet, in seq order, reached the streams of both servers.
            expected = [
                tuple(r)
                for r in conn.execute(
                    "SELECT seq, type FROM run_events WHERE job_id = %s ORDER BY seq", [job]
                ).fetchall()
            ]
            last["seq"] = expected[-1][0]
            last["ready"].set()
            for reader in readers:
                reader.join(60)
            for stream in streams:
                stream.close()
            for server in servers:
                assert seen[server.base_url] == expected, server.base_url

            # The servers and workers reached PostgreSQL through PgBouncer's logins.
            logins = {
                r[0]
                for r in conn.execute(
                    "SELECT DISTINCT usename FROM pg_stat_activity WHERE datname = %s",
                    [conn.info.dbname],
                ).fetchall()
            }
            assert {"cpe_api_login", "cpe_worker_login"} <= logins

            # The invariants of the chaos tests: nothing left running, counters agree.
            tasks = conn.execute(
                "SELECT status, count(*) FROM extraction_tasks WHERE run_id = %s GROUP BY 1",
                [sheet["run_id"]],
            ).fetchall()
            assert tasks == [("completed", 4)]
            files = conn.execute(
                "SELECT status, count(*) FROM source_files WHERE run_id = %s GROUP BY 1",
                [sheet["run_id"]],
            ).fetchall()
            assert files == [("completed", 4)]
            next_runs = conn.execute(
                "SELECT count(*) FROM job_runs WHERE append_from_run_id = %s", [sheet["run_id"]]
            ).fetchone()[0]
            assert next_runs == 1
        finally:
            for process in processes:
                process.stop()


async def test_through_pgbouncer_a_login_that_does_not_act_as_the_role_is_refused(pg_server, conn):
    create_logins(conn)
    make_sheet(conn, user_id=make_user(conn))
    with running_pgbouncer(pg_server.socket_dir, conn.info.dbname) as bouncer:
        with pytest.raises(RoleMismatch, match="acts as 'cpe_runs_worker', not 'cpe_runs_api'"):
            await create_pool(bouncer.worker_url, role="cpe_runs_api", pooled=True)
        pool = await create_pool(bouncer.api_url, role="cpe_runs_api", pooled=True, max_size=2)
        try:
            # Row-level security applies: the API role sees no user's rows without a user.
            assert await pool.fetchval("SELECT count(*) FROM extraction_jobs") == 0
            assert await pool.fetchval("SELECT current_user") == "cpe_runs_api"
        finally:
            await pool.close()
        # Without the pooled settings the role goes as a startup setting: PgBouncer refuses it.
        with pytest.raises((asyncpg.PostgresError, ConnectionError)):
            await create_pool(bouncer.api_url, role="cpe_runs_api")
