"""Many processes on one database: two `serve` and two `worker` processes, all
through PgBouncer in transaction pooling mode (LISTEN on direct connections),
certificates in a directory store. Uploads, starts and edits go through either
server; every stream client, on either server, gets every event in order; the run
ends with its counters, tasks and files agreeing."""

from __future__ import annotations

import signal
import threading
import uuid
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
from .test_worker_processes import assert_ended_once_with_exact_counts


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


def _read_until_dropped(stream: EventStream, into: list) -> None:
    """Every event until the server goes away (the stream ends or breaks)."""
    try:
        while True:
            event = stream.next_event()
            into.append((event.id, event.event))
    except Exception:  # StreamEnded, or the connection reset by the kill
        return


@pytest.mark.slow
def test_a_worker_killed_mid_batch_and_a_server_killed_mid_stream(
    pg_server, db_url, conn, tmp_path: Path
):
    create_logins(conn)
    _user, token = make_token(conn, "alice@example.com")
    headers = {"Authorization": f"Bearer {token}"}
    env = {
        "CPE_RUNS_LISTEN_DATABASE_URL": db_url,
        "CPE_RUNS_DATABASE_POOLING": "transaction",
        "CPE_RUNS_BLOB_STORE": f"file://{tmp_path}/blobs",
        "CPE_RUNS_LEASE_SECONDS": "2",
        "CPE_RUNS_RETRY_BASE_SECONDS": "0.05",
        "CPE_TEST_SLEEP": "0.4",
    }
    files = 16
    processes = []
    with running_pgbouncer(pg_server.socket_dir, conn.info.dbname) as bouncer:
        try:
            survivor, doomed = (
                start_live_server(bouncer.api_url, tmp_path, env=env, wait=False) for _ in range(2)
            )
            processes += [survivor, doomed]
            workers = [
                start_worker(bouncer.worker_url, tmp_path, "slow", concurrency=2, env=env)
                for _ in range(2)
            ]
            processes += workers
            for server in (survivor, doomed):
                wait_until_healthy(server, 60)
            a, b = (httpx.Client(base_url=s.base_url, headers=headers) for s in (survivor, doomed))

            # Streams on the server that lives, and on the one that is killed.
            last = {"ready": threading.Event(), "seq": 0}
            seen: dict[str, list] = {}
            streams, readers = _streams_to([survivor.base_url], token, last, seen)
            dropped_stream = EventStream(doomed.base_url, token=token).__enter__().open()
            streams.append(dropped_stream)
            before_kill: list = []
            dropped_reader = threading.Thread(
                target=_read_until_dropped, args=(dropped_stream, before_kill), daemon=True
            )
            dropped_reader.start()

            template = str(state_template_id(conn))
            sheet = a.post("/api/cpe/sheets", json={"template_id": template}).json()
            job, run_id = sheet["job_id"], sheet["run_id"]
            for n in range(files):
                client = (a, b)[n % 2]
                sent = client.post(
                    f"/api/jobs/{job}/files",
                    files=[("files", (f"c{n}.txt", TEXT + f"number {n}".encode()))],
                )
                assert sent.status_code == 201, sent.text
            started = b.post(f"/api/cpe/sheets/{job}/start")
            assert started.status_code == 202, started.text

            # A worker is killed holding tasks, mid-batch.
            def busy_worker():
                rows = conn.execute(
                    "SELECT DISTINCT worker_id FROM extraction_tasks"
                    " WHERE run_id = %s AND status = 'running'",
                    [run_id],
                ).fetchall()
                pids = {int(r[0].split(":")[1]) for r in rows if r[0]}
                return next((w for w in workers if w.process.pid in pids), None)

            victim = wait_until(busy_worker, 60, "a worker holds tasks")
            completed_before = conn.execute(
                "SELECT count(*) FROM extraction_tasks WHERE run_id = %s AND status = 'completed'",
                [run_id],
            ).fetchone()[0]
            assert completed_before < files, "killed mid-batch, not after it"
            victim.process.send_signal(signal.SIGKILL)
            victim.process.wait(10)

            # The other server is killed while its stream client reads.
            wait_until(lambda: len(before_kill) >= 3, 60, "the doomed server streams events")
            doomed.process.send_signal(signal.SIGKILL)
            doomed.process.wait(10)
            dropped_reader.join(30)
            assert not dropped_reader.is_alive(), "the stream of the killed server ended"

            def ended():
                run = a.get(f"/api/jobs/{job}/runs/{run_id}").json()
                return run if run["status"] not in ("pending", "in_progress") else None

            run = wait_until(ended, timeout=120, message="the run ends")
            assert run["status"] == "completed", run

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
            # The surviving server's client got every event, in order, none twice.
            assert seen[survivor.base_url] == expected

            # The killed server's client reconnects to the other with Last-Event-ID and
            # replays what it missed: with what it had, every event once, in order.
            assert before_kill == expected[: len(before_kill)]
            with EventStream(
                survivor.base_url, token=token, last_event_id=before_kill[-1][0]
            ) as replay:
                rest = [(m.id, m.event) for m in replay.events_until(last["seq"])]
            assert before_kill + rest == expected
            for stream in streams:
                stream.close()

            # The invariants of the chaos tests: every task counted once (one row each,
            # exact counters, the run ended once), no run stuck, every file finished.
            assert_ended_once_with_exact_counts(
                conn, job, uuid.UUID(run_id), completed=files, failed=0
            )
            stuck = conn.execute(
                "SELECT count(*) FROM job_runs WHERE job_id = %s AND status = 'in_progress'",
                [job],
            ).fetchone()[0]
            assert stuck == 0
            assert conn.execute(
                "SELECT status, count(*) FROM source_files WHERE run_id = %s GROUP BY 1",
                [run_id],
            ).fetchall() == [("completed", files)]
            # The killed worker's tasks were taken over after their lease: tried twice.
            retried = conn.execute(
                "SELECT count(*) FROM extraction_tasks WHERE run_id = %s AND attempts > 1",
                [run_id],
            ).fetchone()[0]
            assert retried >= 1
        finally:
            for process in processes:
                process.stop()
