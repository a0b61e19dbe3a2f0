"""Subscribing in the database (docs/events.md): the examples in examples/ run against a
real PostgreSQL while runs finish concurrently, transactions commit out of seq order
and the server restarts, and each prints every event of run_events exactly once, in
order; the subscriber role reads every user's events and nothing else."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest

from cpe_runs.embedded import SUPERUSER, EmbeddedPostgres
from cpe_runs.migrations import apply_migrations

from .factories import add_file, claim_all, make_sheet, make_user, report, start
from .live import wait_until

REPO_ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ["subscribe_psycopg.py", "subscribe_asyncpg.py"]
SUBSCRIBER = "cpe_runs_subscriber"
DASHBOARD = "dashboard"  # a login of the subscriber role, as docs/events.md makes one


# -- the examples, through concurrent runs and a restart --------------------------------


@pytest.fixture
def private_server() -> Iterator[tuple[EmbeddedPostgres, str]]:
    """A PostgreSQL of this test's own (it restarts it), migrated, with a dashboard login."""
    root = Path(tempfile.mkdtemp(prefix="cpe-subscribe-", dir=_scratch()))
    server = EmbeddedPostgres(root, server_options={"fsync": "off", "full_page_writes": "off"})
    url = server.acquire("cpe_runs")
    try:
        apply_migrations(url)
        with psycopg.connect(url, autocommit=True) as conn:
            conn.execute(f"CREATE ROLE {DASHBOARD} LOGIN IN ROLE {SUBSCRIBER}")
        yield server, url
    finally:
        server.release()
        shutil.rmtree(root, ignore_errors=True)


def _scratch() -> str | None:
    return "/dev/shm" if os.path.isdir("/dev/shm") else None


class Traffic:
    """Threads that finish runs (sheets of two files, started, claimed, reported) and
    hold transactions open across others' commits, riding out a restart."""

    def __init__(self, url: str, threads: int = 3) -> None:
        self.url = url
        self.stop = threading.Event()
        self.runs_finished = 0
        self.errors: list[BaseException] = []
        self._threads = [threading.Thread(target=self._finish_runs) for _ in range(threads)]
        self._threads.append(threading.Thread(target=self._slow_transactions))

    def __enter__(self) -> Traffic:
        for thread in self._threads:
            thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.stop.set()
        for thread in self._threads:
            thread.join(60)

    def _loop(self, step) -> None:
        while not self.stop.is_set():
            try:
                with psycopg.connect(self.url, autocommit=True, connect_timeout=5) as conn:
                    while not self.stop.is_set():
                        step(conn)
            except psycopg.OperationalError:
                time.sleep(0.1)  # the server is restarting
            except BaseException as exc:  # re-raised by the test
                self.errors.append(exc)
                return

    def _finish_runs(self) -> None:
        def step(conn: psycopg.Connection) -> None:
            job_id, run_id = make_sheet(conn)
            add_file(conn, job_id, run_id, name="a.txt", data=os.urandom(8))
            add_file(conn, job_id, run_id, name="b.txt", data=os.urandom(8))
            start(conn, job_id)
            for task_id, attempt in claim_all(conn, run_id):
                report(conn, task_id, attempt, rows=[])
            self.runs_finished += 1

        self._loop(step)

    def _slow_transactions(self) -> None:
        def step(conn: psycopg.Connection) -> None:
            # Begins before the others' next transactions and commits after them: its
            # events have smaller seqs than events committed before it.
            with conn.transaction():
                make_sheet(conn, name="slow")
                time.sleep(0.3)

        self._loop(step)


def _start_example(name: str, url: str, workdir: Path) -> subprocess.Popen:
    env = {k: v for k, v in os.environ.items() if not k.startswith("CPE_RUNS_")}
    with open(workdir / f"{name}.out", "wb") as out, open(workdir / f"{name}.err", "wb") as err:
        return subprocess.Popen(
            [sys.executable, str(REPO_ROOT / "examples" / name), url],
            env=env,
            stdout=out,
            stderr=err,
        )


def _printed(name: str, workdir: Path) -> list[dict]:
    lines = (workdir / f"{name}.out").read_text().splitlines()
    return [json.loads(line) for line in lines if line.endswith("}")]


@pytest.mark.slow
def test_examples_print_every_event_once_in_order_through_a_restart(private_server, tmp_path):
    server, url = private_server
    dashboard_url = url.replace(f"//{SUPERUSER}@", f"//{DASHBOARD}@", 1)
    examples = {name: _start_example(name, dashboard_url, tmp_path) for name in EXAMPLES}
    try:
        with psycopg.connect(url, autocommit=True) as conn:
            wait_until(
                lambda: conn.execute(
                    "SELECT count(*) = 2 FROM pg_stat_activity WHERE usename = %s", [DASHBOARD]
                ).fetchone()[0],
                timeout=30,
                message="both examples connect",
            )
        with Traffic(url) as traffic:
            wait_until(lambda: traffic.runs_finished >= 10, timeout=60, message="runs finish")
            server.stop()  # every connection drops, the examples' among them
            time.sleep(1)
            server.acquire("cpe_runs")
            before = traffic.runs_finished
            wait_until(
                lambda: traffic.runs_finished >= before + 10, timeout=60, message="runs go on"
            )
        assert traffic.errors == []
        with psycopg.connect(url) as conn:
            logged = conn.execute(
                "SELECT seq, type, job_id::text FROM run_events ORDER BY seq"
            ).fetchall()
        assert len(logged) > 100

        for name, process in examples.items():
            wait_until(
                lambda name=name: len(_printed(name, tmp_path)) >= len(logged),
                timeout=60,
                message=f"{name} prints every event",
            )
            time.sleep(1.5)  # a poll or two more: nothing may follow
            printed = _printed(name, tmp_path)
            assert [(e["seq"], e["type"], e["job_id"]) for e in printed] == [
                tuple(row) for row in logged
            ], name
            assert process.poll() is None, (tmp_path / f"{name}.err").read_text()
            assert "reconnecting" in (tmp_path / f"{name}.err").read_text(), name
    finally:
        for process in examples.values():
            process.terminate()
            process.wait(10)


