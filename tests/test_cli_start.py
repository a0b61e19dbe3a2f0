"""How `cpe-runs` starts and how it fails: one line per phase with the URL last, a
sign-in token only when the local user has none (or when asked), and one clear line
with status 1, never a traceback, for a database it cannot use."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import httpx
import psycopg
import pytest

from cpe_runs.cli import LOCAL_USER, _print_sign_in
from cpe_runs.config import Settings
from cpe_runs.embedded import SUPERUSER

from .live import free_port, stop_process, wait_until


def _cpe_runs(*args: str, cwd: Path, env: dict[str, str] | None = None, timeout: float = 60):
    full_env = {k: v for k, v in os.environ.items() if not k.startswith("CPE_RUNS_")}
    full_env.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "cpe_runs.cli", *args],
        cwd=cwd,
        env=full_env,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def _live_tokens(conn: psycopg.Connection, email: str) -> int:
    return conn.execute(
        "SELECT count(*) FROM api_tokens t JOIN users u ON u.id = t.user_id"
        " WHERE u.email = %s AND t.revoked_at IS NULL",
        [email],
    ).fetchone()[0]


@pytest.fixture
def scratch() -> Iterator[Path]:
    """A working folder in memory (an embedded server's data goes there)."""
    path = Path(
        tempfile.mkdtemp(
            prefix="cpe-runs-start-", dir="/dev/shm" if os.path.isdir("/dev/shm") else None
        )
    )
    yield path
    shutil.rmtree(path, ignore_errors=True)


# -- the sign-in token ---------------------------------------------------------------


def test_ten_starts_leave_the_local_user_one_token(db_url, conn, tmp_path, capsys):
    embedded = Settings(home=tmp_path / ".cpe-runs")  # no URL: the local user's database
    for _ in range(10):
        _print_sign_in(db_url, embedded, None)
    printed = capsys.readouterr().out
    assert printed.count("cpe_") == 1
    assert printed.startswith(f"Sign in to the dashboard as {LOCAL_USER} with this token:\n")
    assert _live_tokens(conn, LOCAL_USER) == 1


def test_token_for_prints_a_new_token_each_time(db_url, conn, tmp_path, capsys):
    embedded = Settings(home=tmp_path / ".cpe-runs")
    _print_sign_in(db_url, embedded, "Ops@Example.com")
    _print_sign_in(db_url, embedded, "ops@example.com")
    tokens = [line for line in capsys.readouterr().out.splitlines() if line.startswith("cpe_")]
    assert len(set(tokens)) == 2
    assert _live_tokens(conn, "ops@example.com") == 2
    assert _live_tokens(conn, LOCAL_USER) == 0


def test_a_shared_database_gets_no_local_user(db_url, conn, capsys):
    _print_sign_in(db_url, Settings(database_url=db_url), None)
    assert capsys.readouterr().out == ""
    assert conn.execute("SELECT count(*) FROM users WHERE email = %s", [LOCAL_USER]).fetchone() == (
        0,
    )


def _serve_once(workdir: Path) -> tuple[list[str], list[tuple[str, str]]]:
    """Start `cpe-runs serve` on the embedded database, wait for its URL, stop it;
    its stdout lines and the (logger, message) of each log line before it stopped."""
    port = free_port()
    out, err = workdir / "out.log", workdir / "err.log"
    env = {k: v for k, v in os.environ.items() if not k.startswith("CPE_RUNS_")}
    with open(out, "w") as stdout, open(err, "w") as stderr:
        process = subprocess.Popen(
            [sys.executable, "-m", "cpe_runs.cli", "serve", "--port", str(port)],
            cwd=workdir,
            env=env,
            stdout=stdout,
            stderr=stderr,
        )
    try:
        wait_until(
            lambda: "is serving on" in out.read_text() or process.poll() is not None,
            timeout=120,
            message="serve prints its URL",
        )
        assert process.poll() is None, out.read_text() + err.read_text()
        logged = err.read_text().splitlines()  # before our request adds an access line
        assert httpx.get(f"http://127.0.0.1:{port}/api/health").status_code == 200
    finally:
        code = stop_process(process, signal.SIGTERM)
    assert code == 0, out.read_text() + err.read_text()
    # "2026-11-30 15:08:25,924 INFO cpe_runs.embedded embedded PostgreSQL started (...)"
    entries = [tuple(line.split(" ", 4)[3:]) for line in logged]
    return out.read_text().splitlines(), entries


@pytest.mark.slow
def test_first_and_second_start_say_one_line_per_phase_with_the_url_last(scratch):
    """The embedded database from nothing, twice: PostgreSQL, migrations, token (the
    first time only), workers, URL; no migration step and no query output."""
    printed, logged = _serve_once(scratch)
    assert printed[0] == f"Sign in to the dashboard as {LOCAL_USER} with this token:"
    assert printed[1].startswith("cpe_")
    assert printed[2].startswith("cpe_runs is serving on http://127.0.0.1:")
    assert len(printed) == 3
    assert [logger for logger, _ in logged] == [
        "cpe_runs.embedded",
        "cpe_runs.embedded",
        "cpe_runs",
        "cpe_runs.worker",
    ], logged
    assert logged[0][1].startswith("initialising embedded PostgreSQL")
    assert logged[1][1].startswith("embedded PostgreSQL started")
    assert "migration(s) applied" in logged[2][1]
    assert "started: concurrency=2 " in logged[3][1]

    printed, logged = _serve_once(scratch)
    assert len(printed) == 1 and printed[0].startswith("cpe_runs is serving on")
    messages = [message for _, message in logged]
    assert len(messages) == 4, messages
    assert "up to date" in messages[1]
    assert "printed at the first start" in messages[2]


# -- a database it cannot use --------------------------------------------------------


def _fails_with_one_line(done: subprocess.CompletedProcess, expected: str) -> None:
    assert done.returncode == 1, done.stdout + done.stderr
    assert "Traceback" not in done.stderr
    lines = done.stderr.splitlines()
    assert len(lines) == 1, done.stderr
    assert lines[0].startswith("cpe-runs: error: ")
    assert expected in lines[0], lines[0]


@pytest.mark.parametrize("command", [["migrate"], ["serve"], ["worker"], ["status"]])
def test_an_unreachable_database_is_one_line(command, tmp_path):
    port = free_port()  # nothing listens there
    done = _cpe_runs(
        *command,
        cwd=tmp_path,
        env={
            "CPE_RUNS_DATABASE_URL": f"postgresql://cpe:secret@127.0.0.1:{port}/cpe_runs",
            "CPE_RUNS_STARTUP_WAIT_SECONDS": "0",
        },
    )
    _fails_with_one_line(done, f"cannot reach the database at 127.0.0.1:{port}/cpe_runs (")
    assert "secret" not in done.stderr


def test_wrong_credentials_are_one_line(pg_server, tmp_path):
    url = pg_server.url("postgres").replace(f"//{SUPERUSER}@", "//nobody@", 1)
    done = _cpe_runs("migrate", cwd=tmp_path, env={"CPE_RUNS_DATABASE_URL": url})
    _fails_with_one_line(done, "refused the credentials (check user and password)")


def test_a_missing_database_is_one_line(pg_server, tmp_path):
    done = _cpe_runs(
        "migrate", cwd=tmp_path, env={"CPE_RUNS_DATABASE_URL": pg_server.url("no_such_db")}
    )
    _fails_with_one_line(done, "/no_such_db does not exist")


@pytest.mark.parametrize("command", [["migrate"], ["serve"], ["worker"]])
def test_a_database_migrated_by_a_newer_version_is_one_line(command, db_url, conn, tmp_path):
    conn.execute(
        "INSERT INTO _yoyo_migration (migration_hash, migration_id, applied_at_utc)"
        " VALUES ('f' || md5('9999_from_the_future'), '9999_from_the_future', now())"
    )
    done = _cpe_runs(*command, cwd=tmp_path, env={"CPE_RUNS_DATABASE_URL": db_url})
    _fails_with_one_line(done, "migrated by a newer cpe_runs")
    assert "9999_from_the_future" in done.stderr


# -- logs --------------------------------------------------------------------------


def test_json_logs_are_one_object_per_line(db_url, tmp_path):
    done = _cpe_runs(
        "migrate",
        cwd=tmp_path,
        env={
            "CPE_RUNS_DATABASE_URL": db_url,
            "CPE_RUNS_LOG_FORMAT": "json",
            "CPE_RUNS_LOG_LEVEL": "debug",
        },
    )
    assert done.returncode == 0, done.stderr
    entries = [json.loads(line) for line in done.stderr.splitlines()]
    assert entries, "debug logs something"
    for entry in entries:
        assert {"time", "level", "logger", "message"} <= set(entry)
    assert any(e["logger"] == "cpe_runs" and "up to date" in e["message"] for e in entries)


@pytest.mark.parametrize(
    ("url", "says"),
    [
        ("postgresql://cpe@db.example:notaport/cpe_runs", "is not a valid PostgreSQL URL"),
        ("postgresql://cpe@[::1/cpe_runs", "is not a valid PostgreSQL URL"),
        ("postgresql://cpe@db.example/cpe_runs?sslmode=bogus", "is not a valid PostgreSQL URL"),
        ("mysql://cpe@db.example/cpe_runs", "must be a postgresql:// URL"),
    ],
)
def test_a_malformed_database_url_is_one_line(url, says, tmp_path):
    done = _cpe_runs("migrate", cwd=tmp_path, env={"CPE_RUNS_DATABASE_URL": url})
    _fails_with_one_line(done, f"CPE_RUNS_DATABASE_URL {says}")
