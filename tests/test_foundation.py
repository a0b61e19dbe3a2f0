"""Database resolution, migrations, the schema snapshot, and `cpe-runs serve`."""

from __future__ import annotations

import signal
import subprocess
import sys
import threading
from pathlib import Path

import httpx
import psutil
import psycopg
import pytest

from cpe_runs.config import Settings
from cpe_runs.db import database, normalise_url
from cpe_runs.embedded import EmbeddedPostgres
from cpe_runs.migrations import apply_migrations, pending_migrations
from cpe_runs.schema import dump_schema, snapshot_path

from .live import start_live_server


def _postgres_processes(pgdata: Path) -> list[psutil.Process]:
    found = []
    for proc in psutil.process_iter(["name", "cmdline"]):
        cmdline = proc.info["cmdline"] or []
        if proc.info["name"] == "postgres" and str(pgdata) in " ".join(cmdline):
            found.append(proc)
    return found


# -- database resolution -----------------------------------------------------------


def test_database_url_setting_is_used_and_no_embedded_server_starts(db_url, tmp_path):
    settings = Settings(database_url=db_url, home=tmp_path / ".cpe-runs")
    with database(settings) as url:
        assert url == db_url
        with psycopg.connect(url) as conn:
            assert conn.execute("SELECT 1").fetchone() == (1,)
    assert not (tmp_path / ".cpe-runs").exists()


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("postgres://u@h/d", "postgresql://u@h/d"),
        ("postgresql+psycopg://u@h/d", "postgresql://u@h/d"),
        ("postgresql://u@h/d", "postgresql://u@h/d"),
    ],
)
def test_database_urls_are_normalised(given, expected):
    assert normalise_url(given) == expected


def test_a_database_url_of_another_kind_is_refused():
    with pytest.raises(ValueError, match="postgresql://"):
        normalise_url("mysql://u@h/d")


def test_without_a_url_an_embedded_server_starts_keeps_data_and_stops(scratch_path):
    settings = Settings(home=scratch_path / ".cpe-runs")
    with database(settings) as url, psycopg.connect(url, autocommit=True) as conn:
        conn.execute("CREATE TABLE kept (note text)")
        conn.execute("INSERT INTO kept VALUES ('written before the restart')")
    pgdata = settings.home / "pgdata"
    assert not _postgres_processes(pgdata), "the server should stop with its last user"

    with database(settings) as url, psycopg.connect(url) as conn:
        assert conn.execute("SELECT note FROM kept").fetchone() == ("written before the restart",)
    assert not _postgres_processes(pgdata)


def test_embedded_server_stays_up_while_another_process_uses_it(scratch_path):
    home = scratch_path / ".cpe-runs"
    first = EmbeddedPostgres(home)
    url = first.acquire()
    code = (
        "import sys; from pathlib import Path; from cpe_runs.embedded import EmbeddedPostgres;"
        "e = EmbeddedPostgres(Path(sys.argv[1])); e.acquire(); e.release()"
    )
    subprocess.run([sys.executable, "-c", code, str(home)], check=True, timeout=60)
    with psycopg.connect(url) as conn:  # the other process left; we still use it
        assert conn.execute("SELECT 1").fetchone() == (1,)
    first.release()
    assert not first.is_running()


# -- migrations --------------------------------------------------------------------


def test_migrate_twice_is_a_no_op(db_url):
    assert pending_migrations(db_url) == []
    assert apply_migrations(db_url) == []


def test_concurrent_migrations_from_zero_apply_each_migration_once(pg_server):
    with psycopg.connect(pg_server.url("postgres"), autocommit=True) as admin:
        admin.execute("DROP DATABASE IF EXISTS cpe_concurrent_migrate")
        admin.execute("CREATE DATABASE cpe_concurrent_migrate")
    url = pg_server.url("cpe_concurrent_migrate")
    results: list[list[str]] = []
    errors: list[BaseException] = []

    def migrate() -> None:
        try:
            results.append(apply_migrations(url))
        except BaseException as exc:  # collected and re-raised below
            errors.append(exc)

    threads = [threading.Thread(target=migrate) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert errors == []
    applied = [mid for result in results for mid in result]
    assert sorted(applied) == sorted(set(applied)), "a migration was applied twice"
    assert pending_migrations(url) == []
    with psycopg.connect(pg_server.url("postgres"), autocommit=True) as admin:
        admin.execute("DROP DATABASE cpe_concurrent_migrate")


def test_schema_snapshot_is_fresh(pg_server, template_db):
    current = dump_schema(pg_server.url(template_db))
    assert snapshot_path().read_text() == current, (
        "docs/schema.sql is stale: run `just dump-schema` and commit the result"
    )


# -- serve -------------------------------------------------------------------------


def test_serve_answers_health_and_openapi(live_server):
    response = httpx.get(live_server.base_url + "/api/health")
    assert response.status_code == 200
    assert response.json() == {"status": "ok"}
    assert "/api/health" in httpx.get(live_server.base_url + "/schema/openapi.json").json()["paths"]
    assert f"serving on {live_server.base_url}/" in live_server.log()


def test_serve_with_a_database_url_starts_no_embedded_server(live_server, tmp_path):
    assert not (tmp_path / ".cpe-runs").exists()


def test_embedded_serve_health_503_when_database_stops_then_clean_shutdown(scratch_path):
    server = start_live_server(None, scratch_path)
    pgdata = scratch_path / ".cpe-runs" / "pgdata"
    try:
        assert httpx.get(server.base_url + "/api/health").status_code == 200
        EmbeddedPostgres(scratch_path / ".cpe-runs").stop()
        response = httpx.get(server.base_url + "/api/health", timeout=10)
        assert response.status_code == 503
        assert response.headers["content-type"].startswith("application/problem+json")
        assert "database unavailable" in response.json()["detail"]
    finally:
        assert server.stop(signal.SIGTERM) == 0
    assert not _postgres_processes(pgdata)


def test_second_serve_in_the_same_folder_is_refused_and_sigint_stops_cleanly(scratch_path):
    first = start_live_server(None, scratch_path)
    pgdata = scratch_path / ".cpe-runs" / "pgdata"
    try:
        second = start_live_server(None, scratch_path, wait=False)
        assert second.process.wait(60) == 1
        assert "already running" in second.log()
        assert httpx.get(first.base_url + "/api/health").status_code == 200
    finally:
        assert first.stop(signal.SIGINT) == 0
    assert not _postgres_processes(pgdata)
