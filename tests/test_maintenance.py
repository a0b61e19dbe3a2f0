"""Servers prune the event log past its retention and sweep the uploads a crash
abandoned, logged in as the worker role (the API role may not)."""

from __future__ import annotations

import asyncpg
import httpx
import pytest

from cpe_runs.config import Settings
from cpe_runs.db import create_pool
from cpe_runs.maintenance import Tidied, tidy_once

from .factories import make_sheet, make_user, stage_file
from .live import start_live_server, wait_until


async def _tidy_twice(db_url: str, settings: Settings) -> list[Tidied]:
    """Two rounds as a server does them, as the worker role: the second finds nothing."""
    pool = await create_pool(db_url, role=settings.worker_role)
    try:
        return [await tidy_once(pool, settings), await tidy_once(pool, settings)]
    finally:
        await pool.close()


async def test_old_events_are_pruned_by_the_worker_role(conn, db_url):
    make_sheet(conn)
    conn.execute("UPDATE run_events SET created_at = now() - interval '8 days'")
    make_sheet(conn)
    assert await _tidy_twice(db_url, Settings(database_url=db_url)) == [(1, 0), (0, 0)]
    assert conn.execute("SELECT count(*) FROM run_events").fetchone() == (1,)


async def test_abandoned_uploads_of_every_user_are_swept_by_the_worker_role(conn, db_url):
    settings = Settings(database_url=db_url)
    staged = {}
    for email in ("alice@example.com", "bob@example.com"):
        user = make_user(conn, email)
        job, run = make_sheet(conn, user_id=user)
        staged[email] = stage_file(conn, user, job, run, data=b"x" * 100)
    events = conn.execute("SELECT count(*) FROM run_events").fetchone()
    # Alice's upload began longer ago than the age; Bob's may still be sending.
    conn.execute(
        "UPDATE source_files SET created_at = now() - make_interval(secs => %s) WHERE id = %s",
        [settings.abandoned_upload_seconds + 60, staged["alice@example.com"]],
    )
    assert await _tidy_twice(db_url, settings) == [(0, 1), (0, 0)]
    left = conn.execute("SELECT id FROM source_files").fetchall()
    assert left == [(staged["bob@example.com"],)]
    assert conn.execute("SELECT count(*) FROM file_chunks").fetchone() == (1,)
    # A file nobody ever saw goes without a word.
    assert conn.execute("SELECT count(*) FROM run_events").fetchone() == events


def test_a_running_server_prunes_on_its_timer(conn, db_url, tmp_path):
    make_sheet(conn)
    conn.execute("UPDATE run_events SET created_at = now() - interval '2 days'")
    server = start_live_server(
        db_url,
        tmp_path,
        env={"CPE_RUNS_EVENT_RETENTION_DAYS": "1", "CPE_RUNS_MAINTENANCE_SECONDS": "0.2"},
    )
    try:
        assert httpx.get(server.base_url + "/api/health").status_code == 200
        wait_until(
            lambda: conn.execute("SELECT count(*) FROM run_events").fetchone()[0] == 0,
            timeout=30,
        )
    finally:
        server.stop()


async def test_the_api_role_may_not_prune_or_sweep(db_url):
    settings = Settings(database_url=db_url)
    pool = await create_pool(db_url, role=settings.api_role)
    try:
        with pytest.raises(asyncpg.InsufficientPrivilegeError):
            await tidy_once(pool, settings)
    finally:
        await pool.close()