# -- the subscriber role ---------------------------------------------------------------


@pytest.fixture
def subscriber(connect) -> psycopg.Connection:
    """A connection acting as the subscriber role."""
    conn = connect()
    conn.execute(f"SET ROLE {SUBSCRIBER}")
    return conn


def _two_users_events(conn: psycopg.Connection) -> None:
    for email in ("alice@example.com", "bob@example.com"):
        job_id, run_id = make_sheet(conn, user_id=make_user(conn, email))
        add_file(conn, job_id, run_id)


def test_subscriber_reads_every_users_events(conn, subscriber):
    _two_users_events(conn)
    every = conn.execute("SELECT seq, user_id FROM run_events ORDER BY seq").fetchall()
    assert len({user for _, user in every}) == 2
    read = subscriber.execute("SELECT seq, user_id FROM read_run_events(0, 1000)").fetchall()
    assert read == every


def test_subscriber_listens_and_hears_a_commit(conn, subscriber):
    subscriber.execute("LISTEN cpe_runs_events")
    _two_users_events(conn)
    notice = next(subscriber.notifies(timeout=5, stop_after=1))
    assert notice.channel == "cpe_runs_events"
    announced = json.loads(notice.payload)
    assert set(announced) == {"seq", "type", "job_id", "run_id", "user_id"}
    (seq,) = subscriber.execute(
        "SELECT seq FROM read_run_events(0, 1) WHERE seq = %s", [announced["seq"]]
    ).fetchone()
    assert seq == announced["seq"]


def _tables(conn: psycopg.Connection) -> list[str]:
    return [
        name
        for (name,) in conn.execute(
            "SELECT relname FROM pg_class WHERE relnamespace = 'public'::regnamespace"
            " AND relkind IN ('r', 'p', 'v', 'm') ORDER BY relname"
        )
    ]


def test_subscriber_is_refused_every_other_table(conn, subscriber):
    _two_users_events(conn)
    others = [t for t in _tables(conn) if t != "run_events"]
    assert {"api_tokens", "file_chunks", "users", "extraction_jobs", "result_rows"} <= set(others)
    for table in others:
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            subscriber.execute(f'SELECT 1 FROM "{table}" LIMIT 1')


@pytest.mark.parametrize(
    "statement",
    [
        "INSERT INTO run_events (seq, job_id, type, payload)"
        " VALUES (1, gen_random_uuid(), 'run_created', '{}')",
        "UPDATE run_events SET payload = '{}'",
        "DELETE FROM run_events",
        "TRUNCATE run_events",
        "SELECT create_api_token('mallory@example.com', sha256('x'))",
        "SELECT revoke_api_tokens(NULL, 'alice@example.com')",
        "SELECT prune_run_events(interval '1 hour')",
        "SELECT sweep_abandoned_uploads(interval '1 hour')",
        "SELECT issue_stream_ticket(gen_random_uuid(), sha256('t'), 60)",
        "CREATE TABLE mine (x int)",
    ],
)
def test_subscriber_writes_nothing(conn, subscriber, statement):
    _two_users_events(conn)
    before = conn.execute(
        "SELECT count(*), sum(hashtext(payload::text)) FROM run_events"
    ).fetchone()
    with pytest.raises(psycopg.errors.InsufficientPrivilege):
        subscriber.execute(statement)
    after = conn.execute("SELECT count(*), sum(hashtext(payload::text)) FROM run_events").fetchone()
    assert after == before


def test_subscriber_may_call_no_function_that_runs_as_the_owner(conn):
    """A SECURITY DEFINER function acts with the owner's rights (tokens, every table):
    the subscriber may call none of them, now or after a later migration."""
    callable_as_owner = conn.execute(
        "SELECT p.oid::regprocedure::text FROM pg_proc p"
        " WHERE p.pronamespace = 'public'::regnamespace AND p.prosecdef"
        " AND has_function_privilege(%s, p.oid, 'EXECUTE') ORDER BY 1",
        [SUBSCRIBER],
    ).fetchall()
    assert callable_as_owner == []


def test_the_contract_names_every_event_type_the_log_takes(conn):
    (definition,) = conn.execute(
        "SELECT pg_get_constraintdef(oid) FROM pg_constraint"
        " WHERE conname = 'run_events_type_check'"
    ).fetchone()
    accepted = set(re.findall(r"'(\w+)'", definition))
    docs = (REPO_ROOT / "docs" / "events.md").read_text()
    (row,) = [line for line in docs.splitlines() if line.startswith("| `type` |")]
    assert set(re.findall(r"`(\w+)`", row)) - {"type"} == accepted
